// A pattern written as parts, each tried only in a text that holds the words the part needs. A vague-wording pattern
// tried at every word of a sentence costs far more inside an analysis than alone (its code falls out of the
// processor's caches between sentences), and most sentences that pass the anchor-word gates match none of its parts.
//
// Each part's `needs` is a necessary condition: wherever the part matches, the needs pattern matches inside that match
// too (a prefix or a suffix of the part, or words it must hold), under the same flags, so the same case folding. A part
// whose needs the text lacks could match nowhere in it: left out, the matches are the whole pattern's. With every part
// needed the whole pattern is used as written (a pattern shaped "x(?:a|b)" is not "xa|xb" where both can match).

export class GatedPattern {
  private readonly bySubset = new Map<number, RegExp | null>();
  private readonly all: number;

  /**
   * `whole` is the pattern, used as it is when every part may match. `parts`: its alternatives, in order; or, for a
   * pattern shaped "x(?:a|b)" with the branches at its end, its two variants "xa" and "xb" (with two parts, a subset
   * is one part or all). `needs`: one per part, tested without a global or sticky flag.
   */
  constructor(
    readonly whole: RegExp,
    private readonly parts: readonly string[],
    private readonly needs: readonly RegExp[],
  ) {
    if (parts.length !== needs.length || parts.length > 30 || needs.some((re) => re.global || re.sticky)) throw new Error('GatedPattern: one plain needs pattern per part');
    this.all = (1 << parts.length) - 1;
  }

  /** The pattern made of the parts `text` may match, in their order (null: none can match there). */
  for(text: string): RegExp | null {
    const { needs } = this;
    let subset = 0;
    for (let i = 0; i < needs.length; i++) if (needs[i].test(text)) subset |= 1 << i;
    let re = this.bySubset.get(subset);
    if (re === undefined) {
      const parts = this.parts.filter((_, i) => (subset & (1 << i)) !== 0);
      re = subset === 0 ? null : subset === this.all ? this.whole : new RegExp(parts.join('|'), this.whole.flags);
      this.bySubset.set(subset, re);
    }
    return re;
  }
}

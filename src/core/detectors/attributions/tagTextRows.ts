// Summed weight rows by token text, for the tagger's scorer (tagScorer.ts). The word, shape, suffix and lexicon
// features of a token depend on its text only (TokenValue.perText): the features one template set reads at one
// offset ("w", "suffix", "lexicon", "shape" of the token itself; "w-1", "shape-1", "lexicon-1" of the one before…)
// are summed once per distinct text into one row, so the scorer adds one row per offset instead of one per
// template, and looks each token's text up once instead of once per template. Only for integer weights (those of
// a model file): their sums are exact in any order, so scores stay those of summing by string, to the bit.

/** A group's row for a text not summed yet. */
const NOT_YET = -1;

/** Texts kept before the cache starts again, so an editor session's memory stays bounded. */
const TEXT_LIMIT = 50_000;

/** The features of one offset: their summed row per text number, and before and after the sentence. */
export interface TextGroup {
  rows: Int32Array;
  /** Rows for a token before the sentence's first and after its last (the values there are constants). */
  before: number;
  after: number;
}

/**
 * Rows for one model and lexicon: `weights` holds the model's rows, a row of zeros, then the summed rows; a
 * group's row is one of the model's when only one of its features is in the model, the zero row when none is.
 */
export class TextRows {
  weights: Int32Array;
  /** Rows of `weights` in use. */
  private used: number;
  private readonly base: number;
  /** Number of each token text seen (since the last start again). */
  private readonly keys = new Map<string, number>();
  /** The model's value number of each text's lower-cased word (-1: none), by text number. */
  wordIds = new Int32Array(1024);
  /** Each group by signature, with the model rows its end rows sum (summed again when the cache starts again). */
  private readonly groups = new Map<string, { group: TextGroup; ends: [number[], number[]] }>();

  constructor(model: Int32Array, readonly rowLength: number, private readonly textLimit = TEXT_LIMIT) {
    this.base = model.length / rowLength;
    this.used = this.base;
    // Room for a few thousand summed rows; rowFor grows it as texts come.
    this.weights = new Int32Array(model.length + 4096 * rowLength);
    this.weights.set(model);
  }

  /** Before a sentence of n tokens: start again when its texts might pass the limit (never within a sentence). */
  begin(n: number): void {
    if (this.keys.size + n <= this.textLimit) return;
    this.keys.clear();
    this.used = this.base;
    // The end rows may be sums above the model's rows, which the next texts' rows overwrite: sum them again (the
    // scorer keeps the group objects, so they change in place).
    for (const { group: g, ends: [before, after] } of this.groups.values()) {
      g.rows.fill(NOT_YET);
      g.before = this.rowFor(before);
      g.after = this.rowFor(after);
    }
  }

  /** The text's number, given one on first sight with its word's value number in `ids` (-1: none). */
  keyOf(text: string, lower: string, ids: ReadonlyMap<string, number>): number {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = this.keys.size;
      this.keys.set(text, key);
      if (key >= this.wordIds.length) this.wordIds = grow(this.wordIds, 2 * key);
      this.wordIds[key] = ids.get(lower) ?? -1;
      for (const { group: g } of this.groups.values()) if (key >= g.rows.length) g.rows = grow(g.rows, 2 * key, NOT_YET);
    }
    return key;
  }

  /** The group named `signature` (its templates and values, in order), made on first use with its end rows. */
  group(signature: string, ends: () => [number[], number[]]): TextGroup {
    let entry = this.groups.get(signature);
    if (entry === undefined) {
      const [before, after] = ends();
      const group = { rows: new Int32Array(Math.max(this.wordIds.length, 2 * this.keys.size)).fill(NOT_YET), before: this.rowFor(before), after: this.rowFor(after) };
      this.groups.set(signature, (entry = { group, ends: [before, after] }));
    }
    return entry.group;
  }

  /**
   * One row for these model rows (-1: none): the zero row, the row itself, or a new row of their sum. A group's
   * row for a text is NOT_YET (below 0) in `rows` until the scorer sets it from this.
   */
  rowFor(rows: number[]): number {
    const present = rows.filter((r) => r >= 0);
    if (present.length === 0) return this.base - 1;
    if (present.length === 1) return present[0];
    const L = this.rowLength;
    if ((this.used + 1) * L > this.weights.length) this.weights = grow(this.weights, 2 * (this.used + 1) * L);
    const at = this.used * L;
    this.weights.fill(0, at, at + L);
    for (const r of present) for (let k = 0; k < L; k++) this.weights[at + k] += this.weights[r * L + k];
    return this.used++;
  }
}

function grow(a: Int32Array<ArrayBufferLike>, length: number, fill = 0): Int32Array<ArrayBuffer> {
  const out = new Int32Array(length);
  out.set(a);
  if (fill !== 0) out.fill(fill, a.length);
  return out;
}

// The hashed part of a clause's wording (claimModel.ts), summed while claims.ts scans the clause's words, in the order
// wordingWithTerm sums it: unigrams, then bigrams, then the first word. The detector needs only the sum; the lists
// of hashes it used to build per clause, and walk again to sum them, were a third of the claims detector's garbage.
import type { LoadedModel } from './claimModel.js';

export class HashedSum {
  private readonly table: Float64Array;
  private readonly mask: number;
  private readonly unigrams: boolean;
  private readonly bigrams: boolean;
  private readonly first: boolean;
  /** The unigrams' weights summed so far, in order. */
  private sum = 0;
  /** The bigrams' weights so far (the first `laterCount`), added after every unigram's (floating-point sums depend
   *  on their order). Kept between clauses: emptied and grown again per clause, it was the analysis's largest site
   *  of array growth. */
  private readonly later: number[] = [];
  private laterCount = 0;

  constructor(m: LoadedModel) {
    const { groups, hashBits } = m.model;
    this.table = m.table;
    this.mask = (1 << hashBits) - 1;
    this.unigrams = groups.includes('unigram');
    this.bigrams = groups.includes('bigram');
    this.first = groups.includes('first');
  }

  /** Starts a clause. */
  start(): void {
    this.sum = 0;
    this.laterCount = 0;
  }

  unigram(h: number): void {
    if (this.unigrams) this.sum += this.table[h & this.mask];
  }

  bigram(h: number): void {
    if (this.bigrams) this.later[this.laterCount++] = this.table[h & this.mask];
  }

  /** The clause's sum, given the hash of its first word (0: none). */
  total(first: number): number {
    let sum = this.sum;
    const { later, laterCount } = this;
    for (let k = 0; k < laterCount; k++) sum += later[k];
    if (this.first && first !== 0) sum += this.table[first & this.mask];
    return sum;
  }
}

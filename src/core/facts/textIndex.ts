// Where does a string occur in the article? One index answers it for every fact, instead of a scan of the whole
// text per fact. Every position of the text is filed in a bucket by a hash of the K characters starting there
// (K = 8, or the string's own length when it is shorter): two passes over the text, a counting sort, so building
// is linear. A string is looked up through its rarest K-gram (the smallest bucket among its K-grams) and each
// position in that bucket is checked with startsWith, so a lookup costs one bucket — about the number of times
// that K-gram occurs — rather than the length of the article. Hash collisions only add positions to check.
// Results are cached per string: facts that quote the same words share one lookup.

/** Characters per hashed gram: long enough that most 8-grams of prose are rare, short enough for short quotes. */
const GRAM = 8;
const BASE = 0x01000193;
const GOLDEN = 0x9e3779b1;

export class TextIndex {
  private readonly byGram = new Map<number, GramIndex>();
  private readonly found = new Map<string, readonly number[]>();

  /** `indexed: false` looks strings up with indexOf instead: cheaper for one or two look-ups than building the index. */
  constructor(readonly text: string, private readonly indexed = true) {}

  /** Every start of `s` in the text, overlapping ones included, ascending (as repeated indexOf would give). */
  occurrences(s: string): readonly number[] {
    let hits = this.found.get(s);
    if (!hits) {
      hits = s.length === 0 || s.length > this.text.length ? [] : this.indexed ? this.lookUp(s) : this.scan(s);
      this.found.set(s, hits);
    }
    return hits;
  }

  private scan(s: string): number[] {
    const hits: number[] = [];
    for (let i = this.text.indexOf(s); i !== -1; i = this.text.indexOf(s, i + 1)) hits.push(i);
    return hits;
  }

  private lookUp(s: string): number[] {
    const k = Math.min(GRAM, s.length);
    let grams = this.byGram.get(k);
    if (!grams) this.byGram.set(k, (grams = new GramIndex(this.text, k)));
    const [from, to, offset] = grams.rarest(s);
    const hits: number[] = [];
    for (let i = from; i < to; i++) {
      const start = grams.positions[i]! - offset;
      if (start >= 0 && this.text.startsWith(s, start)) hits.push(start);
    }
    return hits;
  }
}

/** Positions of the text bucketed by the hash of the k characters starting there (positions ascending per bucket). */
class GramIndex {
  readonly positions: Int32Array;
  private readonly bucketStart: Int32Array;
  private readonly shift: number;
  private readonly lead: number; // BASE^(k-1), to drop the leading character when rolling

  constructor(text: string, private readonly k: number) {
    const n = Math.max(0, text.length - k + 1);
    const bits = Math.max(4, Math.ceil(Math.log2(n + 1)) + 1); // about two buckets per position
    this.shift = 32 - bits;
    this.lead = power(BASE, k - 1);
    const buckets = new Uint32Array(n);
    const counts = new Int32Array((1 << bits) + 1);
    let h = 0;
    for (let i = 0; i < k - 1 && i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    for (let i = 0; i < n; i++) {
      h = (Math.imul(h, BASE) + text.charCodeAt(i + k - 1)) | 0;
      const b = this.bucket(h);
      buckets[i] = b;
      counts[b + 1]!++;
      h = (h - Math.imul(text.charCodeAt(i), this.lead)) | 0;
    }
    for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
    this.bucketStart = counts.slice();
    this.positions = new Int32Array(n);
    for (let i = 0; i < n; i++) this.positions[counts[buckets[i]!]!++] = i;
  }

  /** The smallest bucket among the k-grams of `s` (s.length ≥ k): [from, to) in `positions`, and the gram's offset in s. */
  rarest(s: string): [number, number, number] {
    let best: [number, number, number] = [0, 0, 0];
    let h = 0;
    for (let i = 0; i < this.k - 1; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
    for (let i = 0; i + this.k <= s.length; i++) {
      h = (Math.imul(h, BASE) + s.charCodeAt(i + this.k - 1)) | 0;
      const b = this.bucket(h);
      const from = this.bucketStart[b]!;
      const to = this.bucketStart[b + 1]!;
      if (i === 0 || to - from < best[1] - best[0]) best = [from, to, i];
      h = (h - Math.imul(s.charCodeAt(i), this.lead)) | 0;
    }
    return best;
  }

  private bucket(hash: number): number {
    return Math.imul(hash, GOLDEN) >>> this.shift;
  }
}

function power(base: number, exponent: number): number {
  let p = 1;
  for (let i = 0; i < exponent; i++) p = Math.imul(p, base);
  return p;
}

/** Index of the first number in ascending `sorted` that is ≥ `value` (sorted.length when none is). */
export function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

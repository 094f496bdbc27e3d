// A compact BM25+ index over two fields (a check's claim and its title), scoring exactly as MiniSearch 7.2.0 does
// for exact-term OR queries (so the re-ranker trained on MiniSearch's scores keeps its meaning): per query term
// occurrence and field, boost × idf × (δ + tf·(k+1) / (tf + k·(1 − b + b·len/avgLen))), len the field's number of
// distinct terms, summed, then multiplied by the number of distinct query terms matched.
//
// Why our own: MiniSearch keeps a radix tree with two Maps per term and a Map entry per posting; for 10,000 checks
// that is ~17 MB of heap, over three times the history's 5 MB budget. Here each document is a run of 32-bit
// entries (term id << 8 | tf) in one shared typed array, the terms one Map to ids, the frequencies typed arrays:
// ~1.5 MB for the same checks. A query scans the runs (no posting lists), which is well inside the 5 ms budget at
// this size. What MiniSearch does differently and we do not copy: a discarded document keeps counting in document
// frequencies until it is vacuumed; here removal is exact at once.
import { termsOf } from './text.js';

export type Field = 'text' | 'title';

export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}

export interface Bm25Hit {
  /** The number the document was added under. */
  id: number;
  score: number;
  /** The parts of the score from each field (boosted, before the matched-terms factor). */
  text: number;
  title: number;
  /** Share of the query's distinct known terms the document has. */
  coverage: number;
}

const LIVE = 1;
const HAS_TITLE = 2;
const TF_BITS = 8;
const TF_MAX = (1 << TF_BITS) - 1;

/** Grows a typed array to at least `size`, doubling. */
function grown<T extends Uint32Array | Uint16Array | Uint8Array | Int32Array>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array;
  const next = make(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

export class Bm25Index {
  private readonly termIds = new Map<string, number>();
  /** Documents containing each term: in the claim, in the title, in either. */
  private dfText = new Int32Array(1024);
  private dfTitle = new Int32Array(1024);
  private dfAny = new Int32Array(1024);
  private pool = new Uint32Array(4096);
  private poolEnd = 0;
  private start = new Uint32Array(256);
  private textLen = new Uint16Array(256);
  private titleLen = new Uint16Array(256);
  private flags = new Uint8Array(256);
  private keys = new Int32Array(256);
  private readonly slotOf = new Map<number, number>();
  private slots = 0;
  private dead = 0;
  private live = 0;
  /** MiniSearch's running average field lengths (updated as documents come and go, in the same way). */
  private readonly avg = [0, 0];
  private lookup = new Int32Array(0);

  get size(): number {
    return this.live;
  }

  has(id: number): boolean {
    return this.slotOf.has(id);
  }

  /** Adds (or replaces) document `id`, a small non-negative integer the caller chooses. */
  add(id: number, text: string, title?: string): void {
    this.remove(id);
    const slot = this.slots++;
    if (slot >= this.flags.length) this.growSlots(slot + 1);
    const count = this.live++;
    this.keys[slot] = id;
    this.slotOf.set(id, slot);
    this.start[slot] = this.poolEnd;
    const textTerms = this.append(termsOf(text), 'text');
    this.textLen[slot] = Math.min(textTerms.size, 0xffff);
    this.avg[0] = (this.avg[0] * count + textTerms.size) / (count + 1);
    let titleTerms: Map<number, number> | undefined;
    if (title !== undefined) {
      titleTerms = this.append(termsOf(title), 'title');
      this.titleLen[slot] = Math.min(titleTerms.size, 0xffff);
      this.avg[1] = (this.avg[1] * count + titleTerms.size) / (count + 1);
    }
    for (const t of new Set([...textTerms.keys(), ...(titleTerms?.keys() ?? [])])) this.dfAny[t]++;
    this.flags[slot] = LIVE | (titleTerms ? HAS_TITLE : 0);
  }

  remove(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const count = this.live--;
    const seen = new Set<number>();
    this.forEntries(slot, 'text', (t) => {
      this.dfText[t]--;
      seen.add(t);
    });
    this.forEntries(slot, 'title', (t) => {
      this.dfTitle[t]--;
      seen.add(t);
    });
    for (const t of seen) this.dfAny[t]--;
    const fields = this.flags[slot] & HAS_TITLE ? [0, 1] : [0];
    for (const f of fields) {
      const len = f === 0 ? this.textLen[slot] : this.titleLen[slot];
      this.avg[f] = count === 1 ? 0 : (this.avg[f] * count - len) / (count - 1);
    }
    this.flags[slot] = 0;
    this.slotOf.delete(id);
    if (++this.dead > 256 && this.dead * 4 > this.slots) this.compact();
  }

  /** Lucene's BM25 idf over documents containing the term in either field: highest for terms no check uses. */
  readonly idf = (term: string): number => {
    const id = this.termIds.get(term);
    const n = id === undefined ? 0 : this.dfAny[id];
    return Math.log(1 + (this.live - n + 0.5) / (n + 0.5));
  };

  /** The best `limit` documents for the query's terms (termsOf; a repeated term counts each time), best first
   *  (ties in index order). */
  search(query: readonly string[], limit: number, params: Bm25Params, boosts: Record<Field, number>, fields: readonly Field[] = ['text', 'title']): Bm25Hit[] {
    const mult: number[] = [];
    const ids: number[] = [];
    if (this.lookup.length < this.termIds.size) this.lookup = new Int32Array(this.termIds.size * 2);
    for (const term of query) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const q = this.lookup[id];
      if (q > 0) mult[q - 1]++;
      else {
        ids.push(id);
        mult.push(1);
        this.lookup[id] = ids.length;
      }
    }
    try {
      return ids.length === 0 ? [] : this.scan(mult, params, boosts, fields, limit);
    } finally {
      for (const id of ids) this.lookup[id] = 0;
    }
  }

  private scan(mult: number[], params: Bm25Params, boosts: Record<Field, number>, fields: readonly Field[], limit: number): Bm25Hit[] {
    const { k, b, d } = params;
    const n = this.live;
    const stamp = new Int32Array(mult.length).fill(-1);
    const top: Bm25Hit[] = [];
    const useText = fields.includes('text');
    const useTitle = fields.includes('title');
    for (let slot = 0; slot < this.slots; slot++) {
      if (!(this.flags[slot] & LIVE)) continue;
      let text = 0;
      let title = 0;
      let matched = 0;
      const begin = this.start[slot];
      const mid = begin + this.textLen[slot];
      const end = mid + (this.flags[slot] & HAS_TITLE ? this.titleLen[slot] : 0);
      for (let i = useText ? begin : mid; i < (useTitle ? end : mid); i++) {
        const entry = this.pool[i];
        const q = this.lookup[entry >>> TF_BITS] - 1;
        if (q < 0) continue;
        const inText = i < mid;
        const term = entry >>> TF_BITS;
        const tf = entry & TF_MAX;
        const df = inText ? this.dfText[term] : this.dfTitle[term];
        const len = inText ? mid - begin : end - mid;
        const avg = this.avg[inText ? 0 : 1];
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        const part = mult[q] * (inText ? boosts.text : boosts.title) * idf * (d + tf * (k + 1) / (tf + k * (1 - b + b * len / avg)));
        if (inText) text += part;
        else title += part;
        if (stamp[q] !== slot) {
          stamp[q] = slot;
          matched++;
        }
      }
      if (matched > 0) insertTop(top, { id: this.keys[slot], score: (text + title) * matched, text, title, coverage: matched / mult.length }, limit);
    }
    return top;
  }

  /** Appends a field's entries for the document being added; returns term id → frequency. */
  private append(tokens: string[], field: Field): Map<number, number> {
    const freqs = new Map<number, number>();
    for (const token of tokens) {
      if (!token) continue;
      let id = this.termIds.get(token);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(token, id);
        this.growTerms(id + 1);
      }
      freqs.set(id, (freqs.get(id) ?? 0) + 1);
    }
    const df = field === 'text' ? this.dfText : this.dfTitle;
    this.pool = grown(this.pool, this.poolEnd + freqs.size, (n) => new Uint32Array(n));
    for (const [id, tf] of freqs) {
      this.pool[this.poolEnd++] = (id << TF_BITS) | Math.min(tf, TF_MAX);
      df[id]++;
    }
    return freqs;
  }

  private forEntries(slot: number, field: Field, each: (term: number) => void): void {
    const begin = this.start[slot] + (field === 'title' ? this.textLen[slot] : 0);
    const length = field === 'title' ? (this.flags[slot] & HAS_TITLE ? this.titleLen[slot] : 0) : this.textLen[slot];
    for (let i = begin; i < begin + length; i++) each(this.pool[i] >>> TF_BITS);
  }

  private growTerms(size: number): void {
    this.dfText = grown(this.dfText, size, (n) => new Int32Array(n));
    this.dfTitle = grown(this.dfTitle, size, (n) => new Int32Array(n));
    this.dfAny = grown(this.dfAny, size, (n) => new Int32Array(n));
  }

  private growSlots(size: number): void {
    this.start = grown(this.start, size, (n) => new Uint32Array(n));
    this.textLen = grown(this.textLen, size, (n) => new Uint16Array(n));
    this.titleLen = grown(this.titleLen, size, (n) => new Uint16Array(n));
    this.flags = grown(this.flags, size, (n) => new Uint8Array(n));
    this.keys = grown(this.keys, size, (n) => new Int32Array(n));
  }

  /** Drops removed documents' slots and entries, keeping the live ones in order. */
  private compact(): void {
    let to = 0;
    let poolTo = 0;
    for (let slot = 0; slot < this.slots; slot++) {
      if (!(this.flags[slot] & LIVE)) continue;
      const begin = this.start[slot];
      const length = this.textLen[slot] + (this.flags[slot] & HAS_TITLE ? this.titleLen[slot] : 0);
      this.pool.copyWithin(poolTo, begin, begin + length);
      this.start[to] = poolTo;
      this.textLen[to] = this.textLen[slot];
      this.titleLen[to] = this.titleLen[slot];
      this.flags[to] = this.flags[slot];
      this.keys[to] = this.keys[slot];
      this.slotOf.set(this.keys[to], to);
      poolTo += length;
      to++;
    }
    this.flags.fill(0, to);
    this.slots = to;
    this.poolEnd = poolTo;
    this.dead = 0;
  }
}

/** Keeps `top` sorted best first and at most `limit` long; a tie goes after the hits already there. */
function insertTop(top: Bm25Hit[], hit: Bm25Hit, limit: number): void {
  if (top.length >= limit && hit.score <= top[top.length - 1].score) return;
  let i = top.length;
  while (i > 0 && top[i - 1].score < hit.score) i--;
  top.splice(i, 0, hit);
  if (top.length > limit) top.pop();
}

// Candidate retrieval for the claim history: MiniSearch (BM25+ over two fields, the claim and the title or summary
// of the check), fed with the history's own terms (text.ts) so the index and the query agree on stemming. Why
// MiniSearch and not wink-bm25-text-search: docs/history.md.
import MiniSearch from 'minisearch';
import { termsOf } from './text.js';

export interface SearchDocument {
  /** Stable key of a check in the history. */
  id: string;
  text: string;
  title?: string;
}

export interface Candidate {
  id: string;
  /** MiniSearch's BM25+ score over both fields (title boosted as the model says). */
  score: number;
}

export interface SearchSettings {
  /** Weight of a title match against a claim-text match. */
  titleBoost: number;
  /** BM25 term-frequency saturation and length normalisation. */
  k: number;
  b: number;
  /** BM25+ lower bound of a single occurrence's weight. */
  d: number;
}

export const DEFAULT_SEARCH: SearchSettings = { titleBoost: 1, k: 1.2, b: 0.75, d: 0.5 };

/** Our terms are already lower-cased and stemmed: MiniSearch must not process them again. */
const keep = (term: string): string => term;

export class ClaimSearch {
  private readonly index: MiniSearch<SearchDocument>;

  constructor(private readonly settings: SearchSettings = DEFAULT_SEARCH) {
    this.index = new MiniSearch<SearchDocument>({
      fields: ['text', 'title'],
      tokenize: termsOf,
      processTerm: keep,
      // Each add/discard keeps the index consistent; vacuuming later reclaims discarded space in small batches.
      autoVacuum: { minDirtCount: 200, minDirtFactor: 0.2, batchSize: 500, batchWait: 10 },
    });
  }

  get size(): number {
    return this.index.documentCount;
  }

  add(doc: SearchDocument): void {
    if (this.index.has(doc.id)) this.index.discard(doc.id);
    this.index.add(doc);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  /** The best `limit` candidates for a claim, best first; ties in index order. */
  search(text: string, limit: number, fields?: Array<'text' | 'title'>): Candidate[] {
    const { titleBoost, k, b, d } = this.settings;
    const hits = this.index.search(text, {
      fields,
      boost: { title: titleBoost },
      bm25: { k, b, d },
      combineWith: 'OR',
    });
    return hits.slice(0, limit).map((hit) => ({ id: String(hit.id), score: hit.score }));
  }
}

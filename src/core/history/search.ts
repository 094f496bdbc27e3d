// Candidate retrieval for the claim history: BM25+ over two fields (the claim and the title or summary of the
// check) on the history's own terms (text.ts), scored as MiniSearch scores them, in a compact index of our own
// (bm25Index.ts says why). The choice of MiniSearch over wink-bm25-text-search, and then of our own index over
// MiniSearch for the heap budget: docs/history.md.
import { Bm25Index, type Bm25Hit } from './bm25Index.js';
import { termsOf } from './text.js';

export interface SearchDocument {
  /** Stable key of a check in the history. */
  id: string;
  text: string;
  title?: string;
}

export interface Candidate<Id = string> {
  id: Id;
  /** MiniSearch's BM25+ score over both fields (title boosted as the model says). */
  score: number;
  /** The claim's and the title's parts of it, and the share of the query's terms matched. */
  text: number;
  title: number;
  coverage: number;
}

export interface SearchSettings {
  /** Weight of a title match against a claim-text match. */
  titleBoost: number;
  /** BM25 term-frequency saturation and length normalisation. */
  k: number;
  b: number;
  /** BM25+ lower bound of a single occurrence's weight. */
  d: number;
  /** Count a word repeated in the claim once (tweets repeat themselves; MiniSearch counts every occurrence). */
  dedupeQuery?: boolean;
}

export const DEFAULT_SEARCH: SearchSettings = { titleBoost: 1, k: 1.2, b: 0.75, d: 0.5 };

/** String-keyed BM25+ search over checks (the scripts' corpus of CheckThat! claims; the history keys by number). */
export class ClaimSearch {
  private readonly index = new Bm25Index();
  private readonly handles = new Map<string, number>();
  private readonly ids: string[] = [];

  constructor(private readonly settings: SearchSettings = DEFAULT_SEARCH) {}

  get size(): number {
    return this.index.size;
  }

  /** Document frequencies over both fields, for the ranker's idf-weighted features. */
  get idf(): (term: string) => number {
    return this.index.idf;
  }

  add(doc: SearchDocument): void {
    let handle = this.handles.get(doc.id);
    if (handle === undefined) {
      handle = this.ids.push(doc.id) - 1;
      this.handles.set(doc.id, handle);
    }
    this.index.add(handle, doc.text, doc.title);
  }

  remove(id: string): void {
    const handle = this.handles.get(id);
    if (handle !== undefined) this.index.remove(handle);
  }

  /** The best `limit` candidates for a claim, best first; ties in index order. */
  search(text: string, limit: number, fields?: Array<'text' | 'title'>): Candidate[] {
    return searchIndex(this.index, this.settings, text, limit, fields).map((hit) => ({ ...hit, id: this.ids[hit.id] }));
  }
}

/** One query on an index with the model's settings (a boost of 0 or none means 1, as MiniSearch reads it). */
export function searchIndex(index: Bm25Index, settings: SearchSettings, text: string, limit: number, fields?: Array<'text' | 'title'>): Bm25Hit[] {
  const { titleBoost, k, b, d } = settings;
  const terms = termsOf(text);
  return index.search(settings.dedupeQuery ? [...new Set(terms)] : terms, limit, { k, b, d }, { text: 1, title: titleBoost || 1 }, fields);
}

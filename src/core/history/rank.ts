// Retrieve, then re-rank: the library proposes `model.candidates` checks by BM25+, the learned model orders them
// by the features of features.ts. Shared by the history (match.ts), the training script and the evaluation, so
// what is measured is what ships.
import { featuresOf, type Idf, type RetrievalScores } from './features.js';
import { rankerScore, type RankerModel } from './model.js';
import { profileOf, type ClaimProfile } from './profile.js';
import type { Candidate } from './search.js';

export interface RankedCandidate<Id = string> {
  id: Id;
  /** The library's BM25+ score and rank before re-ranking. */
  retrieval: number;
  retrievalRank: number;
  features: number[];
  /** The model's score in 0..1 (0 when ranked without a model). */
  score: number;
}

/** Candidates with their features, in the library's order. */
export function candidatesFor<Id = string>(search: { search(text: string, limit: number): Candidate<Id>[] }, text: string, limit: number,
  profileOfCheck: (id: Id) => ClaimProfile | undefined, idf: Idf): { claim: ClaimProfile; candidates: RankedCandidate<Id>[] } {
  const profile = profileOf(text);
  const hits = search.search(text, limit);
  const candidates: RankedCandidate<Id>[] = [];
  hits.forEach((hit, rank) => {
    const check = profileOfCheck(hit.id);
    if (!check) return;
    const retrieval: RetrievalScores = { score: hit.score, best: hits[0].score, next: hits[rank + 1]?.score ?? 0, rank, text: hit.text, title: hit.title, coverage: hit.coverage };
    candidates.push({ id: hit.id, retrieval: hit.score, retrievalRank: rank, features: featuresOf(profile, check, retrieval, idf), score: 0 });
  });
  return { claim: profile, candidates };
}

/** Scores each candidate with the model and sorts best first (ties keep the library's order). */
export function rerank<Id>(model: RankerModel, candidates: RankedCandidate<Id>[]): RankedCandidate<Id>[] {
  return candidates
    .map((c) => ({ ...c, score: rankerScore(model, c.features) }))
    .sort((a, b) => b.score - a.score || a.retrievalRank - b.retrievalRank);
}

// CheckThat! 2020 Task 2 ("verified claim retrieval"): readers, the official metrics and the plain BM25 baseline.
// The data stays in ../shared/eval/checkthat2020t2 (research use); it is read at run time only.
import { join } from 'node:path';
import { evalDir, readJsonl } from './data.js';

export const checkThatDir = join(evalDir, 'checkthat2020t2');
export const verifiedClaimsPath = join(checkThatDir, 'verified_claims.jsonl');
export const checkThatTrainPath = join(checkThatDir, 'train.jsonl');
export const checkThatDevPath = join(checkThatDir, 'dev.jsonl');

export interface VerifiedClaim {
  id: string;
  claim: string;
  title?: string;
}

export interface Tweet {
  id: string;
  text: string;
  relevant: string[];
}

export const readVerifiedClaims = (): VerifiedClaim[] => readJsonl<VerifiedClaim>(verifiedClaimsPath);
export const readTweets = (path: string): Tweet[] => readJsonl<Tweet>(path);

/**
 * Average precision cut at depth k as the official scorer computes it (trectools `get_map(depth=k)`): precision at
 * each relevant item within the first k, summed, divided by the number of relevant items for the query (not by k).
 */
export function averagePrecisionAt(ranked: readonly string[], relevant: readonly string[], k: number): number {
  if (relevant.length === 0) return 0;
  const gold = new Set(relevant);
  let hits = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (gold.has(id)) sum += ++hits / (i + 1);
  });
  return sum / gold.size;
}

/** 1 / rank of the first relevant item (trectools `get_reciprocal_rank`), 0 when none is ranked. */
export function reciprocalRankOf(ranked: readonly string[], relevant: readonly string[]): number {
  const gold = new Set(relevant);
  const first = ranked.findIndex((id) => gold.has(id));
  return first < 0 ? 0 : 1 / (first + 1);
}

/** Share of the relevant items found within the first k. */
export function recallAt(ranked: readonly string[], relevant: readonly string[], k: number): number {
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export interface RetrievalScoresSummary {
  map5: number;
  mrr: number;
  recall5: number;
  queries: number;
}

/** Means over the queries of MAP@5, MRR and Recall@5. */
export function summarise(rankings: ReadonlyArray<{ ranked: readonly string[]; relevant: readonly string[] }>): RetrievalScoresSummary {
  const mean = (f: (r: { ranked: readonly string[]; relevant: readonly string[] }) => number): number =>
    rankings.length === 0 ? 0 : rankings.reduce((s, r) => s + f(r), 0) / rankings.length;
  return {
    map5: mean((r) => averagePrecisionAt(r.ranked, r.relevant, 5)),
    mrr: mean((r) => reciprocalRankOf(r.ranked, r.relevant)),
    recall5: mean((r) => recallAt(r.ranked, r.relevant, 5)),
    queries: rankings.length,
  };
}

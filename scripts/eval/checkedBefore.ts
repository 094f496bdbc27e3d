// "Checked before?" on CheckThat! 2020 Task 2 dev: each tweet ranks the 10,375 verified claims; scored with the
// official MAP@5 (trectools), MRR and Recall@5. Three rows from one run: the literal BM25 baseline, the search
// library alone (the product's retrieval step) and the product (library + the re-ranker of
// models/history-ranker.json, learned on train by `npm run train:history`).
import { readFileSync } from 'node:fs';
import { validateModel, type RankerModel } from '../../src/core/history/model.js';
import { rerank } from '../../src/core/history/rank.js';
import { buildCorpus, queriesOf } from '../history/corpus.js';
import { Bm25Baseline } from './bm25Baseline.js';
import { checkThatDevPath, readTweets, readVerifiedClaims, summarise, type RetrievalScoresSummary } from './checkthat.js';

export interface CheckedBeforeResult {
  tweets: number;
  claims: number;
  baseline: RetrievalScoresSummary;
  library: RetrievalScoresSummary;
  product: RetrievalScoresSummary;
  candidates: number;
  seconds: number;
}

export function readRankerModel(path: string): RankerModel {
  return validateModel(JSON.parse(readFileSync(path, 'utf8')) as RankerModel);
}

export function evaluateCheckedBefore(model: RankerModel): CheckedBeforeResult {
  const started = performance.now();
  const claims = readVerifiedClaims();
  const dev = readTweets(checkThatDevPath);
  const bm25 = new Bm25Baseline(claims);
  const baseline = summarise(dev.map((t) => ({ ranked: bm25.rank(t.text), relevant: t.relevant })));
  const queries = queriesOf(buildCorpus(claims, model.search), dev, model.candidates);
  const library = summarise(queries.map((q) => ({ ranked: q.candidates.map((c) => c.id), relevant: q.tweet.relevant })));
  const product = summarise(queries.map((q) => ({ ranked: rerank(model, q.candidates).map((c) => c.id), relevant: q.tweet.relevant })));
  return { tweets: dev.length, claims: claims.length, baseline, library, product, candidates: model.candidates,
    seconds: (performance.now() - started) / 1000 };
}

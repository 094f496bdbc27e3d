// Features of a (claim, earlier check) pair for the re-ranker. Each is in roughly 0..1 so the learned weights are
// comparable and readable in models/history-ranker.json; FEATURE_NAMES is the order of the model's weights.
import type { ClaimProfile } from './profile.js';

export const FEATURE_NAMES = [
  'bm25Relative', // the library's score over both fields / the best candidate's score
  'bm25Log', // log(1 + score) / 10: how strong the match is in absolute terms
  'reciprocalRank', // 1 / (library rank + 1)
  'checkCoverage', // share of the check's terms found in the claim
  'claimCoverage', // share of the claim's terms found in the check
  'jaccard', // stemmed-term Jaccard
  'idfCheckCoverage', // idf-weighted share of the check's terms found in the claim
  'idfClaimCoverage', // idf-weighted share of the claim's terms found in the check
  'idfTextCoverage', // idf-weighted share of the check's claim-text terms found in the claim
  'idfTitleCoverage', // idf-weighted share of the check's title terms found in the claim (0 without a title)
  'scoreGap', // (score − next candidate's score) / best score: how clearly the library prefers this one
  'bigramsShared', // share of the check's adjacent term pairs found in the claim
  'trigramCosine', // character-trigram cosine of the cleaned texts
  'numbersShared', // share of the check's numbers found in the claim (0 when it has none)
  'numbersConflict', // both have numbers and share none
  'entitiesShared', // share of the check's named entities found in the claim
  'entitiesMissing', // share of the check's named entities absent from the claim
  'lengthRatio', // |log(check terms / claim terms)| / 3, capped at 1
  'queryCoverage', // share of the claim's distinct indexed terms the check has (either field)
  'postedMonth', // the check names the month and year the claim (an embedded tweet) was posted
  'postedYear', // the check names the year the claim was posted
  'rarestShared', // idf of the rarest term shared / idf of the claim's rarest term that some check has
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The library's view of one candidate: its score and rank, against the best in the list. */
export interface RetrievalScores {
  score: number;
  best: number;
  /** The score of the candidate ranked just below (0 for the last). */
  next: number;
  rank: number;
  /** The claim-text and title parts of the score (before the matched-terms factor), and the query terms' share matched. */
  text: number;
  title: number;
  coverage: number;
}

/** Inverse document frequency of a term in the history (rarer terms say more about what a claim is about). */
export type Idf = (term: string) => number;

export function featuresOf(claim: ClaimProfile, check: ClaimProfile, retrieval: RetrievalScores, idf: Idf): number[] {
  const shared = countShared(claim.terms, check.terms);
  const sharedWeight = weightOf(claim.terms, idf, check.terms);
  const union = claim.terms.size + check.terms.size - shared;
  const numbersShared = countShared(claim.numbers, check.numbers);
  const entitiesShared = countShared(claim.entities, check.entities);
  return [
    ratio(retrieval.score, retrieval.best),
    Math.log1p(retrieval.score) / 10,
    1 / (retrieval.rank + 1),
    ratio(shared, check.terms.size),
    ratio(shared, claim.terms.size),
    ratio(shared, union),
    ratio(sharedWeight, weightOf(check.terms, idf)),
    ratio(sharedWeight, weightOf(claim.terms, idf)),
    ratio(weightOf(check.textTerms, idf, claim.terms), weightOf(check.textTerms, idf)),
    ratio(weightOf(check.titleTerms, idf, claim.terms), weightOf(check.titleTerms, idf)),
    ratio(retrieval.score - retrieval.next, retrieval.best),
    ratio(countShared(claim.bigrams, check.bigrams), check.bigrams.size),
    trigramCosine(claim, check),
    ratio(numbersShared, check.numbers.size),
    claim.numbers.size > 0 && check.numbers.size > 0 && numbersShared === 0 ? 1 : 0,
    ratio(entitiesShared, check.entities.size),
    ratio(check.entities.size - entitiesShared, check.entities.size),
    Math.min(1, Math.abs(Math.log((check.termCount + 1) / (claim.termCount + 1))) / 3),
    retrieval.coverage,
    claim.posted !== undefined && check.months.has(claim.posted) ? 1 : 0,
    claim.posted !== undefined && check.years.has(claim.posted.slice(-4)) ? 1 : 0,
    ratio(rarest(claim.terms, idf, check.terms), rarest(claim.terms, idf)),
  ];
}

function weightOf(terms: ReadonlySet<string>, idf: Idf, within?: ReadonlySet<string>): number {
  let sum = 0;
  for (const t of terms) if (!within || within.has(t)) sum += idf(t);
  return sum;
}

/** The highest idf among the terms (those in `within` only) that some check has: a word no check uses says
 *  nothing about which check is meant, and in a small history most of a claim's words are such words. */
function rarest(terms: ReadonlySet<string>, idf: Idf, within?: ReadonlySet<string>): number {
  const unseen = idf(NO_TERM);
  let top = 0;
  for (const t of terms) {
    const w = idf(t);
    if (w < unseen && (!within || within.has(t))) top = Math.max(top, w);
  }
  return top;
}

/** Not a term termsOf can produce, so its idf is that of a word no check has. */
const NO_TERM = ' ';

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

export function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

export function trigramCosine(a: ClaimProfile, b: ClaimProfile): number {
  if (a.trigramNorm === 0 || b.trigramNorm === 0) return 0;
  const [small, large] = a.trigrams.size <= b.trigrams.size ? [a.trigrams, b.trigrams] : [b.trigrams, a.trigrams];
  let dot = 0;
  for (const [gram, n] of small) dot += n * (large.get(gram) ?? 0);
  return dot / (a.trigramNorm * b.trigramNorm);
}

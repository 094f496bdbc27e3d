// Fitting and cross-validating the claim score's adjustment (scripts/train-claims.ts): CLEF transcripts read into
// clauses, training rows (pointwise or pairwise), a logistic fit, and MAP on held-back transcripts.
import { onRuleSide } from '../../src/core/detectors/claimModel.js';
import { isHeldBack, polnearTrainPath, readJsonl, type ClefSentence, type PolnearArticle } from '../eval/data.js';
import { averagePrecision, mean, rankLabels } from '../eval/metrics.js';
import { lineScores, transcripts } from '../eval/transcript.js';
import { mulberry32 } from '../random.js';
import { documentClauses, featureCount, featureVector, firstVectorFeature, type ClauseRow, type FeatureSettings } from './claimRows.js';
import { fitLogistic, logit, type Fit, type Row } from './logistic.js';

/** Cross-validation folds by transcript (19 transcripts: about five held back per fold). */
export const FOLDS = 4;
/** Weight of the learned log-odds added to the rule log-odds. */
export const BETAS = [0.5, 1, 1.5, 2, 3, 4, 6];
/** Pointwise (log-loss per clause, classes balanced) or pairwise (a check-worthy line against one that is not, within a transcript). */
export const LOSSES = ['pointwise', 'pairwise'] as const;
export type Loss = (typeof LOSSES)[number];
/** Lines that are not check-worthy drawn for each check-worthy one, for the pairwise loss. */
export const PAIRS = 40;
export const PAIR_SEED = 12;
/** News articles the adjustment is centred on: every NEWS_STEP-th PolNeAR train article outside the held-back slice. */
export const NEWS_STEP = 4;

export interface Transcript {
  doc: string;
  labels: number[];
  clauses: ClauseRow[];
  /** Per line, the indices of the clauses that overlap it. */
  lineClauses: number[][];
}

export interface Fitting {
  loss: Loss;
  settings: FeatureSettings;
  /** L2 strength of the binary features (rule reasons, context, hashed words). */
  lambda: number;
  /** L2 strength of the word-vector dimensions. */
  vectorLambda: number;
}

export interface Setting extends Fitting {
  beta: number;
  map: number;
}

export function readTranscripts(sentences: ClefSentence[]): Transcript[] {
  return transcripts(sentences).map((t) => {
    const clauses = documentClauses(t.text);
    const indexed = clauses.map((c, i) => ({ start: c.start, end: c.end, i }));
    const lineClauses: number[][] = t.lines.map(() => []);
    t.lines.forEach((line, li) => {
      lineScores({ ...t, lines: [line] }, indexed, (c) => (lineClauses[li].push(c.i), 0));
    });
    return { doc: t.doc, labels: t.lines.map((l) => (l.sentence.label === 1 ? 1 : 0)), clauses, lineClauses };
  });
}

/** Pointwise rows: one per clause, labelled by its lines, each class weighted to half the total. */
function pointRows(list: Transcript[], settings: FeatureSettings): Row[] {
  const labelled: Array<[ClauseRow, 0 | 1]> = [];
  for (const t of list) {
    const label = t.clauses.map(() => 0 as 0 | 1);
    t.lineClauses.forEach((cs, li) => { if (t.labels[li] === 1) for (const c of cs) label[c] = 1; });
    t.clauses.forEach((c, i) => labelled.push([c, label[i]]));
  }
  const positives = labelled.filter(([, l]) => l === 1).length;
  const negatives = labelled.length - positives;
  return labelled.map(([c, label]) => ({ ...featureVector(c, settings), label, weight: label === 1 ? 0.5 / positives : 0.5 / negatives }));
}

/**
 * Ranking rows: within each transcript, each check-worthy line paired with PAIRS lines that are not (seeded
 * draw), each line represented by its clause with the highest rule score; each transcript weighs the same.
 */
function pairRows(list: Transcript[], settings: FeatureSettings): Row[] {
  const rows: Row[] = [];
  const next = mulberry32(PAIR_SEED);
  for (const t of list) {
    const lead = t.lineClauses.map((cs) => cs.reduce((best, i) => (best < 0 || t.clauses[i].e.x > t.clauses[best].e.x ? i : best), -1));
    const positives = lead.filter((c, li) => c >= 0 && t.labels[li] === 1);
    const negatives = lead.filter((c, li) => c >= 0 && t.labels[li] === 0);
    if (!positives.length || !negatives.length) continue;
    const weight = 1 / (positives.length * PAIRS);
    for (const p of positives) {
      const plus = featureVector(t.clauses[p], settings);
      for (let k = 0; k < PAIRS; k++) {
        const minus = featureVector(t.clauses[negatives[Math.floor(next() * negatives.length)]], settings);
        rows.push({ ...plus, minus: minus.features, minusValues: minus.values, label: 1, weight });
      }
    }
  }
  return rows;
}

export function fit(list: Transcript[], f: Fitting): Fit {
  const rows = f.loss === 'pairwise' ? pairRows(list, f.settings) : pointRows(list, f.settings);
  const size = featureCount(f.settings);
  const lambda = new Float64Array(size).fill(f.lambda).fill(f.vectorLambda, firstVectorFeature(f.settings));
  return fitLogistic(rows, size, lambda, new Float64Array(size));
}

/** A clause's learned log-odds under a fit. */
export function clauseLogit(fitted: Fit, c: ClauseRow, settings: FeatureSettings): number {
  const { features, values } = featureVector(c, settings);
  return logit(fitted.weights, fitted.bias, features, values);
}

/** MAP over transcripts of lines scored by the best score of their clauses (-Infinity without one). */
export function transcriptMap(list: Transcript[], score: (c: ClauseRow) => number): number {
  return mean(list.map((t) => {
    const z = t.clauses.map(score);
    const scores = t.lineClauses.map((cs) => cs.reduce((best, i) => Math.max(best, z[i]), -Infinity));
    return averagePrecision(rankLabels(scores.map((s, i) => ({ score: s, label: t.labels[i] }))));
  }));
}

/** MAP of ranking each transcript's lines by their number of words (a baseline). */
export function wordCountMap(list: Transcript[]): number {
  return mean(list.map((t) => averagePrecision(rankLabels(t.lineClauses.map((cs, i) => ({ score: cs.reduce((n, c) => n + t.clauses[c].e.words, 0), label: t.labels[i] }))))));
}

/**
 * Each clause's learned log-odds from the model fitted without its transcript's fold, less that model's mean over
 * the news clauses: the shipped model is centred on news the same way, and the centre decides which clauses the
 * clamp at 0.5 ties, so held-back MAP must be measured on the centred score.
 */
function outOfFold(list: Transcript[], foldOf: Map<string, number>, f: Fitting, news: readonly ClauseRow[]): Map<ClauseRow, number> {
  const z = new Map<ClauseRow, number>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const fitted = fit(list.filter((t) => foldOf.get(t.doc) !== fold), f);
    const centre = news.length ? mean(news.map((c) => clauseLogit(fitted, c, f.settings))) : 0;
    for (const t of list) if (foldOf.get(t.doc) === fold) for (const c of t.clauses) z.set(c, clauseLogit(fitted, c, f.settings) - centre);
  }
  return z;
}

/** A clause's score as the detector gives it: the sum, kept on the rule score's side of 0.5, to three decimals. */
function shipped(x: number, adjustment: number): number {
  return onRuleSide(x, x + adjustment);
}

/** Held-back MAP of the learned score alone (β = ∞) and of each ensemble rule + β·learned, averaged over the splits. */
export function crossValidate(list: Transcript[], splits: Array<Map<string, number>>, f: Fitting, news: readonly ClauseRow[]): { alone: number; mixed: number[] } {
  const runs = splits.map((foldOf) => {
    const z = outOfFold(list, foldOf, f, news);
    return [transcriptMap(list, (c) => z.get(c) ?? -Infinity), ...BETAS.map((b) => transcriptMap(list, (c) => shipped(c.e.x, b * (z.get(c) ?? 0))))];
  });
  const m = runs[0].map((_, k) => mean(runs.map((r) => r[k])));
  return { alone: m[0], mixed: m.slice(1) };
}

/** The clauses of the news articles the adjustment is centred on. */
export function newsClauses(): { rows: ClauseRow[]; articles: number } {
  const articles = readJsonl<PolnearArticle>(polnearTrainPath).filter((a) => !isHeldBack(a.id)).sort((a, b) => (a.id < b.id ? -1 : 1)).filter((_, i) => i % NEWS_STEP === 0);
  return { rows: articles.flatMap((a) => documentClauses(a.text)), articles: articles.length };
}

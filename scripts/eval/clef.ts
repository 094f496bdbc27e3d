// CLEF-2019 CheckThat! Task 1: rank each transcript's sentences by claim score and score the ranking the way the
// official scorer does (MAP over documents, plus mean R-precision, P@k and reciprocal rank).
import type { Analysis } from '../../src/core/types.js';
import type { ClefSentence } from './data.js';
import { averagePrecision, mean, precisionAt, rankLabels, reciprocalRank, rPrecision } from './metrics.js';

export const CLEF_THRESHOLDS = [1, 3, 5, 10, 20, 50];

export interface ClefResult {
  documents: number;
  sentences: number;
  map: number;
  rPrecision: number;
  reciprocalRank: number;
  precisionAt: Record<number, number>;
  perDocument: Array<{ doc: string; sentences: number; relevant: number; ap: number }>;
  seconds: number;
}

/** A sentence's check-worthiness: the highest claim score the core gives it, 0 when it finds no claim. */
export function sentenceScore(result: Analysis): number {
  return result.claims.reduce((best, c) => Math.max(best, c.score), 0);
}

export function evaluateClef(sentences: ClefSentence[], analyze: (text: string) => Analysis): ClefResult {
  const started = performance.now();
  const byDoc = new Map<string, ClefSentence[]>();
  for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);

  const perDocument: ClefResult['perDocument'] = [];
  const rankings: number[][] = [];
  for (const [doc, docSentences] of byDoc) {
    const ordered = [...docSentences].sort((a, b) => a.line_number - b.line_number);
    const ranked = rankLabels(ordered.map((s) => ({ score: sentenceScore(analyze(s.text)), label: s.label })));
    rankings.push(ranked);
    perDocument.push({ doc, sentences: ordered.length, relevant: ranked.filter((l) => l === 1).length, ap: averagePrecision(ranked) });
  }

  return {
    documents: byDoc.size,
    sentences: sentences.length,
    map: mean(rankings.map(averagePrecision)),
    rPrecision: mean(rankings.map(rPrecision)),
    reciprocalRank: mean(rankings.map(reciprocalRank)),
    precisionAt: Object.fromEntries(CLEF_THRESHOLDS.map((k) => [k, mean(rankings.map((r) => precisionAt(r, k)))])),
    perDocument,
    seconds: (performance.now() - started) / 1000,
  };
}

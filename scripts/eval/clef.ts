// CLEF-2019 CheckThat! Task 1: rank each transcript's sentences by claim score and score the ranking the way the
// official scorer does (MAP over documents, plus mean R-precision, P@k and reciprocal rank). Each transcript is
// analysed whole, as an article with one paragraph per speaker turn (transcript.ts), so a sentence is scored in
// its context as it would be in the editor.
import type { Analysis } from '../../src/core/types.js';
import type { ClefSentence } from './data.js';
import { averagePrecision, mean, precisionAt, rankLabels, reciprocalRank, rPrecision } from './metrics.js';
import { claimLineScores, transcripts } from './transcript.js';

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

export function evaluateClef(sentences: ClefSentence[], analyze: (text: string) => Analysis): ClefResult {
  const started = performance.now();
  const perDocument: ClefResult['perDocument'] = [];
  const rankings: number[][] = [];
  for (const t of transcripts(sentences)) {
    // A line's check-worthiness: the highest score of the claims overlapping it, 0 when none does.
    const scores = claimLineScores(t, analyze(t.text).claims);
    const ranked = rankLabels(t.lines.map((l, i) => ({ score: scores[i], label: l.sentence.label })));
    rankings.push(ranked);
    perDocument.push({ doc: t.doc, sentences: t.lines.length, relevant: ranked.filter((l) => l === 1).length, ap: averagePrecision(ranked) });
  }

  return {
    documents: perDocument.length,
    sentences: sentences.length,
    map: mean(rankings.map(averagePrecision)),
    rPrecision: mean(rankings.map(rPrecision)),
    reciprocalRank: mean(rankings.map(reciprocalRank)),
    precisionAt: Object.fromEntries(CLEF_THRESHOLDS.map((k) => [k, mean(rankings.map((r) => precisionAt(r, k)))])),
    perDocument,
    seconds: (performance.now() - started) / 1000,
  };
}

// Baselines the learned claim score must beat on CLEF transcripts: the rule score alone (the hand-set weights of
// claims.ts, without the learned adjustment, read from the same clauses the detector sees), and ranking a
// transcript's sentences by their number of words (the owner found an earlier score below it on unseen debates).
import { documentClauses } from '../train/claimRows.js';
import type { ClefSentence } from './data.js';
import { averagePrecision, mean, rankLabels } from './metrics.js';
import { lineScores, transcripts } from './transcript.js';

export function ruleScoreMap(sentences: ClefSentence[]): number {
  return mean(transcripts(sentences).map((t) => {
    const scores = lineScores(t, documentClauses(t.text), (c) => c.e.x, -Infinity);
    return averagePrecision(rankLabels(t.lines.map((l, i) => ({ score: scores[i], label: l.sentence.label }))));
  }));
}

/** Words in a line: runs of letters or digits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

export function wordCountMap(sentences: ClefSentence[]): number {
  return mean(transcripts(sentences).map((t) =>
    averagePrecision(rankLabels(t.lines.map((l) => ({ score: wordCount(l.sentence.text), label: l.sentence.label }))))));
}

// MAP of the rule score alone (the hand-set weights of claims.ts, without the learned adjustment) on CLEF
// transcripts, read from the same clauses the detector sees: the baseline the learned score must beat.
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

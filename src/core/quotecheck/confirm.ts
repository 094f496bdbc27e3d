// "Confirm Re-check" as facts-file edits: the fact's target takes the current wording (exact, context, offsets)
// and `checkedAt` becomes today, so the fact counts as linked again. Computed from the file as it is on disk, so
// a fact that no longer needs a re-check (someone confirmed it meanwhile) gets no edit.
import { anchorFacts } from '../facts/anchor.js';
import { targetFromSpan, type FactsEdit } from '../facts/edits.js';
import type { FactsFile } from '../facts/types.js';
import { wordingChanged } from './recheck.js';

export function confirmRecheckEdits(file: FactsFile, text: string, factId: string, today: string): FactsEdit[] {
  const fact = file.facts.find((f) => f.id === factId);
  if (!fact) return [];
  const anchor = anchorFacts(text, { facts: [fact] })[0];
  if (!anchor || anchor.status !== 'anchored' || !wordingChanged(text, fact.target.exact, anchor)) return [];
  return [
    { type: 'reanchor', factId, target: targetFromSpan(text, anchor.start, anchor.end) },
    { type: 'setChecked', factId, checkedBy: fact.checkedBy, checkedAt: today },
  ];
}

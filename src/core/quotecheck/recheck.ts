// Wording changed since checked. A fact records the wording it was checked in (`target.exact`); when the article
// no longer has that wording where the fact anchors (it re-anchored approximately), the fact needs a re-check:
// it stops counting as `linked`, and the word diff between the checked and the current wording says what changed.
// A changed number, date, name or negation is an error — the verdict may no longer fit — any other change a warning.
import type { Anchor, FactsFile } from '../facts/types.js';
import { align } from './align.js';
import { diffOf } from './changes.js';
import { prepare } from './prepared.js';
import type { QuoteToken } from './quoteParts.js';
import type { DiffPart, WordChange } from './types.js';
import { wordsOf } from './words.js';

export interface Recheck {
  factId: string;
  /** Where the fact now anchors in the article. */
  start: number;
  end: number;
  checked: string;
  current: string;
  changes: WordChange[];
  diff: DiffPart[];
  severity: 'error' | 'warning';
}

/** True when an anchored fact's text is no longer the wording it was checked in. */
export function wordingChanged(text: string, exact: string, anchor: Anchor): boolean {
  return anchor.status === 'anchored' && text.slice(anchor.start, anchor.end) !== exact;
}

export function recheckFacts(text: string, file: Pick<FactsFile, 'facts'>, anchors: readonly Anchor[]): Recheck[] {
  const byId = new Map(file.facts.map((f) => [f.id, f]));
  return anchors.flatMap((a) => {
    const fact = byId.get(a.factId);
    if (!fact || a.status !== 'anchored' || !wordingChanged(text, fact.target.exact, a)) return [];
    const current = text.slice(a.start, a.end);
    const { changes, diff } = wordDiff(fact.target.exact, current);
    const severity: Recheck['severity'] = changes.some((c) => c.class !== 'word') ? 'error' : 'warning';
    return [{ factId: fact.id, start: a.start, end: a.end, checked: fact.target.exact, current, changes, diff, severity }];
  });
}

/** The diff from `before` to `after`, word by word: swaps and drops name the old words, additions the new. */
export function wordDiff(before: string, after: string): { changes: WordChange[]; diff: DiffPart[] } {
  const prep = prepare({ format: 'text', text: before, passages: [{ start: 0, end: before.length }], labelled: false });
  const tokens: QuoteToken[] = wordsOf(after).map((word) => ({ type: 'word', word }));
  const a = align(tokens, prep.words, 0, prep.words.length, true);
  const ops = tokens.length === 0 ? prep.words.map((_w, s) => ({ op: 'dropped' as const, s })) : a.ops;
  const result = diffOf({ inner: after, tokens, ops, prep });
  if (result.changes.length === 0 && before !== after) {
    // Same words, other punctuation or spacing: still a change of wording, but no word to show.
    const change: WordChange = { kind: 'swap', quote: after.trim(), source: before.trim(), class: 'word' };
    return { changes: [change], diff: [change] };
  }
  return result;
}

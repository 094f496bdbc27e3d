// Where the clause holding a quote starts in the words before it: after another quotation, a semicolon, or a
// clause joined by ", and" / ", but" that has its own subject and cue.
import type { DetectorContext } from '../../context.js';
import { SUBORDINATORS } from '../../lexicon/words.js';
import { isCueAt } from './cues.js';
import { sourceLeft } from './phrases.js';
import type { Tok } from './tokens.js';

/**
 * Where the last clause joined by ", and" or ", but" starts when it has a subject and a cue of its own ("Petrova has
 * been warning that money is short, and Ruiz said the plan was “…”": Ruiz's), else `from`. The outermost cue wins
 * within a clause, not across coordinated ones.
 */
export function afterCoordination(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, pre: Tok[], from: number): number {
  for (let j = pre.length - 3; j > from; j--) {
    if (pre[j].quoted) return from;
    if (pre[j - 1].text !== ',' || (pre[j].lower !== 'and' && pre[j].lower !== 'but')) continue;
    for (let k = j + 2; k < pre.length && k - j < 32; k++) {
      if (pre[k].quoted || !isCueAt(pre, k, cues)) continue;
      const left = sourceLeft(ctx, pre, k, j + 1);
      return left && left.start >= pre[j + 1].start ? j + 1 : from;
    }
    return from;
  }
  return from;
}

/** Index just after the last semicolon (0 when none): "…; many said they felt “badly let down”" starts a clause. */
export function afterLastSemicolon(list: Tok[]): number {
  for (let k = list.length - 1; k >= 0; k--) if (list[k].text === ';' && !list[k].quoted) return k + 1;
  return 0;
}

/** Index just after the last token inside another quotation (0 when none). */
export function afterLastQuoted(list: Tok[]): number {
  let after = 0;
  for (let k = 0; k < list.length; k++) if (list[k].quoted) after = k + 1;
  return after;
}

/**
 * The words after an opening subordinate clause ("When the judge asked whether he was well, the defendant stood
 * and"): the main clause, whose subject does what the clause's verbs say. The list itself when none opens it.
 */
export function afterOpeningSubordinate(list: Tok[]): Tok[] {
  if (!list[0] || !SUBORDINATORS.has(list[0].lower)) return list;
  const comma = list.findIndex((t) => t.text === ',' && !t.quoted);
  return comma > 0 && comma < list.length - 1 ? list.slice(comma + 1) : list;
}

// "A memo says Ruiz told aides that he wanted “…”": a document reports what a person said, and the quoted words
// are that person's. The speaker finder takes the person's cue before the document's.
import type { DetectorContext } from '../../context.js';
import { sourceLeft } from './phrases.js';
import type { Tok } from './tokens.js';

/** Documents that report what someone said ("the memo says Ruiz told aides …"). */
const REPORTING_DOCUMENTS = /(?:^|\s)(?:memo|memos|memorandum|email|emails|letter|report|minutes|transcript|filing|complaint|indictment|documents?|records|notes|diary)$/i;
/** Verbs of saying a person's words inside a document's report. */
const INNER_SAYING = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'insisted', 'argued', 'claimed', 'promised', 'warned']);

/** The cue of a person's saying inside what a document before it reports ("A memo says Ruiz told aides that …"), or -1. */
export function reportedInDocument(ctx: DetectorContext, pre: Tok[], order: readonly number[]): number {
  const outer = sourceLeft(ctx, pre, order[0], 0);
  if (!outer || !REPORTING_DOCUMENTS.test(outer.text)) return -1;
  for (const k of order) {
    if (k <= order[0] || !INNER_SAYING.has(pre[k].lower) || pre[k - 1].text === ',') continue;
    const left = sourceLeft(ctx, pre, k, 0);
    if (left && left.start > outer.end && !REPORTING_DOCUMENTS.test(left.text)) return k;
  }
  return -1;
}

// Words reported at one remove: "A memo says Ruiz told aides that he wanted “…”" (a document reports what a person
// said), "Ferrante said Kerr had called it “…”" (a person reports what another had said). The quoted words are the
// inner person's; the speaker finder takes their cue before the outer one.
import type { DetectorContext } from '../../context.js';
import { sourceLeft } from './phrases.js';
import type { Tok } from './tokens.js';
import { DOCUMENT_SOURCES } from '../../lexicon/cues.js';

/** Documents beyond the cue lexicon's that report what someone said ("the minutes say Ruiz told …"). */
const MORE_DOCUMENTS = new Set(['memos', 'memorandum', 'email', 'emails', 'minutes', 'complaint', 'indictment', 'notes', 'diary']);

/** Is the phrase headed by a document that may report someone's words (the cue lexicon's DOCUMENT_SOURCES, and more)? */
function isReportingDocument(phrase: string): boolean {
  const last = /[\p{L}-]+$/u.exec(phrase)?.[0].toLowerCase() ?? '';
  return DOCUMENT_SOURCES.has(last) || MORE_DOCUMENTS.has(last);
}
/** Verbs of saying a person's words inside a document's report. */
const INNER_SAYING = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'insisted', 'argued', 'claimed', 'promised', 'warned']);

/** What one person reports another "had" said ("Ferrante told reporters that Kerr had described it as “…”"). */
const PAST_SAYING = new Set([...INNER_SAYING, 'described', 'called', 'asked']);

/**
 * The cue of a person's saying inside what a document before it reports ("A memo says Ruiz told aides that …"), or
 * inside what another person reports they had said ("Ferrante said Kerr had called it “…”"), or -1.
 */
export function reportedInside(ctx: DetectorContext, pre: Tok[], order: readonly number[]): number {
  const outer = sourceLeft(ctx, pre, order[0], 0);
  if (!outer) return -1;
  const document = isReportingDocument(outer.text);
  for (const k of order) {
    if (k <= order[0] || pre[k - 1].text === ',') continue;
    if (document ? !INNER_SAYING.has(pre[k].lower) : !(PAST_SAYING.has(pre[k].lower) && pre[k - 1].lower === 'had')) continue;
    const left = sourceLeft(ctx, pre, k, 0);
    if (left && left.start > outer.end && !isReportingDocument(left.text)) return k;
  }
  return -1;
}

const HAD_SAYING = new RegExp(`^\\s+had\\s+(?:${[...PAST_SAYING].join('|')})\\b`);

/** Whether the text after a subject reports what it had said ("… the company had promised that “…”"). */
export function reportsAtOneRemove(after: string): boolean {
  return HAD_SAYING.test(after);
}

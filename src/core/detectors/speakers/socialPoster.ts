// "Posted on X by an account called PeachStatePatriot77, it had been viewed … “Is this man fit to write your laws?”
// the caption asks.": a post, its caption or the account's bio speaks for the account or page the article names as
// having posted it ("an account called …", "a page named …"), before the quote or, as fact-checks often do, after it
// ("The post was made by a page called Kiwi Common Sense").
import type { DetectorContext } from '../../context.js';
import type { Span } from '../../types.js';
import { sentenceAt } from '../people/coreference.js';

/** A social-media item as a speaker: "the caption", "the post", "its bio", "the viral video". */
const SOCIAL_ITEM = /^(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:post|posts|caption|video|clip|tweet|reel|thread|bio|page|account)$/i;
/** An account or page and the name it is called by: a handle, or a word with a capital, a digit or an underscore
 *  ("the account called for calm", "a page named after the singer" name none). */
const POSTER = /\b(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:account|page|user|channel|profile|handle)\s*,?\s+(?:called|named)\s+((?:@[\p{L}\d_]+|(?=[\p{L}\d_]*[\p{Lu}\d_])[\p{L}\d_]+)(?:\s+\p{Lu}[\p{L}\d’'-]*){0,4})/gu;
/** The first poster named after the speaker (POSTER finds them all). */
const FIRST_POSTER = new RegExp(POSTER.source, 'u');
/** How far before or after the speaker (in characters) the account's naming is looked for. */
const REACH = 2000;

/** A post or video in the sentence before "it" ("a post began spreading on Facebook. …, it declared that …"). */
const ITEM_BEFORE = /\b(?:a|the)\s+(?:[\p{Ll}-]+\s+)?(?:post|video|clip|tweet|reel)\b/u;

/** The account or page a social-media item speaking stands for ("the caption asks", or "it" right after a post is
 *  named), or null. */
export function socialPoster(ctx: DetectorContext, s: Span): string | null {
  const item = SOCIAL_ITEM.test(s.text.trim()) || (/^it$/i.test(s.text) && postBefore(ctx, s.start));
  if (!item) return null;
  const { text } = ctx.doc;
  const from = Math.max(0, s.start - REACH);
  let before: string | null = null;
  for (const m of text.slice(from, s.start).matchAll(POSTER)) before = m[1];
  if (before) return before;
  const after = FIRST_POSTER.exec(text.slice(s.end, s.end + REACH));
  return after ? after[1] : null;
}

/** Does the sentence before `at` (or its own, before `at`) name a post or video? */
function postBefore(ctx: DetectorContext, at: number): boolean {
  const k = sentenceAt(ctx.sentences, at);
  const from = ctx.sentences[Math.max(0, k - 1)]?.start ?? 0;
  return k >= 0 && ITEM_BEFORE.test(ctx.doc.text.slice(from, at));
}

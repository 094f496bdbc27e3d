// "**6.15pm** — Sydney Trains has issued a fresh statement. “…,” the operator said.": a business described in
// passing speaks for the body that, in the sentence before, issued the statement being quoted, even when its name
// ends in no business word ("Trains").
import type { DetectorContext } from '../../context.js';
import { describesBusiness } from '../../lexicon/business.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { TITLE_WORDS, titleKey } from '../../lexicon/titles.js';
import { sentenceAt } from '../people/coreference.js';
import { ISSUING_VERBS } from './documentOwner.js';

/** A live blog's time stamp before an entry ("**6.15pm** — ", "14:05 – "), passed over. */
const TIME_STAMP = String.raw`(?:\*\*)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\*\*)?\s*[—–-]\s*`;
/** The sentence's subject, capitalised words, then a verb of making a statement public. */
const ISSUER = new RegExp(String.raw`^[\s*_]*(?:${TIME_STAMP})?(?:The\s+)?((?:\p{Lu}[\p{L}&’'-]*\s+){0,4}\p{Lu}[\p{L}&’'-]*)\s+(?:has\s+|have\s+|had\s+)?${ISSUING_VERBS}\s+(?:a|an|its)\b`, 'u');

/** The body issuing a statement in the sentence before a business description `description` at `at`, or null. */
export function issuingBodyBefore(ctx: DetectorContext, description: string, at: number): string | null {
  if (!describesBusiness(description.trim().replace(/^The\b/, 'the'))) return null;
  const k = sentenceAt(ctx.sentences, at);
  const before = k > 0 ? ctx.sentences[k - 1] : undefined;
  if (!before) return null;
  const m = ISSUER.exec(ctx.doc.text.slice(before.start, Math.min(before.end, before.start + 160)));
  if (!m || SUBJECT_PRONOUNS.has(m[1].toLowerCase())) return null;
  // The name scanner may take "Sydney Trains" for a person, so its mentions cannot rule one out; a title ("Transport
  // Secretary Olu Banjo") or a given name the scanner knows ("Tom Reilly") can.
  const at0 = before.start + m.index + m[0].indexOf(m[1]);
  const person = ctx.people.mentions.some((p) => p.start < at0 + m[1].length && at0 < p.end && (p.gender !== undefined || p.title !== undefined));
  return person || m[1].split(/\s+/).some((w) => TITLE_WORDS.has(titleKey(w))) ? null : m[1];
}

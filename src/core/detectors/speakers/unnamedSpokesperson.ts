// "Harlow Trust closed the pier on Monday. “No route will close,” a spokeswoman said.": a spokesperson the article
// ties to no body speaks for the body it has just named. Which body is read honestly, nearest first: the one named in
// the spokesperson's sentence or the sentence before, else in the paragraph, else the article's only one; two
// different bodies where the search stops leave the speaker unnamed rather than guessed.
import type { DetectorContext } from '../../context.js';
import type { Span } from '../../types.js';
import { sentenceAt } from '../people.js';
import { nearestBody, type NamedBodies } from './namedBodies.js';
import { organisationNamed, type OrganisationMemo } from './organisations.js';
import { AUXILIARIES, isAdverb } from '../../lexicon/words.js';
import { isGivenName, NOT_NAME_WORDS } from '../../lexicon/names.js';
import { DATE_NAME_ALTERNATION } from '../../lexicon/calendar.js';

const BARE = /^(?:a|an|the)\s+(?:(?:official|chief|senior|press)\s+)?(?:spokesperson|spokesman|spokeswoman)$/i;

/** A sentence opened by a body's description as its subject, then its verb ("The university rejected that
 *  account.", "The council has said"); not a compound it modifies ("The bank holiday brought …"). */
const DESCRIBED_BODY_OPENING = /^The\s+(\p{Ll}+)\s+(\p{Ll}+)\b/u;
/** A finite verb's look, by ending or as a common irregular past, for the word after the body's noun. */
const VERB_LOOK = /^(?:\p{Ll}+(?:ed|es)|\p{Ll}+[^s]s|said|told|made|took|gave|put|set|cut|sent|won|lost|found|kept|held|paid|sold|left|began|wrote|chose|spent|went|came|got|saw|knew|thought|brought|bought|rose|fell)$/u;

/** The body a bare "a spokeswoman" speaks for, when the article's nearest naming of bodies is one body, or null.
 *  `memo`: the article's organisation look-ups, shared with the caller's (organisations.ts). */
export function unnamedSpokesperson(ctx: DetectorContext, s: Span, bodies: NamedBodies, memo: OrganisationMemo): string | null {
  if (!BARE.test(s.text.trim())) return null;
  return describedJustBefore(ctx, s.start, memo) ?? namedJustBefore(ctx, s.start) ?? nearestBody(ctx, s.start, bodies, true);
}

/** "Te Whatu Ora confirmed the funding had been passed on. A spokesperson said …": a name opening the sentence before
 *  as its subject, then its verb, when it names no person (no given name opens it). */
function namedJustBefore(ctx: DetectorContext, at: number): string | null {
  const k = sentenceAt(ctx.sentences, at);
  if (k < 1) return null;
  const before = ctx.sentences[k - 1];
  const opening = NAMED_OPENING.exec(ctx.doc.text.slice(before.start, Math.min(before.end, before.start + 80)));
  if (!opening || !VERB_LOOK.test(opening[2]) || NOT_NAME_WORDS.has(opening[1].split(/\s/)[0].toLowerCase()) || isGivenName(opening[1].split(/\s/)[0])) return null;
  // Not someone named before by a surname ("Okafor rejected the claim."), nor a name a pronoun has given a gender;
  // and only when the sentence names nothing else ("Quillon Systems sued the Harlow Trust": two bodies, no guess).
  const name = opening[1];
  // One capitalised word may be a common noun opening the sentence ("Nurses walked out", "Ambulance crews attended"):
  // only a name the people detector found there.
  if (!name.includes(' ') && !ctx.people.mentions.some((m) => m.text === name && m.start >= before.start && m.start < before.start + 8)) return null;
  for (const other of ctx.doc.text.slice(before.start + opening[0].length, before.end).matchAll(CAPITALISED)) if (!CALENDAR.test(other[1])) return null;
  return ctx.people.resolve(name, before.start) === name && !ctx.people.mentions.some((m) => (m.name === name && m.gender) || m.name.endsWith(` ${name}`)) ? name : null;
}
const CAPITALISED = /\s(\p{Lu}\p{L}*)/gu;
/** Months and days, which name no second body. */
const CALENDAR = new RegExp(`^(?:${DATE_NAME_ALTERNATION})$`);
const NAMED_OPENING = /^((?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)\s+(\p{Ll}+)\b/u;

/** "The university rejected that account. A spokesman said …": the body the sentence before describes as its
 *  subject, when the article named it. */
function describedJustBefore(ctx: DetectorContext, at: number, memo: OrganisationMemo): string | null {
  const k = sentenceAt(ctx.sentences, at);
  if (k < 1) return null;
  const before = ctx.sentences[k - 1];
  const opening = DESCRIBED_BODY_OPENING.exec(ctx.doc.text.slice(before.start, Math.min(before.end, before.start + 80)));
  const verb = opening?.[2];
  return opening && verb && (VERB_LOOK.test(verb) || AUXILIARIES.has(verb) || isAdverb(verb)) ? organisationNamed(ctx.doc.text, `the ${opening[1]}`, before.start, memo) : null;
}

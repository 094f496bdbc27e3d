// "Haldane read out a message the federation had sent the programme. “…,” it said.", "Prideaux then read into the
// record a statement from the company's board. “…,” it said.": on air or in a hearing, "it" speaking after a
// statement is read out is the body that sent the statement.
import type { DetectorContext, PersonMention } from '../../context.js';
import { mentionsBetween, sentenceAt } from '../people/coreference.js';
import { organisationNamed, type OrganisationMemo } from './organisations.js';

/** Reading out, then the statement, then who sent it: "from the company's board", "from Harlow Trust", "the
 *  federation had sent". */
const READ_OUT = /\bread\s+(?:out|aloud|into\s+the\s+record)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|message|letter|note|email)\s+(?:from\s+((?:the\s+)?[\p{L}’'&-]+(?:\s+[\p{Lu}][\p{L}’'&-]*){0,4})|(?:that\s+)?(the\s+\p{Ll}+)\s+had\s+sent)/u;

/** The body whose statement the sentence before `at` (or its own, before `at`) says was read out, or null. */
export function readOutStatementOwner(ctx: DetectorContext, at: number, memo: OrganisationMemo): string | null {
  const k = sentenceAt(ctx.sentences, at);
  for (const j of [k, k - 1]) {
    const sentence = ctx.sentences[j];
    if (!sentence || sentence.start >= at) continue;
    const m = READ_OUT.exec(ctx.doc.text.slice(sentence.start, Math.min(at, sentence.end)));
    if (!m) continue;
    // "the company's board": the company's.
    const sender = (m[1] ?? m[2]).replace(/['’]s$/u, '');
    if (/^\p{Lu}/u.test(sender)) return sender;
    return organisationNamed(ctx.doc.text, sender, sentence.start + m.index, memo);
  }
  return null;
}

/** "Ellison-Pryor read a short statement outside the courthouse on behalf of her client", "a statement issued on
 *  behalf of the singer": whom it was read or made for. */
const READ_FOR = /(?:\bread\s+(?:out\s+|aloud\s+)?)?\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:statement|message|letter|note)\b[^.;!?]{0,60}?\bon\s+behalf\s+of\s+((?:his|her|their)\s+client|(?:the\s+)?\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*){0,3}|the\s+\p{Ll}+)/gu;
/** How far back (in characters) the reading is looked for. */
const READ_REACH = 1500;

/**
 * Whom a statement read out for someone speaks for ("“…,” the statement said."): a name, a body the description
 * stands for, or, for "her client", the person named last before the reader (the one the reader acts for). `after`:
 * only a reading from there on counts (the one a later introduction of the statement made).
 */
export function readForOwner(ctx: DetectorContext, to: number, memo: OrganisationMemo, after = -1): string | null {
  const from = Math.max(0, to - READ_REACH);
  let m: RegExpExecArray | null = null;
  let at = -1;
  for (const found of ctx.doc.text.slice(from, to).matchAll(READ_FOR)) {
    m = found;
    at = from + found.index;
  }
  if (!m || at < after) return null;
  const who = m[1];
  // "on behalf of Ana Ruiz’s family", "on behalf of the trust’s members": made for whoever the possessor's people are,
  // not for the possessor.
  if (/^[’']/.test(ctx.doc.text.slice(at + m[0].length)) || /['’]s$/.test(who)) return null;
  if (/^\p{Lu}/u.test(who) && !/^The\s/.test(who)) return ctx.people.resolve(who, at + m[0].length - who.length);
  // "on behalf of the Harlow Trust": a body named with its article (case matters: "the singer" is a description).
  if (/^[Tt]he\s+\p{Lu}/u.test(who)) return who.replace(/^the\s+/i, '');
  // "on behalf of the singer": the person the article gave that role, else the body the description stands for.
  if (!/client$/.test(who)) return roleHolder(ctx, who, at) ?? organisationNamed(ctx.doc.text, who.replace(/^The/, 'the'), at, memo);
  const before = mentionsBetween(ctx.people.mentions, from, at);
  // The reader is the first named in the reading's own sentence ("Lena Marsh, who represents Pryce, read …"), else
  // the last named before it.
  const k = sentenceAt(ctx.sentences, at);
  const reader = before.find((p) => k >= 0 && p.start >= ctx.sentences[k].start) ?? before[before.length - 1];
  // Nor a judge named in between ("Judge Ana Ruiz said the evidence was thin"): a lawyer's client is a party.
  const judges = new Set(before.filter((p) => judgeMention(ctx.doc.text, p)).map((p) => p.name));
  for (let j = before.length - 1; j >= 0; j--) if (before[j].name !== reader?.name && !judges.has(before[j].name)) return before[j].name;
  return null;
}

/** "Judge Ana Ruiz", "Mr Justice Pryce", "the magistrate, Eve Lund", "Sam Orr, the judge,": a judge by title or by an
 *  apposition. */
function judgeMention(text: string, p: PersonMention): boolean {
  if (p.title && JUDGE_TITLE.test(p.title)) return true;
  return JUDGE_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) || JUDGE_AFTER.test(text.slice(p.end, p.end + 50));
}
const JUDGE_TITLE = /\b(?:Judge|Justice|Magistrate|Recorder)\b/i;
const JUDGE_BEFORE = /\b(?:judge|justice|magistrate)\s*,?\s+$/i;
const JUDGE_AFTER = /^,\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,2}(?:judge|magistrate)\b/u;

/** The person a role description ("the singer") stands for at `at`, or null when it stands for no one named. */
function roleHolder(ctx: DetectorContext, description: string, at: number): string | null {
  const name = ctx.people.resolve(description, at);
  return name !== description ? name : null;
}

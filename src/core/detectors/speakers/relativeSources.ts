// A relative pronoun as an attribution's source ("Ana Ruiz, who announced she would stand down", "the harbour
// audit, which notes …", "voters who say the ferry …") stands for what it follows: the person
// named right before it, or else the noun phrase it closes, so the source is never the bare word "who".
import type { DetectorContext } from '../../context.js';
import { AUXILIARIES, DETERMINERS, NP_BOUNDARIES } from '../../lexicon/words.js';
import type { Span } from '../../types.js';
import { mentionsBetween } from '../people.js';

const RELATIVES = new Set(['who', 'which']);
/** How far back (characters) the phrase a relative pronoun closes is looked for. */
const REACH = 120;
/** Where the phrase before a relative pronoun starts: after the last punctuation that no noun phrase spans. */
const PHRASE_BREAK = /[.;:!?“”"()[\]—–]|,(?=[^,]*$)/g;
/** At most this many words make the phrase ("a teacher at the harbour school"). */
const MAX_WORDS = 8;

/** What a relative pronoun stands for: a person's name, or a noun phrase's span and words (`name` its text). */
export interface RelativeHead {
  start: number;
  end: number;
  name: string;
  person: boolean;
}

/** What the relative pronoun `source` stands for, or undefined when it is none or nothing fits. */
/** Days and months, alone or with "last"/"this" ("Friday", "last March"). */
const TIME_NAMES = /^(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|today|yesterday|week|month|year)$/i;

export function relativeHead(ctx: DetectorContext, source: Span): RelativeHead | undefined {
  if (!RELATIVES.has(source.text.toLowerCase())) return undefined;
  const { masked, text } = ctx.doc;
  const from = Math.max(0, source.start - REACH);
  let end = source.start;
  while (end > from && SKIPPED.has(masked[end - 1])) end--;
  // "Sen. Ana Ruiz (D-Ore.), who": the party label is no part of the phrase.
  const label = PARTY_LABEL.exec(masked.slice(Math.max(from, end - 12), end));
  if (label) end -= label[0].length;
  // "Ana Ruiz, who voted against the levy, and who has been hoping …": a second relative joined to a first by
  // "and" stands for what the first one does.
  const first = masked.slice(end - 4, end) === ' and' ? earlierRelative(masked, from, end - 4) : undefined;
  if (first) return relativeHead(ctx, first);
  const person = personEndingAt(ctx, end, from);
  if (person) return person;
  let start = phraseStart(masked, from, end);
  if (start < end && verbPhrase(masked, from, start)) {
    // "to persuade the union's members who …": a restrictive relative closes the object after the verb; ", who"
    // after a verb phrase stands for someone named before it ("hired … to review its contracts, who said").
    if (masked.slice(end, source.start).includes(',')) return undefined;
    const object = masked.indexOf(' ', start);
    start = object === -1 || object >= end ? end : object + 1;
  }
  // "the report released on Friday, which …": a day closes a phrase on the antecedent, and names nothing.
  if (start >= end || TIME_NAMES.test(masked.slice(start, end))) return undefined;
  // "Lund, a teacher at the harbour school who": the apposition of a person named before it; "Sen. Peter Lund of
  // Delmar, who": the person the place follows.
  let k = start;
  while (k > from && (masked[k - 1] === ',' || masked[k - 1] === ' ')) k--;
  const joined = masked.slice(k, start).includes(',') || /\s(?:of|from)\s$/.test(masked.slice(Math.max(from, start - 6), start));
  if (joined && !masked.slice(k, start).includes(',')) k = masked.lastIndexOf(' ', start - 2);
  return (joined && personEndingAt(ctx, k, from)) || { start, end, name: text.slice(start, end), person: false };
}

/** The last "who" or "which" in masked[from, to) standing as a word, as a span (its text lowercase). */
function earlierRelative(masked: string, from: number, to: number): Span | undefined {
  let best: Span | undefined;
  for (const word of RELATIVES) {
    const at = masked.lastIndexOf(` ${word} `, to);
    if (at >= from && at + word.length + 1 <= to && (!best || at + 1 > best.start)) best = { start: at + 1, end: at + 1 + word.length, text: word };
  }
  return best;
}

/**
 * Does the phrase at `start` follow "to" or an auxiliary and open with a bare lowercase word ("hired … to review its
 * ferry contracts, who said")? Then it is a verb phrase, not the noun phrase the relative pronoun closes.
 */
function verbPhrase(masked: string, from: number, start: number): boolean {
  const before = /(\S+)\s+$/.exec(masked.slice(Math.max(from, start - 20), start))?.[1].toLowerCase();
  if (!before || !AUXILIARIES.has(before)) return false;
  const first = /^\S+/.exec(masked.slice(start))![0];
  return first === first.toLowerCase() && !DETERMINERS.has(first);
}

/** A party-state label closing a name: "(D-Mo.)", "(R-OH)". */
const PARTY_LABEL = /\s*\([RDI]-[^()]{1,8}\)$/;

/** Characters between a relative pronoun and what it follows ("Bharara, who", "Graham—who"). */
const SKIPPED = new Set([',', ' ', '\n', '—', '–']);

/** The person whose mention ends at `end` (only spaces between), looked for back to `from`. */
function personEndingAt(ctx: DetectorContext, end: number, from: number): RelativeHead | undefined {
  const near = mentionsBetween(ctx.people.mentions, from, end);
  const last = near[near.length - 1];
  return last && ctx.doc.masked.slice(last.end, end).trim() === '' ? { start: last.start, end: last.end, name: last.name, person: true } : undefined;
}

/** Start of the noun phrase ending at `end`: after the last break or boundary word, at most MAX_WORDS words. */
function phraseStart(masked: string, from: number, end: number): number {
  let start = from;
  PHRASE_BREAK.lastIndex = 0;
  const window = masked.slice(from, end);
  for (let m = PHRASE_BREAK.exec(window); m; m = PHRASE_BREAK.exec(window)) start = from + m.index + 1;
  const words = [...masked.slice(start, end).matchAll(/\S+/g)];
  let first = Math.max(0, words.length - MAX_WORDS);
  for (let i = words.length - 1; i >= first; i--) {
    // "drawing the ire of lawmakers", "The board published a review": a verb or "of" ends the phrase.
    const lower = words[i][0].toLowerCase();
    if (NP_BOUNDARIES.has(lower) || lower === 'of' || (lower === words[i][0] && lower.length > 4 && (lower.endsWith('ing') || lower.endsWith('ed')))) {
      first = i + 1;
      break;
    }
  }
  return first < words.length ? start + words[first].index! : end;
}

// Noun phrases around a cue as the speaker finder reads them: the source before a cue (with appositions and
// relative clauses), after it ("said X"), at the head of the words after a quote, and the person or pronoun each
// stands for.
import { personApposedAt } from '../people/apposed.js';
import type { DetectorContext, PersonMention } from '../../context.js';
import * as cueLexicon from '../../lexicon/cues.js';
import * as names from '../../lexicon/names.js';
import * as pronouns from '../../lexicon/pronouns.js';
import * as speakerWords from '../../lexicon/speakerWords.js';
import * as titles from '../../lexicon/titles.js';
import { AUXILIARIES, LY_NOUNS } from '../../lexicon/words.js';
import type { Span } from '../../types.js';
import * as people from '../people.js';
import { allFillers } from './cues.js';
import { isSpeakerDescription } from './descriptions.js';
import { namedAfterKind } from './kindNamed.js';
import type { Tok } from './tokens.js';
import { ownsOrganisation } from '../people/placeOwners.js';

// Module-level copies of the imported bindings (a getter call per use under tsx).
const { cueForms } = cueLexicon;
const { SUBJECT_PRONOUNS } = pronouns;
const { VERB_FILLERS, NP_STOPS, CLAUSE_WORDS, PREPOSITIONS, DETERMINERS, FINITE_AFTER_SUBJECT } = speakerWords;
const { mentionsBetween } = people;
const { isPersonNoun, isRoleNoun, TITLE_WORDS, titleKey } = titles;
const { ORG_WORDS, andInBodyName } = names;

export /** A speaker while it is being found: the name is the surface when nothing resolves it (see `finished`). */
interface Found extends Span {
  name: string;
}

const MAX_NP = 9;
/** Adverbs of time that close a source after its cue ("“…,” said Velmora later."). */
const AFTER_SOURCE = new Set(['later', 'earlier', 'afterwards', 'afterward', 'today', 'yesterday', 'tonight', 'again', 'then', 'also', 'recently', 'previously', 'repeatedly', 'publicly', 'privately']);
const RELATIVES = new Set(['who', 'which']);
/** A phrase ending in a lowercase word: a description ("Rovers' chief executive"), not a name. */
const ENDS_LOWERCASE_WORD = /\s\p{Ll}[\p{L}-]*$/u;

/** The source that opens the words list[from..to) before a cue: “…,” Scott Pruitt, Oklahoma's attorney general, said. */
export function leadingSource(ctx: DetectorContext, list: Tok[], from: number, to: number): Found | null {
  const t = list[from];
  // "“…” of the mayor, whom she called": a phrase opened by a preposition is no subject.
  if (!t.word || t.quoted || PREPOSITIONS.has(t.lower)) return null;
  if (SUBJECT_PRONOUNS.has(t.lower)) return from + 1 === to || allFillers(list, from + 1, to) ? pronounSpeaker(ctx, t) : null;
  const person = mentionsBetween(ctx.people.mentions, t.start, list[to].start)[0];
  if (person && !isPossessor(ctx, person) && !list.some((x) => x.start >= t.start && x.end <= person.start && (!x.word || NP_STOPS.has(x.lower)))) return personSpeaker(person);
  let end = from;
  while (end < to && list[end].word && !list[end].quoted) end++;
  while (end > from && VERB_FILLERS.has(list[end - 1].lower)) end--;
  // "climate change, Axelrod said": a phrase that stops at a comma short of the cue is not its subject.
  if (end < to && list[end].text === ',' && !allFillers(list, end + 1, to)) return null;
  if (end === from || NP_STOPS.has(t.lower) || !(DETERMINERS.has(t.lower) || /^\p{Lu}/u.test(t.text) || end - from <= 3)) return null;
  // A clause word, not the capitals of a body ("the WHO chief").
  if (list.slice(from, end).some((x) => CLAUSE_WORDS.has(x.lower) && x.text !== x.text.toUpperCase())) return null;
  const start = t.start;
  const e = list[end - 1].end;
  const text = ctx.doc.text.slice(start, e);
  return { start, end: e, text, name: ctx.people.resolve(text, start) };
}

/** The source before a cue at k; with a relative clause between ("A reader who asked not to be named wrote"),
 *  its head and the clause, a description kept whole. */
export function sourceLeft(ctx: DetectorContext, list: Tok[], k: number, floor: number): Found | null {
  return relativeSubject(ctx, list, k, floor) ?? sourceBeforeCue(ctx, list, k, floor);
}

/** "<noun phrase> who <clause> <cue>", with no comma or quotation between: the phrase and its clause. */
export function relativeSubject(ctx: DetectorContext, list: Tok[], k: number, floor: number): Found | null {
  for (let j = k - 2; j > floor && k - j <= 10; j--) {
    const t = list[j];
    if (!t.word || t.quoted) return null;
    // "who", not the capitals of the World Health Organization ("the WHO chief said").
    if (t.lower !== 'who' || t.text === 'WHO') continue;
    const head = npLeft(ctx, list, j, floor);
    // The head is a noun phrase proper: opened by a determiner or a capital ("a reader", "Readers"), not
    // "rather move people".
    const opener = head ? head.text.split(/\s/)[0] : '';
    if (!head || SUBJECT_PRONOUNS.has(head.text.toLowerCase()) || !(DETERMINERS.has(opener.toLowerCase()) || /^\p{Lu}/u.test(opener))) return null;
    // "Lena, a teacher who gave only her first name, said": set off by commas, the phrase is an apposition to the
    // name before it (sourceBeforeCue).
    const headAt = list.findIndex((x) => x.start === head.start);
    if (list[k - 1].text === ',' && headAt > floor && list[headAt - 1].text === ',') return null;
    const end = list[k - 1].end;
    return { start: head.start, end, text: ctx.doc.text.slice(head.start, end), name: head.name === head.text ? ctx.doc.text.slice(head.start, end) : head.name };
  }
  return null;
}

/** The source that precedes a cue at k (not before index `floor`): pronoun, named person, or a noun phrase. */
export function sourceBeforeCue(ctx: DetectorContext, list: Tok[], k: number, floor: number): Found | null {
  let j = k - 1;
  // A loop, not a recursion: a run of thousands of cue words ("said said said…") must not overflow the stack.
  for (;;) {
    // An adverb in -ly is passed over ("Ruiz quickly said"), not a noun in -ly ("His family said", "the assembly said").
    while (j >= floor && (VERB_FILLERS.has(list[j].lower) || /ly$/.test(list[j].lower) && list[j].word && !/^\p{Lu}/u.test(list[j].text) && !LY_NOUNS.has(list[j].lower))) j--;
    if (j < floor) return null;
    // "she recalled thinking", "went on to say": the subject of the first verb.
    if (!(list[j].word && cueForms(ctx.options.extraCues).has(list[j].lower) && j > floor && !/^\p{Lu}/u.test(list[j].text))) break;
    j--;
  }
  // "Amrit Sandhu — speaking from a boat, where the water was deep — told": the name before a dashed aside.
  if (isDashTok(list[j].text)) {
    let open = j - 1;
    while (open > floor && !isDashTok(list[open].text) && !list[open].quoted && j - open < 40) open--;
    if (open > floor && isDashTok(list[open].text)) return npLeft(ctx, list, open, floor);
  }
  // "X, a spokesman for Y, said": the name before the apposition.
  if (list[j].text === ',' || list[j].text === ')') {
    const close = j;
    // Up to three appositions back: "Ana Ruiz, the treasurer of Lakeshore County, one of the counties suing, said".
    let open = close - 1;
    for (let hops = 0; hops < 3; hops++) {
      while (open >= floor && list[open].text !== ',' && !list[open].quoted && list[open].text !== '(' && close - open < 40) open--;
      if (open < floor || (list[open].text !== ',' && list[open].text !== '(')) break;
      const named = npLeft(ctx, list, open, floor);
      // "In a note to Judge Hana Petrova, the council, the largest employer in the valley, said": past the
      // apposition, a name that is a preposition's object closes an opening phrase, not the subject.
      if (hops > 0 && named && governed(list, named) >= 0) break;
      // "Japan’s Chief Cabinet Secretary, Hirokazu Matsuno, said", "Rovers' chief executive, Leah Tranmere,
      // confirmed": the name is the apposition itself, also when a name inside the description resolves.
      const ending = hops === 0 ? personEndingAt(ctx, list[close - 1].end) : undefined;
      const inner = ending && governed(list, ending) < 0 ? ending : undefined;
      if (inner && inner.start > list[open].start && named && (ENDS_LOWERCASE_WORD.test(named.text) || named.name === inner.name)) return personSpeaker(inner);
      if (named && (named.name !== named.text || SUBJECT_PRONOUNS.has(named.text.toLowerCase()) || personEndingAt(ctx, named.end))) return named;
      // "Velmora, which has, since the floods of 2019, run the shelter, said": a name before a relative clause.
      if (named && RELATIVES.has(list[open + 1]?.lower) && isSpeakerDescription(named) && /^\p{Lu}/u.test(named.text)) return named;
      if (inner && inner.start > list[open].start) return personSpeaker(inner);
      open--;
    }
    open = close - 1;
    while (open >= floor && list[open].text !== ',' && !list[open].quoted && list[open].text !== '(' && close - open < 25) open--;
    if (open >= floor && (list[open].text === ',' || list[open].text === '(')) {
      const named = npLeft(ctx, list, open, floor);
      if (named) return named;
    }
    // No name before it: the apposition itself is the description ("the source, a former aide, said").
    return npLeft(ctx, list, close, floor);
  }
  return npLeft(ctx, list, j + 1, floor);
}

/** The noun phrase that ends just before index `end` (exclusive). */
const capitalised = (t: Tok | undefined): boolean => !!t && t.word && /^\p{Lu}/u.test(t.text);

/** "the committee's chairwoman and ranking member said": an "and" between two roles of one possessor. */
function andJoinsOfficers(list: Tok[], j: number, last: number, floor: number): boolean {
  if (list[j].text !== 'and' || j - 1 <= floor || !isRoleNoun(list[j - 1].lower) || !isRoleNoun(list[last].lower)) return false;
  for (let p = j - 2; p >= floor && j - p <= 4; p--) {
    if (!list[p].word) return false;
    if (/['’]s$/u.test(list[p].text)) return true;
    if (list[p].text !== list[p].lower) return false;
  }
  return false;
}

/** "The Food and Allied Workers Union", "Health and Safety Executive": an "and" between capitalised words of an
 *  organisation's name (its last word an organisation word), not between two names ("Ruiz and Lee"). */
function andInName(list: Tok[], j: number, last: number, floor: number): boolean {
  return list[j].text === 'and' && j > floor && capitalised(list[j - 1]) && capitalised(list[j + 1]) && !ORG_WORDS.has(list[j - 1].lower) && (ORG_WORDS.has(list[last].lower) || andInBodyName(list, j));
}

export function npLeft(ctx: DetectorContext, list: Tok[], end: number, floor: number): Found | null {
  // "The spokesman refused (to answer)", "Belgium failed (to discover)": a finite verb after the subject is no part of it.
  const verb = list[end - 1];
  const last = verb && end - 2 >= floor && verb.word && verb.text === verb.lower && (FINITE_AFTER_SUBJECT.has(verb.lower) || (verb.lower.endsWith('ed') && list[end]?.lower === 'to')) ? end - 2 : end - 1;
  if (last < floor || !list[last].word || list[last].quoted) return null;
  if (SUBJECT_PRONOUNS.has(list[last].lower)) return pronounSpeaker(ctx, list[last]);
  // A named person ending here, but not the object of "in" or "at" ("during its years in Las Palmas, made …": a
  // place). Other prepositions are left as they were: treating "worked for Sen. Addison" alike cost PolNeAR
  // held-back quotes.
  const person = personEndingAt(ctx, list[last].end);
  if (person && person.start >= list[floor].start) return PLACE_PREPOSITIONS.has(list[governed(list, person)]?.lower ?? '') ? null : personSpeaker(person);
  let j = last;
  let count = 0;
  while (j >= floor && count < MAX_NP) {
    const t = list[j];
    if (!t.word || t.quoted) break;
    if (DETERMINERS.has(t.lower)) {
      j--;
      break;
    }
    // "of" inside a phrase ("the director of the agency"); "for" only inside a body's name ("Ministry for Land").
    const forInName = t.lower === 'for' && j > floor && capitalised(list[j - 1]) && ORG_WORDS.has(list[j - 1].lower) && capitalised(list[j + 1]);
    if (NP_STOPS.has(t.lower) && !(t.lower === 'of' && j > floor) && !forInName && !andInName(list, j, last, floor) && !andJoinsOfficers(list, j, last, floor)) break;
    // Another reporting verb ("she recalled thinking"): the phrase ends there.
    // Not right after a determiner, where it is a noun ("the fire officer").
    if (cueForms(ctx.options.extraCues).has(t.lower) && !/^\p{Lu}/u.test(t.text) && j < last && !(j > floor && DETERMINERS.has(list[j - 1].lower))) break;
    j--;
    count++;
  }
  const startTok = j + 1;
  if (startTok > last) return null;
  // The head of a subject is no verb ("Asked to describe…"), and "of Democratic claims" is no subject.
  const headIsVerb = cueForms(ctx.options.extraCues).has(list[last].lower) && (!/^\p{Lu}/u.test(list[last].text) || startTok === last);
  if (headIsVerb || list[startTok].lower === 'of') return null;
  // "of Republican claims", "in 2010 said": an object of a preposition is not a subject, unless the preposition
  // ties it to a role ("a spokesperson for the council", "the director of the agency": the whole phrase).
  const before = list[startTok - 1];
  if (before && startTok - 1 >= floor && PREPOSITIONS.has(before.lower)) return roleWithObject(ctx, list, startTok - 1, last, floor);
  // "is choosing", "has decided": a lowercase word after an auxiliary is a verb, not a subject.
  if (startTok === last && before && AUXILIARIES.has(before.lower) && /^\p{Ll}/u.test(list[last].text)) return null;
  // A possessive is never the head of a subject ("the United States’ military is").
  if (/['’]s?$/i.test(list[last].text) && /['’]/.test(list[last].text.slice(-2))) return null;
  // A bare verb-looking word alone ("reads", "found") is no source.
  if (startTok === last && NP_STOPS.has(list[last].lower)) return null;
  const start = list[startTok].start;
  const e = list[last].end;
  const text = ctx.doc.text.slice(start, e);
  // The phrase may hold a person ("Prime Minister Fumio Kishida"), but not as the possessor of its head ("Kishida’s
  // spokesman" is someone else, the person a role link gave it, or unnamed).
  const inside = mentionsBetween(ctx.people.mentions, start, e).filter((m) => !isPossessor(ctx, m));
  const resolved = inside.length ? inside[inside.length - 1].name : ctx.people.resolve(text, start);
  return { start, end: e, text, name: resolved === text ? namedAfterKind(text) ?? text : resolved };
}

/** "a spokesperson for | the council": the role before the preposition at `prep`, with its object up to `last`. */
function roleWithObject(ctx: DetectorContext, list: Tok[], prep: number, last: number, floor: number): Found | null {
  const p = list[prep].lower;
  if ((p !== 'for' && p !== 'of') || prep - 1 < floor || !isRoleNoun(list[prep - 1].lower)) return null;
  const head = npLeft(ctx, list, prep, floor);
  if (!head || head.text.includes(' of ') || head.text.includes(' for ')) return null;
  const end = list[last].end;
  const text = ctx.doc.text.slice(head.start, end);
  return { start: head.start, end, text, name: head.name === head.text ? ctx.people.resolve(text, head.start) : head.name };
}

/** The source after a cue at index k: "said X", "according to X". `strict`: only a person or a pronoun. */
export function sourceRight(ctx: DetectorContext, list: Tok[], k: number, strict: boolean): Found | null {
  let j = k;
  if (j >= list.length || list[j].quoted || !list[j].word) return null;
  const t = list[j];
  if (SUBJECT_PRONOUNS.has(t.lower)) return pronounSpeaker(ctx, t);
  // The person may come after a title or a description ("Sen. Ted Cruz", "Oklahoma Attorney General Scott Pruitt").
  const person = mentionsBetween(ctx.people.mentions, t.start, Math.min(t.start + 60, list[list.length - 1].end))[0];
  if (person && !isPossessor(ctx, person) && !list.some((x) => x.start >= t.start && x.end <= person.start && (!x.word || NP_STOPS.has(x.lower)))) return personSpeaker(person);
  if (strict && !/^\p{Lu}/u.test(t.text)) return null;
  if (NP_STOPS.has(t.lower) || !(DETERMINERS.has(t.lower) || /^\p{Lu}/u.test(t.text))) return null;
  // A noun phrase up to a comma, a stop word or the end: "said the senator", "said a White House official".
  const from = j;
  // "said a spokesperson for the council": "for" after a role goes on with the phrase.
  // "said Velmora later", "said Velmora afterwards": an adverb of time after the phrase ends it.
  while (j < list.length && j - from < MAX_NP && list[j].word && !list[j].quoted && !(j > from && AFTER_SOURCE.has(list[j].lower)) && (j === from || !NP_STOPS.has(list[j].lower) || (list[j].lower === 'for' && isRoleNoun(list[j - 1].lower)))) j++;
  // Must contain a noun-like word, not just "that" or a date.
  if (j === from || (j - from === 1 && (NP_STOPS.has(t.lower) || /^\d/.test(t.text)))) return null;
  const start = list[from].start;
  const end = list[j - 1].end;
  const text = ctx.doc.text.slice(start, end);
  const inside = mentionsBetween(ctx.people.mentions, start, end).filter((m) => !isPossessor(ctx, m));
  if (inside.length) return { start, end, text, name: inside[0].name };
  // "said Santa Ilaria's mayor, Gianna Pellostra.": the person named in apposition to a description.
  const apposed = list[j]?.text === ',' ? personApposedAt(ctx.doc.text, ctx.people.mentions, end) : undefined;
  return apposed ? personSpeaker(apposed) : { start, end, text, name: ctx.people.resolve(text, start) };
}

export function pronounSpeaker(ctx: DetectorContext, t: Tok): Found {
  return { start: t.start, end: t.end, text: t.text, name: ctx.people.resolve(t.text, t.start) };
}

export function personSpeaker(m: PersonMention): Found {
  return { start: m.start, end: m.end, text: m.text, name: m.name };
}

/** Index of the preposition whose object the person is ("to Ana Ruiz", "in Las Palmas"), titles passed over, or -1. */
function governed(list: Tok[], m: { start: number }): number {
  let k = list.findIndex((t) => t.end > m.start) - 1;
  while (k >= 0 && list[k].word && TITLE_WORDS.has(titleKey(list[k].text))) k--;
  return k >= 0 && list[k].word && !list[k].quoted && list[k].text === list[k].lower && PREPOSITIONS.has(list[k].lower) && !NOT_GOVERNING.has(list[k].lower) ? k : -1;
}

/** "as Cruz said", "like Ruiz says", "of Carson saying": the name is still the verb's subject. */
const NOT_GOVERNING = new Set(['as', 'like', 'of']);
const PLACE_PREPOSITIONS = new Set(['in', 'at']);

/** Is the person named as the possessor of another person ("Petrova’s lawyer", "Clinton’s campaign manager")? Then
 *  the phrase is about someone else. "Penhallow's leaflets said", "Ruiz’s reply" still speak for the possessor. */
export function isPossessor(ctx: DetectorContext, m: PersonMention): boolean {
  const after = POSSESSED.exec(ctx.doc.masked.slice(m.end, m.end + 60));
  return (after !== null && after[1].split(' ').some((w) => isPersonNoun(w))) || ownsOrganisation(ctx.doc.text, m);
}

/** Is the token a person named as the possessor of another ("Lindqvist’s sister’s reply was brief")? */
export function namesOwner(ctx: DetectorContext, t: Tok): boolean {
  const person = mentionsBetween(ctx.people.mentions, t.start, t.end)[0];
  return !!person && isPossessor(ctx, person);
}

/** The possessive ending and up to three lowercase words after it. */
const POSSESSED = /^['’]s?((?: \p{Ll}[\p{L}-]*){1,3})/u;

export function personEndingAt(ctx: DetectorContext, end: number): PersonMention | undefined {
  const near = mentionsBetween(ctx.people.mentions, end - 80, end);
  for (let k = near.length - 1; k >= 0; k--) if (near[k].end === end) return near[k];
  return undefined;
}

/** An em or en dash standing alone as a token. */
function isDashTok(text: string): boolean {
  return text === '—' || text === '–';
}

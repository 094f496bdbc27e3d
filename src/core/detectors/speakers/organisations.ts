// "The port authority said …" after "the Calloway Port Authority" earlier in the article: a definite description
// whose words end an organisation's capitalised name given before it names that organisation, as a role noun
// names the person it was linked to ("the minister" → Ines Takoda).
import { BUSINESS_NAME_ENDINGS, BUSINESS_WORDS } from '../../lexicon/business.js';
import * as names from '../../lexicon/names.js';
import * as sorted from '../../text/sorted.js';
import { isRoleNoun } from '../../lexicon/titles.js';
import { answersTo, BODY_KINDS, kindNamedBodies } from './kindNamedBodies.js';
import { builtPattern } from '../../text/builtPatterns.js';

const { NOT_NAME_WORDS, ORG_WORDS } = names;
const { firstStartingAfter } = sorted;

/** How far back (in characters) the organisation's full name is looked for. */
const REACH = 6000;
/** The most capitalised words taken before the description's words ("Calloway Port" + "Authority"). */
const HEAD_WORDS = 4;
const DESCRIPTION = /^the\s+((?:[a-z][a-z’'-]*\s+){0,2}[a-z][a-z’'-]*)$/i;
/** "a department spokesperson", "the ministry's spokeswoman": who speaks for the body the noun before it names. */
const BODY_SPOKESPERSON = /^(?:a|an|the)\s+([a-z]+)(?:['’]s)?\s+(?:spokesperson|spokesman|spokeswoman|representative)$/i;
const HAS_CAPITAL = /\p{Lu}/u;
const NAME_CHAR = /[\p{L}’'-]/u;
const STARTS_CAPITAL = /^\p{Lu}/u;
const WORD_CHAR = /[A-Za-z0-9_]/;
const SPACE = /\s/;

const capitalised = (w: string): string => w[0].toUpperCase() + w.slice(1);

/**
 * Where a description's words name an organisation, per document and per key (the description's capitalised words,
 * or an apposition's head): each place with the name it gives, in text order. Found once, as an article may hold the
 * same description a thousand times ("the report said …"), and a scan back from each was most of the analysis.
 */
export type OrganisationMemo = Map<string, readonly NamePlace[]>;

/** A place in the text (`start`: where the description's last word stands) and the name it gives. */
interface NamePlace {
  start: number;
  name: string;
}

/** The organisation a lowercase definite description ("the port authority", "the trust") stands for, or null. */
export function organisationNamed(text: string, description: string, at: number, memo: OrganisationMemo = new Map()): string | null {
  const spokesperson = BODY_SPOKESPERSON.exec(description.trim());
  // "a departmental spokesperson": the department's.
  const body = spokesperson && (spokesperson[1].toLowerCase() === 'departmental' ? 'department' : spokesperson[1]);
  if (body && ORG_WORDS.has(body.toLowerCase())) return organisationNamed(text, `the ${body}`, at, memo);
  const m = DESCRIPTION.exec(description.trim());
  if (!m || HAS_CAPITAL.test(m[1])) return null;
  const words = m[1].split(/\s+/);
  const last = words[words.length - 1];
  // An apposition headed by the noun names it too ("Citizens for a Clean Capitol, a watchdog group," … "the group").
  const named = (ORG_WORDS.has(last) || KIND_HEADS.has(last) ? bodyNamed(text, m[1], words, at, memo) ?? descriptorNamed(text, last, at, memo) ?? kindNamed(text, words, at, memo) : (BODY_HEADS.has(last) ? bodyNamed(text, m[1], words, at, memo) : null)) ?? appositionNamed(text, last, at, memo);
  if (named) return named;
  // The nearest body named after its kind ("Broadcaster StarVue", "budget carrier Skyway Pinoy", "Auckland band The
  // Kauri Kings") that the description can stand for.
  const byKind = words.length === 1 && BODY_KINDS.has(last) ? placesOf(memo, 'kind ' + last, () => placesOf(memo, 'kind', () => kindNamedBodies(text)).filter((p) => answersTo(last, p.kind))) : [];
  if (!BUSINESS_WORDS.has(m[1].toLowerCase())) return nearestBefore(byKind, at - 1, at - REACH);
  // "the company said" after "chipmaker Quillon Systems": the nearest name a business's own word closes; else
  // "the retailer" after "Marlow & Finch, the department store chain,": the nearest business in apposition.
  // The nearest of them all: "the Agricultural Chemicals Review Board" early on is not "the company" of "The
  // manufacturer, Corvane Crop Sciences, said" just before.
  // A group in apposition ("Save Our Bakery, a campaign group,") only when nothing else is near, unless the description
  // is "the group": a campaign is no firm.
  const heads = last === 'group' ? BUSINESS_HEADS : FIRM_HEADS;
  const appositionOf = (head: string) => placesOf(memo, 'apposition ' + head, () => appositions(text, head));
  return nearestPlace([placesOf(memo, 'business', () => businessNames(text)), byKind, ...heads.map(appositionOf)], at - 1, at - REACH) ?? (last === 'group' ? null : nearestPlace([appositionOf('group')], at - 1, at - REACH));
}
const BUSINESS_HEADS = [...BUSINESS_WORDS];
const FIRM_HEADS = BUSINESS_HEADS.filter((head) => head !== 'group');

/** The name of the last place of any of the lists at or before `latest` and not before `earliest`, or null. */
function nearestPlace(lists: readonly (readonly NamePlace[])[], latest: number, earliest: number): string | null {
  let best: NamePlace | undefined;
  for (const places of lists) {
    const place = places[firstStartingAfter(places, latest) - 1];
    // At the same start the longer name ("start-up Medora Labs Asia" over the business name "Medora Labs").
    if (place && place.start >= earliest && (!best || place.start > best.start || (place.start === best.start && place.name.length > best.name.length))) best = place;
  }
  return best?.name ?? null;
}

/** Words that close a party's name other than "Party" ("the Green Alliance", "the National Front"), or a panel's: "the
 *  party" or "the panel" stands for the nearest. (Not a sports club's "United" or "Athletic": a match report names two clubs, and "the
 *  club" is as often the other one.) */
const KIND_HEADS: ReadonlyMap<string, readonly string[]> = new Map([['party', ['alliance', 'movement', 'front', 'league', 'congress', 'coalition', 'bloc']],
  // "the panel wrote" after "The Athletics Integrity Tribunal upheld the ban": a panel that hears and rules.
  ['panel', ['tribunal', 'panel', 'committee', 'commission', 'board']]]);

/** "the party" after "the Green Alliance won four seats": the nearest name the kind's other words close. */
function kindNamed(text: string, words: readonly string[], at: number, memo: OrganisationMemo): string | null {
  const heads = words.length === 1 ? KIND_HEADS.get(words[0]) : undefined;
  if (!heads) return null;
  let best: { start: number; name: string } | null = null;
  for (const head of heads) {
    const tail = [capitalised(head)];
    const places = placesOf(memo, 'org ' + tail[0], () => fullNames(text, tail));
    const place = places[firstStartingAfter(places, at - 1) - 1];
    if (place && place.start >= at - REACH && (!best || place.start > best.start)) best = place;
  }
  return best?.name ?? null;
}


/** Words that close a body's name ("the Calder Estate", "the Railway Inspectorate") and no person's, beyond the shared
 *  organisation words, which also decide what is a person's name. */
export const BODY_HEADS = new Set(['estate', 'estates', 'inspectorate', 'directorate', 'railway', 'railways', 'tribunal', 'museum', 'library', 'gallery', 'infirmary', 'clinic', 'partnership', 'charity', 'ombudsman', 'regulator', 'observatory', 'zoo', 'theatre', 'theater', 'orchestra', 'port', 'harbour', 'harbor', 'prison']);

/** The nearest full name before `at` that the body's words close ("Port Authority"), or a place's possessive owns. */
function bodyNamed(text: string, description: string, words: readonly string[], at: number, memo: OrganisationMemo): string | null {
  const tail = words.map(capitalised);
  const last = tail[tail.length - 1];
  const full = placesOf(memo, 'org ' + tail.join(' '), () => fullNames(text, tail));
  const k = firstStartingAfter(full, at - last.length) - 1;
  // "Orrin Valley Council and Kestrel County Council met. … the council said": two bodies of one sentence, no guess.
  if (k > 0 && full[k].start >= at - REACH && full[k - 1].name !== full[k].name && !/[.!?]\s/.test(text.slice(full[k - 1].start, full[k].start))) return null;
  return nearestBefore(full, at - last.length, at - REACH)
    ?? nearestBefore(placesOf(memo, 'owned ' + description, () => ownedBodies(text, words)), at - last.length, at - REACH)
    ?? nearestBefore(placesOf(memo, 'national ' + description, () => nationalBodies(text, words)), at - last.length, at - REACH);
}

const POSSESSIVE = /['’]s\s/u;

/**
 * "Cadrinia's defence ministry", "Halden's housing office": a body named by a place's possessive and lowercase words
 * ending in the description's own ("the ministry", "the defence ministry"); the whole phrase is its name.
 */
function ownedBodies(text: string, words: readonly string[]): NamePlace[] {
  const found: NamePlace[] = [];
  const last = words[words.length - 1];
  // Each place the body's last word stands is tried with a pattern anchored at its end, on a short window: a scan of
  // the whole text for a capital and a possessive at every position cost more than all the rest of the lookup.
  const owned = builtPattern('owned', words, () => new RegExp(String.raw`(?<![\p{L}’'-])\p{Lu}[\p{L}-]+['’]s\s+(?:[a-z-]+\s+){0,2}${words.join(String.raw`\s+`)}$`, 'u'));
  for (let k = text.indexOf(last); k >= 0; k = text.indexOf(last, k + 1)) {
    if (WORD_CHAR.test(text[k + last.length] ?? '') || WORD_CHAR.test(text[k - 1] ?? '')) continue;
    const window = text.slice(Math.max(0, k - 80), k + last.length);
    const m = POSSESSIVE.test(window) ? owned.exec(window) : null;
    if (m) found.push({ start: k, name: m[0].replace(/\s+/g, ' ') });
  }
  return found;
}

/**
 * "the Marvian army", "the Velorian health ministry": a body a nation's adjective (ending like one: -an, -ese, -ish,
 * -i, -ic) names in lowercase words ending in the description's own ("the army"); the adjective and words are its name.
 */
/** A nation's adjective by its shape: a capital and an ending of one (-an, -ese, -ish, -i, -ic). */
const NATION_ADJECTIVE = String.raw`\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic)`;
const NATION_WORD = new RegExp(`${NATION_ADJECTIVE}$`, 'u');

/** Is one of the three words before the last `n` words of the window a nation's adjective? */
function nationWordBefore(window: string, n: number): boolean {
  const ws = window.split(/\s+/);
  for (let k = Math.max(0, ws.length - n - 3); k < ws.length - n; k++) if (NATION_WORD.test(ws[k])) return true;
  return false;
}

function nationalBodies(text: string, words: readonly string[]): NamePlace[] {
  const found: NamePlace[] = [];
  const last = words[words.length - 1];
  const national = builtPattern('national', words, () => new RegExp(String.raw`(?<![\p{L}’'-])${NATION_ADJECTIVE}\s+(?:[a-z-]+\s+){0,2}${words.join(String.raw`\s+`)}$`, 'u'));
  for (let k = text.indexOf(last); k >= 0; k = text.indexOf(last, k + 1)) {
    if (WORD_CHAR.test(text[k + last.length] ?? '') || WORD_CHAR.test(text[k - 1] ?? '')) continue;
    const window = text.slice(Math.max(0, k - 60), k + last.length);
    // The pattern only where a nation's adjective stands among the few words before.
    const m = nationWordBefore(window, words.length) ? national.exec(window) : null;
    if (m) found.push({ start: k, name: m[0].replace(/\s+/g, ' ') });
  }
  return found;
}

/** Capitalised names closed by a word businesses take ("Quillon Systems", "Harrow Foods Ltd", "Tallis Holdings"). */
const BUSINESS_NAME = new RegExp(String.raw`(?<![\p{L}’'-])(?:\p{Lu}[\p{L}’'&-]*\s){1,3}(?:${BUSINESS_NAME_ENDINGS.join('|')})\b\.?`, 'gu');

/** A lowercase role noun and "at" or "with" right before a name ("analyst at ", "partner with "). */
const WORKPLACE_BEFORE = /\b(\p{Ll}+)\s+(?:at|with)\s+(?:the\s+)?$/u;

export function businessNames(text: string): NamePlace[] {
  const found: NamePlace[] = [];
  for (const m of text.matchAll(BUSINESS_NAME)) {
    // "Northbrook Outfitters Inc. reported": the period of an abbreviation the sentence goes on after is the name's.
    const keepsPeriod = m[0].endsWith('.') && /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    const words = (keepsPeriod ? m[0] : m[0].replace(/\.$/, '')).split(/\s+/);
    // "The", "But" opening a sentence are no part of the name.
    while (words.length > 2 && NOT_NAME_WORDS.has(words[0].toLowerCase())) words.shift();
    // "a retail analyst at Pembroke Capital Markets": a person's workplace, not the business the article is about.
    const employer = WORKPLACE_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (employer && isRoleNoun(employer[1])) continue;
    found.push({ start: m.index, name: words.join(' ') });
  }
  return found;
}

/** Each place where `tail` ("Port Authority") closes a capitalised name, with that name ("Calloway Port Authority"). */
function fullNames(text: string, tail: readonly string[]): NamePlace[] {
  const last = tail[tail.length - 1];
  const found: NamePlace[] = [];
  for (let k = text.indexOf(last); k >= 0; k = text.indexOf(last, k + 1)) {
    if (WORD_CHAR.test(text[k + last.length] ?? '')) continue;
    const start = wordsBefore(text, k, tail.slice(0, -1), 0);
    if (start < 0) continue;
    // After "The", whatever came before it (a heading's last word): "# Schools\n\nThe Department" is no "Schools The".
    const before = capitalisedBefore(text, start, 0);
    let opened = before.length - 1;
    while (opened >= 0 && !/^the$/i.test(before[opened])) opened--;
    const head = before.slice(opened + 1);
    // "the Department for Schools", "the Ministry of Fisheries": a body's word opening its name ("the department");
    // "the Constitutional Court of Marvia": a field after a full name is part of it too.
    const field = head.length > 0 || tail.length === 1 ? BODY_FIELD.exec(text.slice(k + last.length, k + last.length + 60)) : null;
    const rest = field ? field[0].replace(/\s+/g, ' ') : '';
    if (head.length > 0) found.push({ start: k, name: joinedBefore(text, k, [...head, ...tail].join(' ')) + rest });
    else if (field) found.push({ start: k, name: `${last}${rest}` });
  }
  return found;
}

/** "The Medicines and Devices Standards ": a definite name of two capitalised fields joined by "and", before a body's
 *  last word. */
const AND_BODY = /(?:^|[^\p{L}])[Tt]he\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,2}and\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,4})$/u;

/**
 * The name closed at `k` with the fields before an "and" inside it: "the Medicines and Devices Standards Authority"
 * (capitalised words stop at "and"). Only after "the": "Ana Ruiz and Devices Standards Authority" are two.
 */
function joinedBefore(text: string, k: number, name: string): string {
  const m = AND_BODY.exec(text.slice(Math.max(0, k - 120), k));
  if (!m) return name;
  const joined = `${m[1].replace(/\s+/g, ' ')}${name.split(' ').pop()}`;
  return joined.endsWith(name) ? joined : name;
}

/** " for Schools", " of Fisheries and Coastal Affairs": the capitalised field of a body named by its word first. */
const BODY_FIELD = /^\s(?:of|for)\s(?:the\s)?\p{Lu}[\p{L}’'-]*(?:\s(?:and\s|of\s)?\p{Lu}[\p{L}’'-]*){0,3}/u;

function placesOf<T extends NamePlace>(memo: OrganisationMemo, key: string, find: () => readonly T[]): readonly T[] {
  let places = memo.get(key) as readonly T[] | undefined;
  if (!places) memo.set(key, (places = find()));
  return places;
}

/** The name of the last place at or before `latest` and not before `earliest` (places in text order), or null. */
function nearestBefore(places: readonly NamePlace[], latest: number, earliest: number): string | null {
  const place = places[firstStartingAfter(places, latest) - 1];
  return place && place.start >= earliest ? place.name : null;
}

/** Where `expected` (whole words, whitespace between) ends right before `end`; -1 if it does not. */
function wordsBefore(text: string, end: number, expected: readonly string[], from: number): number {
  let at = end;
  for (let i = expected.length - 1; i >= 0; i--) {
    const gap = spaceBefore(text, at, from);
    if (gap === at) return -1;
    const w = expected[i];
    if (text.slice(gap - w.length, gap) !== w) return -1;
    at = gap - w.length;
  }
  return at;
}

/**
 * Up to HEAD_WORDS capitalised words ending right before `end`, whitespace between, in text order. A word is a run of
 * letters, hyphens and apostrophes; one not set off by whitespace ("Sanders/Trump", "“Commander-in-Chief") is the last.
 */
/** Words of a photo credit before a body's name. */
const CREDIT_WORDS = new Set(['Courtesy', 'Credit', 'Photo', 'Photograph', 'Picture', 'Image', 'Via']);

function capitalisedBefore(text: string, end: number, from: number): string[] {
  const found: string[] = [];
  let at = end;
  while (found.length < HEAD_WORDS) {
    const gap = spaceBefore(text, at, from);
    // A line break ends a name: a heading's last word is no part of the paragraph's first name.
    if (gap === at || text.slice(gap, at).includes('\n')) break;
    let s = gap;
    while (s > from && NAME_CHAR.test(text[s - 1])) s--;
    const word = text.slice(s, gap);
    // "(Courtesy Dunmore County Sheriff's Office)": a credit's word is no part of the name.
    if (!STARTS_CAPITAL.test(word) || CREDIT_WORDS.has(word)) break;
    found.unshift(word);
    if (s === from || !SPACE.test(text[s - 1])) break;
    at = s;
  }
  return found;
}

/** The start of the whitespace run ending at `end` (`end` itself when there is none). */
function spaceBefore(text: string, end: number, from: number): number {
  let k = end;
  while (k > from && SPACE.test(text[k - 1])) k--;
  return k;
}

/** The most words an apposition may hold before its head ("a battery maker based in Tarn": "a battery"). */
const APPOSITION_WORDS = 4;

/**
 * "Velmora, a battery maker based in Tarn, …" then "the battery maker said": a description whose head noun heads an
 * apposition right after a capitalised name stands for that name (the nearest before it).
 */
function appositionNamed(text: string, head: string, at: number, memo: OrganisationMemo): string | null {
  return nearestBefore(placesOf(memo, 'apposition ' + head, () => appositions(text, head)), at - head.length, at - REACH);
}

/**
 * "run by the charitable trust Active Wrexley" then "the trust said": a body's noun right before a capitalised name
 * (after "the", "a" or "an" and at most two other words) stands for that name.
 */
function descriptorNamed(text: string, head: string, at: number, memo: OrganisationMemo): string | null {
  return nearestBefore(placesOf(memo, 'descriptor ' + head, () => descriptors(text, head)), at - head.length, at - REACH);
}

/** The words before a body's noun in a descriptor ("the charitable trust"): an article, then at most two words. */
const DESCRIPTOR_LEAD = /(?<![\p{L}’'-])(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}$/u;
/** The capitalised name right after the noun ("Active Wrexley"). */
const NAME_AFTER_NOUN = /^\s+((?:\p{Lu}[\p{L}&’'-]*\s+){0,3}\p{Lu}[\p{L}&’'-]*)/u;

function descriptors(text: string, head: string): NamePlace[] {
  const found: NamePlace[] = [];
  // Each place the noun stands is tried on a short window (as ownedBodies does): a whole-text scan for an article
  // and the noun was most of this look-up's cost.
  for (let k = text.indexOf(head); k >= 0; k = text.indexOf(head, k + 1)) {
    const end = k + head.length;
    if (WORD_CHAR.test(text[end] ?? '') || WORD_CHAR.test(text[k - 1] ?? '') || !SPACE.test(text[end] ?? '')) continue;
    const name = NAME_AFTER_NOUN.exec(text.slice(end, end + 80));
    if (!name || NOT_NAME_WORDS.has(name[1].split(/\s+/)[0].toLowerCase()) || !DESCRIPTOR_LEAD.test(text.slice(Math.max(0, k - 40), k))) continue;
    found.push({ start: end + name[0].length - name[1].length, name: name[1].replace(/\s+/g, ' ') });
  }
  return found;
}

/** Each place where `head` heads an apposition after a capitalised name, with that name. */
function appositions(text: string, head: string): NamePlace[] {
  const found: NamePlace[] = [];
  for (let k = text.indexOf(head); k >= 0; k = text.indexOf(head, k + 1)) {
    if (WORD_CHAR.test(text[k + head.length] ?? '') || !SPACE.test(text[k - 1] ?? '')) continue;
    const named = nameApposedAfter(text, k, head);
    if (named) {
      found.push({ start: k, name: named });
      continue;
    }
    const comma = appositionComma(text, k, 0);
    if (comma < 0 || closesOpeningPhrase(text, comma)) continue;
    let s = comma;
    while (s > 0 && NAME_CHAR.test(text[s - 1])) s--;
    const last = text.slice(s, comma);
    // "Meanwhile, a battery maker …": a sentence's opening word is no name.
    if (!STARTS_CAPITAL.test(last) || NOT_NAME_WORDS.has(last.toLowerCase()) || last.endsWith('ly')) continue;
    const words = [...capitalisedBefore(text, s, 0), last];
    // "Marlow & Finch, the department store chain,": a name joined by "&" goes on before it.
    const joined = AMPERSAND_BEFORE.exec(text.slice(Math.max(0, comma - 80), comma - words.join(' ').length));
    if (joined) words.unshift(...joined[1].split(/\s+/), '&');
    // "Citizens for a Clean Capitol, a watchdog group,": a plural before "for" opens the name.
    const plural = joined ? null : PLURAL_OPENING.exec(text.slice(Math.max(0, comma - 100), comma - words.join(' ').length));
    if (plural) words.unshift(...plural[1].split(/\s+/));
    found.push({ start: k, name: words.filter((w, i) => !(i === 0 && /^the$/i.test(w))).join(' ') });
  }
  return found;
}

/** "In a statement to the ASX, the company said": the comma closes a sentence's opening prepositional phrase, so the
 *  name before it is no apposition's. */
function closesOpeningPhrase(text: string, comma: number): boolean {
  const from = Math.max(text.lastIndexOf('. ', comma), text.lastIndexOf('\n', comma)) + 1;
  return OPENING_PHRASE.test(text.slice(from, comma));
}
const OPENING_PHRASE = /^\s*(?:In|At|On|From|After|Before|Under|With|Without|During|Since|Despite|Through|Following|Outside|Inside|Behind|Beyond|Against|Unlike|Like)\s[^,;:]*$/u;

/** "The manufacturer, Corvane Crop Sciences of St. Louis, said": the name set off after a definite business word
 *  (not a person's: "The company's founder, Ana Ruiz," has no comma after the word; a given name opens no firm's). */
function nameApposedAfter(text: string, k: number, head: string): string | null {
  // Only a business's word: "The report, State of the Uplands 2026," names a document. Not "group", which names a
  // campaign as often as a firm ("The group, Save Our Bakery, has 400 members").
  if (!BUSINESS_WORDS.has(head) || head === 'group' || !/\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$/.test(text.slice(Math.max(0, k - 7), k))) return null;
  const m = APPOSED_NAME.exec(text.slice(k + head.length, k + head.length + 80));
  return m && !names.isGivenName(m[1].split(' ')[0]) && !NOT_NAME_WORDS.has(m[1].split(' ')[0].toLowerCase()) ? m[1] : null;
}
const APPOSED_NAME = /^,\s+((?:\p{Lu}[\p{L}&'’-]*\s){0,3}\p{Lu}[\p{L}&'’-]*)(?:,|\s+of\s)/u;

/** A capitalised plural and "for" (with an article) right before a name, at a sentence's or clause's start: "Citizens
 *  for a", "Parents for" (not "of": "Shareholders of Harlow Bank" are people of the bank). */
const PLURAL_OPENING = /(?:^|[.!?;:]\s+|\n)(\p{Lu}\p{Ll}+s\s+for(?:\s+(?:a|an|the))?) +$/u;
/** Capitalised words and an "&" right before a name ("Marlow & " before "Finch"), on one line. */
const AMPERSAND_BEFORE = /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]* +){0,2}\p{Lu}[\p{L}’'-]*) +& +$/u;

/** Where the comma opening an apposition ", a|an|the … <head>" stands before the head at `k`, or -1. */
function appositionComma(text: string, k: number, from: number): number {
  let at = k;
  for (let n = 0; n < APPOSITION_WORDS; n++) {
    const gap = spaceBefore(text, at, from);
    let s = gap;
    while (s > from && NAME_CHAR.test(text[s - 1])) s--;
    const word = text.slice(s, gap);
    if (!word || STARTS_CAPITAL.test(word)) return -1;
    if (word === 'a' || word === 'an' || word === 'the') {
      const before = spaceBefore(text, s, from);
      return before > from && text[before - 1] === ',' ? before - 1 : -1;
    }
    at = s;
  }
  return -1;
}

// "a spokesperson for the council", "a spokeswoman for Vale County Council": who the unnamed speaker speaks for.
// Also a body's governing organ: "the board of the Reserve Bank of Australia" speaks for the bank.
const SPOKESPERSON = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:spokesperson|spokesman|spokeswoman|representative|board|governing\s+council|monetary\s+policy\s+committee)\s+(?:for|of)\s+(.+)$/iu;

const THE_SPOKESPERSON = /^the\s+(?:spokesperson|spokesman|spokeswoman)$/i;
/** A body's capitalised name, with "of", "for", "and" or "&" inside it; and the noun of one speaking for it. */
const BODY_NAME = String.raw`(\p{Lu}[\p{L}&’'-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}&’'-]*){0,5})`;
const SPOKESPERSON_NOUN = String.raw`(?:[\p{Ll}-]+\s+)?(?:spokesperson|spokesman|spokeswoman)$`;
const NAMED_SPOKESPERSON = new RegExp(String.raw`^(?:[Tt]he\s+)?${BODY_NAME}['’]s\s+${SPOKESPERSON_NOUN}`, 'u');
/** "A Department of Health spokesperson", "a Harlow Trust spokeswoman": a body's name before the noun, as its
 *  possessive would be. */
const NAME_BEFORE_SPOKESPERSON = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+${BODY_NAME}\s+${SPOKESPERSON_NOUN}`, 'u');
/** "spokesperson for Kirkhaven and Vale NHS Trust": the capitalised body after a spokesperson's "for" or "of". */
const SPOKEN_FOR = /\bspokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|of|for|of\s+the)\s+)?\p{Lu}[\p{L}’'-]*)*)/gu;

/** The body the last spokesperson named before `at` (within REACH) spoke for, or null. */
function lastSpokenFor(text: string, at: number): string | null {
  let name: string | null = null;
  for (const m of text.slice(Math.max(0, at - REACH), at).matchAll(SPOKEN_FOR)) name = m[1];
  return name;
}

/** "A spokesperson for Universities Canada said …. In a brief statement, the group said": a generic body's
 *  description right after a spokesperson named the body they speak for (within a sentence or two) is that body. */
export function spokenForJustBefore(text: string, description: string, at: number): string | null {
  if (!GENERIC_BODY.test(description.trim())) return null;
  let name: string | null = null;
  for (const m of text.slice(Math.max(0, at - 400), at).matchAll(SPOKEN_FOR)) name = m[1];
  return name;
}
const GENERIC_BODY = /^the\s+(?:group|organi[sz]ation|association|body|charity|federation|alliance|coalition)$/i;

/** The organisation a spokesperson description speaks for: a capitalised name, or a description naming one. */
export function spokespersonFor(text: string, description: string, at: number, memo: OrganisationMemo = new Map()): string | null {
  // "… a spokesperson for Kirkhaven and Vale NHS Trust said … “…,” the spokesperson said.": the body named before.
  if (THE_SPOKESPERSON.test(description.trim())) return lastSpokenFor(text, at);
  // "the Harlow Trust's spokeswoman", "Quillon's spokesman": a named body's own.
  const owned = NAMED_SPOKESPERSON.exec(description.trim()) ?? NAME_BEFORE_SPOKESPERSON.exec(description.trim());
  if (owned) return owned[1];
  const m = SPOKESPERSON.exec(description.trim());
  if (!m) return null;
  const object = m[1];
  const words = object.split(/\s+/);
  let name = /^the$/i.test(words[0]) ? words.slice(1) : words;
  // "the federal Department of Education", "the regional Harbour Board": a lowercase modifier before the name.
  const modifiers = name.findIndex((w) => STARTS_CAPITAL.test(w));
  // Not a group of people before "of" ("a spokeswoman for the parents of Ana Ruiz" speaks for the parents).
  if (modifiers > 0 && modifiers <= 2 && name.length - modifiers >= 2 && name.slice(0, modifiers).every((w) => /^\p{Ll}+$/u.test(w) && !JOINING.has(w))) name = name.slice(modifiers);
  // "the Calder Office of the Attorney General": "the" only after "of", inside the name.
  if (name.length && name.every((w, i) => STARTS_CAPITAL.test(w) || w === 'of' || w === 'for' || w === 'and' || (w === 'the' && name[i - 1] === 'of' && i + 1 < name.length))) return name.length === 1 ? fullBodyName(text, name[0], at) : name.join(' ');
  return organisationNamed(text, object, at + description.indexOf(object), memo);
}

const JOINING = new Set(['of', 'for', 'and', 'to', 'at', 'in', 'on', 'with', 'from', 'by']);

/** "A spokeswoman for Kilbarra" after "the accounts of Kilbarra Leisure Holdings": a body's first word stands for the
 *  full name the article gave it before, when that name ends in a body's or a business's word. */
function fullBodyName(text: string, word: string, at: number): string {
  const re = builtPattern('body', [word], () => new RegExp(String.raw`\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}((?:\s+\p{Lu}[\p{L}&’'-]*){1,3})`, 'gu'));
  for (const m of text.slice(Math.max(0, at - REACH), at).matchAll(re)) {
    const last = m[1].trim().split(/\s+/).pop()!;
    if (ORG_WORDS.has(last.toLowerCase()) || BUSINESS_NAME_ENDINGS.includes(last)) return word + m[1];
  }
  return word;
}

// "Analysts at shipbroker Merrow & Tate", "economists at Halden Bank": a firm's staff, writing for the firm (in a
// note to clients, a forecast), unnamed themselves; the firm is who said it, as for a spokesperson.
const STAFF = /^(?:[Tt]he\s+)?(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Bb]rokers|[Rr]esearchers|[Aa]dministrators|[Oo]fficials|[Ee]xecutives|[Ll]awyers|[Rr]epresentatives)\s+(?:at|from|with)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(\p{Lu}.*)$/u;

/** Where a source phrase that stopped at its noun goes on with the body it works for (" from Castlebridge Partners"). */
const STAFF_PLACE = /^\s+(?:at|from|with)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?\p{Lu}[\p{L}&’'-]*(?:\s+(?:of\s+|for\s+|&\s+)?\p{Lu}[\p{L}&’'-]*){0,5}/u;

/** The body named right after a source phrase of its staff ("Administrators" + " from Castlebridge Partners"), or null. */
export function staffPlacedAfter(text: string, source: { end: number; text: string }): string | null {
  const place = STAFF_PLACE.exec(text.slice(source.end, source.end + 80));
  return place ? staffOf(source.text + place[0]) : null;
}

/** The firm a description of its analysts, economists or brokers speaks for, when named in capitals, or null. */
export function staffOf(description: string): string | null {
  const m = STAFF.exec(description.trim());
  if (!m) return null;
  const words = m[1].split(/\s+/);
  return words.every((w) => STARTS_CAPITAL.test(w) || w === '&' || w === 'of' || w === 'and') ? m[1] : null;
}

/** "KwartaNow's lawyers", "Harlow Foods' legal team": counsel speaking for the client named in capitals. */
const CLIENT_COUNSEL = /^(\p{Lu}[\p{L}&’'-]*(?:\s+\p{Lu}[\p{L}&’'-]*){0,4})(?:['’]s|['’])\s+(?:lawyers?|attorneys?|solicitors?|legal\s+team|counsel)$/u;

/** The client a description of its lawyers speaks for, or null; not a person (`isPerson`), whose lawyer is someone
 *  else the article leaves unnamed ("Petrova’s lawyer said"). */
export function clientOf(description: string, isPerson: (name: string) => boolean): string | null {
  const client = CLIENT_COUNSEL.exec(description.trim())?.[1];
  return client && !isPerson(client) ? client : null;
}

// "Tokyo's *Morning Sentinel*", "Ostwick's Harbour Trust": a place's (or an owner's) possessive before a name in
// capitals; the emphasis marks of a title may wrap the name.
const OWNED_NAME = /^\p{Lu}[\p{L}.-]*['’]s\s+[*_]*(\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*){0,5})[*_]*$/u;

/** The name an owner's possessive stands before, when the whole phrase is that and a name in capitals, or null. */
export function ownedName(description: string): string | null {
  return OWNED_NAME.exec(description.trim())?.[1] ?? null;
}

// "Tavora’s energy ministry", "the prime minister’s office": a body a place or an office holder owns, in lowercase
// words ending in a body's word. There is one such body, so its words are its name.
const OWNED_BODY = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*|(?:prime\s+minister|president|governor|mayor|premier|chancellor))['’]s\s+(?:[a-z-]+\s+){0,2}([a-z]+))$/u;

/** "The Garoua government", "the Kinshasa authorities": a capital city or a state standing for its government. */
const PLACE_GOVERNMENT = /^(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+\s+(?:government|junta|regime|authorities|administration|presidency))$/u;

/** "The Velorian government", "the Marvian health ministry": a body a nation's adjective names, in lowercase words. */
const NATIONAL_BODY = new RegExp(String.raw`^(?:[Tt]he\s+)?(${NATION_ADJECTIVE}\s+(?:[a-z-]+\s+){0,2}([a-z]+))$`, 'u');

/** The words of a body a place, a nation or an office holder owns ("Tavora’s energy ministry", "the Velorian
 *  government"), as its name, or null. */
export function ownedBody(description: string): string | null {
  const placed = PLACE_GOVERNMENT.exec(description.trim());
  if (placed) return placed[1];
  const m = OWNED_BODY.exec(description.trim()) ?? NATIONAL_BODY.exec(description.trim());
  return m && ORG_WORDS.has(m[2]) && !PUBLICATION_WORDS.has(m[2]) ? m[1] : null;
}
/** Body words that also name what a body publishes ("Keane’s report", "the town's weekly"): no body of their own. */
const PUBLICATION_WORDS = new Set(['report', 'review', 'daily', 'weekly', 'news', 'journal', 'post', 'times', 'press', 'tribune', 'herald', 'gazette', 'magazine']);

/** "the committee's chairwoman and ranking member", "the Harlow Trust's chair and chief executive": two office
 *  holders of one body, speaking together. */
const JOINT_OFFICERS = /^(.+?)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+and\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u;

/** The body two of its officers speak for together (a body they are not named apart from), or null. */
export function jointOfficers(text: string, description: string, at: number, memo: OrganisationMemo = new Map()): string | null {
  const m = JOINT_OFFICERS.exec(description.trim());
  if (!m || !isRoleNoun(m[2]) || !isRoleNoun(m[3])) return null;
  const owner = m[1];
  if (/^[Tt]he\s+\p{Ll}/u.test(owner)) return organisationNamed(text, owner.replace(/^The/, 'the'), at, memo);
  const name = owner.replace(/^[Tt]he\s+(?=\p{Lu})/u, '');
  const words = name.split(/\s+/);
  // A body's name, not a person's: "Kestrel County Council's", "the Harlow Trust's".
  return words.length > 1 && words.every((w) => STARTS_CAPITAL.test(w) || w === 'of' || w === 'for' || w === 'and') && ORG_WORDS.has(words[words.length - 1].toLowerCase()) ? name : null;
}

// People an article knows by one name: a first name or a nickname ("a cheesemonger known to everyone as Stilts",
// "Ezra, who is eight", "Her son, Callum,", "a student who introduces herself as Jonah", a lone common given name).
// A lone capitalised word is otherwise a person only as part of a full name (nameIndex.ts); these introductions
// make it one, so that its later mentions and the pronouns after it find them. A nickname given to someone just
// named in full ("Janice Orme, 67 … Everyone calls her Big Jan") is that person.
import type { PersonMention } from '../../context.js';
import type { Sentence } from '../../markdown/sentences.js';
import * as names from '../../lexicon/names.js';
import * as pronouns from '../../lexicon/pronouns.js';
import type { Gender } from '../../lexicon/pronouns.js';
import * as titles from '../../lexicon/titles.js';
import type { Token } from './mentions.js';
import { endsWithWordThenSpaces } from '../../text/tailMatch.js';

const { givenNameGender, isGivenName, isNonPersonKey, NOT_NAME_WORDS, ORG_WORDS, PLACE_WORDS, STREET_WORDS } = names;
const { pronounGender } = pronouns;
const { isRoleNoun, titleKey } = titles;

// The phrases that give a name: "known (to everyone on the lane) as", "calls him", "introduces herself (simply) as",
// "gives his name (only) as", "goes by", "nicknamed", "called"/"named" after a person noun (checked below).
const NAMING = /\b(?:known(?: [\p{Ll}\s’'-]{1,40})? as|calls? (him|her|me)|(?:introduces|introduced) (himself|herself)(?: simply| only)? as|(?:gives?|gave|giving) (his|her) (?:first )?name(?: only| simply)? as|goes by|nicknamed|(called|named)) (\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?)(?![\p{L}’'-])/gu;

/** Relations and person nouns before an apposition of a first name ("Her nine-year-old son, Callum,"). */
const PERSON_NOUNS = new Set(['son', 'daughter', 'boy', 'girl', 'man', 'woman', 'child', 'grandson', 'granddaughter',
  'brother', 'sister', 'husband', 'wife', 'partner', 'friend', 'nephew', 'niece', 'cousin', 'mother', 'father', 'student',
  'apprentice', 'colleague', 'neighbour', 'neighbor', 'assistant', 'deputy', 'sprinter', 'patient', 'pupil']);

/** Can the word head what introduces a one-name person ("her apprentice, Tomás", "a sprinter called Tobi")? Not
 *  titles.isPersonNoun, which asks what a definite description may refer back with. */
function isIntroducingNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || isRoleNoun(word) || /-year-old$/.test(word);
}

interface OneName {
  name: string;
  gender?: Gender;
}

/**
 * Add a mention for every occurrence of a one name the article introduces (a naming phrase, or a lone word of
 * `singles` set off as a person), and rename mentions of a nickname to the full name it was given to. `mentions`
 * is sorted and stays so.
 */
export function addOneNames(masked: string, sentences: readonly Sentence[], mentions: PersonMention[], singles: readonly Token[]): void {
  const taken = new Set(mentions.map((m) => m.start));
  const loose = singles.filter((t) => !taken.has(t.start));
  // By the name's surface ("Stilts", "Big Jan").
  const known = new Map<string, OneName>();
  const aliases = new Map<string, string>();
  namedByPhrase(masked, sentences, mentions, known, aliases);
  for (const t of loose) {
    if (known.has(t.text) || isNonPersonKey(t.key)) continue;
    // "Ezra, who is eight", "Tomás, 19,", "Tomás, her apprentice,"; "Her son, Callum,"; a lone common given name.
    if (t.given || introducedAround(masked, t)) known.set(t.text, { name: withFamilyName(masked, sentences, mentions, t), gender: givenNameGender(t.text) });
  }
  for (const m of mentions) m.name = aliases.get(m.name) ?? m.name;
  const before = mentions.length;
  for (const [run, one] of known) addOccurrences(masked, mentions, run, one);
  for (const [run, fullName] of aliases) addOccurrences(masked, mentions, run, { name: fullName });
  if (mentions.length > before) mentions.sort((a, b) => a.start - b.start);
}

/** A mention for every occurrence of the one name `run` that is no part of a longer capitalised run or a mention. */
function addOccurrences(masked: string, mentions: PersonMention[], run: string, one: OneName): void {
  const taken = mentions.map((m) => [m.start, m.end]);
  for (let at = masked.indexOf(run); at >= 0; at = masked.indexOf(run, at + run.length)) {
    const end = at + run.length;
    if (/[\p{L}\p{N}’'-]$/u.test(masked.slice(Math.max(0, at - 1), at)) || /^(?:[\p{L}\p{N}]|-\p{L})/u.test(masked.slice(end, end + 2))) continue;
    // "Rosa Vance", "Aunt Rosa" are other names; "Then Rosa" is this one.
    // (Masked markup between them counts as the space it is: "<b>Rosa</b> Vance".)
    const previous = /(\p{Lu}[\p{L}’'-]*)[^\S\n]+$/u.exec(masked.slice(Math.max(0, at - 40), at));
    if (/^[^\S\n]+\p{Lu}/u.test(masked.slice(end, end + 20)) || (previous && !NOT_NAME_WORDS.has(titleKey(previous[1])))) continue;
    if (taken.some(([s, e]) => s < end && at < e)) continue;
    const mention: PersonMention = { start: at, end, text: run, name: one.name };
    if (one.gender) mention.gender = one.gender;
    mentions.push(mention);
  }
}

/** Names given by a naming phrase: a one-name person, or a nickname of the person named just before. */
function namedByPhrase(masked: string, sentences: readonly Sentence[], mentions: readonly PersonMention[], known: Map<string, OneName>, aliases: Map<string, string>): void {
  NAMING.lastIndex = 0;
  for (let m = NAMING.exec(masked); m; m = NAMING.exec(masked)) {
    const [, object, reflexive, possessive, calledAfter, run] = m;
    const at = m.index + m[0].length - run.length;
    // One word that may name a person, or a nickname of two ("Big Jan"; its "Jan" is no month here).
    const words = run.split(' ').map(titleKey);
    // "the blocks known as Larch Towers": a street word after a word that is no given name ends a place's name.
    if (words.length === 1 ? isNonPersonKey(words[0]) : NOT_NAME_WORDS.has(words[0]) || words.some((w) => PLACE_WORDS.has(w) || ORG_WORDS.has(w)) || (STREET_WORDS.has(words[1]) && !isGivenName(words[0]))) continue;
    // "a sprinter called Tobi", "her dog named Biscuit": only after a person noun.
    if (calledAfter && !isIntroducingNoun(wordBefore(masked, m.index))) continue;
    const pronoun = object ?? reflexive ?? possessive;
    const gender = pronoun ? pronounGender(pronoun) : undefined;
    // "gave his name only as Commander Saber": a name given with a rank or title is the whole name given, which the
    // mention (title apart) and every later "Saber" take.
    const titled = mentions.find((x) => x.end === at + run.length && x.title && run.endsWith(' ' + x.name));
    if (titled && !run.split(' ').slice(0, -1).some((w) => !titles.TITLE_WORDS.has(titleKey(w)))) {
      aliases.set(titled.name, run);
      continue;
    }
    // A full name given ("a man named Dev Raman") is already a mention.
    if (mentions.some((x) => x.start === at && x.name.includes(' ') && x.name !== run)) continue;
    const fullName = gender && (object === 'him' || object === 'her') ? namedJustBefore(masked, sentences, mentions, m.index, gender) : undefined;
    if (fullName) aliases.set(run, fullName);
    else if (!known.has(run)) known.set(run, { name: run, gender });
  }
}

/** The word before `at` (lower-cased), skipping spaces. */
function wordBefore(masked: string, at: number): string {
  const m = /([\p{L}\d’'-]+)\s*$/u.exec(masked.slice(Math.max(0, at - 40), at));
  return m ? m[1].toLowerCase() : '';
}

/** A first name set off as a person: followed by ", who", an age or a relation; or in apposition after one. */
function introducedAround(masked: string, t: Token): boolean {
  // "a person at Fernhouse, who …": the clause is the person's, not the place's.
  if (/\b(?:at|in|from|of|for|with|to|by|on|near|into)\s+$/.test(masked.slice(Math.max(0, t.start - 6), t.start))) return false;
  const after = masked.slice(t.end, t.end + 40);
  if (/^,\s+(?:who\s|aged\s\d|\d{1,3},)/.test(after)) return true;
  const relation = /^,\s+(?:his|her|their|my|our)\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}-]+),/u.exec(after);
  if (relation && isIntroducingNoun(relation[1])) return true;
  // "Paulo, a 24-year-old delivery driver who …", "Lena, a teacher who gave only her first name,": an age or a
  // role opening an apposition. "Kherat, a town of 4,000" describes a place.
  const described = /^,\s+an?\s+([\p{Ll}\d-]+)(?:\s+([\p{Ll}-]+))?(?:\s+([\p{Ll}-]+))?[\s,]/u.exec(after);
  if (described && described.slice(1).some((w) => w !== undefined && isIntroducingNoun(w))) return true;
  const next = masked.slice(t.end, t.end + 100);
  if (/first\s+name/.test(next) && /^[^.!?]{0,80}\b(?:gave|gives|giving)\s+only\s+(?:his|her|their)\s+first\s+name/u.test(next)) return true;
  if (!/^[,.]/.test(after) || !endsWithWordThenSpaces(masked, t.start, ',')) return false;
  const before = /(?:^|[\s(])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|\p{Lu}[\p{L}-]*[’']s)\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}-]+),\s+$/u.exec(masked.slice(Math.max(0, t.start - 60), t.start));
  return before !== null && isIntroducingNoun(before[1]);
}

/** Relatives who, named by a first name alone, share the family name of the one they are related to. */
const FAMILY_NOUNS = new Set(['son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'widow', 'widower', 'mother',
  'father', 'grandson', 'granddaughter', 'grandmother', 'grandfather']);

// "Mr Brannagh’s sister, Orla,", "her son Keith": a possessor (a capitalised possessive or his/her), up to two
// modifiers, a relation, then the first name (set off by a comma or not).
const FAMILY_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}-]*[’']s|[Hh]is|[Hh]er)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+),?\s+$/u;

/**
 * The first name `t` with the family name of the relative it is introduced by ("Mr Brannagh’s sister, Orla" is
 * Orla Brannagh; "Edna Farrow …, her son Keith said" is Keith Farrow): a news writer who gives a relative's first
 * name alone after calling the relative by surname (or by a pronoun for a full name) leaves the family name to be
 * read from them. Otherwise ("Nell's daughter, Maeve") the first name.
 */
function withFamilyName(masked: string, sentences: readonly Sentence[], mentions: readonly PersonMention[], t: Token): string {
  const from = Math.max(0, t.start - 60);
  const m = FAMILY_BEFORE.exec(masked.slice(from, t.start));
  if (!m || !FAMILY_NOUNS.has(m[2])) return t.text;
  const at = from + m.index + m[0].indexOf(m[1]);
  const sentence = sentences.find((x) => x.start <= at && at < x.end);
  let relative: PersonMention | undefined;
  if (/^\p{Lu}/u.test(m[1]) && !/^(?:His|Her)$/.test(m[1])) relative = mentions.find((x) => x.start <= at && at < x.end);
  else {
    // his / her: the last person named in full before it in its sentence.
    const gender = pronounGender(m[1]);
    for (const x of mentions) if (x.end <= at && x.start >= (sentence?.start ?? at) && x.name.includes(' ') && (!x.gender || x.gender === gender)) relative = x;
  }
  const family = relative?.name.includes(' ') ? relative.name.slice(relative.name.lastIndexOf(' ') + 1) : undefined;
  // "Nell's daughter, Maeve": a possessor called by her first name keeps the article on first names.
  const byFirstName = /^\p{Lu}/u.test(m[1]) && m[1].replace(/[’']s$/, '') !== family;
  return family && family !== t.text && !byFirstName ? `${t.text} ${family}` : t.text;
}

/**
 * "Janice Orme, 67, founded the group. Everyone calls her Big Jan.": the person of that gender named in full
 * before the naming phrase, in its sentence or the one before, whose gender the name itself gave (a title or a
 * given name) and who is not inside a place phrase ("at Harrowfield Harriers").
 */
function namedJustBefore(masked: string, sentences: readonly Sentence[], mentions: readonly PersonMention[], at: number, gender: Gender): string | undefined {
  const k = sentences.findIndex((s) => s.start <= at && at < s.end);
  if (k < 0) return undefined;
  const from = sentences[Math.max(0, k - 1)].start;
  for (let j = mentions.length - 1; j >= 0; j--) {
    const x = mentions[j];
    if (x.start >= at) continue;
    if (x.start < from) break;
    if (x.gender === gender && x.name.includes(' ') && !/\b(?:at|in|from|of|for|with|to)\s+$/.test(masked.slice(Math.max(0, x.start - 6), x.start))) return x.name;
  }
  return undefined;
}

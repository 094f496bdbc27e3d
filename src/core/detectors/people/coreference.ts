// Coreference: what a later mention stands for. Genders per name, pronouns to the nearest fitting person, titled
// or partial names to the full name, and role nouns ("the secretary") to the person the article gave that role.
import type { DetectorContext, PersonMention } from '../../context.js';
import type { Sentence } from '../../markdown/sentences.js';
import * as names from '../../lexicon/names.js';
import * as pronouns from '../../lexicon/pronouns.js';
import { BUSINESS_NAME_ENDINGS, BUSINESS_NAME_ENDING_SET } from '../../lexicon/business.js';
import type { Gender } from '../../lexicon/pronouns.js';
import * as titles from '../../lexicon/titles.js';
import { isAgentNoun } from '../../lexicon/bareGroups.js';
import * as sorted from '../../text/sorted.js';
import { longestName, type NameIndex } from './nameIndex.js';
import { resolveRole, titleStart, type RoleLink } from './roles.js';
import { namedAfterDescription } from './namedAfter.js';
import { insideQuote } from '../quoteRanges.js';
import { KIN_GENDER } from './genders.js';

const { isGivenName } = names;
const { TITLE_GENDER, TITLE_WORDS, titleKey } = titles;
const { pronounGender } = pronouns;
const { firstStartingAt } = sorted;

/** How far back a pronoun may look for its person, in sentences. */
const PRONOUN_WINDOW = 6;

export interface People {
  mentions: PersonMention[];
  index: NameIndex;
  names: Set<string>;
  roles: RoleLink[];
}

export function resolve(ctx: DetectorContext, people: People, surface: string, offset: number): string {
  const { mentions, index, names } = people;
  // "As Merriweather himself admits": the emphatic reflexive adds no one.
  const s = withoutReflexive(withoutPossessive(surface.trim()));
  const gender = pronounGender(s);
  // "read from the witness's statement, …, in which he had written": the document's owner wrote it.
  const owner = gender ? documentOwnerBefore(ctx.doc.masked, offset) : undefined;
  const owned = owner ? resolve(ctx, people, owner.text, owner.at) : undefined;
  if (owned && owned !== owner!.text) return owned;
  if (gender) return resolvePronoun(ctx, people, gender, offset) ?? surface;
  // "the secretary", "the agency's director": the person the article gave that role.
  const role = s.includes(' ') ? resolveRole(people.roles, s, offset) : undefined;
  if (role) return role;
  // "the Conservative", "the 54-year-old", "the veteran": an epithet for someone just named, read as a pronoun,
  // unless the article gave someone that age ("Ana Ruiz, 54,").
  if (isEpithet(s)) return agedPerson(ctx.doc.masked, mentions, s, offset) ?? resolvePronoun(ctx, people, null, offset) ?? surface;
  // A mention starting right here with exactly this text.
  for (let j = firstStartingAt(mentions, offset); j < mentions.length && mentions[j].start < offset + 1; j++) if (mentions[j].text === s) return mentions[j].name;
  // Drop titles ("Mr. Clarke", "Sen. Cruz") and look the remaining words up as a known name or a part of one.
  const words = s.split(/\s+/).filter((w) => !TITLE_WORDS.has(titleKey(w)) || isGivenName(w));
  if (!words.length) return surface;
  const key = words.join(' ');
  if (names.has(key)) return key;
  if (words.length === 1) return longestName(index, titleKey(key), offset, TITLE_GENDER.get(titleKey(s.split(/\s+/)[0]))) ?? businessByFirstWord(ctx.doc.text, key, offset) ?? surface;
  // "Hillary Clinton" for "Hillary Rodham Clinton" is not attempted; a known longer name ending in the words is.
  const last = longestName(index, titleKey(words[words.length - 1]), offset);
  return last && last.endsWith(' ' + key) ? last : surface;
}

/** Party members and the nouns news uses to refer back to a person just named: "the Democrat", "the Tory", "the
 *  Conservative", "the 61-year-old", "the veteran", "the incumbent". */
const EPITHETS = new Set(['democrat', 'republican', 'conservative', 'tory', 'liberal', 'socialist', 'independent',
  'nationalist', 'libertarian', 'progressive', 'centrist', 'veteran', 'incumbent', 'challenger', 'newcomer', 'rookie',
  'youngster', 'teenager', 'pensioner', 'frontrunner', 'front-runner', 'underdog', 'international',
  // What the news has just told of someone ("Amara Osei survived the crash … the survivor said").
  'survivor', 'winner', 'champion', 'star',
  // Nationalities, as sport and wire copy refer back to a foreign player, coach or minister ("the Belgian said").
  'belgian', 'dutchman', 'dutchwoman', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'welshman',
  'welshwoman', 'irishman', 'irishwoman', 'scot', 'dane', 'swede', 'norwegian', 'finn', 'pole', 'czech', 'slovak',
  'hungarian', 'austrian', 'portuguese', 'spaniard', 'italian', 'greek', 'croat', 'serb', 'romanian', 'bulgarian',
  'ukrainian', 'georgian', 'armenian', 'turk', 'argentine', 'argentinian', 'brazilian', 'uruguayan', 'colombian',
  'chilean', 'peruvian', 'mexican', 'canadian', 'american', 'australian', 'kiwi', 'japanese', 'korean', 'chinese',
  'indian', 'pakistani', 'bangladeshi', 'nigerian', 'ghanaian', 'kenyan', 'senegalese', 'cameroonian', 'ivorian',
  'egyptian', 'moroccan', 'algerian', 'tunisian', 'german', 'swiss', 'icelander', 'russian', 'israeli', 'iranian']);

// "the 54-year-old", "the veteran", "the former Wales international": an epithet head, after "former" or a
// capitalised modifier or two.
const EPITHET = /^[Tt]he\s+(?:(?:\d+|\p{L}+)-year-old|(?:(?:former|ex-|retired)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}([\p{L}-]+))$/u;

function isEpithet(s: string): boolean {
  const m = EPITHET.exec(s);
  return m !== null && (m[1] === undefined || EPITHETS.has(m[1].toLowerCase()));
}

/** How far back (in characters) "the 54-year-old" looks for the person given that age. */
const AGE_REACH = 3000;

/** "the 54-year-old" at `offset`: the latest person before it whose name is followed by ", 54" (an age apposition). */
function agedPerson(masked: string, mentions: readonly PersonMention[], epithet: string, offset: number): string | undefined {
  // "the teenager": the latest person given an age from 13 to 19 ("Okafor-Reid, 19,").
  if (/\bteenager$/i.test(epithet)) return agedIn(mentions, offset, (end) => /^, 1[3-9](?!\d)/.test(masked.slice(end, end + 5)));
  const dash = epithet.indexOf('-year-old');
  if (dash < 0) return undefined;
  const age = ', ' + epithet.slice(epithet.indexOf(' ') + 1, dash);
  return agedIn(mentions, offset, (end) => {
    const next = masked.charCodeAt(end + age.length);
    return masked.startsWith(age, end) && !(next >= 48 && next <= 57);
  });
}

/** The latest person before `offset` (within AGE_REACH) whose name, ending at `end`, is followed by an age that fits. */
function agedIn(mentions: readonly PersonMention[], offset: number, fits: (end: number) => boolean): string | undefined {
  const from = firstStartingAt(mentions, offset - AGE_REACH);
  for (let j = firstStartingAt(mentions, offset) - 1; j >= from; j--) if (fits(mentions[j].end)) return mentions[j].name;
  return undefined;
}

/** "Merriweather himself": an emphatic reflexive after a capitalised word. */
const REFLEXIVE_AFTER_NAME = /(?<=\p{Lu}[\p{L}'’.-]*)\s+(?:himself|herself|themselves|itself)$/u;

/** The phrase without an emphatic reflexive after a name. The pattern is tried only on a phrase that ends like one:
 *  its lookbehind made it cost a scan of every phrase resolved. */
function withoutReflexive(s: string): string {
  return s.endsWith('self') || s.endsWith('selves') ? s.replace(REFLEXIVE_AFTER_NAME, '') : s;
}

/** The word without a final 's or ’s (either case of s), as /['’]s$/i would remove it. */
function withoutPossessive(s: string): string {
  const n = s.length;
  if (n < 2) return s;
  const last = s.charCodeAt(n - 1);
  const quote = s.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (quote === 39 || quote === 0x2019) ? s.slice(0, -2) : s;
}

/** The person a he/she at `offset` most likely means: going back sentence by sentence, the first fitting person
 *  of the nearest sentence (the subject, more often than not), never someone named inside a quotation. */
function resolvePronoun(ctx: DetectorContext, people: People, gender: Gender | null, offset: number): string | undefined {
  const { mentions } = people;
  const sentences = ctx.sentences;
  let idx = sentenceAt(sentences, offset);
  if (idx < 0) idx = sentences.length - 1;
  // Index of the sentence's first mention: one binary search, then moved back sentence by sentence (both
  // sentences and mentions are sorted by start).
  // "A tall man in a yellow jacket … “…,” he says. … His name is Dev Raman.": described first, named after.
  const later = gender && idx >= 0 ? namedAfterDescription(ctx, mentions, gender, idx, offset) : undefined;
  if (later) return later;
  let firstOfSentence = idx >= 0 ? firstStartingAt(mentions, sentences[idx].start) : 0;
  let excluded: string | undefined;
  for (let k = idx; k >= 0 && k > idx - PRONOUN_WINDOW; k--) {
    const s = sentences[k];
    while (firstOfSentence > 0 && mentions[firstOfSentence - 1].start >= s.start) firstOfSentence--;
    const end = k === idx ? Math.min(offset, s.end) : s.end;
    // "The prefect, he added, “has acted faster …”": a frame set off after the reported clause's subject is
    // someone else's words about that subject, so the pronoun looks to the sentences before.
    if (k === idx && frameAfterSubject(ctx.doc.masked, s.start, offset)) continue;
    // "The mayor disagreed. “…,” she said.": a sentence opened by a role the article gave someone is about them.
    const role = roleSubject(ctx, people, s.start, end);
    // "One taxi driver, waiting on Harbour Road, said …. “…,” he said.": led by someone the article leaves
    // unnamed, so the pronoun names no one (not a place in the aside, nor a person sentences earlier).
    // Not when a relative is sought ("Her father …"): the one left unnamed is no one's relative.
    // "A reporter asked Okafor whether the heckling had rattled her. “Honestly? …,” she said.": the one asked a
    // question in the sentence before answers it.
    const asked = k < idx && excluded === undefined && quotedBetween(ctx, sentences, k, idx) ? askedPerson(ctx, mentions, firstOfSentence, end, gender) : undefined;
    if (asked) return asked;
    if (!role && excluded === undefined && unnamedSubject(ctx, mentions, firstOfSentence, s.start, end)) {
      // "A reporter from the Examiner asked whether …. “Ask me in March,” she replied.": an unnamed questioner is
      // not who answers; the one asked was named before.
      if (k < idx && REPORTER_ASKS.test(ctx.doc.masked.slice(s.start, end))) continue;
      return undefined;
    }
    // "Her father is more cautious. “…,” he said.": a sentence led by a kin description of the pronoun's gender is
    // about that relative: the person the article gave that kin role, else someone named before, never the possessor.
    const kin = k < idx && gender && excluded === undefined ? kinSubject(ctx, people, s.start, end, gender) : undefined;
    if (kin?.name) return kin.name;
    if (kin) excluded = kin.possessor ?? '';
    if (role && (!gender || fitsGender(mentions, role, gender))) return role;
    // "But the senator has begun drawing contrasts. … she told the audience": a sentence led by a role is about
    // whom the article gave that role, or someone it has not named, never simply the last person named before.
    const led = !role && k < idx && excluded === undefined ? roleLeading(ctx.doc.masked, s.start, end) : undefined;
    if (led) {
      const given = resolveRole(people.roles, `the ${led}`, s.start);
      return given && (!gender || fitsGender(mentions, given, gender)) ? given : undefined;
    }
    // "Oduya reads the figures out, and Brekke writes them down. She refuses …": clauses joined with their own
    // subjects, both fitting: the pronoun continues the last.
    const lastSubject = k < idx ? lastOfJoinedSubjects(ctx, people, s.start, end, firstOfSentence, gender) : undefined;
    if (lastSubject && lastSubject !== excluded) return lastSubject;
    // "Any relief will come too late for the Brassards. “June is June,” she said.": a family named by its plural
    // is the one of them the pronoun fits.
    const member = gender ? familyMember(ctx, mentions, s.start, end, gender, offset) : undefined;
    if (member) return member;
    // The first fitting person of the sentence, unless a later one matches the gender (which beats an
    // unknown-gender person in the same sentence).
    const fitting = fittingInSentence(ctx, mentions, firstOfSentence, s.start, end, gender, excluded, k === idx);
    if (fitting) return fitting;
  }
  // Before the first sentence or beyond the window: the nearest earlier fitting person.
  const from = firstStartingAt(mentions, offset - 3000);
  for (let j = firstStartingAt(mentions, offset) - 1; j >= from; j--) if (fitsPronoun(ctx, mentions[j], gender) && mentions[j].name !== excluded) return mentions[j].name;
  return undefined;
}

/**
 * The person of the sentence [start, end) (its mentions from index `first`) a he or she of `gender` means: the first
 * of that gender, else the first fitting, else one only placed. `own`: the sentence is the pronoun's own.
 */
function fittingInSentence(ctx: DetectorContext, mentions: readonly PersonMention[], first: number, start: number, end: number, gender: Gender | null, excluded: string | undefined, own: boolean): string | undefined {
  const masked = ctx.doc.masked;
  // "Speaking to X, he insisted", "After meeting X, she said": in the pronoun's own sentence, a person inside an
  // opening participle or prepositional phrase is not its antecedent. In a sentence before it ("Asked by Calloway
  // whether …, Ramakrishnan smiled."), such a person is taken only when no other fits.
  const opening = openingPhraseEnd(masked, start, end);
  // "Everyone at Harrowfield Harriers calls him Mags": a name after a preposition is a place or a club more often
  // than the one a later he or she means; it is taken only when no other fits.
  let placed: PersonMention | undefined;
  let fit: PersonMention | undefined;
  for (let j = first; j < mentions.length && mentions[j].start < end; j++) {
    const m = mentions[j];
    if (!fitsPronoun(ctx, m, gender) || m.name === excluded || (own && (byAgent(masked, m) || m.start < opening))) continue;
    if (m.start < opening) {
      placed ??= m;
      continue;
    }
    // The possessor gives way only to a holder the pronoun fits ("Dean Harlow's wife, Susan Harlow, …" leaves "he" to him).
    if (modifiesNext(masked, m, mentions[j + 1]) || (possessesNext(masked, m, mentions[j + 1]) && fitsPronoun(ctx, mentions[j + 1], gender)) || attributive(masked, m)) continue;
    // "“…,” she told Hollis Mercer by phone. …, she added.": an earlier sentence led by the same pronoun is about
    // that pronoun's person, whom the sentences before name; a person after it there is its object.
    if (!own && gender && samePronounBefore(ctx, gender, Math.max(start, opening), m.start)) break;
    if (afterPreposition(masked, m)) {
      // "Tomasz Breuer of the Pittsburgh Ledger asked …": a named person's paper or employer is no he or she.
      if (!(gender && affiliation(masked, m))) placed ??= m;
      continue;
    }
    if (!gender || m.gender === gender) return m.name;
    fit ??= m;
  }
  return (fit ?? placed)?.name;
}

/** The person of `gender` named before `offset` whose surname the sentence [start, end) gives as a family ("the
 *  Brassards"), or undefined. */
function familyMember(ctx: DetectorContext, mentions: readonly PersonMention[], start: number, end: number, gender: Gender, offset: number): string | undefined {
  const family = FAMILY.exec(ctx.doc.masked.slice(start, end));
  if (!family) return undefined;
  const surname = ` ${family[1]}`;
  // "Mayor Raj Patel later attacked the Greens": a fitting person the sentence names itself comes first.
  if (mentionsBetween(mentions, start, end).some((m) => !m.name.endsWith(surname) && (m.gender === gender || !m.gender))) return undefined;
  for (let j = firstStartingAt(mentions, offset) - 1; j >= 0; j--) {
    const m = mentions[j];
    if (m.name.endsWith(surname) && m.gender === gender) return m.name;
  }
  return undefined;
}
const FAMILY = /\bthe\s+(\p{Lu}\p{Ll}+)s\b(?!['’])/u;

/** The role noun of a definite role leading the sentence as its subject ("But the senator has begun …"), if any. */
function roleLeading(masked: string, start: number, end: number): string | undefined {
  // "In an essay posted on his website, the 76-year-old former senator wrote", "Asked about it, the senator laughed":
  // past an opening phrase and its comma, and an age or "former" before the role.
  const m = ROLE_LEADING.exec(masked.slice(start, Math.min(end, start + 140)));
  const noun = m?.[1].replace(/^former\s+/, '');
  return noun !== undefined && titles.isRoleNoun(noun) && !PERSON_NOUNS.has(noun) ? m![1] : undefined;
}

const ROLE_LEADING = /^[\s*_]*(?:(?:But|And|Yet|So|Still|Now|Meanwhile),?\s+)?(?:(?:In|At|On|During|Asked|Pressed)\s[^,;:.!?"“”]{3,80},\s+)?[Tt]he\s+(?:\d+-year-old\s+)?((?:former\s+)?\p{Ll}+)\s+(?:has|had|is|was|will|would|said|says|told|wrote|began|\p{Ll}{3,}ed)\b/u;

/** An unnamed reporter or host putting a question: "A reporter from the Examiner asked whether …". */
const REPORTER_ASKS = /^[\s*_]*(?:A|An|One|Another)\s+(?:[\p{L}-]+\s+){0,2}?(?:reporter|journalist|correspondent|interviewer|presenter|host|questioner)\b[^.;!?]*?\b(?:asked|wanted\s+to\s+know|pressed|quizzed)\b/u;

/** A verb of asking right before a person, and a question after them ("asked Okafor whether", "pressed Ruiz on"). */
const ASKED_BEFORE = /\b(?:asked|questioned|pressed|quizzed)\s+$/;
const QUESTION_AFTER = /^\s+(?:whether|if|about|on|what|why|how|when|where|who|which)\b/;

/** Are the sentences strictly between k and idx all quoted words ("“Honestly?" cut off before the rest)? */
function quotedBetween(ctx: DetectorContext, sentences: readonly Sentence[], k: number, idx: number): boolean {
  for (let j = k + 1; j < idx; j++) if (!insideQuote(ctx, sentences[j].end - 1)) return false;
  return true;
}

/** The person asked a question in [mentions from `first`, `end`), fitting the pronoun; else undefined. */
function askedPerson(ctx: DetectorContext, mentions: readonly PersonMention[], first: number, end: number, gender: Gender | null): string | undefined {
  const masked = ctx.doc.masked;
  for (let j = first; j < mentions.length && mentions[j].start < end; j++) {
    const m = mentions[j];
    if (ASKED_BEFORE.test(masked.slice(Math.max(0, m.start - 12), m.start)) && QUESTION_AFTER.test(masked.slice(m.end, m.end + 12)) && fitsPronoun(ctx, m, gender)) return m.name;
  }
  return undefined;
}

/** Only a subject phrase (up to four words) and a comma stand before the pronoun in its sentence, and a verb of saying and a comma
 *  follow it ("Obi, he added, …", "The director, she said, …"). */
function frameAfterSubject(masked: string, start: number, offset: number): boolean {
  return /^[\s*_"“]*(?:[\p{L}’'.-]+\s+){0,3}[\p{L}’'.-]+,\s+$/u.test(masked.slice(start, offset)) && !/\band\b/.test(masked.slice(start, offset)) && /^\p{L}+\s+(?:\p{Ll}+ed|said|says|adds|notes|insists|argues|told\s+\p{L}+)\s*,/u.test(masked.slice(offset, offset + 40));
}

const SUBJECT_PRONOUN = /\b(?:he|she)\b/gi;

/** A he or she of this gender, outside quotations, in [from, to). */
function samePronounBefore(ctx: DetectorContext, gender: Gender, from: number, to: number): boolean {
  const span = ctx.doc.masked.slice(from, to);
  for (const m of span.matchAll(SUBJECT_PRONOUN)) if (pronounGender(m[0]) === gender && !insideQuote(ctx, from + m.index)) return true;
  return false;
}

// An opening participle ("Speaking", "Asked") or preposition ("After", "With") and its phrase, up to the comma.
// A participle is followed by a lowercase word ("Speaking to", "Asked about"), unlike a name ("Irving Baker").
// Also the medium and its recipient ("In a letter to the Aldermoor Courier,", "In an interview with Ana Ruiz,").
const OPENING_PHRASE = /^[\s*_"“‘']*(?:\p{Lu}\p{Ll}+(?:ing|ed)\s(?=\p{Ll})|(?:After|Before|With|Without|Unlike|Like|Despite|Following)\s|(?:In|On)\s+(?:a|an|the|his|her|their|its)\s(?=[^,.;]{0,60}\s(?:to|with)\s))[^,.;]{1,150},/u;

/** Where an opening participle or prepositional phrase of the sentence at `start` ends (its comma), or -1. */
function openingPhraseEnd(masked: string, start: number, end: number): number {
  const m = OPENING_PHRASE.exec(masked.slice(start, Math.min(end, start + 200)));
  return m ? start + m[0].length : -1;
}

/** Nouns for a person news leaves unnamed ("a resident", "one woman"), beyond the role nouns of the titles lexicon. */
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'child', 'person', 'resident', 'local', 'parent', 'mother',
  'wife', 'husband', 'son', 'daughter', 'relative', 'friend', 'neighbour', 'neighbor', 'student', 'patient', 'victim',
  'witness', 'tenant', 'volunteer', 'guest', 'fan', 'official', 'source', 'spokesperson', 'member', 'pensioner',
  'motorist', 'commuter', 'passenger', 'shopper', 'customer', 'villager', 'survivor', 'participant', 'employee',
  'attendee', 'respondent', 'applicant', 'pupil', 'citizen', 'refugee', 'migrant', 'mum', 'dad', 'fisherman',
  'grandfather', 'grandmother', 'youth']);

// "One taxi driver,", "A nurse at", "Another elderly resident said", "A 40-year-old man": an indefinite determiner,
// perhaps an age, and the lowercase words after it, the head among the first four (a possessive, "A lawyer's
// letter", ends the run before its head).
// Also a definite head of an indefinite ("the father of one of the victims", "The owner of a bakery"), a person the
// article describes and never names ("The man, who declined to give his name, …", "His neighbour, a woman in her
// seventies, …"), and any of them
// after an opening place phrase ("At the District Hospital, …", "Outside the ground, one fan …").
/** A name withheld, in a relative clause on the person ("who would not give his name", "who did not want her name
 *  used", "who declined to be named"). */
const WITHHELD = String.raw`(?:would\s+not|wouldn['’]t|did\s+not|didn['’]t|declined|refused|asked\s+not|asked\s+that)\b`;
const UNNAMED_OPENING = new RegExp(String.raw`^[\s*_]*(?:(?:At|In|On|Outside|Inside|Near|Back in|Back at)\s[^,.;]{1,80},\s+)?(?:(?:A|An|One|Another|One,\s+an?|(?<=,\s+)(?:a|an|one|another))\s+((?:\d+-year-old\s+)?(?:\p{Ll}[\p{L}-]*\s+(?=\p{Lu}))?(?:\p{Lu}[\p{L}.]*\s+(?:\d+\s+)?)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})(?![’'])|[Tt]he\s+(\p{Ll}[\p{L}-]*)\s+of\s+(?:a|an|one|two|three|several)\s|[Tt]he\s+(man|woman|boy|girl|heckler|stranger|protester|protestor|passer-by|bystander|driver|caller),\s+who\s+${WITHHELD}|(?:His|Her|Their|[Hh]is|[Hh]er|[Tt]heir)\s+(\p{Ll}+),\s+(?:an?|one)\s(?=[^.;]{0,100}?\b${WITHHELD}))`, 'u');

/** Does the sentence in [start, end) open with an unnamed person as its subject, no name set beside it in
 *  apposition ("A spokesman for the firm, Ana Ruiz, said" names her)? */
function unnamedSubject(ctx: DetectorContext, mentions: readonly PersonMention[], first: number, start: number, end: number): boolean {
  const masked = ctx.doc.masked;
  const m = UNNAMED_OPENING.exec(masked.slice(start, Math.min(end, start + 130)));
  // "One of the victims, a retired teacher …": a plural after "one of" counts by its singular. "One, a retired
  // schoolteacher who would not give her name, …": one of a group just described, then what she is.
  const person = (w: string) => PERSON_NOUNS.has(w) || titles.isRoleNoun(w) || isAgentNoun(w);
  // "One of them said …": one of people the sentences before counted.
  const ofThem = m !== null && m[1] !== undefined && /^of\s+(?:them|those|us)\b/.test(m[1]);
  if (!m || !(ofThem || m[3] !== undefined || (m[1] ?? m[2] ?? m[4]).split(/\s+/).some((w) => person(w) || (w.length > 3 && w.endsWith('s') && person(w.slice(0, -1)))))) return false;
  for (let j = first; j < mentions.length && mentions[j].start < end; j++) {
    // Named in an aside: "One participant, Ana Ruiz, said"; "A broad man …, known to everyone as Gulliver, waves".
    // A title may stand between the comma and the name ("A fire investigator, Dr Ana Ruiz, said").
    const lead = withoutTrailingTitles(masked.slice(Math.max(start, mentions[j].start - 30), mentions[j].start));
    if ((/,\s*$/.test(lead) || /\b(?:as|called|named)\s+$/.test(lead)) && /^\s*,/.test(masked.slice(mentions[j].end, mentions[j].end + 2))) return false;
  }
  return true;
}

/** The text without the title words that end it ("…, Dr " → "…, "). */
function withoutTrailingTitles(lead: string): string {
  for (let m = /(\p{L}+)\.?\s+$/u.exec(lead); m && TITLE_WORDS.has(titleKey(m[1])); m = /(\p{L}+)\.?\s+$/u.exec(lead)) lead = lead.slice(0, m.index);
  return lead;
}

/** The person a sentence's opening definite role description stands for ("The CFO told analysts…"), if any. */
function roleSubject(ctx: DetectorContext, people: People, start: number, end: number): string | undefined {
  if (!people.roles.length) return undefined;
  const opening = /^\s*[Tt]he\s+((?:[\p{L}][\p{L}’'-]*\s+){0,3}[\p{L}][\p{L}’'-]*)/u.exec(ctx.doc.masked.slice(start, Math.min(end, start + 80)));
  if (!opening || insideQuote(ctx, start + opening[0].indexOf(opening[1]))) return undefined;
  // The longest opening that reads as a role: "The CFO told analysts" is "the CFO".
  const words = opening[1].split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const name = resolveRole(people.roles, 'the ' + words.slice(0, n).join(' '), start);
    if (name) return name;
  }
  return undefined;
}

/** "Ashby Vale manager Piet Ramaekers", "Halden Bank chief economist Ana Ruiz": a name right before a lowercase
 *  role and the next person's name is whom that person works for, not a person of its own. */
function modifiesNext(masked: string, m: PersonMention, next: PersonMention | undefined): boolean {
  if (!next || next.start - m.end > 40) return false;
  const between = /^\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})$/u.exec(masked.slice(m.end, next.start));
  return between !== null && between[1].trim().split(/\s+/).some(titles.isRoleNoun);
}

/** "Dave Jones's lawyer, Tom Lee, said …", "Hollow Pines' drummer, Declan Furey,": the possessor of a role whose
 *  holder is named next in apposition is not the one a later he or she means; the holder is. */
function possessesNext(masked: string, m: PersonMention, next: PersonMention | undefined): boolean {
  return next !== undefined && next.start - m.end <= 40 && /^['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*,\s+$/u.test(masked.slice(m.end, next.start));
}

/** "a Ferrante rally", "the Wexley campaign": a surname between an article and a noun names a thing, not a he or she. */
function attributive(masked: string, m: PersonMention): boolean {
  // Five characters, so that the one before the article is seen ("breathe Ferrante" has no article).
  return ATTRIBUTIVE_AFTER.test(masked.slice(m.end, m.end + 3)) && ARTICLE_BEFORE.test(masked.slice(Math.max(0, m.start - 5), m.start));
}
const ATTRIBUTIVE_AFTER = /^ \p{Ll}\p{Ll}/u;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|A|An|The) $/u;

/**
 * The subject of the last of two or more clauses of a sentence before the pronoun's, each opened by its own
 * fitting person (at the start, after a colon or semicolon, or after ", and" / ", but" / ", while") and followed by a
 * finite verb; undefined when the sentence is not built so.
 */
function lastOfJoinedSubjects(ctx: DetectorContext, people: People, start: number, end: number, from: number, gender: Gender | null): string | undefined {
  const { masked } = ctx.doc;
  const { mentions } = people;
  const subjects: PersonMention[] = [];
  for (let j = from; j < mentions.length && mentions[j].start < end; j++) {
    const m = mentions[j];
    if (!fitsPronoun(ctx, m, gender) || (gender && m.gender !== gender)) continue;
    const before = masked.slice(Math.max(start, m.start - 12), m.start);
    const opens = m.start - start < 4 ? /^[\s*_"“]*$/.test(masked.slice(start, m.start)) : /(?:[:;]|,\s+(?:and|but|while|whereas))\s+$/.test(before);
    if (opens && FINITE_AFTER.test(masked.slice(m.end, m.end + 16))) subjects.push(m);
  }
  return subjects.length >= 2 && subjects[subjects.length - 1].name !== subjects[0].name ? subjects[subjects.length - 1].name : undefined;
}

/** A finite verb right after a subject: "reads", "writes", "was", "had", "will". */
const FINITE_AFTER = /^\s+(?:\p{Ll}+(?:s|ed)|is|was|has|had|will|would|can|could|does|did)\b/u;

/** Does a preposition of place or company come right before the mention ("at Harrowfield Harriers")? */
function afterPreposition(masked: string, m: PersonMention): boolean {
  return /\b(?:at|in|from|near|outside|inside|across|around|for|with|of)\s+(?:the\s+)?$/.test(masked.slice(Math.max(0, m.start - 12), m.start));
}

/** A capitalised name, then "of" (and "the") right before the mention: whose paper, club or employer it is. */
function affiliation(masked: string, m: PersonMention): boolean {
  return /\p{Lu}[\p{L}’'-]+\s+of\s+(?:the\s+)?$/u.test(masked.slice(Math.max(0, m.start - 40), m.start));
}

/** "Asked by Ms Gault why…, she replied": the agent of a passive in the pronoun's own sentence is someone else
 *  (the one asking or questioning), so a subject pronoun after it does not stand for them. */
function byAgent(masked: string, m: PersonMention): boolean {
  const lead = titleStart(masked, m);
  return /\bby\s$/.test(masked.slice(Math.max(0, lead - 4), lead));
}

function fitsGender(mentions: readonly PersonMention[], name: string, gender: Gender): boolean {
  const m = mentions.find((x) => x.name === name && x.gender);
  return !m || m.gender === gender;
}

function fitsPronoun(ctx: DetectorContext, m: PersonMention, gender: Gender | null): boolean {
  return (!gender || !m.gender || m.gender === gender) && !(gender && namesBusiness(m.name)) && !insideQuote(ctx, m.start) && !italicised(ctx.doc.text, m.start, m.end);
}

/**
 * "Brightwell Energy was fined … Brightwell said": a business called by its first word after its full name, which
 * the person index does not hold when the name ends in an organisation's word ("Energy", "Partners").
 */
function businessByFirstWord(text: string, word: string, offset: number): string | undefined {
  if (!/^\p{Lu}[\p{L}’'-]+$/u.test(word)) return undefined;
  let found: string | undefined;
  // Each earlier place the word stands is tried with a sticky pattern for the rest of the name: a whole-text scan
  // for every business name cost more than the look-ups it served.
  for (let k = text.indexOf(word, Math.max(0, offset - 6000)); k >= 0 && k < offset; k = text.indexOf(word, k + 1)) {
    if (NAME_CHAR.test(text[k - 1] ?? '')) continue;
    BUSINESS_REST.lastIndex = k + word.length;
    const rest = BUSINESS_REST.exec(text);
    if (rest) found = `${word}${rest[0].replace(/\s+/g, ' ')}`;
  }
  return found;
}

/** What follows a business's first word to close its name: up to two capitalised words, then a business's word. */
const BUSINESS_REST = new RegExp(String.raw`(?:\s+\p{Lu}[\p{L}&’'-]*){0,2}?\s+(?:${BUSINESS_NAME_ENDINGS.join('|')})\b`, 'uy');
const NAME_CHAR = /[\p{L}’'-]/u;

/** "Corvane Semiconductor", "Harrow Foods Ltd": a business, which no "he" or "she" stands for. */
function namesBusiness(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return name.includes(' ') && BUSINESS_NAME_ENDING_SET.has(last);
}

/** "her fourth album, *Hollow Light*,": a name set off by one emphasis mark on each side is a work's title (or a
 *  publication's), which no he or she stands for. Bold (**…**) is left alone: Q&A interviews bold their speakers. */
function italicised(text: string, start: number, end: number): boolean {
  const mark = text[start - 1];
  return (mark === '*' || mark === '_') && text[end] === mark && text[start - 2] !== mark && text[end + 1] !== mark;
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Mentions starting in [from, to), in text order (mentions are sorted). */
export function mentionsBetween(mentions: readonly PersonMention[], from: number, to: number): PersonMention[] {
  const lo = firstStartingAt(mentions, from);
  let hi = lo;
  while (hi < mentions.length && mentions[hi].start < to) hi++;
  return mentions.slice(lo, hi);
}

const KIN_OPENING = /^[\s*_]*(Her|His|Their)\s+(\p{Ll}+)\b(?!\s*,)/u;

/**
 * A sentence opening "Her father …" (no name set beside it) whose kin noun has the pronoun's gender: the person the
 * article linked to that kin role, or else whom the possessive stands for (whom the pronoun cannot mean); undefined
 * when the sentence does not open so.
 */
function kinSubject(ctx: DetectorContext, people: People, start: number, end: number, gender: Gender): { name?: string; possessor?: string } | undefined {
  const m = KIN_OPENING.exec(ctx.doc.masked.slice(start, Math.min(end, start + 40)));
  if (!m || KIN_GENDER.get(m[2]) !== gender) return undefined;
  const name = resolveRole(people.roles, `${m[1].toLowerCase()} ${m[2]}`, start);
  if (name) return { name };
  const owner = m[1] === 'Her' ? 'female' : m[1] === 'His' ? 'male' : null;
  return { possessor: owner ? resolvePronoun(ctx, people, owner, start) : undefined };
}

/** "the witness's first statement to police, made …, in which ": a possessed document, an aside, then "in which". */
const OWNED_DOCUMENT_WHICH = /(?<![\p{L}-])([Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|(?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|letter|diary|note|notes|email|message|account|testimony|submission|memo|report)\b[^.;:!?“”"]{0,120},\s+in\s+which\s+$/u;

/** The possessor of a document whose relative clause ("in which he wrote") holds the pronoun at `offset`, if any. */
function documentOwnerBefore(masked: string, offset: number): { text: string; at: number } | undefined {
  // Most pronouns follow no "in which": a short look first.
  if (!/\bwhich\s+$/.test(masked.slice(Math.max(0, offset - 12), offset))) return undefined;
  const from = Math.max(0, offset - 220);
  const m = OWNED_DOCUMENT_WHICH.exec(masked.slice(from, offset));
  return m ? { text: m[1], at: from + m.index } : undefined;
}

// Roles an article gives its people, so that a later role noun finds the person: titles ("Chief Cabinet Secretary
// Hirokazu Matsuno", "Sen. Ted Cruz") and appositions on either side of a name ("Hirokazu Matsuno, the chief
// cabinet secretary," / "the agency's director, Ana Ruiz,"). "The secretary" then means the person most recently
// given a role headed by "secretary"; "the trust's chief nurse" prefers a link that shares "trust" and "chief".
// Only definite descriptions resolve: "a spokesman" is someone the article does not name.
import { PERSON_POSSESSIVES } from '../../lexicon/pronouns.js';
import type { PersonMention } from '../../context.js';
import * as titles from '../../lexicon/titles.js';
import { PREPOSITIONS } from '../../lexicon/words.js';
import * as chars from '../../text/chars.js';
import { execAtTail } from '../../text/tailMatch.js';
import { officeOfBefore, roleWithComplement } from './roleComplement.js';

const { HONORIFICS, isPersonNoun, TITLE_ROLE, TITLE_WORDS, titleKey, titleKeyAt } = titles;
const { charFlags, codePointBefore, isSpaceUnit, LETTER, UPPER } = chars;

export interface RoleLink {
  /** Where the role is given: the name's start, or the description's when it comes first. */
  at: number;
  name: string;
  /** Lower-cased role words, the head noun last ("chief", "cabinet", "secretary"); an owner keeps its stem ("trust"). */
  words: string[];
  /** The role words written with a capital that are no role or title ("pellham" of "Pellham boss"): whose office. */
  owners: string[];
}

/** Words of a role phrase: lower-cased, possessive owners cut to their stem, abbreviated titles spelt out, and a
 *  spelt-out chief officer abbreviated ("chief financial officer" … "the CFO"), so both forms share a head. */
export function roleWords(phrase: string): string[] {
  const out: string[] = [];
  // The words between runs of spaces, as phrase.split(/\s+/) gives them less the empty ones (asked once per role
  // phrase of every name: the regex split and replace were most of the cost).
  for (let k = 0; k < phrase.length; ) {
    while (k < phrase.length && isSpaceUnit(phrase.charCodeAt(k))) k++;
    const start = k;
    while (k < phrase.length && !isSpaceUnit(phrase.charCodeAt(k))) k++;
    if (k === start) break;
    const key = roleKey(phrase, start, k);
    if (HONORIFICS.has(key)) continue;
    out.push(TITLE_ROLE.get(key) ?? key);
  }
  // "chief financial (officer)" at the end: "chief" two words from the end, or three with a closing "officer".
  const officer = out[out.length - 1] === 'officer' && out[out.length - 3] === 'chief' ? 1 : 0;
  const chief = out.length - 2 - officer;
  const short = chief >= 0 && out[chief] === 'chief' ? CHIEF_OFFICERS.get(out[chief + 1]) : undefined;
  if (short) out.splice(chief, 2 + officer, short);
  return out;
}

/** titleKey of the word s[start, end) without a final possessive ('s, ’s, or a bare apostrophe), as
 *  titleKey(word.replace(/['’]s?$/, '')). */
function roleKey(s: string, start: number, end: number): string {
  let e = end;
  if (e - start >= 2 && s.charCodeAt(e - 1) === 115 && isApostrophe(s.charCodeAt(e - 2))) e -= 2;
  else if (e > start && isApostrophe(s.charCodeAt(e - 1))) e -= 1;
  return titleKeyAt(s, start, e);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Can a role phrase whose last word is s[start, end) end in a person noun (roleWords' head)? The head is that word's
 * role form unless the word is an honorific (skipped) or closes a chief officer ("executive", "officer"); those
 * answer true, as does a person noun. Most phrases the patterns find before and after a name ("said", "told")
 * fail here, and need no roleWords.
 */
function mayHeadPerson(s: string, start: number, end: number): boolean {
  const key = roleKey(s, start, end);
  if (HONORIFICS.has(key)) return true;
  const role = TITLE_ROLE.get(key) ?? key;
  return role === 'officer' || CHIEF_OFFICERS.has(role) || isPersonNoun(role);
}

/** mayHeadPerson of a phrase's last word (true for a phrase of spaces: roleWords decides). Exported for its test. */
export function lastWordMayHeadPerson(phrase: string): boolean {
  let end = phrase.length;
  while (end > 0 && isSpaceUnit(phrase.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceUnit(phrase.charCodeAt(start - 1))) start--;
  return start === end || mayHeadPerson(phrase, start, end);
}

/** "chief executive (officer)" is the CEO; "chief financial officer" the CFO; "chief operating officer" the COO. */
const CHIEF_OFFICERS: ReadonlyMap<string, string> = new Map([['executive', 'ceo'], ['financial', 'cfo'], ['operating', 'coo']]);

// "<name>, the chief cabinet secretary," / ", a spokeswoman for the agency," / ", chief economist at Y,":
// up to five words after the comma, ending at a comma, a sentence end or a preposition. The head is lowercase.
const AFTER = /^,\s+(?:(?:the|a|an)\s+)?((?:[\p{L}][\p{L}’'.-]*\s+){0,5}?\p{Ll}[\p{L}-]*)(?=\s*[,.;:)]|\s+(?:of|at|for|in|with|from|on|to)\s)/u;
// "Graham Tilsley, the committee's chair and a Conservative who …, said": a second description after "and", the
// whole apposition closed by a comma (not a list: "Ruiz, her brother and a friend on Monday"); the second may have
// no article ("the former Ohio governor and Democratic presidential nominee,").
const AFTER_AND = /^,\s+(?:the|a|an)\s+((?:[\p{L}][\p{L}’'.-]*\s+){0,5}?\p{Ll}[\p{L}-]*)(?=\s+and\s+(?:(?:a|an|the)\s)?[^,.;:]{1,80},)/u;
// "<name> is the county treasurer" / "was a spokeswoman for the agency" / "became chief executive in 2019": the same
// role phrase after a verb of being.
const COPULA = /^\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains|serves\s+as|served\s+as)\s+(?:(?:the|a|an)\s+)?((?:[\p{L}][\p{L}’'.-]*\s+){0,5}?\p{Ll}[\p{L}-]*)(?=\s*[,.;:)]|\s+(?:of|at|for|in|with|from|on|to|since)\s)/u;
// "the agency's director, Ana Ruiz" / "the trust’s chief nurse Amy Hall" / "her nephew, Tomasz Wilk": a definite
// description right before.
// Global, for execAtTail: at most six runs of non-spaces (the determiner, four words, the head).
export const BEFORE = /(?:^|[\s(])((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[\p{Lu}][\p{L}’'.-]*['’]s?)\s+(?:[\p{L}][\p{L}’'-]*\s+){0,4}?\p{Ll}[\p{L}-]*),?\s*$/gu;

// "Transit Director " right before a name: up to four capitalised words joined to it by a space.
// Global, for execAtTail: at most four runs of non-spaces.
export const TITLE_RUN = /(?:^|[^\p{L}’'.-])((?:\p{Lu}[\p{L}.-]*\s){0,3}\p{Lu}[\p{L}.-]*) $/gu;
// "club chairman ", "Transit director ", "chief executive " right before a name: a lowercase role noun with up to
// two words before it (news style writes most titles in lowercase).
// Global, for execAtTail: at most three runs of non-spaces.
export const LOWER_TITLE = /(?:^|[^\p{L}’'.-])((?:[\p{L}][\p{L}’'-]*\s){0,2}\p{Ll}[\p{L}-]*) $/gu;
/** Words that end a lowercase title on its left: the verb or preposition of the clause around it. */
const NOT_TITLE_WORDS = new Set(['said', 'says', 'told', 'tells', 'by', 'of', 'to', 'from', 'for', 'with', 'at', 'in', 'on', 'as', 'and', 'or', 'but', 'the', 'a', 'an', 'that', 'when', 'while', 'according', 'asked', 'added', 'wrote']);

/** Role links of every mention with a title or an apposition, in text order. */
export function buildRoles(masked: string, mentions: readonly PersonMention[]): RoleLink[] {
  const links: RoleLink[] = [];
  const add = (at: number, name: string, phrase: string): boolean => {
    if (!lastWordMayHeadPerson(phrase)) return false;
    const words = roleWords(phrase);
    const ok = words.length > 0 && isPersonNoun(words[words.length - 1]);
    if (ok) links.push({ at, name, words, owners: ownerWords(phrase.split(/\s+/)) });
    return ok;
  };
  for (const m of mentions) {
    // A monarch or a cleric goes by one name with the title ("King Harald", "Pope Clement"): "the king" is them.
    if (!m.name.includes(' ') && !(m.title && ONE_NAME_TITLES.has(titleKey(m.title.split(' ').pop()!)))) continue;
    if (m.title) add(m.start, m.name, m.title);
    const after = masked.charCodeAt(m.end) === 44 ? AFTER.exec(masked.slice(m.end, m.end + 90)) ?? AFTER_AND.exec(masked.slice(m.end, m.end + 140)) : null;
    if (after && !/^(?:who|which|that|and|or|but|said|says)\b/i.test(after[1])) add(m.start, m.name, after[1]);
    // "Ana Ruiz is the county treasurer.": a role said of the person in a clause of its own.
    const stated = masked.charCodeAt(m.end) === 32 ? COPULA.exec(masked.slice(m.end, m.end + 90)) : null;
    if (stated) add(m.start, m.name, stated[1]);
    // "Transport Minister Ana Ruiz": title words the name scanner did not keep ("Transport" is no title word).
    const titled = m.title || !capitalBeforeSpace(masked, Math.max(0, m.start - 50), m.start) ? null : execAtTail(TITLE_RUN, masked.slice(Math.max(0, m.start - 50), m.start), 4);
    const office = titled && add(m.start, m.name, titled[1]) ? undefined : officeOfBefore(masked, m.start);
    if (office) add(m.start, m.name, office);
    // "the company's chief executive, Dr Ana Ruiz": the description stands before an honorific too, and before a
    // title set off by its comma ("his colleague, Councillor Ana Ruiz").
    const lead = m.title && (honorificOnly(m.title) || masked.charCodeAt(titleStart(masked, m) - 2) === 44) ? titleStart(masked, m) : m.start;
    const before = lowercaseWordAtEnd(masked, Math.max(0, lead - 70), lead) ? execAtTail(BEFORE, masked.slice(Math.max(0, lead - 70), lead), 6) : null;
    const capital = before ? null : capitalOfficeBefore(masked, lead);
    const described = before ? add(lead - before[0].length + before[0].indexOf(before[1]), m.name, before[1]) : capital ? add(lead - capital[0].length + capital[0].indexOf(capital[1]), m.name, capital[1]) : false;
    // "Dr Ana Ruiz, the astrophysicist who led the study,": whoever "led the study" in an aside is its lead author or
    // lead researcher ("The study was led by Dr Ana Ruiz": people/leaders.ts).
    if (LED_AFTER.test(masked.slice(m.end, m.end + 80))) for (const role of LED_ROLES) add(m.start, m.name, role);
    const complemented = described ? undefined : roleWithComplement(masked, lead, isRolePhrase);
    if (complemented) add(complemented.at, m.name, complemented.phrase);
    else if (!before && !m.title && masked.charCodeAt(m.start - 1) === 32 && lowerTitleMayHeadPerson(masked, Math.max(0, m.start - 40), m.start - 1)) {
      const lower = execAtTail(LOWER_TITLE, masked.slice(Math.max(0, m.start - 40), m.start), 3);
      if (lower) add(m.start, m.name, lowerTitle(lower[1]));
    }
    if (!before && !described && !m.title) {
      const title = LOWER_WORDS_AFTER_COMMA.exec(masked.slice(Math.max(0, m.start - 40), m.start));
      // Not a clause of its own: "said the coach, and striker Ana Ruiz agreed".
      if (title && !title[1].split(/\s+/).some((w) => NOT_TITLE_WORDS.has(w))) describedBeforeTitle(masked, m.start - title[1].length, m.name, add);
    }
  }
  return links.sort((a, b) => a.at - b.at);
}

// "The province's Economy Minister, Hélène Marchand-Picard": a capitalised office after a determiner or a
// possessor, set off from the name by its comma. Global, for execAtTail: at most five runs of non-spaces.
const CAPITAL_BEFORE = /(?:^|[\s(])((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[\p{Lu}][\p{L}’'.-]*['’]s)\s+(?:[\p{L}][\p{L}’'-]*\s+){0,3}?\p{Lu}[\p{L}-]*),\s*$/gu;

/** The capitalised office (CAPITAL_BEFORE) ending with a comma right before `lead`, or null. */
function capitalOfficeBefore(masked: string, lead: number): RegExpExecArray | null {
  let k = lead;
  while (k > 0 && isSpaceUnit(masked.charCodeAt(k - 1))) k--;
  if (k === 0 || masked.charCodeAt(k - 1) !== 44 || !/\p{Lu}[\p{L}-]*$/u.test(masked.slice(Math.max(0, k - 30), k - 1))) return null;
  const found = execAtTail(CAPITAL_BEFORE, masked.slice(Math.max(0, lead - 70), lead), 5);
  if (!found) return null;
  // Not after a preposition: "Working for the Home Secretary, Wanda Pell drafted it" is about someone else.
  return afterPreposition(masked, lead - found[0].length + found[0].indexOf(found[1])) ? null : found;
}

/** Does a preposition stand right before `at` ("for the Home Secretary", "Unlike the captain")? */
function afterPreposition(masked: string, at: number): boolean {
  const prev = /(\p{L}+)\s+$/u.exec(masked.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase();
  // "unlike" and "beside" are not on the shared list.
  return prev !== undefined && (PREPOSITIONS.has(prev) || prev === 'unlike' || prev === 'beside');
}

/** One or two lowercase words between a comma and a name (", lock forward "). */
const LOWER_WORDS_AFTER_COMMA = /,\s+((?:\p{Ll}[\p{L}-]*\s+){1,2})$/u;

/** "His captain, lock forward Cillian Brady": a description set off by a comma before a lowercase title before the
 *  name is the person's role too. */
function describedBeforeTitle(masked: string, titleAt: number, name: string, add: (at: number, name: string, phrase: string) => boolean): void {
  if (!/,\s+$/.test(masked.slice(Math.max(0, titleAt - 3), titleAt)) || !lowercaseWordAtEnd(masked, Math.max(0, titleAt - 70), titleAt)) return;
  const before = execAtTail(BEFORE, masked.slice(Math.max(0, titleAt - 70), titleAt), 6);
  const at = before ? titleAt - before[0].length + before[0].indexOf(before[1]) : -1;
  // "Unlike the captain, winger Maebh Quinlan was upbeat": a description after a preposition is someone else.
  if (before && !afterPreposition(masked, at)) add(at, name, before[1]);
}

/** Titles of those who go by one name ("King Harald", "Pope Clement", "Sheikh Tamim"). */
const ONE_NAME_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'sultan', 'emir', 'sheikh', 'ayatollah', 'cardinal', 'archbishop', 'bishop', 'duke', 'duchess']);

/** The roles of whoever a study or an inquiry was "led by" (not "leader": a march led by one person may have a party's leader speak). */
const LED_ROLES = ['lead author', 'lead researcher', 'lead investigator'];
/** ", the astrophysicist who led the study", ", who led the research": an aside saying the person led the work. */
const LED_AFTER = /^,\s+(?:(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3})?who\s+(?:co-)?led\s+(?:the|this)\s+(?:[a-z-]+\s+)?(?:study|research|work|trial|analysis|paper|survey)\b/u;
/** Words that open a role's complement ("the governor of the province", "the minister for transport"). */
const COMPLEMENT_WORDS = new Set(['of', 'for', 'at']);

/** Does a role phrase end in a person noun ("Minister Delegate", "prefect")? */
function isRolePhrase(phrase: string): boolean {
  const words = roleWords(phrase);
  return words.length > 0 && isPersonNoun(words[words.length - 1]);
}

/** Honorifics and academic titles only ("Dr", "Ms", "Prof."): they say nothing of the person's role. */
function honorificOnly(title: string): boolean {
  return title.split(/\s+/).every((w) => HONORIFICS.has(titleKey(w)) || ACADEMIC.has(titleKey(w)));
}
const ACADEMIC = new Set(['dr', 'prof', 'doctor', 'professor']);

/** Where a mention's title starts: its words sit right before the name, one space apart. */
export function titleStart(masked: string, m: PersonMention): number {
  const at = m.start - (m.title ?? '').length - 1;
  return at >= 0 && masked.slice(at, m.start - 1) === m.title ? at : m.start;
}

/** The title words of a LOWER_TITLE match, from the last word of the clause before it ("told club chairman"). */
function lowerTitle(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  let k = words.length - 1;
  while (k > 0 && !NOT_TITLE_WORDS.has(words[k - 1].toLowerCase())) k--;
  return words.slice(k).join(' ');
}

/**
 * Can a LOWER_TITLE match in s[from, to + 1) (to: the space before the name) give a role phrase ending in a person
 * noun? Its last word is the run of letters and hyphens ending at `to` (cut at `from`, where the window starts): no
 * match can end in a shorter word, as the character before one is a letter or a hyphen, which neither \s nor the
 * pattern's opening class is. The pattern and its phrase are only worth their cost when that word may head one.
 */
function lowerTitleMayHeadPerson(s: string, from: number, to: number): boolean {
  let k = to;
  while (k > from) {
    const cp = codePointBefore(s, k, from);
    if (cp !== 45 && (charFlags(cp) & LETTER) === 0) break;
    k -= cp > 0xffff ? 2 : 1;
  }
  return k < to && mayHeadPerson(s, k, to);
}

/**
 * Can TITLE_RUN match s[from, to)? Only if it ends in a space after a run of letters, dots and hyphens that starts
 * with a capital (the run's first capital is where the regex's last word must start). Most names follow a lowercase
 * word ("said Ana Ruiz"), and the regex tries every start in the window before it fails.
 */
export function capitalBeforeSpace(s: string, from: number, to: number): boolean {
  if (to - from < 2 || s.charCodeAt(to - 1) !== 32) return false;
  let k = to - 1;
  let first = -1;
  while (k > from) {
    const cp = codePointBefore(s, k, from);
    if (cp !== 46 && cp !== 45 && (charFlags(cp) & LETTER) === 0) break;
    first = cp;
    k -= cp > 0xffff ? 2 : 1;
  }
  return first !== -1 && (charFlags(first) & UPPER) !== 0;
}

/**
 * Can BEFORE match s[from, to)? Only if, past trailing spaces and one comma, it ends in a word of letters and
 * hyphens that starts with a lowercase letter (or another letter that is not a capital) right after a space.
 */
export function lowercaseWordAtEnd(s: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && isSpaceUnit(s.charCodeAt(k - 1))) k--;
  if (k > from && s.charCodeAt(k - 1) === 44) k--;
  let first = -1;
  while (k > from) {
    const cp = codePointBefore(s, k, from);
    if (cp !== 45 && (charFlags(cp) & LETTER) === 0) break;
    first = cp;
    k -= cp > 0xffff ? 2 : 1;
  }
  return first !== -1 && first !== 45 && (charFlags(first) & UPPER) === 0 && k > from && isSpaceUnit(s.charCodeAt(k - 1));
}

/**
 * The person a definite description stands for at `offset` ("the secretary", "the authority's director"): of the
 * links given at or before it with the same head noun, the one sharing most of the description's other words,
 * the latest on a tie. Undefined when the description is not definite or no link fits.
 */
export function resolveRole(links: readonly RoleLink[], surface: string, offset: number): string | undefined {
  const words = surface.trim().split(/\s+/);
  // Long only by a complement ("the chair of the Commons Democratic Standards Committee").
  if (words.length < 2 || (words.length > 6 && !words.slice(1, 5).some((w) => COMPLEMENT_WORDS.has(w)))) return undefined;
  const first = words[0].toLowerCase();
  const possessive = /^\p{Lu}.*['’]s?$/u.test(words[0]);
  // "her nephew": a possessive pronoun keeps its word, so that it must match the link's ("his nephew" is another).
  const pronoun = PERSON_POSSESSIVES.has(first);
  if (first !== 'the' && first !== 'this' && !possessive && !pronoun) return undefined;
  // "the prefect of Lékoni": the head stands before its complement.
  const head0 = first === 'the' || first === 'this' ? 1 : 0;
  const complement = words.findIndex((w, k) => k > head0 && COMPLEMENT_WORDS.has(w));
  const described = roleWords(words.slice(head0, complement > 0 ? complement : undefined).join(' '));
  const head = described[described.length - 1];
  if (!head || !isPersonNoun(head)) return undefined;
  const owners = ownersOf(links, words.slice(head0, complement > 0 ? complement : undefined), offset);
  let best: RoleLink | undefined;
  let bestScore = -1;
  for (const link of links) {
    if (link.at > offset) break;
    const linkHead = link.words[link.words.length - 1];
    const same = linkHead === head || oneProfession(linkHead, head);
    if (!same && !sameOffice(linkHead, head)) continue;
    if (pronoun && PERSON_POSSESSIVES.has(link.words[0]) && link.words[0] !== first) continue;
    // "the Dunlin manager" is not the person the article called "Kessock manager".
    if (owners.length && link.owners.length && !owners.some((w) => link.owners.includes(w))) continue;
    let score = 0;
    for (let k = 0; k + 1 < described.length; k++) if (link.words.includes(described[k])) score++;
    // Another word for the office only with an owner in common: "Pellham boss" … "the Pellham manager".
    if (!same && score === 0) continue;
    if (score >= bestScore) {
      best = link;
      bestScore = score;
    }
  }
  return best?.name ?? (complement > 0 ? namedLater(links, head, words.slice(complement + 1), offset) : undefined);
}

/**
 * "The chair of the Commons Standards Committee accused …" in a lede, "Graham Tilsley, the committee's chair," a
 * few paragraphs on: a description whose body no earlier link names is the first person given the same head later
 * with a word of that body ("committee").
 */
function namedLater(links: readonly RoleLink[], head: string, body: readonly string[], offset: number): string | undefined {
  const bodyWords = new Set(body.map((w) => w.toLowerCase().replace(/['’]s?$/, '')).filter((w) => w.length > 3));
  for (const link of links) {
    if (link.at <= offset || link.words[link.words.length - 1] !== head) continue;
    // All the link's words of the body, its named owners too, must be the description's ("the committee's chair"
    // for "the chair of the … Committee"; not "the Kendal Tourism Board's chair" for "the chair of the Police Board").
    const bodyOf = [...link.words.slice(0, -1), ...link.owners].filter((w) => w.length > 3);
    if (bodyOf.length > 0 && bodyOf.every((w) => bodyWords.has(w))) return link.name;
  }
  return undefined;
}

/** Heads that name one office in other words, as sport and business copy vary them for one person ("Pellham boss
 *  Graham Feeney" … "the Pellham manager"). "Boss" is the head of whatever its owner is. */
const OFFICES: readonly (readonly string[])[] = [
  ['manager', 'coach', 'gaffer', 'boss'],
  ['captain', 'skipper'],
  ['chairman', 'chairwoman', 'chair', 'chairperson', 'boss'],
  ['ceo', 'boss'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  // A head of state or government is its country's leader ("Marvian President Ana Ruiz" … "the Marvian leader").
  ['president', 'leader'],
  ['premier', 'leader'],
  ['chancellor', 'leader'],
  // The head of a body by its title or in headline words ("IMF managing director Ana Ruiz" … "the IMF chief").
  ['director', 'chief', 'head', 'boss'],
];

/** Heads that name one profession or one seat in other words, whoever the person works for: "Defence counsel Ruth
 *  Amis" … "the barrister"; "Attorney Sam Cole" … "the lawyer"; "Representative Delia Strand" … "the congresswoman".
 *  (Not "prosecutor": a barrister may be either side's.) */
const PROFESSIONS: readonly (readonly string[])[] = [
  ['counsel', 'barrister', 'lawyer', 'attorney', 'solicitor', 'advocate'],
  ['representative', 'congressman', 'congresswoman', 'congressmember'],
];

function oneProfession(a: string, b: string): boolean {
  return PROFESSIONS.some((o) => o.includes(a) && o.includes(b));
}

function sameOffice(a: string, b: string): boolean {
  return OFFICES.some((o) => o.includes(a) && o.includes(b));
}

/** The capitalised modifiers of a description ("Dunlin" in "the Dunlin manager") that own some role link before
 *  `offset` too: names of the team or body whose person it is. Empty when no link has them. */
function ownersOf(links: readonly RoleLink[], surface: readonly string[], offset: number): string[] {
  return ownerWords(surface).filter((w) => links.some((l) => l.at <= offset && l.owners.includes(w)));
}

/** Role words of a phrase written with a capital, other than its head, a title, a role or a determiner. */
function ownerWords(surface: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < surface.length; k++) {
    if (!/^\p{Lu}/u.test(surface[k]) || TITLE_WORDS.has(titleKey(surface[k]))) continue;
    const key = roleWords(surface[k])[0];
    if (key && !isPersonNoun(key) && !OWNER_STOPS.has(key)) out.push(key);
  }
  return out;
}
const OWNER_STOPS = new Set(['the', 'this', 'his', 'her', 'their', 'its', 'a', 'an', 'former', 'acting', 'interim', 'deputy', 'chief', 'senior', 'head', 'assistant']);

// Full names by their words, so that a lone surname or given name ("Kishida", "Hillary") finds its person: the
// most recently mentioned fitting name, else the first.
import type { PersonMention } from '../../context.js';
import * as titles from '../../lexicon/titles.js';
import * as chars from '../../text/chars.js';
import { isGivenWord, type Token } from './mentions.js';
import { givenNameGender } from '../../lexicon/names.js';
import type { Gender } from '../../lexicon/pronouns.js';
import { PARTICLES, SUFFIXES } from './scan.js';

const { titleKey } = titles;
const { charFlags, codePointAt, LETTER } = chars;

/** Distinct full names that contain a word, with where each is mentioned (ascending), for surname lookups. */
interface NameEntry {
  name: string;
  starts: number[];
  /** The word is this name's surname (last word), not its given name. */
  surname: boolean;
  givenFirst: boolean;
}

export type NameIndex = Map<string, NameEntry[]>;

/** The index of the full names among the mentions; nameWords[i] is mentions[i].name split at spaces. */
function buildNameIndex(mentions: readonly PersonMention[], nameWords: readonly string[][]): NameIndex {
  const index: NameIndex = new Map();
  const add = (part: string, m: PersonMention, words: string[], surname: boolean) => {
    const list = index.get(part) ?? [];
    let entry = list.find((e) => e.name === m.name && e.surname === surname);
    if (!entry) {
      entry = { name: m.name, starts: [], surname, givenFirst: isGivenWord(words[0]) };
      list.push(entry);
      index.set(part, list);
    }
    entry.starts.push(m.start);
  };
  for (let i = 0; i < mentions.length; i++) {
    const words = nameWords[i];
    if (words.length === 1) continue;
    // The first and last word that is no suffix, particle or initial.
    let first = '';
    let last = '';
    let count = 0;
    for (const w of words) {
      const p = titleKey(w);
      if (SUFFIXES.has(p) || PARTICLES.has(p) || isInitial(p)) continue;
      if (count++ === 0) first = p;
      last = p;
    }
    // Surname (last word), then the given name (first word: "Hillary", Korean "Kim").
    if (count > 0) add(last, mentions[i], words, true);
    if (count > 1) add(first, mentions[i], words, false);
    // "Elaine Tan Wei Ling" … "Ms Tan": an English given name before a family name written first, then its given
    // names; the word after the given name is a surname too.
    if (count >= 3 && words.length >= 3 && isGivenWord(words[0]) && !isGivenWord(words[1]) && !PARTICLES.has(titleKey(words[1]))) add(titleKey(words[1]), mentions[i], words, true);
  }
  for (const list of index.values()) for (const e of list) e.starts.sort((a, b) => a - b);
  return index;
}

/** A letter with an optional period ("b", "b."), as /^\p{L}\.?$/u tests it. */
function isInitial(p: string): boolean {
  if (p.length === 0) return false;
  const cp = codePointAt(p, 0, p.length);
  const len = cp > 0xffff ? 2 : 1;
  return (charFlags(cp) & LETTER) !== 0 && (p.length === len || (p.length === len + 1 && p.charCodeAt(len) === 46));
}

/**
 * The full name a lone word stands for at an offset: of the fitting names mentioned before it, the one mentioned
 * most often ("Ostrander" stays the obituary's subject after "her nephew, Fergus Ostrander"), the latest on a tie;
 * else the first.
 */
export function longestName(index: NameIndex, part: string, offset: number, gender?: Gender): string | undefined {
  const list = index.get(part);
  if (!list) return undefined;
  // Prefer the surname reading when a word is both ("Clinton" of "Hillary Clinton" and "Bill Clinton").
  const bySurname = list.filter((e) => e.surname);
  let pool = bySurname.length ? bySurname : list;
  // "Mrs Ruiz" after "Ana and Tom Ruiz": a title's gender rules out a person whose given name has the other one (a
  // given name no list holds rules out no one).
  const fitting = gender && pool.length > 1 ? pool.filter((e) => (givenNameGender(e.name.split(' ')[0]) ?? gender) === gender) : [];
  if (fitting.length > 0) pool = fitting;
  let best: NameEntry | undefined;
  let bestAt = -1;
  let bestCount = 0;
  for (const e of pool) {
    const at = lastAtOrBefore(e.starts, offset);
    if (at < 0) continue;
    const count = pool.length > 1 ? countAtOrBefore(e.starts, offset) : 1;
    if (count > bestCount || (count === bestCount && at > bestAt)) {
      best = e;
      bestAt = at;
      bestCount = count;
    }
  }
  if (best) return best.name;
  return pool.reduce((a, b) => (b.starts[0] < a.starts[0] ? b : a)).name;
}

/** How many of the sorted offsets are at or before `offset`. */
function countAtOrBefore(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastAtOrBefore(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= offset) {
      found = sorted[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A capitalised word inside a sentence (after a lowercase word: "Director of Admissions ") and a space at the end
 *  of the text before a mention. */
const AFTER_CAPITALISED = /\p{Ll}[\p{L}’'-]*\s+\p{Lu}[\p{L}’'-]*[ \t]+$/u;

/** Longest known form for every mention, and lone words that are a known person's surname or given name. */
export function linkSingles(mentions: PersonMention[], singles: Token[], masked: string): NameIndex {
  // Each name split once, for the index and for the links below.
  const nameWords = mentions.map((m) => m.name.split(' '));
  const index = buildNameIndex(mentions, nameWords);
  const introduced = introducedNames(mentions, masked);
  const loneWords = new Set(singles.map((t) => t.key));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const parts = nameWords[i];
    if (parts.length === 1) {
      m.name = longestName(index, titleKey(m.name), m.start, m.title ? m.gender : undefined) ?? m.name;
      continue;
    }
    // "Did Trump", "Notice Trump": a sentence-initial word glued to a known surname. Not a given name no list
    // holds, which recurs alone ("Nell Hartigan, 46, …" then "Nell took over") or follows an apposition's comma.
    const last = titleKey(parts[parts.length - 1]);
    // Nor after a capitalised word inside the sentence, which the mention was split from ("Director of Admissions
    // Oriane Castelnau"): its first word does not open the sentence.
    if (parts.length === 2 && !isGivenWord(parts[0]) && !m.title && !introduced.has(m.name) && !loneWords.has(titleKey(parts[0])) && !/,\s*$/.test(masked.slice(Math.max(0, m.start - 3), m.start)) && !AFTER_CAPITALISED.test(masked.slice(Math.max(0, m.start - 30), m.start))) {
      const other = (index.get(last) ?? []).find((o) => o.surname && o.givenFirst && o.name !== m.name);
      // Not a surname of two words ("Ní Bhriain" of "Siobhán Ní Bhriain"): linkShortForms keeps it whole. Nor a given
      // name no list holds that the pronoun after it gives the other gender ("Mina Harlow took over. … she said"
      // after "Tom Harlow"): another person, who must not take Tom's name and gender.
      if (other && !other.name.toLowerCase().endsWith(' ' + m.name.toLowerCase()) && !otherGenderFollows(masked, m, mentions[i + 1], other.name)) {
        const cut = m.text.lastIndexOf(parts[1]);
        m.start += cut;
        m.text = m.text.slice(cut);
        m.name = other.name;
      }
    }
  }
  linkShortForms(mentions, nameWords, index);
  for (const t of singles) {
    const name = longestName(index, t.key, t.start);
    if (name) mentions.push({ start: t.start, end: t.end, text: t.text, name });
  }
  return index;
}

/** A he or she after mention `m` (before the next mention, within 300 characters) of the gender other than the one
 *  the given name of `name` has; false when that given name's gender is unknown. */
function otherGenderFollows(masked: string, m: PersonMention, next: PersonMention | undefined, name: string): boolean {
  const gender = givenNameGender(name.split(' ')[0]);
  if (!gender) return false;
  const end = Math.min(m.end + 300, next && next.start > m.end ? next.start : masked.length);
  const pronoun = /\b(?:he|she)\b/i.exec(masked.slice(m.end, end))?.[0].toLowerCase();
  return pronoun !== undefined && (pronoun === 'she') !== (gender === 'female');
}

/**
 * Two-word names the article shows to be names whatever their first word: given an apposition or an age ("Wiebke
 * Sorensen, the port’s harbourmaster,", "Wiebke Sorensen, 36,") or written twice. A sentence's first word glued to
 * a surname ("Did Trump") is neither.
 */
function introducedNames(mentions: readonly PersonMention[], masked: string): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.name) || /^, (?:\p{Ll}|\d)/u.test(masked.slice(m.end, m.end + 3))) out.add(m.name);
    seen.add(m.name);
  }
  return out;
}

/**
 * "Ms Ní Bhriain", "van der Berg" after "Siobhán Ní Bhriain", "Pieter van der Berg": a name of several words that
 * ends a longer name given earlier is that person (a surname of more than one word). The index follows, so a later
 * lone "Berg" finds the full name too.
 */
function linkShortForms(mentions: PersonMention[], nameWords: readonly string[][], index: NameIndex): void {
  const renamed = new Map<string, string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const parts = nameWords[i];
    if (parts.length < 2 || m.name !== parts.join(' ')) continue;
    // "Van der Berg said" opens a sentence: the particle's capital is the sentence's.
    const tail = ' ' + m.name.toLowerCase();
    // As for a lone surname: the name mentioned most often before, the latest on a tie.
    let best: NameEntry | undefined;
    let bestAt = -1;
    let bestCount = 0;
    for (const e of index.get(titleKey(parts[parts.length - 1])) ?? []) {
      const at = e.surname && e.name !== m.name && e.name.toLowerCase().endsWith(tail) ? lastAtOrBefore(e.starts, m.start) : -1;
      const count = at < 0 ? 0 : countAtOrBefore(e.starts, m.start);
      if (count > bestCount || (count > 0 && count === bestCount && at > bestAt)) {
        best = e;
        bestAt = at;
        bestCount = count;
      }
    }
    if (!best) continue;
    renamed.set(m.name, best.name);
    m.name = best.name;
  }
  if (!renamed.size) return;
  for (const list of index.values()) for (const e of list) e.name = renamed.get(e.name) ?? e.name;
}

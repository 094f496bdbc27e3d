// Named people and how later mentions (surnames, pronouns) refer back to them. Works on capitalised word runs of
// the masked prose: a run is a person when a title introduces it ("Chief Cabinet Secretary Hirokazu Matsuno",
// "Mr. Clarke"), when it starts with a common given name ("Hillary Clinton"), or when it is two to four name-like
// words with nothing place- or organisation-like in them ("Fumio Kishida"). A lone capitalised word is a person
// when it is the surname (or given name) of a full name in the same article ("Kishida").
import type { Detector, DetectorContext, PersonIndex, PersonMention } from '../context.js';
import type { ProseBlock } from '../markdown/prose.js';
import type { Sentence } from '../markdown/sentences.js';
import * as names from '../lexicon/names.js';
import * as pronouns from '../lexicon/pronouns.js';
import type { Gender } from '../lexicon/pronouns.js';
import * as titles from '../lexicon/titles.js';
import * as chars from '../text/chars.js';
import * as sorted from '../text/sorted.js';

// Module-level copies of the imported bindings: under tsx (bench, eval, tests) every use of an import is a getter
// call on the module object, and in these per-word loops that was a third of the detector's time.
const { givenNameGender, isGivenName, isLowerGivenName, isNonPersonKey, NOT_NAME_WORDS, ORG_WORDS, PLACE_WORDS } = names;
const { PERSON_TITLES, TITLE_GENDER, TITLE_WORDS, titleKey } = titles;
const { charFlags, codePointAt, codePointBefore, dottedAbbreviationEnd, LETTER, MARK, NUMBER, skipClasses, SPACE, UPPER } = chars;
const { pronounGender } = pronouns;
const { firstStartingAt } = sorted;

interface Token {
  start: number;
  end: number;
  text: string;
  /** titleKey(text), the form the word lists are keyed by. */
  key: string;
  /** isGivenName(text), asked of most tokens, so answered once. */
  given: boolean;
  capital: boolean;
  /** The token ends in a possessive ('s, ’s, s’), which ends a name. */
  possessive: boolean;
}

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'af']);
/** By ASCII code, 1 for the first letter of a particle (a table: a Set look-up per word was measurable). */
const PARTICLE_INITIALS = new Uint8Array(128);
for (const p of PARTICLES) PARTICLE_INITIALS[p.charCodeAt(0)] = 1;
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Capitalised words and dotted abbreviations ("U.S."), with inner apostrophes and hyphens (O’Brien, Ki-moon), and
// the lowercase particles that can sit inside a name (Ludwig van Beethoven). A lowercase word is never matched as a
// whole, so "then-President" yields "President". A hand-written scanner: the equivalent Unicode regex
//   (?:\p{Lu}\.){2,} | (?<![\p{L}\p{M}\p{N}'’])\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*['’]? |
//   (?<=[\p{L}.] )(?:de|da|…|af)(?= \p{Lu})
// tried every position of every block and was the largest cost of this detector.
const WORD_PART = LETTER | MARK | NUMBER;

/** Where a scan found a word (one object per block, reused: a pair per word was measurable garbage). */
export interface Found {
  start: number;
  end: number;
}

/** Find the next capitalised word (or name particle) in s[from, to) at or after `at`; false when there is none. */
export function nextCapitalised(s: string, at: number, from: number, to: number, found: Found): boolean {
  let p = at;
  while (p < to) {
    const c = s.charCodeAt(p);
    // Fast skip: other ASCII than capitals can only start a particle (a lowercase word after a space).
    if (c < 128 && (c < 65 || c > 90)) {
      if (c < 97 || c > 122) {
        p++;
        continue;
      }
      const end = PARTICLE_INITIALS[c] === 1 && s.charCodeAt(p - 1) === 32 ? particleAt(s, p, from, to) : -1;
      if (end > 0) {
        found.start = p;
        found.end = end;
        return true;
      }
      // The rest of a lowercase word follows a letter, so it holds neither a particle nor a capitalised word.
      p++;
      while (p < to && s.charCodeAt(p) >= 97 && s.charCodeAt(p) <= 122) p++;
      continue;
    }
    const cp = codePointAt(s, p, to);
    const len = cp > 0xffff ? 2 : 1;
    if (c < 128 ? c >= 65 && c <= 90 : (charFlags(cp) & UPPER) !== 0) {
      const abbreviation = dottedAbbreviationEnd(s, p, to);
      if (abbreviation !== -1) {
        found.start = p;
        found.end = abbreviation;
        return true;
      }
      const before = codePointBefore(s, p, from);
      if (before < 0 || !((charFlags(before) & WORD_PART) !== 0 || before === 39 || before === 0x2019)) {
        let q = skipClasses(s, p + len, to, WORD_PART);
        for (;;) {
          const j = s.charCodeAt(q);
          if (q + 1 < to && (j === 39 || j === 0x2019 || j === 45)) {
            const after = codePointAt(s, q + 1, to);
            if ((charFlags(after) & WORD_PART) !== 0) {
              q = skipClasses(s, q + 1, to, WORD_PART);
              continue;
            }
          }
          break;
        }
        if (q < to && (s.charCodeAt(q) === 39 || s.charCodeAt(q) === 0x2019)) q++;
        found.start = p;
        found.end = q;
        return true;
      }
    }
    p += len;
  }
  return false;
}

/** End of a name particle at p ("van" in "Ludwig van Beethoven": after a letter or dot and a space, before " X"), or -1. */
function particleAt(s: string, p: number, from: number, to: number): number {
  if (p - 1 < from || s.charCodeAt(p - 1) !== 32) return -1;
  const before = codePointBefore(s, p - 1, from);
  if (before < 0 || !(before === 46 || (charFlags(before) & LETTER) !== 0)) return -1;
  let k = p;
  while (k < to && k - p <= 5 && s.charCodeAt(k) >= 97 && s.charCodeAt(k) <= 122) k++;
  // The capital after the space first: most lowercase words fail it, and need not be sliced.
  if (k >= to - 1 || s.charCodeAt(k) !== 32 || (charFlags(codePointAt(s, k + 1, to)) & UPPER) === 0) return -1;
  return PARTICLES.has(s.slice(p, k)) ? k : -1;
}

export function emptyPersonIndex(): PersonIndex {
  return { mentions: [], resolve: (surface) => surface };
}

export const peopleDetector: Detector = {
  id: 'people',
  description: 'Finds named people and resolves surnames and pronouns to full names.',
  run(ctx) {
    ctx.people = buildPersonIndex(ctx);
  },
};

export function buildPersonIndex(ctx: DetectorContext): PersonIndex {
  const { text, masked } = ctx.doc;
  const mentions: PersonMention[] = [];
  const singles: Token[] = [];
  for (const block of ctx.doc.blocks) if (!isTitleCase(masked, block.start, block.end)) collectBlock(text, masked, block, mentions, singles);
  const index = linkSingles(mentions, singles);
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) if (!m.title) appositiveTitle(masked, m);
  assignGenders(text, mentions);
  const names = new Set(mentions.map((m) => m.name));
  return {
    mentions,
    resolve: (surface, offset) => resolve(ctx, mentions, index, names, surface, offset),
  };
}

/** "Japan’s Chief Cabinet Secretary, Hirokazu Matsuno,": a title run set off by a comma just before the name. */
function appositiveTitle(masked: string, m: PersonMention): void {
  // The title run must end in a comma right before the name: check that before running the regex.
  const from = Math.max(0, m.start - 60);
  let e = m.start;
  while (e > from && (charFlags(masked.charCodeAt(e - 1)) & SPACE) !== 0) e--;
  if (e === from || masked.charCodeAt(e - 1) !== 44) return;
  const before = masked.slice(from, m.start);
  const found = /((?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*),\s*$/u.exec(before);
  if (!found) return;
  const words = found[1].split(/\s+/);
  if (!words.every((w) => TITLE_WORDS.has(titleKey(w))) || !words.some((w) => PERSON_TITLES.has(titleKey(w)))) return;
  m.title = found[1];
  const gender = TITLE_GENDER.get(titleKey(words[words.length - 1]));
  if (gender && !m.gender) m.gender = gender;
}

/** A headline in title case ("Sanders Vows To Fight On") capitalises every word, so its runs say nothing. */
export function isTitleCase(masked: string, from: number, to: number): boolean {
  if (to - from > 300) return false;
  // Words of four or more letters (apostrophes and hyphens inside), as /[\p{L}][\p{L}'’-]{3,}/gu finds them: in
  // each run of letters, apostrophes and hyphens, from its first letter on.
  let words = 0;
  let capitalised = 0;
  let p = from;
  while (p < to) {
    const cp = codePointAt(masked, p, to);
    if (!inWordRun(cp)) {
      p += cp > 0xffff ? 2 : 1;
      continue;
    }
    let first = -1;
    let upper = false;
    let count = 0;
    while (p < to) {
      const x = codePointAt(masked, p, to);
      if (!inWordRun(x)) break;
      if (first < 0 && x !== 39 && x !== 0x2019 && x !== 45) {
        first = p;
        upper = (charFlags(x) & UPPER) !== 0;
      }
      if (first >= 0) count++;
      p += x > 0xffff ? 2 : 1;
    }
    if (count >= 4) {
      words++;
      if (upper) capitalised++;
      // Stop once the share cannot reach 0.8 (5·capitalised ≥ 4·words) even if every word still to come is
      // capitalised: each takes four letters and a separator, so at most (to - p) / 5 more fit.
      if (5 * capitalised + (to - p) / 5 < 4 * words) return false;
    }
  }
  if (words < 4) return false;
  return capitalised / words >= 0.8;
}

function inWordRun(cp: number): boolean {
  return cp === 39 || cp === 0x2019 || cp === 45 || (charFlags(cp) & LETTER) !== 0;
}

function collectBlock(text: string, masked: string, block: ProseBlock, mentions: PersonMention[], singles: Token[]): void {
  // One list reused for every run, filled to runLength (classifyRun copies what it keeps): emptying it with
  // `length = 0` dropped its storage, which every run then allocated again.
  const run: Token[] = [];
  let runLength = 0;
  let lastEnd = -1;
  // Only capitalised words (and name particles) are visited; everything between them just breaks a run.
  // The scan stays inside the block (a scan on to the next match past it would be quadratic over many blocks).
  const m: Found = { start: 0, end: block.start };
  while (nextCapitalised(masked, m.end, block.start, block.end, m)) {
    const start = m.start;
    let end = m.end;
    let possessive = false;
    const last = masked.charCodeAt(end - 1);
    const prev = end - start >= 2 ? masked.charCodeAt(end - 2) : 0;
    if ((last === 115 || last === 83) && (prev === 39 || prev === 0x2019) && end - start > 2) {
      end -= 2;
      possessive = true;
    } else if ((last === 39 || last === 0x2019) && prev === 115) {
      end -= 1;
      possessive = true;
    } else if (last === 39 || last === 0x2019) {
      end -= 1;
    }
    // Keep the period of initials and abbreviated titles ("B.", "Sen."), where it is part of the name.
    if (masked.charCodeAt(end) === 46) {
      const word = masked.slice(start, end);
      // titleKey(word) is word.toLowerCase() here: the word has no period.
      if (!word.includes('.') && (word.length === 1 || TITLE_WORDS.has(titleKey(word)) || SUFFIXES.has(titleKey(word)))) end += 1;
    }
    // Joined to the run when only spaces (at most one line break) separate it from the previous word.
    const joined = lastEnd >= 0 && start > lastEnd && onlySpaces(masked, lastEnd, start) && !(runLength > 0 && run[runLength - 1].possessive);
    if (!joined) {
      if (runLength) classifyRun(text, run, runLength, mentions, singles);
      runLength = 0;
    }
    // The scanner finds capitalised words and lowercase particles: a lowercase first letter means a particle.
    const first = masked.charCodeAt(start);
    const particle = first >= 97 && first <= 122;
    if (!particle || runLength) {
      const surface = text.slice(start, end);
      const key = titleKey(surface);
      run[runLength++] = { start, end, text: surface, key, given: isGivenKey(surface, key), capital: !particle, possessive };
    }
    lastEnd = end;
  }
  if (runLength) classifyRun(text, run, runLength, mentions, singles);
}

/** isGivenName(word) through the cached titleKey. */
function isGivenWord(word: string): boolean {
  return isGivenKey(word, titleKey(word));
}

/** isGivenName(word) from titleKey(word), which is the word lower-cased unless it ends in a period (no given name has one). */
function isGivenKey(word: string, key: string): boolean {
  return word.charCodeAt(word.length - 1) !== 46 && isLowerGivenName(key);
}

function onlySpaces(masked: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = masked.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return breaks <= 1;
}

/** Find the people in the run tokens[0, length). */
function classifyRun(text: string, tokens: Token[], length: number, mentions: PersonMention[], singles: Token[]): void {
  // Trailing particles are not part of a name ("… van").
  let n = length;
  while (n && !tokens[n - 1].capital) n--;
  // Split at tokens that cannot be in a name (months, sentence starters in mid-run: "Kishida Monday").
  // Candidates are index ranges of the run: slicing them out was most of this detector's garbage.
  let i = 0;
  while (i < n) {
    // Leading sentence starters and demonyms: "But", "The", "Japanese".
    while (i < n && NOT_NAME_WORDS.has(tokens[i].key) && !TITLE_WORDS.has(tokens[i].key)) i++;
    let j = i;
    while (j < n && !(j > i && NOT_NAME_WORDS.has(tokens[j].key) && !PERSON_TITLES.has(tokens[j].key))) j++;
    if (j > i) splitTitle(text, tokens, i, j, mentions, singles);
    i = j;
  }
}

/** Split tokens[from, to) into title words and name words, and add the candidate they make. */
function splitTitle(text: string, tokens: Token[], from: number, to: number, mentions: PersonMention[], singles: Token[]): void {
  let k = from;
  while (k < to - 1 && TITLE_WORDS.has(tokens[k].key) && !tokens[k].given) k++;
  // A run that is only title words ("the Prime Minister", "White House") names no one.
  if (k === to - 1 && TITLE_WORDS.has(tokens[k].key) && !tokens[k].given) return;
  let strong = false;
  for (let t = from; t < k; t++) if (PERSON_TITLES.has(tokens[t].key)) strong = true;
  addCandidate(text, tokens, from, k, to, strong, mentions, singles);
}

/** A candidate person: title words tokens[titleFrom, nameFrom), then name words tokens[nameFrom, to). */
function addCandidate(text: string, tokens: Token[], titleFrom: number, nameFrom: number, to: number, strong: boolean, mentions: PersonMention[], singles: Token[]): void {
  // "Universe Alicia Machado", "Crooked Hillary Clinton": a word before a given name is not part of the name.
  let from = nameFrom;
  if (!tokens[from].given) {
    for (let k = from + 1; k < to - 1; k++) {
      if (tokens[k].given) {
        from = k;
        break;
      }
    }
  }
  const length = to - from;
  const first = tokens[from].key;
  const given = tokens[from].given;
  // Organisation words anywhere, or a place as the first word (unless it is also a given name: Virginia, Jordan).
  for (let k = from; k < to; k++) if (ORG_WORDS.has(tokens[k].key) && !SUFFIXES.has(tokens[k].key)) return;
  if (!given && PLACE_WORDS.has(first)) return;
  for (let k = from + 1; k < to; k++) if (PLACE_WORDS.has(tokens[k].key) || NOT_NAME_WORDS.has(tokens[k].key)) return;
  // All-capital acronyms (NYPD, UN) are organisations; initials ("B.") and mixed case (Un, Jr) are fine.
  for (let k = from; k < to; k++) if (tokens[k].text.length >= 2 && isAcronym(tokens[k].text)) return;
  const isPerson = length >= 2 && length <= 5 ? strong || given || length <= 4 : length === 1 && strong;
  if (!isPerson) {
    if (length === 1 && !isNonPersonKey(first)) singles.push(tokens[from]);
    return;
  }
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const surface = text.slice(start, end);
  const mention: PersonMention = { start, end, text: surface, name: collapseSpaces(surface) };
  if (nameFrom > titleFrom) {
    let title = tokens[titleFrom].text;
    for (let k = titleFrom + 1; k < nameFrom; k++) title += ' ' + tokens[k].text;
    mention.title = title;
  }
  const gender = titleGender(tokens, titleFrom, nameFrom) ?? (length >= 2 ? givenNameGender(tokens[from].text) : undefined);
  if (gender) mention.gender = gender;
  mentions.push(mention);
}

/** s with every whitespace run made one space, as s.replace(/\s+/g, ' '); most names have nothing to replace. */
function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if ((charFlags(s.charCodeAt(i)) & SPACE) === 0) continue;
    if (s.charCodeAt(i) !== 32 || (i + 1 < s.length && (charFlags(s.charCodeAt(i + 1)) & SPACE) !== 0)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** Capitals and dots only (/^[\p{Lu}.]+$/u), but not a single initial ("B."): an acronym such as NYPD or U.N. */
export function isAcronym(word: string): boolean {
  for (let i = 0; i < word.length; ) {
    const cp = codePointAt(word, i, word.length);
    if (cp !== 46 && (charFlags(cp) & UPPER) === 0) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  const first = codePointAt(word, 0, word.length);
  const len = first > 0xffff ? 2 : 1;
  return !(first !== 46 && word.length === len + 1 && word.charCodeAt(len) === 46);
}

function titleGender(tokens: Token[], from: number, to: number): Gender | undefined {
  for (let k = from; k < to; k++) {
    const g = TITLE_GENDER.get(tokens[k].key);
    if (g) return g;
  }
  return undefined;
}

/** Distinct full names that contain a word, with where each is mentioned (ascending), for surname lookups. */
interface NameEntry {
  name: string;
  starts: number[];
  /** The word is this name's surname (last word), not its given name. */
  surname: boolean;
  givenFirst: boolean;
}

type NameIndex = Map<string, NameEntry[]>;

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

/** The full name a lone word stands for at an offset: the most recently mentioned fitting name, else the first. */
function longestName(index: NameIndex, part: string, offset: number): string | undefined {
  const list = index.get(part);
  if (!list) return undefined;
  // Prefer the surname reading when a word is both ("Clinton" of "Hillary Clinton" and "Bill Clinton").
  const bySurname = list.filter((e) => e.surname);
  const pool = bySurname.length ? bySurname : list;
  let best: NameEntry | undefined;
  let bestAt = -1;
  for (const e of pool) {
    const at = lastAtOrBefore(e.starts, offset);
    if (at > bestAt) {
      best = e;
      bestAt = at;
    }
  }
  if (best) return best.name;
  return pool.reduce((a, b) => (b.starts[0] < a.starts[0] ? b : a)).name;
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

/** Longest known form for every mention, and lone words that are a known person's surname or given name. */
function linkSingles(mentions: PersonMention[], singles: Token[]): NameIndex {
  // Each name split once, for the index and for the links below.
  const nameWords = mentions.map((m) => m.name.split(' '));
  const index = buildNameIndex(mentions, nameWords);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const parts = nameWords[i];
    if (parts.length === 1) {
      m.name = longestName(index, titleKey(m.name), m.start) ?? m.name;
      continue;
    }
    // "Did Trump", "Notice Trump": a sentence-initial word glued to a known surname.
    const last = titleKey(parts[parts.length - 1]);
    if (parts.length === 2 && !isGivenWord(parts[0]) && !m.title) {
      const other = (index.get(last) ?? []).find((o) => o.surname && o.givenFirst && o.name !== m.name);
      if (other) {
        const cut = m.text.lastIndexOf(parts[1]);
        m.start += cut;
        m.text = m.text.slice(cut);
        m.name = other.name;
      }
    }
  }
  for (const t of singles) {
    const name = longestName(index, t.key, t.start);
    if (name) mentions.push({ start: t.start, end: t.end, text: t.text, name });
  }
  return index;
}

/** Gender per name: titles and given names first, then the pronoun that most often follows a mention. */
function assignGenders(text: string, mentions: PersonMention[]): void {
  const known = new Map<string, Gender>();
  for (const m of mentions) if (m.gender && !known.has(m.name)) known.set(m.name, m.gender);
  const votes = new Map<string, { male: number; female: number }>();
  mentions.forEach((m, k) => {
    if (known.has(m.name)) return;
    const limit = Math.min(k + 1 < mentions.length ? mentions[k + 1].start : text.length, m.end + 300);
    const next = /\b(he|him|his|she|her|hers)\b/i.exec(text.slice(m.end, limit));
    const g = next ? pronounGender(next[1]) : undefined;
    if (!g) return;
    const v = votes.get(m.name) ?? { male: 0, female: 0 };
    v[g] += 1;
    votes.set(m.name, v);
  });
  for (const [name, v] of votes) if (v.male !== v.female) known.set(name, v.male > v.female ? 'male' : 'female');
  for (const m of mentions) {
    const g = known.get(m.name);
    if (g) m.gender = g;
  }
}

/** How far back a pronoun may look for its person, in sentences. */
const PRONOUN_WINDOW = 6;

function resolve(ctx: DetectorContext, mentions: PersonMention[], index: NameIndex, names: Set<string>, surface: string, offset: number): string {
  const s = withoutPossessive(surface.trim());
  const gender = pronounGender(s);
  if (gender) return resolvePronoun(ctx, mentions, gender, offset) ?? surface;
  // A mention starting right here with exactly this text.
  for (let j = firstStartingAt(mentions, offset); j < mentions.length && mentions[j].start < offset + 1; j++) if (mentions[j].text === s) return mentions[j].name;
  // Drop titles ("Mr. Clarke", "Sen. Cruz") and look the remaining words up as a known name or a part of one.
  const words = s.split(/\s+/).filter((w) => !TITLE_WORDS.has(titleKey(w)) || isGivenName(w));
  if (!words.length) return surface;
  const key = words.join(' ');
  if (names.has(key)) return key;
  if (words.length === 1) return longestName(index, titleKey(key), offset) ?? surface;
  // "Hillary Clinton" for "Hillary Rodham Clinton" is not attempted; a known longer name ending in the words is.
  const last = longestName(index, titleKey(words[words.length - 1]), offset);
  return last && last.endsWith(' ' + key) ? last : surface;
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
function resolvePronoun(ctx: DetectorContext, mentions: PersonMention[], gender: Gender, offset: number): string | undefined {
  const sentences = ctx.sentences;
  let idx = sentenceAt(sentences, offset);
  if (idx < 0) idx = sentences.length - 1;
  // Index of the sentence's first mention: one binary search, then moved back sentence by sentence (both
  // sentences and mentions are sorted by start).
  let firstOfSentence = idx >= 0 ? firstStartingAt(mentions, sentences[idx].start) : 0;
  for (let k = idx; k >= 0 && k > idx - PRONOUN_WINDOW; k--) {
    const s = sentences[k];
    while (firstOfSentence > 0 && mentions[firstOfSentence - 1].start >= s.start) firstOfSentence--;
    const end = k === idx ? Math.min(offset, s.end) : s.end;
    // The first fitting person of the sentence, unless a later one matches the gender (which beats an
    // unknown-gender person in the same sentence).
    let first: PersonMention | undefined;
    for (let j = firstOfSentence; j < mentions.length && mentions[j].start < end; j++) {
      const m = mentions[j];
      if (!fitsPronoun(ctx, m, gender)) continue;
      if (m.gender === gender) return m.name;
      first ??= m;
    }
    if (first) return first.name;
  }
  // Before the first sentence or beyond the window: the nearest earlier fitting person.
  const from = firstStartingAt(mentions, offset - 3000);
  for (let j = firstStartingAt(mentions, offset) - 1; j >= from; j--) if (fitsPronoun(ctx, mentions[j], gender)) return mentions[j].name;
  return undefined;
}

function fitsPronoun(ctx: DetectorContext, m: PersonMention, gender: Gender): boolean {
  return (!m.gender || m.gender === gender) && !insideQuote(ctx, m.start);
}

function insideQuote(ctx: DetectorContext, offset: number): boolean {
  // Quotes are found after people; by the time anything resolves a pronoun they are known.
  const qs = ctx.quotes;
  let lo = 0;
  let hi = qs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < qs[mid].start) hi = mid - 1;
    else if (offset >= qs[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
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



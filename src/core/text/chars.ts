// Unicode character classes by code point, answered from a table that fills itself on first use. The detectors
// look at every character of megabyte articles; a Unicode-property regex per character (or per word) was one of
// their largest costs. Each answer is exactly what the matching regex class says (`\p{Lu}`, `\p{L}`, `\p{M}`,
// `\p{N}`, `\s`), so a scanner built on these behaves like the regex it replaces.

import { WordCache } from './wordCache.js';

export const UPPER = 1;
export const LETTER = 2;
export const MARK = 4;
export const NUMBER = 8;
export const SPACE = 16;
const KNOWN = 128;

const table = new Uint8Array(0x10000);

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\s/u.test(ch) ? SPACE : 0);
}

for (let c = 0; c < 128; c++) table[c] = classify(c) | KNOWN;

/** Class bits of a code point (UPPER | LETTER | MARK | NUMBER | SPACE). */
export function charFlags(cp: number): number {
  if (cp < 0x10000) {
    const f = table[cp];
    if (f !== 0) return f;
    const g = classify(cp) | KNOWN;
    table[cp] = g;
    return g;
  }
  return classify(cp);
}

/** The code point starting at i, not reading past `to` (a pair cut by `to` is a lone surrogate, as in a slice). */
export function codePointAt(s: string, i: number, to: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** End of a dotted abbreviation of two or more "X." pairs starting at p ("U.S.", "E.U."), or -1 (as (?:\p{Lu}\.){2,}). */
export function dottedAbbreviationEnd(s: string, p: number, to: number): number {
  let q = p;
  let pairs = 0;
  while (q < to) {
    const x = codePointAt(s, q, to);
    const xl = x > 0xffff ? 2 : 1;
    if (q + xl < to && s.charCodeAt(q + xl) === 46 && (charFlags(x) & UPPER) !== 0) {
      q += xl + 1;
      pairs++;
    } else break;
  }
  return pairs >= 2 ? q : -1;
}

/** The code point ending just before i, not reading before `from`; -1 at `from`. */
export function codePointBefore(s: string, i: number, from: number): number {
  if (i <= from) return -1;
  const d = s.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i - 2 >= from) {
    const c = s.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** Does the string start with an uppercase letter (`/^\p{Lu}/u`)? */
export function startsUpper(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return (charFlags(codePointAt(s, 0, s.length)) & UPPER) !== 0;
}

/**
 * End of the run of characters from `from` whose class is one of `classes`, which must include LETTER and NUMBER:
 * ASCII letters and digits (most of any run) are answered without the code point and class look-ups.
 */
export function skipClasses(s: string, from: number, to: number, classes: number): number {
  let q = from;
  while (q < to) {
    const c = s.charCodeAt(q);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
      q++;
      continue;
    }
    const x = codePointAt(s, q, to);
    if ((charFlags(x) & classes) === 0) break;
    q += x > 0xffff ? 2 : 1;
  }
  return q;
}

/** A UTF-16 unit that /\s/ matches. */
export function isSpaceUnit(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : (charFlags(c) & SPACE) !== 0;
}

// Lower-casing a slice of a two-byte text (any article with a curly quote in it) is a slow runtime call that
// allocates, and the capitalised words the scanners lower-case repeat (names, "The", "She").
const lowerForms = new WordCache<string, string>();

/** word.toLowerCase(), remembered per word. */
export function lowerCased(word: string): string {
  return lowerForms.get(word) ?? lowerForms.set(word, word.toLowerCase());
}

/** word.toLowerCase(), skipping the call (and the cache) for a word with no ASCII capital and no non-ASCII character. */
export function lowerCasedIfNeeded(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return lowerCased(word);
  }
  return word;
}

/** /^[a-z]+$/: a non-empty word of ASCII lowercase letters only. */
export function isLowercaseAsciiWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

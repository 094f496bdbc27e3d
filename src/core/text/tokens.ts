// Words and punctuation of one sentence, with offsets into the article. Shared by the attribution and claim
// detectors, which reason about word order rather than characters. A hand-written scanner: on megabyte
// articles a Unicode-property regex was the single largest cost of the analysis.

import * as chars from './chars.js';
import * as lexemes from './lexemes.js';
import type { Lexeme } from './lexemes.js';

// Module-level copies of imported bindings: under tsx each use of an import is a getter call.
const { charFlags, isSpaceUnit, LETTER, MARK, NUMBER } = chars;
const { lexemeAt } = lexemes;
const WORD = LETTER | MARK | NUMBER;

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word or number (as opposed to punctuation). */
  word: boolean;
  /** The entry of its text, shared by every token of that text: `lower` (a word's), and what detectors keep about the word. */
  lexeme: Lexeme;
}

/** Class of each ASCII character: 1 letter or digit, 2 space. */
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 1;
for (let c = 97; c <= 122; c++) ASCII[c] = 1;
for (const c of [32, 10, 9, 13, 12, 11]) ASCII[c] = 2;

/** A letter, digit or combining mark, judged per UTF-16 unit (so a surrogate half is not one). */
function isWordUnit(c: number): boolean {
  if (c < 128) return ASCII[c] === 1;
  if (c === 0x2019 || c === 0x2014 || c === 0x2013 || c === 0x201c || c === 0x201d || c === 0xa0) return false;
  return (charFlags(c) & WORD) !== 0;
}

function isSpace(c: number): boolean {
  if (c < 128) return ASCII[c] === 2;
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
}

/** A character that lowercasing might change. */
function maybeUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || c >= 128;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Tokens of s[from, to): words joined by inner apostrophes, hyphens, dots ("U.S", "Japan’s", "5.5", "1,000"). */
export function tokenize(s: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  tokenizeInto(s, from, to, out);
  return out;
}

/**
 * tokenize() written over the Token objects already in `pool` (growing it when the text has more tokens), for a
 * caller that reads one sentence's tokens at a time: the 64-byte object per token was most of tokenize's garbage.
 * Returns the number of tokens; pool entries past it are stale.
 */
function tokenizeInto(s: string, from: number, to: number, pool: Token[]): number {
  let n = 0;
  let i = from;
  // While a single quotation mark is open, an apostrophe after a plural may close it: no longer a possessive.
  let singleOpened = false;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === 0x2018 || (c === 39 && (i === from || isSpace(s.charCodeAt(i - 1))))) singleOpened = true;
    // A mark right after punctuation closes the quotation ("‘…,’ she said").
    else if ((c === 0x2019 || c === 39) && i > from && !isSpace(s.charCodeAt(i - 1)) && !isWordUnit(s.charCodeAt(i - 1))) singleOpened = false;
    if (isWordUnit(c)) {
      // Lowercasing is skipped for words without capitals or non-ASCII characters (most of them).
      let plain = !maybeUpper(c);
      i++;
      for (;;) {
        while (i < to) {
          const d = s.charCodeAt(i);
          if (!isWordUnit(d)) break;
          if (maybeUpper(d)) plain = false;
          i++;
        }
        // A joiner continues the word only when a word character follows it.
        const j = s.charCodeAt(i);
        if (i + 1 < to && (j === 39 || j === 0x2019 || j === 46 || j === 45) && isWordUnit(s.charCodeAt(i + 1))) {
          if (maybeUpper(j) || maybeUpper(s.charCodeAt(i + 1))) plain = false;
          i += 2;
          continue;
        }
        // "1,000": a comma between a digit and exactly three digits.
        if (j === 44 && i + 3 < to && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3)) && isDigit(s.charCodeAt(i - 1)) && !(i + 4 < to && isWordUnit(s.charCodeAt(i + 4)))) {
          i += 4;
          continue;
        }
        break;
      }
      if (!singleOpened && pluralPossessiveAt(s, i, to)) i++;
      put(pool, n++, lexemeAt(s, start, i, plain), start, i, true);
      continue;
    }
    // Punctuation: "--" and "''" are one token each; anything else is one character (a surrogate pair stays whole).
    // "…with 'bombs,''' said": after a word, three apostrophes close the inner single mark, then the double one.
    if (c === 39 && i + 2 < to && s.charCodeAt(i + 1) === 39 && s.charCodeAt(i + 2) === 39 && i > from && !isSpaceUnit(s.charCodeAt(i - 1))) i++;
    else if ((c === 45 || c === 39) && s.charCodeAt(i + 1) === c && i + 1 < to) i += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i += 2;
    else i++;
    put(pool, n++, lexemeAt(s, start, i, c < 128), start, i, false);
  }
  return n;
}

/**
 * "the nurses’ union", "the Residents' Association": an apostrophe right after a plural's s, then a space and a word,
 * belongs to the word (a possessive), not to the punctuation as a closing quotation mark would.
 */
function pluralPossessiveAt(s: string, i: number, to: number): boolean {
  const j = s.charCodeAt(i);
  if ((j !== 39 && j !== 0x2019) || i + 2 >= to || (s.charCodeAt(i - 1) | 32) !== 115) return false;
  return s.charCodeAt(i + 1) === 32 && isWordUnit(s.charCodeAt(i + 2)) && !isDigit(s.charCodeAt(i + 2));
}

/** Token n of the pool set to these fields (a new one when the pool is that short). */
function put(pool: Token[], n: number, lexeme: Lexeme, start: number, end: number, word: boolean): void {
  const text = lexeme.text;
  // Punctuation keeps its own form ("Ⓐ" is not a word, whatever its lexeme's lower case).
  const lower = word ? lexeme.lower : text;
  if (n < pool.length) {
    const t = pool[n];
    t.text = text;
    t.lower = lower;
    t.start = start;
    t.end = end;
    t.word = word;
    t.lexeme = lexeme;
  } else pool.push({ text, lower, start, end, word, lexeme });
}

/** Documents up to this length keep their sentences' tokens between the detectors that ask for them. */
const CACHE_LIMIT = 100_000;

/**
 * Tokens of one sentence at a time, for a detector that is done with a sentence's tokens before it asks for the
 * next. On documents of up to CACHE_LIMIT characters each sentence keeps its tokens for the next detector that
 * asks. Larger documents tokenize again, and write each sentence's tokens over the Token objects of the sentence
 * before: keeping every sentence's tokens alive cost more in garbage collection (survivor copying) than
 * tokenizing twice, and a new object per token was a third of the detectors' garbage.
 */
export class SentenceTokens {
  private readonly pool: Token[] = [];
  /** The current sentence's tokens: the first entries of the pool, in a list of their own length. */
  private readonly current: Token[] = [];

  constructor(private readonly masked: string) {}

  /** The sentence's tokens; on a large document, valid only until the next call. */
  of(sentence: { start: number; end: number; tokens?: Token[] }): Token[] {
    const { masked, pool, current } = this;
    if (masked.length <= CACHE_LIMIT) return (sentence.tokens ??= tokenize(masked, sentence.start, sentence.end));
    const n = tokenizeInto(masked, sentence.start, sentence.end, pool);
    if (current.length > n) current.length = n;
    for (let k = 0; k < n; k++) {
      if (k < current.length) current[k] = pool[k];
      else current.push(pool[k]);
    }
    return current;
  }
}

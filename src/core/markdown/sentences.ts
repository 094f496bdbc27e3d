// Sentence boundaries inside prose blocks. News prose is full of abbreviations ("U.S.", "Sept.", "Mr.")
// and of sentences that end inside a closing quotation mark, so a plain split on ". " is not enough.
import type { ProseBlock, ProseDocument } from './prose.js';
import type { Token } from '../detectors/tokens.js';
import * as chars from '../detectors/chars.js';

// Module-level copies of imported bindings: under tsx each use of an import is a getter call.
const { charFlags, SPACE } = chars;

export interface Sentence {
  start: number;
  end: number;
  block: ProseBlock;
  /** Index of the sentence inside its block. */
  index: number;
  /** Its tokens, when detectors/tokens.ts `sentenceTokens` keeps them for the other detectors. */
  tokens?: Token[];
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr',
  'rev', 'hon', 'pres', 'supt', 'cmdr', 'adm', 'maj', 'insp', 'atty', 'amb',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'ave', 'blvd', 'mt', 'ft',
  'al', 'fig', 'vol', 'pp', 'cf', 'e.g', 'i.e',
]);

/** . ! ? … */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Closing quotes and brackets: " ' ” ’ » 」 』 ) ] */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x300d || c === 0x300f || c === 41 || c === 93;
}

function isAsciiLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** What /\s/ matches, for one UTF-16 unit. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (charFlags(c) & SPACE) !== 0;
}

/** Split every prose block of the document into sentences (offsets into the article). */
export function splitSentences(doc: ProseDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const block of doc.blocks) {
    let index = 0;
    for (const [start, end] of splitRange(doc.masked, block.start, block.end)) {
      out.push({ start, end, block, index: index++, tokens: undefined });
    }
  }
  return out;
}

/** Sentence ranges in masked[from, to), trimmed of surrounding whitespace. */
export function splitRange(masked: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = masked.charCodeAt(i);
    if (!isTerminal(ch)) continue;
    // Run of terminal punctuation, then any closing quotes/brackets.
    let j = i + 1;
    while (j < to && isTerminal(masked.charCodeAt(j))) j++;
    while (j < to && isCloser(masked.charCodeAt(j))) j++;
    if (j < to && !isSpace(masked.charCodeAt(j))) continue;
    if (ch === 46 && !isSentenceEndingPeriod(masked, i, j, to)) continue;
    pushTrimmed(masked, start, j, ranges);
    start = j;
    i = j - 1;
  }
  pushTrimmed(masked, start, to, ranges);
  return ranges;
}

function isSentenceEndingPeriod(masked: string, dot: number, after: number, to: number): boolean {
  // The word before the period.
  let w = dot;
  while (w > 0 && isAsciiLetterOrDot(masked.charCodeAt(w - 1))) w--;
  const word = masked.slice(w, dot);
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  // Initials and dotted abbreviations: "J.", "U.S", "D.C".
  if (/^[A-Z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // "in the U.S. The next…" — a dotted abbreviation can still end a sentence; look at what follows.
    const next = nextWord(masked, after, to);
    return /^[A-Z]/.test(next) && COMMON_SENTENCE_STARTERS.has(next.toLowerCase());
  }
  const next = nextWord(masked, after, to);
  // A lowercase continuation is not a new sentence ("approx. five", "No. 10").
  if (next && /^[a-z]/.test(next)) return false;
  return true;
}

const COMMON_SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'but', 'and', 'in',
  'on', 'at', 'for', 'however', 'meanwhile', 'there', 'his', 'her', 'their', 'its', 'our', 'after', 'before',
  'when', 'while', 'as', 'if', 'since', 'many', 'some', 'most', 'officials', 'critics',
]);

/** The word after `from` (past spaces, opening quotes and brackets): ASCII letters with inner ' ’ -, within 40 characters. */
function nextWord(masked: string, from: number, to: number): string {
  let i = from;
  while (i < to && isOpener(masked.charCodeAt(i))) i++;
  const limit = Math.min(to, i + 40);
  if (i >= limit || !isAsciiLetter(masked.charCodeAt(i))) return '';
  let j = i + 1;
  while (j < limit && isWordTail(masked.charCodeAt(j))) j++;
  return masked.slice(i, j);
}

/** Spaces and opening marks: " ' “ ‘ « „ 「 『 ( */
function isOpener(c: number): boolean {
  return isSpace(c) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e || c === 0x300c || c === 0x300e || c === 40;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordTail(c: number): boolean {
  return isAsciiLetter(c) || c === 39 || c === 0x2019 || c === 45;
}

function pushTrimmed(masked: string, start: number, end: number, out: Array<[number, number]>): void {
  while (start < end && isSpace(masked.charCodeAt(start))) start++;
  while (end > start && isSpace(masked.charCodeAt(end - 1))) end--;
  if (end > start) out.push([start, end]);
}

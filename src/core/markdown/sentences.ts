// Sentence boundaries inside prose blocks. News prose is full of abbreviations ("U.S.", "Sept.", "Mr.")
// and of sentences that end inside a closing quotation mark, so a plain split on ". " is not enough.
import type { ProseBlock, ProseDocument } from './prose.js';
import type { Token } from '../text/tokens.js';
import * as chars from '../text/chars.js';

// Module-level copies of imported bindings: under tsx each use of an import is a getter call.
const { isSpaceUnit } = chars;

export interface Sentence {
  start: number;
  end: number;
  block: ProseBlock;
  /** Index of the sentence inside its block. */
  index: number;
  /** Its tokens, when text/tokens.ts `SentenceTokens` keeps them for the next detector (small documents). */
  tokens?: Token[];
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr',
  'rev', 'hon', 'pres', 'supt', 'cmdr', 'adm', 'maj', 'insp', 'atty', 'amb', 'smt', 'tmt', 'cllr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'ave', 'blvd', 'mt', 'ft',
  'al', 'fig', 'vol', 'pp', 'cf', 'e.g', 'i.e',
]);

/** . ! ? … */
const TERMINAL_CODES = [46, 33, 63, 0x2026];
const TERMINALS = TERMINAL_CODES.map((c) => String.fromCharCode(c));

function isTerminal(c: number): boolean {
  return TERMINAL_CODES.includes(c);
}

/** Closing quotes and brackets: " ' ” ’ » 」 』 ) ] */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x300d || c === 0x300f || c === 41 || c === 93;
}

function isAsciiLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** Split every prose block of the document into sentences (offsets into the article). */
export function splitSentences(doc: ProseDocument): Sentence[] {
  const out: Sentence[] = [];
  const terminals = new TerminalFinder(doc.masked);
  for (const block of doc.blocks) {
    let index = 0;
    eachSentence(doc.masked, terminals, block.start, block.end, (start, end) => {
      out.push({ start, end, block, index: index++, tokens: undefined });
    });
  }
  return out;
}

/** Visit each sentence of masked[from, to) in order, trimmed of surrounding whitespace (no list of pairs built). */
function eachSentence(
  masked: string,
  terminals: TerminalFinder,
  from: number,
  to: number,
  visit: (start: number, end: number) => void,
): void {
  let start = from;
  // Where the run of terminals and closers measured last ends: every terminal inside that run ends it there
  // too, so a run of a million dots is read once, not once per dot.
  let runEnd = -1;
  for (let i = terminals.find(from); i !== -1 && i < to; i = terminals.find(i + 1)) {
    const ch = masked.charCodeAt(i);
    // Run of terminal punctuation, then any closing quotes/brackets.
    let j = runEnd;
    if (i >= runEnd) {
      j = i + 1;
      while (j < to && isTerminal(masked.charCodeAt(j))) j++;
      while (j < to && isCloser(masked.charCodeAt(j))) j++;
      j = afterReferences(masked, j, to);
      runEnd = j;
    }
    if (j < to && !isSpaceUnit(masked.charCodeAt(j))) {
      // Glued to what follows ("3.5", "...x"): so is every other terminal of the run.
      i = j - 1;
      continue;
    }
    if (ch === 46 && !isSentenceEndingPeriod(masked, i, j, to)) continue;
    visitTrimmed(masked, start, j, visit);
    start = j;
    i = j - 1;
  }
  visitTrimmed(masked, start, to, visit);
}

/**
 * Finds the terminal punctuation of the masked text with indexOf, a native search several times faster on a
 * megabyte article than reading every code unit; it remembers where each mark occurs next, so ranges visited in
 * text order search each stretch of the text once.
 */
class TerminalFinder {
  private readonly next: number[];

  constructor(private readonly masked: string) {
    this.next = TERMINALS.map((mark) => masked.indexOf(mark));
  }

  /** Offset of the first . ! ? … at or after `from`, or -1. */
  find(from: number): number {
    let first = -1;
    for (let k = 0; k < TERMINALS.length; k++) {
      let at = this.next[k];
      if (at !== -1 && at < from) at = this.next[k] = this.masked.indexOf(TERMINALS[k], from);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }
}

/** Longest reference label read after a sentence end: "[12]", "[^note-3]". */
const LONGEST_REFERENCE = 16;

/**
 * Past citation marks glued to a sentence end ("ignored 86 complaints.[^24] Chen said…", "rose.[3][4] The"):
 * a footnote call without its definition, or a numbered citation, is plain text to Markdown but still ends the
 * sentence before it. Bounded per mark, so a run of brackets costs no more than reading it.
 */
function afterReferences(masked: string, j: number, to: number): number {
  while (j < to && masked.charCodeAt(j) === 91) {
    let k = j + 1;
    if (k < to && masked.charCodeAt(k) === 94) k++;
    const labelStart = k;
    while (k < to && k - labelStart <= LONGEST_REFERENCE && isLabelUnit(masked.charCodeAt(k))) k++;
    if (k === labelStart || k >= to || masked.charCodeAt(k) !== 93) return j;
    j = k + 1;
  }
  return j;
}

function isLabelUnit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
}

function isSentenceEndingPeriod(masked: string, dot: number, after: number, to: number): boolean {
  // The word before the period (ASCII letters and dots), read back no further than LONGEST_DOTTED: a longer one
  // is neither an abbreviation nor initials, and an unbounded read would be quadratic on a run of dots.
  let w = dot;
  const stop = Math.max(0, dot - LONGEST_DOTTED);
  while (w > stop && isAsciiLetterOrDot(masked.charCodeAt(w - 1))) w--;
  if (w === stop && w > 0 && isAsciiLetterOrDot(masked.charCodeAt(w - 1))) {
    const next = nextWord(masked, after, to);
    return !(next && isLowerAscii(next.charCodeAt(0)));
  }
  if (isAbbreviation(masked, w, dot)) return false;
  // Initials and dotted abbreviations: "J.", "U.S", "D.C".
  if (isInitialOrDotted(masked, w, dot)) {
    // "in the U.S. The next…" — a dotted abbreviation can still end a sentence; look at what follows.
    const next = nextWord(masked, after, to);
    return /^[A-Z]/.test(next) && COMMON_SENTENCE_STARTERS.has(next.toLowerCase());
  }
  // A lowercase continuation is not a new sentence ("approx. five", "No. 10"). (A next word starts with an ASCII letter.)
  const next = nextWord(masked, after, to);
  if (next && isLowerAscii(next.charCodeAt(0))) return false;
  return true;
}

/** Is masked[from, to) one of ABBREVIATIONS, ignoring case? Only words short enough are lowercased and looked up. */
function isAbbreviation(masked: string, from: number, to: number): boolean {
  return to - from <= LONGEST_ABBREVIATION && to > from && ABBREVIATIONS.has(masked.slice(from, to).toLowerCase());
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Longest word of letters and dots read before a period: initials such as "U.S.A." are far shorter. */
const LONGEST_DOTTED = 64;

/**
 * What /^[A-Z]$/ or /^([A-Za-z]\.)+[A-Za-z]$/ accepts, for masked[from, to) (ASCII letters and dots only):
 * one capital, or single letters joined by dots.
 */
function isInitialOrDotted(masked: string, from: number, to: number): boolean {
  const length = to - from;
  if (length === 1) return isUpperAscii(masked.charCodeAt(from));
  if (length < 3 || length % 2 === 0) return false;
  for (let k = 0; k < length; k++) {
    const c = masked.charCodeAt(from + k);
    if (k % 2 === 1 ? c !== 46 : c === 46) return false;
  }
  return true;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
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
  return isSpaceUnit(c) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e || c === 0x300c || c === 0x300e || c === 40;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordTail(c: number): boolean {
  return isAsciiLetter(c) || c === 39 || c === 0x2019 || c === 45;
}

function visitTrimmed(masked: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  while (start < end && isSpaceUnit(masked.charCodeAt(start))) start++;
  while (end > start && isSpaceUnit(masked.charCodeAt(end - 1))) end--;
  if (end - start > MAX_SENTENCE) visitPieces(masked, start, end, visit);
  else if (end > start) visit(start, end);
}

/**
 * The sentence-length guard. Text with no sentence ends (a transcript without full stops, a pasted table, one
 * huge word) would make one "sentence" of the whole paragraph, and every detector's per-sentence work grows with
 * the sentence's length times its cues: quadratic in the paragraph. A sentence longer than this is cut into
 * pieces of at most this many characters, each a sentence of its own. News sentences stay far below it (the
 * longest of the 24,000 evaluation texts is 1,094 characters), so normal articles are unaffected.
 */
export const MAX_SENTENCE = 2000;

/**
 * Visit masked[start, end) (trimmed, longer than MAX_SENTENCE) as pieces of at most MAX_SENTENCE characters, each
 * cut at the last clause boundary (; : , or a dash) in the second half of its window, else at the last space,
 * else (one huge word) at the window's end, never between the two halves of a surrogate pair.
 */
function visitPieces(masked: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const cut = pieceEnd(masked, from, from + MAX_SENTENCE);
    visitTrimmed(masked, from, cut, visit);
    from = cut;
  }
  visitTrimmed(masked, from, end, visit);
}

/** Where the piece starting at `from` ends, at most `limit`: after a clause mark or a space, else `limit`. */
function pieceEnd(masked: string, from: number, limit: number): number {
  const half = from + (limit - from) / 2;
  let space = -1;
  for (let i = limit - 1; i > half; i--) {
    const c = masked.charCodeAt(i);
    if (!isSpaceUnit(c)) continue;
    if (isClauseMark(masked.charCodeAt(i - 1))) return i;
    if (space === -1) space = i;
  }
  if (space !== -1) return space;
  // No space in the second half: cut at the window's end, unless that splits a surrogate pair.
  const last = masked.charCodeAt(limit - 1);
  return last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit;
}

/** , ; : – — */
function isClauseMark(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014;
}

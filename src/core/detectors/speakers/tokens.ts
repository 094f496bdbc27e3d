// Tokens of the prose around a quote, as the speaker finder reads them: words (with a title's or an initial's
// period), punctuation one character at a time, and whether each sits inside another quotation.
import type { DetectorContext } from '../../context.js';
import * as titles from '../../lexicon/titles.js';
import * as words from '../../lexicon/words.js';
import * as chars from '../../text/chars.js';
import { firstEndingAfter } from '../../text/sorted.js';
import * as lexemes from '../../text/lexemes.js';

// Module-level copies of the imported bindings (a getter call per use under tsx).
const { titleKey } = titles;
const { TITLE_ABBREVIATIONS } = words;
const { charFlags, codePointAt, dottedAbbreviationEnd, LETTER, NUMBER, skipClasses, SPACE, UPPER } = chars;
const { lexemeAt } = lexemes;

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Inside a quotation (another one than the quote being attributed). */
  quoted: boolean;
}

const ALNUM = LETTER | NUMBER;

/** Tokens of the prose in [from, to), marking those inside quotations; only the first `max` when given, and with
 *  `untilQuoted` none after the first quoted one. */
export function tokens(ctx: DetectorContext, from: number, to: number, max = Infinity, untilQuoted = false): Tok[] {
  const out: Tok[] = [];
  if (to <= from) return out;
  const { masked, text } = ctx.doc;
  let q = firstEndingAfter(ctx.quotes, from);
  let p = from;
  while (p < to && out.length < max) {
    const cp = codePointAt(masked, p, to);
    const len = cp > 0xffff ? 2 : 1;
    const flags = charFlags(cp);
    if ((flags & SPACE) !== 0) {
      p += len;
      continue;
    }
    const start = p;
    let end = tokenEnd(masked, p, to, cp, flags);
    let word = (flags & ALNUM) !== 0;
    // "Sen." and initials keep their period; a sentence-final period does not belong to the word, even a title's
    // written out ("according to the council.").
    if (word && masked.charCodeAt(end) === 46 && (TITLE_ABBREVIATIONS.has(titleKey(masked.slice(start, end))) || ((flags & UPPER) !== 0 && end - start === len))) end += 1;
    p = end;
    // The word's text and lower case from its lexeme: no slice, and no lower-casing of a word seen before.
    const { text: s, lower } = lexemeAt(text, start, end, false);
    if (s.length === 2 && (s[0] === "'" || s[0] === '’') && (s[1] === 's' || s[1] === 'S')) word = false;
    // "Merrow & Tate": an ampersand between capitalised words is part of a firm's name.
    else if (s === '&' && isFirmJoint(masked, out[out.length - 1], end, to)) word = true;
    while (q < ctx.quotes.length && ctx.quotes[q].end <= start) q++;
    const quoted = q < ctx.quotes.length && ctx.quotes[q].start <= start && start < ctx.quotes[q].end;
    out.push({ text: s, lower, start, end, word, quoted });
    if (quoted && untilQuoted) break;
  }
  return out;
}

/**
 * End of the token starting at p (a non-space code point `cp` with class `flags`), as the regex
 *   (?:\p{Lu}\.){2,} | [\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))? | \S
 * would match it in masked[from, to): dotted abbreviations, words with inner joiners and a plural possessive
 * ("voters’"), else one character.
 */
function tokenEnd(s: string, p: number, to: number, cp: number, flags: number): number {
  const len = cp > 0xffff ? 2 : 1;
  if ((flags & UPPER) !== 0) {
    const abbreviation = dottedAbbreviationEnd(s, p, to);
    if (abbreviation !== -1) return abbreviation;
  }
  if ((flags & ALNUM) === 0) return p + len;
  let k = skipClasses(s, p + len, to, ALNUM);
  for (;;) {
    const j = s.charCodeAt(k);
    if (k + 1 < to && (j === 39 || j === 0x2019 || j === 45 || j === 46) && (charFlags(codePointAt(s, k + 1, to)) & ALNUM) !== 0) {
      k = skipClasses(s, k + 1, to, ALNUM);
      continue;
    }
    break;
  }
  if (k < to && s.charCodeAt(k - 1) === 115) {
    const j = s.charCodeAt(k);
    if ((j === 39 || j === 0x2019) && (k + 1 >= to || (charFlags(codePointAt(s, k + 1, to)) & ALNUM) === 0)) k++;
  }
  return k;
}

/** An ampersand at `end - 1` after a capitalised word and before one, a space either side. */
function isFirmJoint(masked: string, before: Tok | undefined, end: number, to: number): boolean {
  return !!before && before.word && before.end === end - 2 && (charFlags(codePointAt(masked, before.start, to)) & UPPER) !== 0 && masked.charCodeAt(end) === 32 && end + 1 < to && (charFlags(codePointAt(masked, end + 1, to)) & UPPER) !== 0;
}

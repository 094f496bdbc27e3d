// The short names of organisations an article names in full ("Dunmore" of "Dunmore Athletic"): the claims detector
// counts them as names, as it does the people the people detector found.
import type { DetectorContext } from '../context.js';
import * as names from '../lexicon/names.js';

// A module-level copy of the imported binding: under tsx every use of an import is a getter call.
const { ORG_WORDS } = names;

/** Capitalised words before an organisation word anywhere in the article, its headline too ("Dunmore Athletic",
 *  "Harlow Town"). */
export function nameOpeners(ctx: DetectorContext): Set<string> {
  const out = new Set<string>();
  const { masked } = ctx.doc;
  for (const block of ctx.doc.blocks) {
    const text = masked.slice(block.start, block.end);
    // The pattern tried only where a capital may stand, and after a match from its end, as a global search would:
    // the same matches, without the engine stepping through every lower-case letter and space.
    for (let p = 0; p < text.length; p++) {
      if (!mayOpenCapital(text.charCodeAt(p))) continue;
      const end = asciiWordEnd(text, p + 1);
      // An ASCII word not followed by a space and a possible capital: no pair here, nor inside the word (its letters
      // fail the lookbehind).
      if (end >= 0 && !(text.charCodeAt(end) === 32 && mayOpenCapital(text.charCodeAt(end + 1)))) {
        p = end - 1;
        continue;
      }
      const ascii = end >= 0 ? asciiPairEnd(text, p, end) : UNDECIDED;
      if (ascii === NO_PAIR) continue;
      if (ascii !== UNDECIDED) {
        if (ORG_WORDS.has(text.slice(end + 1, ascii).toLowerCase())) out.add(text.slice(p, end));
        p = ascii - 1;
        continue;
      }
      NAME_PAIR.lastIndex = p;
      const m = NAME_PAIR.exec(text);
      if (m === null) continue;
      if (ORG_WORDS.has(m[2].toLowerCase())) out.add(m[1]);
      p = NAME_PAIR.lastIndex - 1;
    }
  }
  return out;
}
// The capital first, then the lookbehind that it opens no word's middle (the same matches as the lookbehind first).
const NAME_PAIR = /(\p{Lu}(?<![\p{L}\p{N}’'-]\p{Lu})\p{Ll}[\p{L}’'-]*) (\p{Lu}\p{L}*)/uy;

/** Can a \p{Lu} start at this UTF-16 unit: A–Z, or any unit from U+00C0 on but a pair's second half (no capital
 *  letter lies below U+00C0 outside A–Z). */
function mayOpenCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && (c < 0xdc00 || c > 0xdfff));
}

/** Where the run of ASCII letters, apostrophes and hyphens from `from` ends, at an ASCII character or the end; -1
 *  when a character from U+0080 on comes first (only the pattern can tell those). */
function asciiWordEnd(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return -1;
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45)) return i;
  }
  return i;
}

const NO_PAIR = -1;
const UNDECIDED = -2;

/**
 * The pattern read by hand where every character it looks at is ASCII: at `p` a word running to `end` (ASCII letters,
 * apostrophes, hyphens), a space at `end`. The pair's end, NO_PAIR, or UNDECIDED when a character from U+0080 on
 * (before the word, or after the second word's capital) leaves it to the pattern.
 */
function asciiPairEnd(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (c > 90) return UNDECIDED;
  const before = p > 0 ? text.charCodeAt(p - 1) : 32;
  if (before >= 0x80) return UNDECIDED;
  if (isAsciiLetter(before) || (before >= 48 && before <= 57) || before === 39 || before === 45) return NO_PAIR;
  const second = text.charCodeAt(p + 1);
  if (!(second >= 97 && second <= 122)) return NO_PAIR;
  const capital = text.charCodeAt(end + 1);
  if (!(capital >= 65 && capital <= 90)) return UNDECIDED;
  let i = end + 2;
  while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
  return i < text.length && text.charCodeAt(i) >= 0x80 ? UNDECIDED : i;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

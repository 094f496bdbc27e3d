// The capitalised-word scanner the people detector is built on, and the headline test that switches it off.
import * as chars from '../../text/chars.js';

// Module-level copies of the imported bindings (a getter call per use under tsx, in per-character loops).
const { charFlags, codePointAt, codePointBefore, dottedAbbreviationEnd, LETTER, MARK, NUMBER, skipClasses, UPPER } = chars;

export const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter', 'af']);
/** By ASCII code, 1 for the first letter of a particle (a table: a Set look-up per word was measurable). */
const PARTICLE_INITIALS = new Uint8Array(128);
for (const p of PARTICLES) PARTICLE_INITIALS[p.charCodeAt(0)] = 1;
/** By ASCII code of a particle's first letter, a bit (1 << (letter - 'a')) for each letter that follows it in one:
 *  "the", "and", "in" after a space fail here without a look at the rest of the word. */
const PARTICLE_SECONDS = new Uint32Array(128);
for (const p of PARTICLES) PARTICLE_SECONDS[p.charCodeAt(0)] |= 1 << (p.charCodeAt(1) - 97);
export const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Letters after a name for an office, a rank in law or an honour ("Philippa Gault KC", "Tom Bell MP"): not part of
 *  the name, and, being capitals, they would otherwise make the whole run read as an organisation's acronym. */
export const POST_NOMINALS = new Set(['kc', 'qc', 'sc', 'mp', 'mep', 'msp', 'mla', 'am', 'td', 'obe', 'cbe', 'mbe', 'kbe', 'dbe', 'frs', 'phd', 'md', 'jp', 'esq']);
// Capitalised words and dotted abbreviations ("U.S."), with inner apostrophes and hyphens (O’Brien, Ki-moon), and
// the lowercase particles that can sit inside a name (Ludwig van Beethoven), and a family name with its Arabic article
// (al-Rashed, el-Sayed). Any other lowercase word is never matched as a whole, so "then-President" yields
// "President". A hand-written scanner: the equivalent Unicode regex
//   (?<![\p{L}\p{M}\p{N}])[ae]l-\p{Lu}[\p{L}\p{M}\p{N}]* | (?:\p{Lu}\.){2,} |
//   (?<![\p{L}\p{M}\p{N}'’])\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*['’]? |
//   (?<=[\p{L}.] )(?:de|da|…|af)(?= (?:(?:de|da|…|af) )?\p{Lu})
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
      let end = PARTICLE_INITIALS[c] === 1 && s.charCodeAt(p - 1) === 32 && secondMayBeParticle(c, s.charCodeAt(p + 1)) ? particleAt(s, p, from, to) : -1;
      if (end < 0 && (c === 97 || c === 101)) end = articlePrefixedAt(s, p, from, to);
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

/** Can a word whose first two letters are `first` (a particle's initial) and `second` be a particle? */
function secondMayBeParticle(first: number, second: number): boolean {
  return second >= 97 && second <= 122 && (PARTICLE_SECONDS[first] & (1 << (second - 97))) !== 0;
}

/**
 * End of an Arabic family name written with its article at p ("al-Rashed", "el-Sayed"), or -1: "al-" or "el-" and a
 * capital, not inside another word. The scanner takes it as a capitalised word.
 */
function articlePrefixedAt(s: string, p: number, from: number, to: number): number {
  if (p + 3 >= to || s.charCodeAt(p + 1) !== 108 || s.charCodeAt(p + 2) !== 45 || (charFlags(codePointAt(s, p + 3, to)) & UPPER) === 0) return -1;
  const before = codePointBefore(s, p, from);
  if (before >= 0 && (charFlags(before) & WORD_PART) !== 0) return -1;
  return skipClasses(s, p + 3, to, WORD_PART);
}

/** End of a name particle at p ("van" in "Ludwig van Beethoven": after a letter or dot and a space, before " X"), or -1. */
function particleAt(s: string, p: number, from: number, to: number): number {
  if (p - 1 < from || s.charCodeAt(p - 1) !== 32) return -1;
  const before = codePointBefore(s, p - 1, from);
  if (before < 0 || !(before === 46 || (charFlags(before) & LETTER) !== 0)) return -1;
  const k = lowercaseEnd(s, p, to);
  if (k >= to - 1 || s.charCodeAt(k) !== 32) return -1;
  // The capital after the space first: most lowercase words fail it, and need not be sliced. A second particle
  // may stand between ("Pieter van der Berg", "Ana de la Cruz").
  if ((charFlags(codePointAt(s, k + 1, to)) & UPPER) === 0) {
    const second = PARTICLE_INITIALS[s.charCodeAt(k + 1)] === 1 ? lowercaseEnd(s, k + 1, to) : -1;
    if (second < 0 || second >= to - 1 || s.charCodeAt(second) !== 32 || (charFlags(codePointAt(s, second + 1, to)) & UPPER) === 0) return -1;
    if (!PARTICLES.has(s.slice(k + 1, second))) return -1;
  }
  return PARTICLES.has(s.slice(p, k)) ? k : -1;
}

/** End of the run of at most six ASCII lowercase letters at p. */
function lowercaseEnd(s: string, p: number, to: number): number {
  let k = p;
  while (k < to && k - p <= 5 && s.charCodeAt(k) >= 97 && s.charCodeAt(k) <= 122) k++;
  return k;
}
/** A headline in title case ("Sanders Vows To Fight On") capitalises every word, so its runs say nothing. */
export function isTitleCase(masked: string, from: number, to: number): boolean {
  if (to - from > 300 || endsWithFullStop(masked, from, to)) return false;
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

/** A headline has no full stop at its end; a sentence dense with names ("Japanese Prime Minister Fumio Kishida spoke
 *  about North Korea at the United Nations General Assembly.") does, and its runs name people. */
function endsWithFullStop(masked: string, from: number, to: number): boolean {
  let p = to - 1;
  while (p >= from && (masked.charCodeAt(p) === 32 || masked.charCodeAt(p) === 10 || masked.charCodeAt(p) === 13 || masked.charCodeAt(p) === 9)) p--;
  return p >= from && masked.charCodeAt(p) === 46;
}

function inWordRun(cp: number): boolean {
  return cp === 39 || cp === 0x2019 || cp === 45 || (charFlags(cp) & LETTER) !== 0;
}

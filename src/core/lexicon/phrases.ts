// Multi-word phrase lookup over already-tokenised, lowercased words: one Map probe per word instead of a regex
// with dozens of alternatives run over every sentence (the single largest cost of claim scoring on big files).

import * as chars from '../text/chars.js';

// Module-level copies of imported bindings: under tsx each use of an import is a getter call.
const { charFlags, codePointAt, LETTER, NUMBER } = chars;
const LETTER_OR_NUMBER = LETTER | NUMBER;

export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) this.add(p);
  }

  add(phrase: string): void {
    const words = phrase.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push(words);
    this.byFirst.set(words[0], list);
  }

  /** Does some phrase start with this word (lowercase, straight apostrophes)? */
  opens(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** Does any phrase occur as consecutive words of `words` (lowercase, straight apostrophes)? */
  matches(words: readonly string[]): boolean {
    for (let i = 0; i < words.length; i++) {
      const list = this.byFirst.get(words[i]);
      if (!list) continue;
      for (const p of list) {
        let k = 1;
        while (k < p.length && words[i + k] === p[k]) k++;
        if (k === p.length) return true;
      }
    }
    return false;
  }
}

/** Lowercase words of a text with straight apostrophes, split the way phrases are written. */
export function phraseWords(text: string): string[] {
  return splitWords(text.toLowerCase().replace(/’/g, "'"), true);
}

/**
 * The runs of letters, digits and hyphens of a text (and of apostrophes ' ’ when `apostrophes`): what splitting at
 * /[^\p{L}\p{N}-]+/u (or /[^\p{L}\p{N}'’-]+/u) leaves without its empty parts, scanned by hand instead.
 */
export function splitWords(s: string, apostrophes: boolean): string[] {
  const out: string[] = [];
  let start = -1;
  let i = 0;
  while (i < s.length) {
    const cp = codePointAt(s, i, s.length);
    const inWord = cp === 45 || (apostrophes && (cp === 39 || cp === 0x2019)) || (cp < 128 ? (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) : (charFlags(cp) & LETTER_OR_NUMBER) !== 0);
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

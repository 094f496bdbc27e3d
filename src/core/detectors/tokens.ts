// Words and punctuation of one sentence, with offsets into the article. Shared by the attribution and claim
// detectors, which reason about word order rather than characters. A hand-written scanner: on megabyte
// articles a Unicode-property regex was the single largest cost of the analysis.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word or number (as opposed to punctuation). */
  word: boolean;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0x2019 || c === 0x2014 || c === 0x2013 || c === 0x201c || c === 0x201d || c === 0xa0) return false;
  return NON_ASCII_WORD.test(s[i]);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
}

/** Tokens of s[from, to): words joined by inner apostrophes, hyphens, dots ("U.S", "Japan’s", "5.5", "1,000"). */
export function tokenize(s: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(s, i)) {
      i++;
      for (;;) {
        while (i < to && isWordChar(s, i)) i++;
        // A joiner continues the word only when a word character follows it.
        const j = s[i];
        if (i + 1 < to && (j === "'" || j === '’' || j === '.' || j === '-') && isWordChar(s, i + 1)) {
          i += 2;
          continue;
        }
        if (j === ',' && i + 3 < to && /^\d{3}$/.test(s.slice(i + 1, i + 4)) && /\d/.test(s[i - 1]) && !(i + 4 < to && isWordChar(s, i + 4))) {
          i += 4;
          continue;
        }
        break;
      }
      const text = s.slice(start, i);
      out.push({ text, lower: text.toLowerCase(), start, end: i, word: true });
      continue;
    }
    // Punctuation: "--" and "''" are one token each; anything else is one character (a surrogate pair stays whole).
    if ((s[i] === '-' || s[i] === "'") && s[i + 1] === s[i] && i + 1 < to) i += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i += 2;
    else i++;
    const text = s.slice(start, i);
    out.push({ text, lower: text, start, end: i, word: false });
  }
  return out;
}

const cache = new WeakMap<object, Token[]>();

/** Tokens of a sentence object, computed once per analysis and shared between detectors. */
export function sentenceTokens(masked: string, sentence: { start: number; end: number }): Token[] {
  let toks = cache.get(sentence);
  if (!toks) {
    toks = tokenize(masked, sentence.start, sentence.end);
    cache.set(sentence, toks);
  }
  return toks;
}

// Words and punctuation of one sentence, with offsets into the article. Shared by the attribution and claim
// detectors, which reason about word order rather than characters. Linear: one sticky-free global regex pass.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word or number (as opposed to punctuation). */
  word: boolean;
}

// A word: letters/digits joined by apostrophes, hyphens, dots ("U.S", "Japan’s", "1,000", "5.5", "self-made").
const TOKEN = /[\p{L}\p{N}]+(?:(?:['’.-]|,(?=\d{3}))[\p{L}\p{N}]+)*|--|''|\S/gu;

/** Tokens of masked[from, to). */
export function tokenize(masked: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = masked.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    const text = m[0];
    out.push({ text, lower: text.toLowerCase(), start: from + m.index, end: from + m.index + text.length, word: /^[\p{L}\p{N}]/u.test(text) });
  }
  return out;
}

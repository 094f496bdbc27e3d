// The words every anonymous source phrase holds (vagueWording.ts's marksAnonymous asks this of each source first).

/**
 * Every way ANONYMOUS or PLACED_SOURCE can match holds one of these (with the same flags, so the same case folding): most
 * sources ("he", "the White House") hold none, and this scan costs a fraction of the full pattern's.
 */
const ANONYMOUS_SOURCE_WORDS = /close|familiar|knowledge|briefed|involved|privy|anonym|name|identified|authori|source|insider|background|record|someone|somebody|contact|friend|\bknow\b|authority/iu;
/** The same words in lowercase ("authority" is in "authori"), for an ASCII phrase. */
const WORDS = ['close', 'familiar', 'knowledge', 'briefed', 'involved', 'privy', 'anonym', 'name', 'identified', 'authori', 'source', 'insider', 'background', 'record', 'someone', 'somebody', 'contact', 'friend'];

/**
 * Does the source phrase hold one of ANONYMOUS_SOURCE_WORDS? An ASCII phrase (most) is lower-cased once and searched
 * for each word, which costs half the pattern's Unicode case-folding scan: on ASCII text /iu folds as ASCII does,
 * and \b sees ASCII word characters only. Any other phrase is left to the pattern.
 */
export function holdsAnonymousWord(source: string): boolean {
  for (let k = 0; k < source.length; k++) if (source.charCodeAt(k) > 127) return ANONYMOUS_SOURCE_WORDS.test(source);
  const lower = source.toLowerCase();
  for (const w of WORDS) if (lower.includes(w)) return true;
  for (let k = lower.indexOf('know'); k >= 0; k = lower.indexOf('know', k + 1)) {
    if ((k === 0 || !isWordUnit(lower.charCodeAt(k - 1))) && (k + 4 >= lower.length || !isWordUnit(lower.charCodeAt(k + 4)))) return true;
  }
  return false;
}

/** A character \w matches in ASCII. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

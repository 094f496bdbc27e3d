// A pattern anchored at the end of a short window ("the agency's director, " before a name) is tried by the regex
// engine at every position of the window, and the people and speaker detectors run such patterns once per name.
// When a match can hold at most a few runs of non-space characters, it cannot start before the last of them:
// searching from there finds the same match for a fraction of the cost.
import { isSpaceUnit } from './chars.js';

/**
 * The leftmost match of `re` in `s`, for a global pattern ending in `$` whose matches hold at most `runs` runs of
 * non-space characters and, before the first, at most one more character (a space or an opening mark).
 */
export function execAtTail(re: RegExp, s: string, runs: number): RegExpExecArray | null {
  let k = s.length;
  for (let r = 0; r < runs && k > 0; r++) {
    while (k > 0 && isSpaceUnit(s.charCodeAt(k - 1))) k--;
    while (k > 0 && !isSpaceUnit(s.charCodeAt(k - 1))) k--;
  }
  re.lastIndex = Math.max(0, k - 1);
  return re.exec(s);
}

/** Is one of the last `runs` runs of non-space characters of `s` one of `words`? */
export function wordNearEnd(s: string, words: readonly string[], runs: number): boolean {
  let k = s.length;
  for (let r = 0; r < runs && k > 0; r++) {
    while (k > 0 && isSpaceUnit(s.charCodeAt(k - 1))) k--;
    const end = k;
    while (k > 0 && !isSpaceUnit(s.charCodeAt(k - 1))) k--;
    for (const w of words) if (w.length === end - k && s.startsWith(w, k)) return true;
  }
  return false;
}

/**
 * Does s[0, end) end with `word` and then one or more spaces (as \s counts them)? A quick test before a pattern
 * ending in `word\s+$` is run over a window: the engine tries such a pattern at every position of the window.
 */
export function endsWithWordThenSpaces(s: string, end: number, word: string): boolean {
  let k = end;
  while (k > 0 && isSpaceUnit(s.charCodeAt(k - 1))) k--;
  return k < end && k >= word.length && s.startsWith(word, k - word.length);
}

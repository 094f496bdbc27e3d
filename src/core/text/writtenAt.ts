// Is a word written somewhere in a text with given surroundings? Each place the word stands is found by indexOf and
// its surroundings tested there by two sticky patterns: one pattern built per word, led by lookbehinds and tried at
// every position of a long article, cost more than the rest of a detector.

/** Does `word` stand somewhere in `text` with `before` matching at its start and `after` at its end (both sticky)? */
export function writtenAt(text: string, word: string, before: RegExp, after: RegExp): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    before.lastIndex = at;
    if (!before.test(text)) continue;
    after.lastIndex = at + word.length;
    if (after.test(text)) return true;
  }
  return false;
}

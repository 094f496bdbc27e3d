// "“Q1,” she said. “Q2.”": a quotation that opens right after a frame closing its sentence, in the same paragraph,
// is more of what the same source said. PARC and PolNeAR annotate both parts as one content (in fragments); a
// reader takes them as one statement too. The content runs on to the end of the continuing quotation(s).
import type { Attribution, Range, Sentence } from './shared.js';

const CLOSING = new Set(['”', '"', "'", '’', '»']);
const OPENING = new Set(['“', '"', "'", '«']);

/** Index of the first quote starting at or after `pos` (quotes are sorted by start). */
function quoteAt(quotes: readonly Range[], pos: number): Range | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid][0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return quotes[lo]?.[0] === pos ? quotes[lo] : undefined;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\n' || text[i] === '\t')) i++;
  return i;
}

/**
 * Where the content of `a` ends once the quotations continuing it are added, or null when none continues it.
 * Only for a quoted content before its cue whose frame ends the sentence ("…,” said X, a professor at Y."); a
 * continuing quotation must end its paragraph or a sentence of its own, so that "“Q2,” he replied." (a frame
 * of its own, maybe another speaker's) is left alone.
 */
export function continuedQuoteEnd(text: string, quotes: readonly Range[], a: Attribution, sentence: Sentence): number | null {
  const c = a.content;
  if (!c || c.end > a.cue.start || !CLOSING.has(text[c.end - 1])) return null;
  const blockEnd = sentence.block.end;
  let end: number | null = null;
  let at = skipSpaces(text, sentence.end, blockEnd);
  // Blank lines end the paragraph: skipSpaces stops at the block end.
  while (at < blockEnd && OPENING.has(text[at])) {
    const q = quoteAt(quotes, at);
    if (!q || q[1] > blockEnd) break;
    const after = skipSpaces(text, q[1], blockEnd);
    const closesSentence = /[.!?]/.test(text[q[1] - 2] ?? '') || /[.!?]/.test(text[q[1] - 3] ?? '');
    if (after < blockEnd && !(closesSentence && (OPENING.has(text[after]) || /\p{Lu}/u.test(text[after])))) break;
    end = q[1];
    if (after >= blockEnd || !OPENING.has(text[after])) break;
    at = after;
  }
  return end;
}

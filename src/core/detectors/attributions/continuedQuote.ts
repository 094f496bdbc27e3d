// "“Q1,” she said. “Q2.”": a quotation that opens right after a frame closing its sentence, in the same paragraph,
// is more of what the same source said. PARC and PolNeAR annotate both parts as one content (in fragments); a
// reader takes them as one statement too. The content runs on to the end of the continuing quotation(s), and
// into a blockquote only after a lead-in colon.
import type { Attribution, Range, Sentence } from './shared.js';
import type { ProseBlock } from '../../markdown/prose.js';
import { firstStartingAfter } from '../../text/sorted.js';

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

/** The block after `block` (blocks are sorted by start). */
function nextBlock(blocks: readonly ProseBlock[], block: ProseBlock): ProseBlock | undefined {
  return blocks[firstStartingAfter(blocks, block.start)];
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\n' || text[i] === '\t')) i++;
  return i;
}

/**
 * Where the content of `a` ends once the quotations continuing it are added, or null when none continues it.
 * In the same paragraph: only for a quoted content before its cue whose frame ends the sentence ("…,” said X, a
 * professor at Y."); a continuing quotation must end its paragraph or a sentence of its own, so that "“Q2,” he
 * replied." (a frame of its own, maybe another speaker's) is left alone. Across a paragraph break: when the
 * attribution closes its paragraph and the next paragraph is one quotation and nothing else (news style gives a
 * speaker once, then quotes them on).
 */
export function continuedQuoteEnd(text: string, quotes: readonly Range[], a: Attribution, sentence: Sentence, blocks: readonly ProseBlock[]): number | null {
  const c = a.content;
  if (!c) return null;
  const blockEnd = sentence.block.end;
  let end: number | null = null;
  let at = skipSpaces(text, sentence.end, blockEnd);
  const contentFirst = c.end <= a.cue.start && CLOSING.has(text[c.end - 1]);
  // Blank lines end the paragraph: skipSpaces stops at the block end.
  while (contentFirst && at < blockEnd && OPENING.has(text[at])) {
    const q = quoteAt(quotes, at);
    if (!q) break;
    // "“Q1,” she said. “Q2 … ¶ “Q3.”": the continuing quotation runs on over the paragraph break (news style),
    // all of it the same source's words.
    if (q[1] > blockEnd) {
      end = q[1];
      break;
    }
    const after = skipSpaces(text, q[1], blockEnd);
    const closesSentence = /[.!?]/.test(text[q[1] - 2] ?? '') || /[.!?]/.test(text[q[1] - 3] ?? '');
    if (after < blockEnd && !(closesSentence && (OPENING.has(text[after]) || /\p{Lu}/u.test(text[after])))) break;
    end = q[1];
    if (after >= blockEnd || !OPENING.has(text[after])) break;
    at = after;
  }
  if (at < blockEnd || !a.source) return end;
  const next = nextBlock(blocks, sentence.block);
  if (!next || next.kind === 'heading') return end;
  // A blockquote is set apart from the prose: it goes on with a paragraph only after a lead-in colon ("X said:"),
  // and otherwise is attributed where it stands (often on the line after it: "That was how X put it").
  if (next.blockquote && !sentence.block.blockquote && !/:\s*$/.test(text.slice(sentence.start, blockEnd))) return end;
  // The frame or the content closes the paragraph: "Carter said that … ." / "“…,” Carson continued."
  const closes = contentFirst ? end === null : /^[\s.,!?”"’']*$/.test(text.slice(c.end, sentence.end));
  if (!closes) return end;
  const q = quoteAt(quotes, skipSpaces(text, next.start, next.end));
  if (!q || skipSpaces(text, q[1], next.end) < next.end) return end;
  // "Owusu added." below it: the quotation has a frame of its own (speakers/bareFrame.ts).
  const below = nextBlock(blocks, next);
  return below && !below.blockquote && BARE_FRAME.test(text.slice(below.start, below.end)) ? end : q[1];
}

/** A paragraph that is only a subject and a past-tense verb, perhaps with an adverb: "Owusu added.", "She later
 *  wrote.", "The minister said." (the speaker finder checks the verb against the cue list). */
const BARE_FRAME = /^\s*(?:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}|[Tt]he\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)(?:\s+\p{Ll}+ly|\s+later|\s+then)?\s+(?:said|wrote|\p{Ll}+ed)\.\s*$/u;

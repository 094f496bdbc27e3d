// “…” then a paragraph that is only "Owusu added." / "she added.": a frame with nothing to report but the quote
// above it. Its subject is the quote's speaker, though a plain quoted paragraph otherwise looks only above it (a
// quotation running on continues the last speaker; only a blockquote is attributed by the line below).
import type { DetectorContext } from '../../context.js';
import type { Quote } from '../../types.js';
import { isAdverb } from '../../lexicon/words.js';
import { charFlags, SPACE } from '../../text/chars.js';
import { firstStartingAt } from '../../text/sorted.js';
import { isCueAt } from './cues.js';
import { sourceLeft, type Found } from './phrases.js';
import { tokens, type Tok } from './tokens.js';

/** The subject of the paragraph after the quote's, when the quote closes its paragraph (the only quote in it) and
 *  the next paragraph is a bare frame; else null. `ei` is the sentence where the quote ends. */
export function bareFrameBelow(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, quote: Quote, ei: number): Found | null {
  const last = ei >= 0 ? ctx.sentences[ei] : undefined;
  if (!last || quote.end < last.end - 1) return null;
  const { blocks, masked } = ctx.doc;
  const block = last.block;
  if (trimmed(masked, block.end, quote.end, -1) !== quote.end || ctx.quotes.some((q) => q !== quote && q.start >= block.start && q.end <= quote.start)) return null;
  let b = firstStartingAt(blocks, block.start);
  while (b < blocks.length && blocks[b] !== block) b++;
  const next = blocks[b + 1];
  if (!next || next.blockquote || block.blockquote) return null;
  const end = trimmed(masked, next.end, next.start, -1);
  if (end - next.start > 200) return null;
  return bareFrame(ctx, cues, tokens(ctx, next.start, end), end);
}

/** From `at` towards `limit` (step +1 or -1), past spaces: where the text begins (or ends). */
function trimmed(masked: string, at: number, limit: number, step: 1 | -1): number {
  let k = at;
  while (k !== limit && (charFlags(masked.charCodeAt(step > 0 ? k : k - 1)) & SPACE) !== 0) k += step;
  return k;
}

/** The subject of a paragraph that is only a subject, a cue and perhaps adverbs ("Owusu later added."), or null. */
function bareFrame(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, toks: Tok[], end: number): Found | null {
  const last = toks[toks.length - 1];
  if (toks.length < 3 || toks.length > 24 || !last || last.text !== '.' || last.end !== end) return null;
  // One sentence and no quotation: "Their accountant, Per Solberg, was less sure. “…,” he admits." is no bare frame
  // (a dot after a lowercase word ends a sentence; "Dr." and "A." do not).
  for (let k = 0; k < toks.length - 1; k++) if (toks[k].quoted || /^[!?]$/.test(toks[k].text) || (toks[k].text === '.' && /^\p{Ll}/u.test(toks[k - 1]?.text ?? ''))) return null;
  for (let k = 1; k < toks.length - 1; k++) {
    // A capitalised cue word inside the paragraph is part of a name ("an adviser to Judge Hana Petrova, said").
    if (!isCueAt(toks, k, cues) || /^\p{Lu}/u.test(toks[k].text)) continue;
    for (let j = k + 1; j < toks.length - 1; j++) if (!toks[j].word || !isAdverb(toks[j].lower)) return null;
    // The subject may follow a title or a description ("Dr Mensah", "The port’s harbourmaster, Wiebke Sorensen,").
    return sourceLeft(ctx, toks, k, 0);
  }
  return null;
}

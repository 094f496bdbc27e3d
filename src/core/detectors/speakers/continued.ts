// How far the words after a quote reach: to its sentence's end, or on into the next sentence of the paragraph when
// that sentence goes on with the attribution of a quote ending in “…?” or “…!”.
import type { DetectorContext } from '../../context.js';
import type { Quote } from '../../types.js';
import type { Sentence } from '../../markdown/sentences.js';
import * as chars from '../../text/chars.js';
import { goesOn, isCueAt } from './cues.js';
import { tokens } from './tokens.js';

const { charFlags, SPACE } = chars;

/**
 * Where the words after the quote end: its sentence's end, or, when a “…?” or “…!” ended the sentence and the next
 * one opens in lowercase ("“Is it fair?” said Tom Burke") or holds no quotation ("“Is it fair?” Tom Burke asked."),
 * the end of that next sentence of the paragraph.
 */
export function continuedEnd(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, quote: Quote, ei: number): number {
  const last = ctx.sentences[ei];
  const next = ctx.sentences[ei + 1];
  if (!next || next.block !== last.block || quote.end < last.end - 1) return last.end;
  const masked = ctx.doc.masked;
  let p = next.start;
  while (p < next.end && (charFlags(masked.charCodeAt(p)) & SPACE) !== 0) p++;
  if (/\p{Ll}/u.test(masked[p] ?? '')) return next.end;
  const asked = /[?!]\s*$/.test(quote.inner.text) && /\p{Lu}/u.test(masked[p] ?? '') && !/[“"«]/.test(ctx.doc.text.slice(next.start, next.end));
  return asked && endsWithCue(ctx, cues, next) ? next.end : last.end;
}

/** Does the sentence end at its first cue, or at most two words after it ("Tom Burke asked reporters.")? Then it
 *  only attributes; "Trump acknowledged that a rift …" says something of its own. */
function endsWithCue(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, s: Sentence): boolean {
  const toks = tokens(ctx, s.start, Math.min(s.end, s.start + 300), 40);
  const words = toks.filter((t) => t.word).length;
  for (let k = 1, seen = 1; k < toks.length; k++) {
    if (!toks[k].word) continue;
    seen++;
    if (isCueAt(toks, k, cues) || goesOn(toks, k)) return words - seen <= 2 + (goesOn(toks, k) ? 1 : 0);
  }
  return false;
}

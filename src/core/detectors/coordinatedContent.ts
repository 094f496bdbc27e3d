// A cue's content ends where a coordinated, separate attribution begins: in "the minister said exports rose and
// officials said imports fell" the minister's content is "exports rose", not the rest of the sentence. Without
// this, text that strings attributions together with "and" (no sentence ends) gives every cue a content that
// runs to the content window's end, and output grows with the square of the number of cues.
import type { Attribution, Span } from '../types.js';
import * as shared from './attributions/shared.js';

// A module-level copy: under tsx every use of an import is a getter call.
const { contentKind } = shared;

/** What joins two separate attributions: "and", "but", "while", "whereas", a semicolon, or a relative "where" /
 *  "when" opening a clause with a source of its own ("…, including in a debate, where the governor called …"). */
const BEFORE_HEAD = /(?:[\s,]|^)(?:and|but|while|whereas)[\s,]*$|;\s*$|,\s*(?:where|when)\s+(?:the\s+)?$/i;
const AFTER_HEAD = /^[\s,]*(?:(?:and|but|while|whereas)(?=[\s,])|;)[\s,]*/i;
/** Only the text this close to a boundary is read: the test stays constant-time per pair. */
const LOOK = 16;

/**
 * Cuts the contents of `list[from..]` (the attributions of one sentence, in the order found) at coordinated
 * attributions of the same sentence. Spans are replaced, never mutated: other findings may share them.
 */
export function cutAtCoordinatedAttributions(text: string, list: Attribution[], from: number): void {
  if (list.length - from < 2) return;
  const heads: Span[] = [];
  for (let k = from; k < list.length; k++) heads.push(headOf(list[k]));
  // Sorted copies for the search below; a sentence has few attributions, but text without sentence ends
  // (cut at 2,000 characters) can have dozens.
  const byStart = heads.map((h, i) => ({ h, i })).sort((x, y) => x.h.start - y.h.start);
  for (let k = from; k < list.length; k++) {
    const a = list[k];
    const content = a.content;
    if (content === null) continue;
    const own = k - from;
    if (content.start >= a.cue.end) {
      const end = forwardEnd(text, content, byStart, own);
      // The kind is the cut content's: a quotation left to the other attribution no longer makes this one mixed.
      if (end !== content.end) list[k] = withContent(a, { start: content.start, end, text: text.slice(content.start, end) });
    } else if (content.end <= a.cue.start) {
      const start = backwardStart(text, content, byStart, own);
      if (start !== content.start) list[k] = withContent(a, { start, end: content.end, text: text.slice(start, content.end) });
    }
  }
}

function withContent(a: Attribution, content: Span): Attribution {
  return { ...a, content, contentKind: contentKind(content) };
}

function headOf(a: Attribution): Span {
  const start = a.source && a.source.start < a.cue.start ? a.source.start : a.cue.start;
  const end = a.source && a.source.end > a.cue.end ? a.source.end : a.cue.end;
  return { start, end, text: '' };
}

/** The first head inside the content preceded by a coordinator ends the content just before that coordinator. */
function forwardEnd(text: string, content: Span, heads: { h: Span; i: number }[], own: number): number {
  for (const { h, i } of heads) {
    if (i === own || h.start <= content.start) continue;
    if (h.start >= content.end) break;
    const before = text.slice(Math.max(content.start, h.start - LOOK), h.start);
    const m = BEFORE_HEAD.exec(before);
    if (m === null) continue;
    const end = trimEnd(text, content.start, h.start - before.length + m.index);
    if (end > content.start) return end;
  }
  return content.end;
}

/** The last head inside the content followed by a coordinator starts the content just after that coordinator. */
function backwardStart(text: string, content: Span, heads: { h: Span; i: number }[], own: number): number {
  for (let n = heads.length - 1; n >= 0; n--) {
    const { h, i } = heads[n];
    if (i === own || h.start >= content.end || h.end <= content.start || h.end >= content.end) continue;
    const after = text.slice(h.end, Math.min(content.end, h.end + LOOK));
    const m = AFTER_HEAD.exec(after);
    if (m === null) continue;
    const start = h.end + m[0].length;
    if (start < content.end) return start;
  }
  return content.start;
}

function trimEnd(text: string, floor: number, end: number): number {
  while (end > floor && /[\s,;]/.test(text[end - 1])) end--;
  return end;
}

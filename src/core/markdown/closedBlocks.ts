// Blocks that close on a line of their own and hold no inline syntax: a one-line HTML comment and a fenced code
// block of the simplest form, built as micromark reads them. plainParagraphs.ts takes them into its runs of plain
// blocks (after a blank line, before one), so that micromark does not read them nor the paragraphs around them one
// by one: an editor's note or a code sample between two paragraphs would otherwise split their run in two.
import type { Code, Html } from 'mdast';

/** A block found at a line start: its node, and where it ends (the end of its last line). */
export interface ClosedBlock {
  node: Html | Code;
  end: number;
  endLine: number;
  lastLineStart: number;
}

/** The line text[from, to) as an HTML block, when it is one comment "<!-- … -->" (an HTML block ends on the line
 *  where "-->" first appears, so the node is the whole line), with no control character or tab in it. */
export function commentLine(text: string, from: number, to: number, line: number): ClosedBlock | undefined {
  if (to - from < 7 || !text.startsWith('<!--', from) || !text.startsWith('-->', to - 3) || hasControl(text, from, to)) return undefined;
  const position = { start: { line, column: 1, offset: from }, end: { line, column: to - from + 1, offset: to } };
  return { node: { type: 'html', value: text.slice(from, to), position }, end: to, endLine: line, lastLineStart: from };
}

/** Where a search for a closing fence last gave up: an opener before there gives up there too (no close comes
 *  before it), so a text of many unclosed fences costs one search, not one per fence. */
export interface FenceSearch {
  failedAt: number;
}

/**
 * A fenced code block opening with the line text[from, to): "```" and a language of letters, digits, "_", "+" or
 * "-" (no meta, nothing to decode), closed by a line "```" with no other line in between that could close it, its
 * lines free of tabs and control characters (kept as written). Undefined for any other fence, or one never closed.
 */
export function fencedCode(text: string, from: number, to: number, line: number, search: FenceSearch): ClosedBlock | undefined {
  if (from < search.failedAt || !text.startsWith('```', from) || !isLanguage(text, from + 3, to)) return undefined;
  let endLine = line;
  for (let start = to + 1; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    endLine++;
    if (couldCloseFence(text, start, end)) {
      if (end - start !== 3) return gaveUp(search, start);
      const value = start > to + 1 ? text.slice(to + 1, start - 1) : '';
      const lang = to > from + 3 ? text.slice(from + 3, to) : null;
      const position = { start: { line, column: 1, offset: from }, end: { line: endLine, column: 4, offset: end } };
      return { node: { type: 'code', lang, meta: null, value, position }, end, endLine, lastLineStart: start };
    }
    if (hasControl(text, start, end)) return gaveUp(search, start);
    start = end + 1;
  }
  return gaveUp(search, text.length);
}

function gaveUp(search: FenceSearch, at: number): undefined {
  search.failedAt = at;
  return undefined;
}

function isLanguage(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 43 || c === 45)) return false;
  }
  return true;
}

/** Up to three spaces, three or more backticks, then only spaces or tabs: a line that may close a backtick fence. */
function couldCloseFence(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && i - from < 3 && text.charCodeAt(i) === 32) i++;
  const ticks = i;
  while (i < to && text.charCodeAt(i) === 96) i++;
  if (i - ticks < 3) return false;
  for (; i < to; i++) if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return false;
  return true;
}

/** A character below U+0020 (a tab, NUL…) or DEL in text[from, to). */
function hasControl(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127) return true;
  }
  return false;
}

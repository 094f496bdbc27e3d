// A GFM table read off its CommonMark reading, for the common case where that is unambiguous.
//
// Why: micromark's GFM table tokenizer is by far the slowest part of a GFM parse (several µs per character,
// a tokenizer per cell), and tables are frequent in data-heavy articles. Plain CommonMark reads a table as one
// paragraph whose inline content is already parsed; when every cell-separating pipe sits in plain text of that
// paragraph, the cells are just that inline content cut at the pipes. The result has the rows, cells and
// positions remark-gfm gives, which is all the prose document reads (tests compare the two); it leaves out
// column alignment and keeps text values as written (entities undecoded). Any table this can't vouch for goes
// to remark-gfm instead.
import type { PhrasingContent, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import { pointAt } from './tree.js';

type Position = NonNullable<Table['position']>;

const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** The table a top-level paragraph is under GFM, or undefined when that is not certain. */
export function simpleTable(text: string, lines: number[], paragraph: RootContent): Table | undefined {
  const span = (from: number, to: number) => spanOf(lines, from, to);
  if (paragraph.type !== 'paragraph') return undefined;
  const start = paragraph.position!.start.offset!;
  const end = paragraph.position!.end.offset!;
  const source = text.slice(start, end);
  // Escapes, code spans, HTML and hard breaks can hide or move a pipe; indentation and tabs change the rules.
  // A line that starts a list ("2. x", "* y", a lone "-") stays in a CommonMark paragraph but ends a GFM table.
  // (CR line endings are left to remark-gfm: rare, and not worth a second line splitter.)
  if (/[\\`<\r\t]|\n |(?:^|\n)(?:[*+-]|\d{1,9}[.)])(?:[ ]|\n|$)/.test(source) || (start > 0 && text[start - 1] !== '\n')) return undefined;
  const rowLines = lineRanges(text, start, end);
  if (rowLines.length < 2) return undefined;
  const delimiter = text.slice(rowLines[1][0], rowLines[1][1]);
  if (!delimiter.includes('|') || !DELIMITER_ROW.test(delimiter)) return undefined;
  const inline = paragraph.children as PhrasingContent[];
  if (!inline.every((n) => n.type === 'text' || n.type === 'emphasis' || n.type === 'strong' || n.type === 'link' || n.type === 'linkReference')) return undefined;

  // Pipes and cells are visited in text order, so one cursor over the inline nodes serves each (a big table
  // stays linear).
  let pipeCursor = 0;
  const pipeInText = (offset: number): boolean => {
    while (pipeCursor < inline.length && endOf(inline[pipeCursor]) <= offset) pipeCursor++;
    const node = inline[pipeCursor];
    return node !== undefined && node.type === 'text' && startOf(node) <= offset;
  };
  let cellCursor = 0;
  /** The inline nodes within [from, to): text cut to the range, other nodes whole or not at all. */
  const clip = (from: number, to: number): PhrasingContent[] | undefined => {
    while (cellCursor < inline.length && endOf(inline[cellCursor]) <= from) cellCursor++;
    const out: PhrasingContent[] = [];
    for (let k = cellCursor; k < inline.length && startOf(inline[k]) < to; k++) {
      const node = inline[k];
      const a = Math.max(startOf(node), from);
      const b = Math.min(endOf(node), to);
      if (node.type === 'text') out.push({ type: 'text', value: text.slice(a, b), position: span(a, b) } as Text);
      else if (a === startOf(node) && b === endOf(node)) out.push(node);
      else return undefined;
    }
    return out;
  };
  const rows: TableRow[] = [];
  let columns = 0;
  for (let l = 0; l < rowLines.length; l++) {
    const [from, to] = rowLines[l];
    const pipes: number[] = [];
    for (let i = text.indexOf('|', from); i !== -1 && i < to; i = text.indexOf('|', i + 1)) {
      if (!pipeInText(i)) return undefined;
      pipes.push(i);
    }
    if (l === 1) continue;
    const cells = cellRanges(text, from, to, pipes);
    if (l === 0) {
      columns = cells.length;
      if (columns !== cellRanges(text, rowLines[1][0], rowLines[1][1], delimiterPipes(text, rowLines[1])).length) return undefined;
    }
    const row: TableRow = { type: 'tableRow', children: [], position: span(from, to) };
    for (const cell of cells) {
      const children = clip(cell.contentStart, cell.contentEnd);
      if (!children) return undefined;
      row.children.push({ type: 'tableCell', children, position: span(cell.start, cell.end) } as TableCell);
    }
    rows.push(row);
  }
  return { type: 'table', align: [], children: rows, position: span(start, rowLines[rowLines.length - 1][1]) };
}

function delimiterPipes(text: string, [from, to]: [number, number]): number[] {
  const pipes: number[] = [];
  for (let i = text.indexOf('|', from); i !== -1 && i < to; i = text.indexOf('|', i + 1)) pipes.push(i);
  return pipes;
}

/** Each line of the paragraph, from its start to its end (trailing whitespace included, as GFM rows do). */
function lineRanges(text: string, start: number, end: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let from = start;
  for (;;) {
    let to = text.indexOf('\n', from);
    if (to === -1 || to >= end) {
      to = end;
      while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
      lines.push([from, to]);
      return lines;
    }
    lines.push([from, to]);
    from = to + 1;
  }
}

interface CellRange {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

/**
 * Cells as remark-gfm positions them: a cell starts at the pipe before it (or the line start) and ends at the
 * next pipe; the last one runs to the end of the line, over a closing pipe and trailing spaces.
 */
function cellRanges(text: string, from: number, to: number, pipes: number[]): CellRange[] {
  let lastContent = to;
  while (lastContent > from && (text[lastContent - 1] === ' ' || text[lastContent - 1] === '\t')) lastContent--;
  const leading = pipes.length > 0 && pipes[0] === from;
  const trailing = pipes.length > 0 && pipes[pipes.length - 1] === lastContent - 1 && !(pipes.length === 1 && leading);
  const splits = pipes.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  const bounds = [from, ...splits, to];
  const cells: CellRange[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    const last = i + 2 === bounds.length;
    let contentStart = text[start] === '|' ? start + 1 : start;
    let contentEnd = last ? (trailing ? lastContent - 1 : lastContent) : end;
    while (contentStart < contentEnd && (text[contentStart] === ' ' || text[contentStart] === '\t')) contentStart++;
    while (contentEnd > contentStart && (text[contentEnd - 1] === ' ' || text[contentEnd - 1] === '\t')) contentEnd--;
    cells.push({ start, end, contentStart, contentEnd });
  }
  return cells;
}

const startOf = (node: PhrasingContent): number => node.position!.start.offset!;
const endOf = (node: PhrasingContent): number => node.position!.end.offset!;

function spanOf(lines: number[], start: number, end: number): Position {
  return { start: pointAt(lines, start), end: pointAt(lines, end) };
}

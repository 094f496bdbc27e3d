// Parses a long Markdown text in pieces and joins the trees, so that the result is the tree one parse of the
// whole text gives, at a cost that grows linearly with the text.
//
// Why: micromark (remark-parse) is super-linear on long documents. Each time a list or blockquote closes before
// a following block, its document tokenizer rebuilds the array of every event so far (`EditMap.consume` in
// micromark/lib/initialize/document.js), so a 2 MB article with ordinary quotes and lists took 7 s to parse,
// 2.5–3× more per doubling. Pieces of CHUNK_CHARS keep that array short.
//
// Where a piece may end: before a line that starts with a letter, after a blank line, outside fenced code and
// multi-line HTML. Such a line starts a paragraph outside every container in the whole text too (a blank line
// closes blockquotes and paragraphs, a list item or footnote needs indentation to go on), so what follows it is
// read the same whether the text before it is there or not. Two things cross pieces:
//  - Link and footnote definitions, which count for the whole document: each piece is parsed with copies of the
//    definitions (defined elsewhere) that its brackets could name, placed before it and dropped afterwards.
//  - Anything still open at the cut (an unclosed fence or comment that the line scan missed): every piece but the
//    last is parsed with a separator line where the next one starts, and must end with the separator as a
//    block of its own. Otherwise the text is parsed whole: never a different reading, only a slower one.
import type { Nodes, Root, RootContent } from 'mdast';
import { lineStartsOf } from './lines.js';
import { pointAt, visit } from './tree.js';
import { listMarkerEnd } from './guard.js';

/** Pieces are about this long. Below twice that, one parse measured as cheap as pieces, so the text is parsed whole. */
export const CHUNK_CHARS = 64 * 1024;

// Stands where the next piece's first line would be: an HTML comment, which nothing open can absorb unnoticed.
const SEPARATOR = '<!---->';
const MAX_LABEL = 999;

interface Piece {
  start: number;
  end: number;
  /** Keys its brackets could name. */
  names: Set<string>;
  /** Definitions copied in front of the piece, by key, in source form. */
  copied: Map<string, string>;
  prefix: string;
  tree?: Root;
  /** Definitions the piece itself holds: key → label. */
  own?: Map<string, string>;
}

type Definitions = Map<string, Array<{ label: string; piece: number }>>;

/**
 * The tree `parse` gives for the whole text, built from pieces of about `chunkChars` characters. `gfm` says
 * whether `parse` reads footnotes ("[^1]: …" is then a footnote definition, not a link definition).
 */
export function parseInChunks(text: string, parse: (text: string) => Root, gfm: boolean, chunkChars = CHUNK_CHARS): Root {
  if (text.length < 2 * chunkChars) return parse(text);
  const starts = cutPoints(text, chunkChars);
  if (starts.length < 2) return parse(text);
  const pieces: Piece[] = starts.map((start, i) => {
    const end = starts[i + 1] ?? text.length;
    return { start, end, names: bracketNames(text, start, end, gfm), copied: new Map(), prefix: '' };
  });
  // Definitions as a line scan sees them: usually right, so each piece is parsed once.
  const guessed = guessDefinitions(text, starts, gfm);
  for (const [i, piece] of pieces.entries()) {
    if (!parsePiece(text, piece, parse, i === pieces.length - 1, copies(piece.names, guessed, i))) return parse(text);
  }
  // The definitions the pieces really hold. A piece must have been given every one of them its brackets could
  // name, and no copy of one that does not exist; otherwise it is parsed again.
  const defined: Definitions = new Map();
  pieces.forEach((piece, i) => {
    for (const [key, label] of piece.own!) addDefinition(defined, key, label, i);
  });
  for (const [i, piece] of pieces.entries()) {
    const needed = copies(piece.names, defined, i, piece.own);
    const right = [...needed.keys()].every((key) => piece.copied.has(key)) && [...piece.copied.keys()].every((key) => defined.has(key));
    if (!right && !parsePiece(text, piece, parse, i === pieces.length - 1, needed)) return parse(text);
  }
  return join(text, pieces);
}

/**
 * Offsets where pieces start: 0, then the first safe line at least `chunkChars` after the previous start. A safe
 * line starts with a letter, follows a blank line and is outside fenced code and HTML blocks that may hold blank
 * lines (script, pre, style, textarea, comments, processing instructions, declarations, CDATA). The scan is
 * deliberately simple (index checks, no regex over a whole line: a line can be megabytes); parsePiece checks
 * each cut.
 */
export function cutPoints(text: string, chunkChars: number): number[] {
  const starts = [0];
  let fence: { char: string; length: number } | undefined;
  // Where the open HTML block ends (its end marker found once, not searched for again on every line).
  let htmlEnd: number | undefined;
  let blankBefore = false;
  for (let start = 0; start < text.length;) {
    const end = lineEnd(text, start);
    const next = end < text.length ? end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1) : end;
    const content = contentStart(text, start, end);
    if (fence) {
      const length = fenceLength(text, content, end);
      if (length >= fence.length && text[content] === fence.char && isBlank(text, content + length, end)) fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (htmlEnd <= end) htmlEnd = undefined;
    } else if (blankBefore && LETTER.test(text[start] + (text[start + 1] ?? '')) && start - starts[starts.length - 1] >= chunkChars &&
      text.length - start >= chunkChars / 2) {
      starts.push(start);
    } else {
      const length = fenceLength(text, content, end);
      if (length > 0 && !(text[content] === '`' && text.slice(content + length, end).includes('`'))) fence = { char: text[content], length };
      else htmlEnd = htmlBlockEnd(text, content, end);
    }
    blankBefore = !fence && htmlEnd === undefined && isBlank(text, start, end);
    start = next;
  }
  return starts;
}

const LETTER = /^\p{L}/u;

/** Where a line's content starts, after blockquote markers, list markers and indentation. */
function contentStart(text: string, start: number, end: number): number {
  let i = start;
  for (;;) {
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === '>') {
      i++;
      continue;
    }
    const marker = listMarkerEnd(text, i, end);
    if (marker === undefined) return i;
    i = marker;
  }
}

/** Length of a run of three or more backticks or tildes at `at`, or 0. */
function fenceLength(text: string, at: number, end: number): number {
  const c = text[at];
  if (c !== '`' && c !== '~') return 0;
  let i = at;
  while (i < end && text[i] === c) i++;
  return i - at >= 3 ? i - at : 0;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}

// HTML blocks that go on over blank lines: how each starts and the string that ends it.
const HTML_BLOCKS: Array<[RegExp, string]> = [
  [/^<script(?:[\s>]|$)/i, '</script>'], [/^<pre(?:[\s>]|$)/i, '</pre>'], [/^<style(?:[\s>]|$)/i, '</style>'],
  [/^<textarea(?:[\s>]|$)/i, '</textarea>'], [/^<!--/, '-->'], [/^<\?/, '?>'], [/^<!\[CDATA\[/, ']]>'], [/^<![A-Za-z]/, '>'],
];

/**
 * For an HTML block that opens at `at` and does not close on its first line: the offset of the end of its end
 * marker (the text's length when there is none).
 */
function htmlBlockEnd(text: string, at: number, end: number): number | undefined {
  if (text[at] !== '<') return undefined;
  const head = text.slice(at, Math.min(end, at + 12));
  for (const [open, close] of HTML_BLOCKS) {
    const m = open.exec(head);
    if (!m) continue;
    const found = text.indexOf(close, at + m[0].length);
    if (found === -1) return text.length;
    return found + close.length <= end ? undefined : found + close.length;
  }
  return undefined;
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/**
 * The definition keys a piece's brackets could name: every "[…]" without unescaped brackets inside (a link
 * label cannot hold one), also with blockquote markers at line starts removed (as in a label that spans quoted
 * lines), and as a footnote label when it starts with "^". More names than real references cost nothing.
 */
function bracketNames(text: string, start: number, end: number, gfm: boolean): Set<string> {
  const names = new Set<string>();
  BRACKETS.lastIndex = start;
  for (let m = BRACKETS.exec(text); m && m.index < end; m = BRACKETS.exec(text)) {
    const label = m[1];
    // Go on from just after "[", so "[a [b] c]" also yields "b".
    BRACKETS.lastIndex = m.index + 1;
    if (label.length > MAX_LABEL * 2) continue;
    for (const variant of new Set([label, label.replace(/(^|\r\n?|\n)[ \t]*(?:>[ \t]?)+/g, '$1')])) {
      for (const key of keysOf(variant, gfm)) names.add(key);
    }
  }
  return names;
}

// "[", then anything but brackets (escapes and one-backtick code spans may hold them), then "]".
const BRACKETS = /\[((?:[^[\]\\`]|\\[^]|`[^`\r\n]*`|`)*)\]/g;

/** How a label is matched: micromark's normalizeIdentifier, lower-cased as mdast stores identifiers. */
function normalize(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
}

/** Keys a label could match: "d:" for a link definition, "f:" for a GFM footnote definition. */
function keysOf(label: string, gfm: boolean): string[] {
  const keys = [`d:${normalize(label)}`];
  if (gfm && label.startsWith('^')) keys.push(`f:${normalize(label.slice(1))}`);
  return keys;
}

// A line that opens a definition: container markers, "[label]:", then the rest of the line.
const DEFINITION_LINE = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*\[((?:[^[\]\\\r\n]|\\.){1,999})\]:([^\r\n]*)/gm;

/** Definitions found by a line scan, with the piece each is in (a guess: parsePiece's trees are the truth). */
function guessDefinitions(text: string, starts: number[], gfm: boolean): Definitions {
  const found: Definitions = new Map();
  let piece = 0;
  DEFINITION_LINE.lastIndex = 0;
  for (let m = DEFINITION_LINE.exec(text); m; m = DEFINITION_LINE.exec(text)) {
    while (piece + 1 < starts.length && starts[piece + 1] <= m.index) piece++;
    // GFM reads "[^label]: anything" as a footnote when the label has no white space.
    const footnote = gfm && m[1].startsWith('^') && !/\s/.test(m[1]);
    if (!footnote && !mayBeDestination(m[2])) continue;
    const key = footnote ? `f:${normalize(m[1].slice(1))}` : `d:${normalize(m[1])}`;
    addDefinition(found, key, m[1], piece);
  }
  return found;
}

function addDefinition(definitions: Definitions, key: string, label: string, piece: number): void {
  const list = definitions.get(key);
  if (list) list.push({ label, piece });
  else definitions.set(key, [{ label, piece }]);
}

/**
 * Could a link definition's rest of line ("[label]:" then this) be a destination with an optional title? Not
 * when words follow the destination ("[^1]: Figures from the census" is a paragraph under CommonMark).
 */
function mayBeDestination(rest: string): boolean {
  const m = /^[ \t]*(?:<[^<>\r\n]*>|[^\s<][^\s]*)?[ \t]*(.*)$/.exec(rest);
  const after = m ? m[1] : '';
  if (after === '') return true;
  const close = { '"': '"', "'": "'", '(': ')' }[after[0]];
  if (!close) return false;
  const end = after.indexOf(close, 1);
  // A title may go on over lines; one that closes on this line must end it.
  return end === -1 || after.slice(end + 1).trim() === '';
}

/**
 * The definitions to copy in front of piece `index`: those its brackets could name that another piece holds
 * (and the piece itself does not), by key, in source form with a placeholder destination.
 */
function copies(names: Set<string>, defined: Definitions, index: number, own?: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of names) {
    if (own?.has(name)) continue;
    const other = defined.get(name)?.find((d) => d.piece !== index);
    if (other) out.set(name, `[${other.label}]: x\n\n`);
  }
  return out;
}

/**
 * Parses one piece with its copied definitions in front and, unless it is the last, the separator after it.
 * Keeps the piece's own nodes (tree and definitions) when the cuts held: the copies end before the piece, and
 * the separator is a block of its own. Returns false otherwise.
 */
function parsePiece(text: string, piece: Piece, parse: (text: string) => Root, last: boolean, copied: Map<string, string>): boolean {
  // The first piece may open with front matter, so its copies go after the separator; the last has none.
  const definitions = [...copied.values()].join('');
  const prefix = copied.size > 0 && piece.start > 0 ? definitions : '';
  const suffix = last ? '' : SEPARATOR + (copied.size > 0 && piece.start === 0 ? `\n\n${definitions}` : '');
  piece.copied = copied;
  piece.prefix = prefix;
  const body = text.slice(piece.start, piece.end);
  const root = parse(prefix + body + suffix);
  const bodyEnd = prefix.length + body.length;
  const kept: RootContent[] = [];
  let separated = last;
  for (const node of root.children) {
    const { start, end } = node.position!;
    if (end.offset! <= prefix.length && prefix.length > 0) {
      if (node.type !== 'definition' && node.type !== 'footnoteDefinition') return false;
    } else if (start.offset! < prefix.length) {
      return false;
    } else if (end.offset! <= bodyEnd) {
      kept.push(node);
    } else if (!separated && start.offset === bodyEnd && node.type === 'html' && node.value === SEPARATOR) {
      separated = true;
    } else if (!separated || (node.type !== 'definition' && node.type !== 'footnoteDefinition')) {
      return false;
    }
  }
  if (!separated) return false;
  const own = new Map<string, string>();
  for (const node of kept) {
    visit(node, (n) => {
      if (n.type === 'definition') own.set(`d:${n.identifier}`, n.label ?? n.identifier);
      else if (n.type === 'footnoteDefinition') own.set(`f:${n.identifier}`, `^${n.label ?? n.identifier}`);
    });
  }
  piece.tree = { ...root, children: kept };
  piece.own = own;
  return true;
}

/** The pieces' nodes, moved to their places in the text, under one root. */
function join(text: string, pieces: Piece[]): Root {
  const lines = lineStartsOf(text);
  const children: RootContent[] = [];
  for (const piece of pieces) {
    const shift = piece.start - piece.prefix.length;
    const lineShift = pointAt(lines, piece.start).line - 1 - lineStartsOf(piece.prefix).length + 1;
    for (const node of piece.tree!.children) {
      visit(node as Nodes, (n) => {
        if (!n.position) return;
        const { start, end } = n.position;
        n.position = {
          start: { line: start.line + lineShift, column: start.column, offset: start.offset! + shift },
          end: { line: end.line + lineShift, column: end.column, offset: end.offset! + shift },
        };
      });
      children.push(node);
    }
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: pointAt(lines, text.length) } };
}

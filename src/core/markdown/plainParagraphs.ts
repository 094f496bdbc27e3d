// Plain paragraphs, most of a news article, built without micromark: the same tree at a fraction of the cost.
//
// Why: the parse was a third of an analysis, and a paragraph of ordinary prose is where micromark spends most of
// it (its content, text and subtokenize passes over every character), although the tree it gives is always one
// paragraph holding one text node with the paragraph's characters.
//
// A block counts as plain when it starts a line right after a blank line (or the text), runs to the next blank
// line (or the end), and each of its lines opens with a letter, a digit (not a list marker) or an opening quote,
// ends without white space (or in one space, which its text leaves out) and holds no character that CommonMark or GFM give a meaning in text (escapes, code,
// emphasis, HTML, entities, strikethrough, tables, autolink literals), but for two bracket forms read here: a link
// "[words](url)" of the simplest kind and a footnote call "[^3]" that nothing defines (text, as micromark reads it). Micromark still reads the rest of the
// text, with each run of plain blocks (blank lines between them) masked by one HTML comment "<!---->", so every other
// node keeps its columns and only shifts in line and offset; each comment that comes back as a block of the root,
// exactly where its paragraphs were, is swapped for those paragraphs. A comment found anywhere else
// (inside a fence, front matter, an open HTML block) means the block was not a paragraph: the text is then parsed
// as it is. Never a different reading. A one-line paragraph of a block quote or bullet list item ("> …", "- …") is
// masked the same way, by a comment of its own length (see innerBlocks). An ATX heading of plain words, a one-line
// comment and a simple fenced code block (closedBlocks.ts) join the runs too, built here as micromark reads them.
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { commentLine, fencedCode, type FenceSearch } from './closedBlocks.js';
import { visit } from './tree.js';

interface Block {
  start: number;
  end: number;
  /** 1-based lines of its first and last characters. */
  line: number;
  endLine: number;
  /** Offset where its last line starts. */
  lastLineStart: number;
  /** Characters before it on its line: 0, or 2 in a block quote or list item ("> ", "- "). */
  indent: number;
  /** A block that is no paragraph (a heading, a comment, fenced code), built already. */
  node?: RootContent;
  /** Some line of it ends in one space, which its text leaves out. */
  spaced?: boolean;
}

/** Plain blocks with nothing but blank lines between them, spanned as one block. */
interface Run extends Block {
  blocks: Block[];
  /** The comment that stands for them in the text micromark reads. */
  mask: string;
}

/** The comment that masks a run on one line. */
const SHORT_MASK = '<!---->';
/** Blocks shorter than this cannot hold the comment "<!---->" that masks them. */
const MIN_BLOCK = 7;

/** `parse(text)`, with the plain paragraphs built here instead of by `parse`. */
export function parseWithPlainParagraphs(text: string, parse: (text: string) => Root): Root {
  // Lone CRs and CRLFs end lines too: such a text is left to micromark.
  if (text.includes('\r')) return parse(text);
  const defined = text.includes('[^') ? definedLabels(text) : undefined;
  const blocks = plainBlocks(text, defined);
  const inner = innerBlocks(text, defined);
  // Nothing but plain blocks and blank lines (half of PolNeAR's articles): micromark would read only the comments
  // that mask them, so the tree is known without it.
  if (blocks.length > 0 && inner.length === 0 && onlyBlankBetween(text, blocks)) return plainRoot(text, blocks);
  // micromark's cost grows with the blocks it reads more than with their length: one comment per run, not per block.
  const runs = runsOf(text, blocks);
  if (runs.length === 0 && inner.length === 0) return parse(text);
  const root = restored(text, parse(masked(text, runs, inner)), runs);
  return root && restoredInner(text, root, inner) ? root : parse(text);
}

/** The blocks in runs, each with its mask. */
function runsOf(text: string, blocks: readonly Block[]): Run[] {
  const runs: Run[] = [];
  for (const b of blocks) {
    const run = runs[runs.length - 1];
    if (run && onlyWhiteSpace(text, run.end, b.start)) {
      run.blocks.push(b);
      extend(run, b);
    } else {
      // Field by field, one shape for every run: a spread of blocks of several shapes (a heading's node, a spaced
      // line) made each run's copy, and every later write to it, a slow generic operation.
      runs.push({ start: b.start, end: b.end, line: b.line, endLine: b.endLine, lastLineStart: b.lastLineStart, indent: b.indent, blocks: [b], mask: SHORT_MASK });
    }
  }
  return runs;
}

/** Makes the run end where block `b` does. */
function extend(run: Run, b: Block): void {
  run.end = b.end;
  run.endLine = b.endLine;
  run.lastLineStart = b.lastLineStart;
}

/** Is every character outside the blocks a space, a tab or a line ending (every other line blank)? */
function onlyBlankBetween(text: string, blocks: readonly Block[]): boolean {
  let at = 0;
  for (const b of blocks) {
    if (!onlyWhiteSpace(text, at, b.start)) return false;
    at = b.end;
  }
  return onlyWhiteSpace(text, at, text.length);
}

/** The root remark gives a text of plain blocks and blank lines: their paragraphs, and the whole text as its span. */
function plainRoot(text: string, blocks: readonly Block[]): Root {
  return {
    type: 'root',
    children: blocks.map((b) => b.node ?? paragraph(text, b)),
    position: { start: { line: 1, column: 1, offset: 0 }, end: textEnd(text, blocks[blocks.length - 1]) },
  };
}

/** The point at the end of the text, counted on from block `last` (remark's root ends there, white space included). */
function textEnd(text: string, last: Block): { line: number; column: number; offset: number } {
  let line = last.endLine;
  let lineStart = last.lastLineStart;
  for (let i = text.indexOf('\n', last.end); i >= 0; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}

/** The plain blocks of the text, in order. */
function plainBlocks(text: string, defined: ReadonlySet<string> | undefined): Block[] {
  const blocks: Block[] = [];
  let blankBefore = true;
  let line = 1;
  let current: Block | undefined;
  const fences: FenceSearch = { failedAt: -1 };
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const spaced = endsInOneSpace(text, start, end);
    if (isBlank(text, start, end)) {
      if (current && !spacedWithLink(text, current)) blocks.push(current);
      current = undefined;
      blankBefore = true;
    } else if (current?.node) {
      // A heading, comment or code block counts only with a blank line after it, as a paragraph would.
      current = undefined;
      blankBefore = false;
    } else if ((current || blankBefore) && isPlainLine(text, start, spaced ? end - 1 : end, defined)) {
      if (current) {
        current.end = end;
        current.endLine = line;
        current.lastLineStart = start;
      } else current = { start, end, line, endLine: line, lastLineStart: start, indent: 0 };
      if (spaced) current.spaced = true;
    } else if (!current && blankBefore && (current = closedBlockAt(text, start, end, line, defined, fences))) {
      end = current.end;
      line = current.endLine;
    } else {
      current = undefined;
      blankBefore = false;
    }
    start = end + 1;
  }
  if (current && !spacedWithLink(text, current)) blocks.push(current);
  return blocks;
}

/** Does the line end in one space after something else (dropped from the paragraph's text; two make a break)? */
function endsInOneSpace(text: string, from: number, to: number): boolean {
  if (to - from < 2 || text.charCodeAt(to - 1) !== 32) return false;
  const c = text.charCodeAt(to - 2);
  return c !== 32 && c !== 9;
}

/** A block with a line ending in a space and a link: its text nodes are left to micromark. */
function spacedWithLink(text: string, b: Block): boolean {
  if (!b.spaced) return false;
  const link = text.indexOf('](', b.start);
  return link >= 0 && link < b.end;
}

/** What a line can be as the line before or after a paragraph of one line in a block quote or a list item. */
const enum LineKind { Blank, QuoteBlank, Quote, Item, Other }

function lineKind(text: string, from: number, to: number): LineKind {
  if (isBlank(text, from, to)) return LineKind.Blank;
  const c = text.charCodeAt(from);
  if (c === 62) {
    if (isBlank(text, from + 1, to)) return LineKind.QuoteBlank;
    return text.charCodeAt(from + 1) === 32 && opensPlainLine(text.charCodeAt(from + 2)) ? LineKind.Quote : LineKind.Other;
  }
  return (c === 45 || c === 42 || c === 43) && text.charCodeAt(from + 1) === 32 && opensPlainLine(text.charCodeAt(from + 2)) ? LineKind.Item : LineKind.Other;
}

/**
 * Lines that are a paragraph of one line, and nothing else, in a block quote ("> …" between blank or ">" lines) or in
 * a bullet list item ("- …" after a blank line or another item's first line, before one or a blank line), at the
 * line's start; each block spans the paragraph, after the two-character prefix. (Half of a generated article's
 * micromark cost was in such paragraphs.) restoredInner checks that micromark read each comment where it stands.
 */
function innerBlocks(text: string, defined: ReadonlySet<string> | undefined): Block[] {
  const blocks: Block[] = [];
  let before = LineKind.Blank;
  let pending: Block | undefined;
  let pendingKind = LineKind.Other;
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const kind = lineKind(text, start, end);
    if (pending && (kind === LineKind.Blank || kind === (pendingKind === LineKind.Quote ? LineKind.QuoteBlank : LineKind.Item))) blocks.push(pending);
    pending = undefined;
    const opens = kind === LineKind.Quote ? before === LineKind.Blank || before === LineKind.QuoteBlank : kind === LineKind.Item && (before === LineKind.Blank || before === LineKind.Item);
    if (opens && end - start - 2 >= MIN_BLOCK && isPlainLine(text, start + 2, end, defined)) {
      pending = { start: start + 2, end, line, endLine: line, lastLineStart: start, indent: 2 };
      pendingKind = kind;
    }
    before = kind;
    start = end + 1;
  }
  if (pending) blocks.push(pending);
  return blocks;
}

/**
 * Swaps each inner block's comment for its paragraph, where micromark read the comment as a block of a block quote
 * or of a list item that starts on its line, both at the root; false when any comment is elsewhere.
 */
function restoredInner(text: string, root: Root, inner: readonly Block[]): boolean {
  let k = 0;
  for (const child of root.children) {
    if (k === inner.length) break;
    if (child.type !== 'blockquote' && child.type !== 'list') continue;
    for (const holder of child.type === 'blockquote' ? [child] : child.children) {
      const nodes = holder.children;
      for (let i = 0; i < nodes.length && k < inner.length; i++) {
        const position = nodes[i].position!;
        if (position.start.offset !== inner[k].start) continue;
        if (nodes[i].type !== 'html' || position.end.offset !== inner[k].end) return false;
        if (holder.type === 'listItem' && holder.position!.start.offset !== inner[k].start - 2) return false;
        nodes[i] = paragraph(text, inner[k++]);
      }
    }
  }
  return k === inner.length;
}

/** A heading, a one-line comment or a fenced code block (closedBlocks.ts) that opens with the line text[from, to). */
function closedBlockAt(text: string, from: number, to: number, line: number, defined: ReadonlySet<string> | undefined, fences: FenceSearch): Block | undefined {
  const c = text.charCodeAt(from);
  const closed = c === 35 ? headingLine(text, from, to, line, defined) : c === 60 ? commentLine(text, from, to, line) : c === 96 ? fencedCode(text, from, to, line, fences) : undefined;
  return closed && { start: from, end: closed.end, line, endLine: closed.endLine, lastLineStart: closed.lastLineStart, indent: 0, node: closed.node };
}

/** An ATX heading "## words" whose words are a plain line (see isPlainLine) that ends in no "#". */
function headingLine(text: string, from: number, to: number, line: number, defined: ReadonlySet<string> | undefined): { node: Heading; end: number; endLine: number; lastLineStart: number } | undefined {
  let depth = 0;
  while (depth < 7 && text.charCodeAt(from + depth) === 35) depth++;
  const start = from + depth + 1;
  if (depth > 6 || text.charCodeAt(from + depth) !== 32 || start >= to || text.charCodeAt(to - 1) === 35 || !isPlainLine(text, start, to, defined)) return undefined;
  const words = paragraph(text, { start, end: to, line, endLine: line, lastLineStart: from, indent: depth + 1 });
  const position = { start: { line, column: 1, offset: from }, end: { line, column: to - from + 1, offset: to } };
  return { node: { type: 'heading', depth: depth as Heading['depth'], children: words.children, position }, end: to, endLine: line, lastLineStart: from };
}

/** Only spaces, tabs and line endings in text[from, to)? */
function onlyWhiteSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10) return false;
  }
  return true;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * A line that reads as paragraph text, and as nothing else, wherever it stands in a paragraph: it cannot open or
 * interrupt another block, and nothing in it is inline syntax. `to` is the line's end (its "\n" or the text's end).
 */
function isPlainLine(text: string, from: number, to: number, defined: ReadonlySet<string> | undefined): boolean {
  const first = text.charCodeAt(from);
  if (!opensPlainLine(first)) return false;
  if (first >= 48 && first <= 57 && isListMarker(text, from, to)) return false;
  // White space at the end is dropped from the text (or makes a hard break).
  const last = text.charCodeAt(to - 1);
  if (last === 32 || last === 9) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 91) {
        const end = Math.max(simpleLinkEnd(text, i, to), undefinedCallEnd(text, i, to, defined));
        if (end < 0) return false;
        i = end - 1;
        continue;
      }
      if (ASCII_SPECIAL[c] === 1) return false;
      // "://" and "www." start GFM autolink literals.
      if (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) return false;
      if ((c === 119 || c === 87) && isWww(text, i)) return false;
    }
  }
  return true;
}

/**
 * Where an inline link "[words](url)" that opens at `i` ends (after its ")"), or -1 unless it has the one simple form:
 * not an image ("!" before it), words that hold no syntax (none of ASCII_SPECIAL, "^", "!", "://", "www.") and
 * neither start nor end with a space, and a URL of letters, digits and / : . - _ ? = # % only, all on one line.
 * micromark reads it as a link holding one text node, with the URL as written.
 */
function simpleLinkEnd(text: string, i: number, to: number): number {
  if (text.charCodeAt(i - 1) === 33) return -1;
  let k = i + 1;
  if (text.charCodeAt(k) === 32) return -1;
  for (; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 93) break;
    if (c < 128 && (ASCII_SPECIAL[c] === 1 || c === 94 || c === 33 || (c === 58 && text.charCodeAt(k + 1) === 47) || ((c === 119 || c === 87) && isWww(text, k)))) return -1;
  }
  if (k === i + 1 || k >= to || text.charCodeAt(k - 1) === 32 || text.charCodeAt(k + 1) !== 40) return -1;
  const from = k + 2;
  for (k = from; k < to && isUrlUnit(text.charCodeAt(k)); k++);
  return k > from && k < to && text.charCodeAt(k) === 41 ? k + 1 : -1;
}

/**
 * Where "[^label]" that opens at `i` ends, when micromark reads it as text: a label of ASCII letters, digits, "-" and
 * "_" that no "[…]:" anywhere in the text may define (see definedLabels), not an image, and no link or reference
 * after it. -1 otherwise. (GFM reads such a call as text too, with no definition; prose.ts finds the calls in text.)
 */
function undefinedCallEnd(text: string, i: number, to: number, defined: ReadonlySet<string> | undefined): number {
  if (defined === undefined || text.charCodeAt(i + 1) !== 94 || text.charCodeAt(i - 1) === 33) return -1;
  let k = i + 2;
  while (k < to && isLabelUnit(text.charCodeAt(k))) k++;
  if (k === i + 2 || k >= to || text.charCodeAt(k) !== 93) return -1;
  const next = text.charCodeAt(k + 1);
  if (next === 40 || next === 91 || defined.has(labelKey(text.slice(i + 1, k)))) return -1;
  return k + 1;
}

function isLabelUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

/**
 * The label of every "[…]:" in the text, wherever it stands, as labelKey gives it: more than the definitions
 * micromark finds, never fewer.
 */
function definedLabels(text: string): Set<string> {
  const labels = new Set<string>();
  for (let k = text.indexOf(']:'); k >= 0; k = text.indexOf(']:', k + 1)) {
    const open = text.lastIndexOf('[', k);
    if (open >= 0) labels.add(labelKey(text.slice(open + 1, k)));
  }
  return labels;
}

/** A label as micromark matches it (case folded as its normalizeIdentifier does), white space and backslashes dropped
 *  as well, so that keys are equal whenever micromark's are. */
function labelKey(label: string): string {
  return label.replace(/[\s\\]+/g, '').toLowerCase().toUpperCase();
}

function isUrlUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 45 && c <= 58) || c === 95 || c === 63 || c === 61 || c === 35 || c === 37;
}

/** Characters with a meaning in CommonMark or GFM text (and control characters, tabs included): 1. */
const ASCII_SPECIAL = new Uint8Array(128);
for (let c = 0; c < 32; c++) ASCII_SPECIAL[c] = 1;
for (const ch of '\\`*_[]<>&~|@') ASCII_SPECIAL[ch.charCodeAt(0)] = 1;
ASCII_SPECIAL[127] = 1;

/** ASCII letters and digits, “ ‘ " ' (, and any non-ASCII letter-like character but white space and marks. */
function opensPlainLine(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40;
  return c === 0x201c || c === 0x2018 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** An ordered list marker at the line start: one to nine digits, "." or ")", then white space or the line end. */
function isListMarker(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && i - from < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i - from > 9 || i >= to) return false;
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 41) return false;
  return i + 1 === to || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9;
}

function isWww(text: string, i: number): boolean {
  for (let k = 1; k < 3; k++) {
    const c = text.charCodeAt(i + k);
    if (c !== 119 && c !== 87) return false;
  }
  return text.charCodeAt(i + 3) === 46;
}

/** The text with each run replaced by its comment, and each inner block by a comment of its length. */
function masked(text: string, runs: readonly Run[], inner: readonly Block[]): string {
  const masks = inner.length === 0 ? runs : [...runs, ...inner.map((b) => ({ start: b.start, end: b.end, mask: comment(text, b) }))].sort((x, y) => x.start - y.start);
  const parts: string[] = [];
  let at = 0;
  for (const b of masks) {
    parts.push(text.slice(at, b.start));
    parts.push(b.mask);
    at = b.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** An HTML comment as long as the block, with its line endings. */
function comment(text: string, b: Block): string {
  let out = '<!--';
  let i = b.start + 4;
  for (; i < b.end - 3; i++) out += text.charCodeAt(i) === 10 ? '\n' : ' ';
  return out + '-->';
}

/**
 * The tree with each run's comment swapped for its paragraphs and the nodes after it moved back to their lines and
 * offsets; undefined when a run's comment is not a block of the root spanning exactly that comment.
 */
function restored(text: string, root: Root, runs: readonly Run[]): Root | undefined {
  const children: RootContent[] = [];
  let r = 0;
  /** Offset (and line) in the text minus offset (and line) in the masked text, after the runs swapped so far. */
  let shift = 0;
  let lineShift = 0;
  for (const child of root.children) {
    const position = child.position!;
    const at = r < runs.length ? runs[r].start - shift : Infinity;
    if (position.start.offset! > at) return undefined;
    if (position.start.offset! === at) {
      const run = runs[r++];
      // The comment node ends where "-->" does, before the line endings that follow it.
      if (child.type !== 'html' || position.end.offset !== at + run.mask.trimEnd().length) return undefined;
      shift += run.end - run.start - run.mask.length;
      // A run ends a line, so what follows its comment starts a line: only lines and offsets move, never columns.
      if (run.mask === SHORT_MASK) lineShift += run.endLine - run.line;
      for (const b of run.blocks) children.push(b.node ?? paragraph(text, b));
    } else {
      if (shift !== 0 || lineShift !== 0) moved(child, shift, lineShift);
      children.push(child);
    }
  }
  if (r < runs.length) return undefined;
  root.children = children;
  const last = runs[runs.length - 1];
  if (last && root.position && onlyWhiteSpace(text, last.end, text.length)) {
    // Nothing but white space after the last run: the root ends at the text's end, as remark's always does.
    root.position = { start: { ...root.position.start }, end: textEnd(text, last) };
  } else if ((shift !== 0 || lineShift !== 0) && root.position) {
    // Something follows every run, so the root ends after all of them.
    const { start, end } = root.position;
    root.position = { start: { ...start }, end: { ...end, line: end.line + lineShift, offset: end.offset! + shift } };
  }
  return root;
}

/** Moves the node and everything in it `shift` characters and `lineShift` lines on. */
function moved(node: RootContent, shift: number, lineShift: number): void {
  visit(node, (n) => {
    if (!n.position) return;
    const { start, end } = n.position;
    n.position = { start: { ...start, line: start.line + lineShift, offset: start.offset! + shift }, end: { ...end, line: end.line + lineShift, offset: end.offset! + shift } };
  });
}

/** The paragraph micromark reads from a plain block: text nodes with its characters, and its simple links. */
function paragraph(text: string, b: Block): Paragraph {
  const start = () => ({ line: b.line, column: b.indent + 1, offset: b.start });
  const end = () => ({ line: b.endLine, column: b.end - b.lastLineStart + 1, offset: b.end });
  const link = text.indexOf('](', b.start);
  return {
    type: 'paragraph',
    children: link < 0 || link >= b.end ? [b.spaced ? spacedText(text, b) : { type: 'text', value: text.slice(b.start, b.end), position: { start: start(), end: end() } }] : withLinks(text, b),
    position: { start: start(), end: end() },
  };
}

/** The text of a block with lines ending in a space: micromark drops each such space, and the text ends before the last. */
function spacedText(text: string, b: Block): PhrasingContent {
  const end = text.charCodeAt(b.end - 1) === 32 ? b.end - 1 : b.end;
  return {
    type: 'text', value: text.slice(b.start, end).replaceAll(' \n', '\n'),
    position: { start: { line: b.line, column: b.indent + 1, offset: b.start }, end: { line: b.endLine, column: end - b.lastLineStart + 1, offset: end } },
  };
}

/** The children of a plain block that holds links (each in simpleLinkEnd's form): text, link, text … */
function withLinks(text: string, b: Block): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  let line = b.line;
  let lineStart = b.start - b.indent;
  const point = (offset: number) => ({ line, column: offset - lineStart + 1, offset });
  const span = (from: number, to: number): PhrasingContent => ({ type: 'text', value: text.slice(from, to), position: { start: point(from), end: point(to) } });
  // Points before a line break of a text node are taken before moving `line` on, so text is cut at each link only.
  let textStart = b.start;
  let textStartPoint = point(b.start);
  for (let i = b.start; i < b.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 91 && text.charCodeAt(i + 1) !== 94) {
      const close = text.indexOf(']', i);
      const after = text.indexOf(')', close) + 1;
      if (i > textStart) children.push({ type: 'text', value: text.slice(textStart, i), position: { start: textStartPoint, end: point(i) } });
      children.push({ type: 'link', title: null, url: text.slice(close + 2, after - 1), children: [span(i + 1, close)], position: { start: point(i), end: point(after) } });
      textStart = after;
      textStartPoint = point(after);
      i = after - 1;
    }
  }
  if (b.end > textStart) children.push({ type: 'text', value: text.slice(textStart, b.end), position: { start: textStartPoint, end: point(b.end) } });
  return children;
}

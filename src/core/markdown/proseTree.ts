// The tree the prose document is built from, read as remark-parse + remark-gfm + remark-frontmatter would read
// it, at close to the cost of plain CommonMark.
//
// Why: GFM tokenizing costs about twice a CommonMark parse, yet in a news article GFM syntax sits in a few
// top-level blocks (a table, the footnote definitions). So the whole text is parsed as CommonMark, the blocks
// that GFM could read differently are found from their tell-tale characters, and only those are parsed again
// with remark-gfm — all in one text, so footnote calls and definitions still meet. Footnote calls in ordinary
// paragraphs ("…wages.[^3]") are too common to send every such paragraph through GFM; when a call has the one
// unambiguous form it is recorded here instead, and anything unusual sends its block to the GFM parse.
// Anything unexpected in the stitched result falls back to one full GFM parse: never a different reading.
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { lineStartsOf } from './lines.js';
import { DELIMITER_LIKE, isDelimiterRow, markdownParser, mayHaveFrontmatter, mayUseGfm } from './parse.js';
import {
  inlineNodes, normalizeLabel, simpleCalls, simpleFootnoteDefinition, type FootnoteCall, type PendingCall,
} from './simpleFootnotes.js';
import { simpleTable } from './simpleTable.js';
import { indented, indentedAt, lineStart, pointAt, visit } from './tree.js';

export type { FootnoteCall } from './simpleFootnotes.js';

export interface ProseTree {
  root: Root;
  /**
   * Footnote calls left by the CommonMark parse, keyed by the node that holds them: a text node ("wages.[^3]")
   * or a shortcut link reference (when a CommonMark definition "[^3]: url" exists). GFM reads each as a call.
   */
  footnoteCalls: Map<Nodes, FootnoteCall[]>;
  /** Line starts of the text, when the parse already needed them (saves the prose document a pass). */
  lineStarts?: number[];
}

// Characters that start GFM syntax: footnotes, strikethrough, task items, autolink literals, and "]:" (a
// definition, which matters next to "[^"). "[ ^1]" is a footnote label CommonMark can match to a definition
// "[^1]: url" that GFM reads as a footnote: such a block always goes to GFM. Tables are found by their
// delimiter rows (DELIMITER_LIKE): without one, pipes are plain text under GFM too.
const TRIGGER = /\[\^|\[\s+\^|~|\[[ \txX]\]|www\.|:\/\/|@|mailto:|xmpp:|\]:/gi;
// Closes every open container and block between stitched pieces; it is dropped again afterwards.
const SEPARATOR = '\n\n<!---->\n\n';
const MAX_TABLE_LINES = 1000;

interface Triggers {
  table: boolean;
  task: boolean;
  tildes: number;
  /** A footnote-like label with space after "[" ("[ ^1]"). */
  spacedCall: boolean;
  calls: number[];
  definitionColon: number;
  autolinks: number[];
}

export function parseProseTree(text: string): ProseTree {
  const frontmatter = mayHaveFrontmatter(text);
  const gfm = mayUseGfm(text);
  // CommonMark reads a table as one paragraph, and micromark resolves links in a paragraph in quadratic time: a
  // table of thousands of rows with links takes seconds as a paragraph but not as cells. Such a text gets the
  // full GFM parse straight away.
  if (gfm && longestPipeRun(text) > MAX_TABLE_LINES) return { root: markdownParser(true, frontmatter).parse(text), footnoteCalls: new Map() };
  const root = markdownParser(false, frontmatter).parse(text);
  const footnoteCalls = new Map<Nodes, FootnoteCall[]>();
  if (!gfm) return { root, footnoteCalls };
  return stitch(text, root, footnoteCalls) ?? { root: markdownParser(true, frontmatter).parse(text), footnoteCalls: new Map() };
}

function stitch(text: string, root: Root, footnoteCalls: Map<Nodes, FootnoteCall[]>): ProseTree | undefined {
  const children = root.children;
  const lines = lineStartsOf(text);
  const triggers = collectTriggers(text, children);
  const flagged = new Uint8Array(children.length);
  const replaced = new Map<number, RootContent>();
  const defined = new Set<string>();
  const pendingCalls = new Map<Nodes, PendingCall[]>();

  triggers.forEach((t, i) => {
    const child = children[i];
    if (child.type === 'yaml' || (child.type as string) === 'toml' || child.type === 'code' || child.type === 'html') return;
    // GFM lets a footnote definition run on over lazy lines and indented blocks: only a lone line is simple.
    const next = children[i + 1];
    const previous = children[i - 1];
    const apart = (): boolean => (!previous || hasBlankLine(text, previous.position!.end.offset!, child.position!.start.offset!)) &&
      (!next || hasBlankLine(text, child.position!.end.offset!, next.position!.start.offset!));
    const footnote = t.calls.length === 1 && t.definitionColon > t.calls[0] && apart() && !(next && indented(text, next))
      ? simpleFootnoteDefinition(text, lines, child) : undefined;
    if (footnote) {
      replaced.set(i, footnote);
      defined.add(normalizeLabel(footnote.label!));
      return;
    }
    if (t.table && !t.task && t.tildes < 2 && t.calls.length === 0 && t.autolinks.length === 0 && apart()) {
      const table = simpleTable(text, lines, child);
      if (table) {
        replaced.set(i, table);
        return;
      }
    }
    if (t.table || t.task || t.spacedCall || t.tildes >= 2 || (t.calls.length > 0 && t.definitionColon > t.calls[0])) {
      flagged[i] = 1;
      return;
    }
    // An autolink literal matters only in text: "://" inside a link's URL is already a link under CommonMark.
    if (t.autolinks.some((at) => inTextNode(child, at))) {
      flagged[i] = 1;
      return;
    }
    if (t.calls.length === 0) return;
    const calls = simpleCalls(text, t.calls, inlineNodes(child));
    if (!calls) flagged[i] = 1;
    else for (const [node, list] of calls) pendingCalls.set(node, list);
  });

  const regions = widen(text, children, flagged);
  // How micromark reads a block after indented code depends on what came much earlier (a "2) x" is a list or a
  // paragraph depending on whether a list appeared before): such a region can't be read on its own.
  if (regions.some(([first, last]) => children.slice(first, last + 1).some((c) => (c.type === 'code' && indented(text, c)) || indentedAt(text, c.position!.end.offset!)))) {
    return undefined;
  }
  const replacements = new Map<number, RootContent[]>();
  if (regions.length > 0) {
    const gfm = reparse(text, lines, children, regions, flagged, replaced);
    if (!gfm) return undefined;
    for (const [first, nodes] of gfm.replacements) replacements.set(first, nodes);
    for (const label of gfm.defined) defined.add(label);
  }

  for (const [node, calls] of pendingCalls) {
    const known = calls.filter((c) => defined.has(c.key)).map(({ start, end, label }) => ({ start, end, label }));
    if (known.length > 0) footnoteCalls.set(node, known);
  }

  const merged: RootContent[] = [];
  let r = 0;
  for (let i = 0; i < children.length; i++) {
    if (r < regions.length && i === regions[r][0]) {
      merged.push(...(replacements.get(i) ?? []));
      i = regions[r++][1];
    } else {
      merged.push(replaced.get(i) ?? children[i]);
    }
  }
  return { root: { ...root, children: merged }, footnoteCalls, lineStarts: lines };
}

/**
 * Parses the flagged regions with remark-gfm in one stitched text, and returns their nodes (moved back to their
 * places, keyed by the region's first block) and the footnote labels they define.
 */
function reparse(
  text: string, lines: number[], children: RootContent[], regions: Array<[number, number]>, flagged: Uint8Array,
  replaced: Map<number, RootContent>,
): { replacements: Map<number, RootContent[]>; defined: Set<string> } | undefined {
  // References in re-parsed blocks must still find the definitions and footnotes that live in other blocks.
  let stitched = '';
  children.forEach((child, i) => {
    const footnote = replaced.get(i);
    if (footnote?.type === 'footnoteDefinition') stitched += `[^${footnote.label}]: x\n\n`;
    else if (flagged[i]) return;
    else if (child.type === 'definition') stitched += `[${child.label ?? child.identifier}]: x\n\n`;
    else if ((child.type === 'blockquote' || child.type === 'list') && text.slice(child.position!.start.offset!, child.position!.end.offset!).includes(']:')) {
      visit(child, (node) => {
        if (node.type === 'definition') stitched += `[${node.label ?? node.identifier}]: x\n\n`;
      });
    }
  });
  const pieces: Array<{ from: number; to: number; origin: number; first: number }> = [];
  for (const [first, last] of regions) {
    const origin = lineStart(text, children[first].position!.start.offset!);
    if (origin === undefined) return undefined;
    stitched += SEPARATOR;
    const from = stitched.length;
    stitched += text.slice(origin, children[last].position!.end.offset!);
    pieces.push({ from, to: stitched.length, origin, first });
  }

  const gfm = markdownParser(true, false).parse(stitched);
  const replacements = new Map<number, RootContent[]>();
  let p = 0;
  for (const node of gfm.children) {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    while (p < pieces.length && pieces[p].to <= start) p++;
    const piece = pieces[p];
    if (!piece || start < piece.from) {
      // A separator or a copied definition.
      if (node.type === 'html' || node.type === 'definition' || node.type === 'footnoteDefinition') continue;
      return undefined;
    }
    if (end > piece.to) return undefined;
    relocate(node, piece.origin - piece.from, lines);
    const list = replacements.get(piece.first) ?? [];
    list.push(node);
    replacements.set(piece.first, list);
  }
  // Link definitions count for the whole document, so GFM must not have found more or fewer of them in the
  // re-read blocks than CommonMark did ("[^1]: a" followed by "[r]: b" is one footnote under GFM).
  if (definitionIds(regions.flatMap(([first, last]) => children.slice(first, last + 1))) !== definitionIds([...replacements.values()].flat())) {
    return undefined;
  }
  const defined = new Set<string>();
  visit(gfm, (node) => {
    if (node.type === 'footnoteDefinition') defined.add(normalizeLabel(node.label ?? node.identifier));
  });
  return { replacements, defined };
}

/** The most consecutive lines that contain a pipe (an upper bound on a table's rows). */
function longestPipeRun(text: string): number {
  let longest = 0;
  let run = 0;
  let previousLineEnd = -2;
  for (let pipe = text.indexOf('|'); pipe !== -1;) {
    const lineStart = text.lastIndexOf('\n', pipe) + 1;
    let lineEnd = text.indexOf('\n', pipe);
    if (lineEnd === -1) lineEnd = text.length;
    run = lineStart === previousLineEnd + 1 ? run + 1 : 1;
    if (run > longest) longest = run;
    previousLineEnd = lineEnd;
    pipe = text.indexOf('|', lineEnd + 1);
  }
  return longest;
}

/** Does `offset` fall in a text node of the block? (One descent through the children that hold it.) */
function inTextNode(block: Nodes, offset: number): boolean {
  let node: Nodes | undefined = block;
  while (node) {
    if (node.type === 'text') return true;
    if (!('children' in node)) return false;
    let holder: Nodes | undefined;
    for (const child of (node as Parents).children) {
      const { start, end } = child.position!;
      if (start.offset! > offset) return false;
      if (offset < end.offset!) {
        holder = child as Nodes;
        break;
      }
    }
    node = holder;
  }
  return false;
}

/** Is there a blank line in text[from, to): two line endings with only spaces or tabs between them? */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let afterLineEnd = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (afterLineEnd) return true;
      afterLineEnd = true;
      if (c === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
    } else if (c !== 32 && c !== 9) {
      afterLineEnd = false;
    }
  }
  return false;
}

/** Trigger characters per top-level block, found with one scan of the whole text. */
function collectTriggers(text: string, children: RootContent[]): Map<number, Triggers> {
  const byBlock = new Map<number, Triggers>();
  const at = (offset: number): Triggers | undefined => {
    const i = blockAt(children, offset);
    if (i < 0) return undefined;
    let t = byBlock.get(i);
    if (!t) byBlock.set(i, (t = { table: false, task: false, tildes: 0, spacedCall: false, calls: [], definitionColon: -1, autolinks: [] }));
    return t;
  };
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const t = at(m.index);
    if (!t) continue;
    const s = m[0];
    if (s === '[^') t.calls.push(m.index);
    else if (s.endsWith('^')) t.spacedCall = true;
    else if (s === '~') t.tildes++;
    else if (s === ']:') t.definitionColon = m.index;
    else if (s[0] === '[') t.task = true;
    else t.autolinks.push(m.index);
  }
  DELIMITER_LIKE.lastIndex = 0;
  for (let m = DELIMITER_LIKE.exec(text); m; m = DELIMITER_LIKE.exec(text)) {
    if (isDelimiterRow(m[0])) {
      const t = at(m.index + m[0].length - 1);
      if (t) t.table = true;
    }
    if (m[0].length === 0) DELIMITER_LIKE.lastIndex++;
  }
  return byBlock;
}

function blockAt(children: RootContent[], offset: number): number {
  let lo = 0;
  let hi = children.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const pos = children[mid].position!;
    if (offset < pos.start.offset!) hi = mid - 1;
    else if (offset >= pos.end.offset!) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Top-level block ranges to re-parse: each flagged block with its neighbours up to the nearest blank lines. */
function widen(text: string, children: RootContent[], flagged: Uint8Array): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  // Front matter ends at its closing fence whatever follows, and only the CommonMark pass reads it as such.
  const frontmatter = (i: number): boolean => children[i].type === 'yaml' || (children[i].type as string) === 'toml';
  const indentedCode = (i: number): boolean => children[i].type === 'code' && indented(text, children[i]);
  // GFM may end a re-read block with indented code that CommonMark saw as a paragraph line ("| a |" rows, then
  // "    x"): the next block is read in its shadow too.
  const endsIndented = (i: number): boolean => indentedAt(text, children[i].position!.end.offset!);
  const touching = (a: number, b: number): boolean => !frontmatter(a) && !frontmatter(b) &&
    !hasBlankLine(text, children[a].position!.end.offset!, children[b].position!.start.offset!);
  for (let i = 0; i < children.length; i++) {
    if (!flagged[i]) continue;
    // After an indented code block, micromark reads a lone "-" differently: keep such a block as context.
    let first = i;
    while (first > 0 && (touching(first - 1, first) || indentedCode(first - 1))) first--;
    // A footnote definition goes on over indented blocks even after blank lines (and then over lazy lines).
    // A block after an indented code block is read in its shadow (see above), so it goes along too.
    let last = i;
    while (last + 1 < children.length && (flagged[last + 1] || touching(last, last + 1) || indented(text, children[last + 1]) || indentedCode(last) || endsIndented(last))) last++;
    const previous = regions[regions.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = last;
    else regions.push([first, last]);
    i = last;
  }
  return regions;
}

/** Moves a re-parsed subtree from the stitched text back to its place in the article. */
function relocate(node: Nodes, shift: number, lines: number[]): void {
  visit(node, (n) => {
    for (const point of n.position ? [n.position.start, n.position.end] : []) {
      Object.assign(point, pointAt(lines, point.offset! + shift));
    }
  });
}

function definitionIds(nodes: RootContent[]): string {
  const ids: string[] = [];
  for (const node of nodes) visit(node, (n) => {
    if (n.type === 'definition') ids.push(n.identifier);
  });
  return ids.sort().join('\n');
}


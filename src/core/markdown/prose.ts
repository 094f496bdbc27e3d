// Turns Markdown into the one view every detector works on: the original text plus a "masked" copy of the
// same length where everything that is not prose (code, HTML, front matter, URLs, markup) is blanked out.
// Keeping the length identical means a regex match on `masked` is already an offset into the article.
import type { Nodes, Parents, Root } from 'mdast';
import { guardMarkdown, type GuardedRegion } from './guard.js';
import { lineStartsOf } from './lines.js';
import { parseProseTree, type FootnoteCall, type ProseTree } from './proseTree.js';

export { lineStartsOf, positionAt } from './lines.js';
export { mayHaveFrontmatter, mayUseGfm, parseMarkdown } from './parse.js';

export type BlockKind = 'paragraph' | 'heading' | 'tableCell';

export interface ProseBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /** Inside a `>` blockquote. */
  blockquote: boolean;
  /** Inside a list item. */
  listItem: boolean;
}

export interface Citation {
  kind: 'link' | 'footnote';
  start: number;
  end: number;
  url?: string;
  label?: string;
}

export interface HtmlComment {
  start: number;
  end: number;
  /** Comment body, trimmed, without `<!--` `-->`. */
  body: string;
}

export interface ProseDocument {
  text: string;
  /** Same length as `text`; non-prose characters replaced by spaces, newlines kept. */
  masked: string;
  blocks: ProseBlock[];
  citations: Citation[];
  comments: HtmlComment[];
  /** Start offset of each line, for offset → line/column. */
  lineStarts: number[];
  /** Parts too complex for the Markdown parser (guard.ts), read as plain text instead. */
  guarded: GuardedRegion[];
}

/**
 * The prose document of an article. Without a tree, the text is parsed as remark-parse + remark-gfm +
 * remark-frontmatter read it (see proseTree.ts for how that is kept cheap), except for what guard.ts keeps from
 * the parser; tests pass a full parse to compare.
 */
export function buildProseDocument(text: string, given?: Root | ProseTree): ProseDocument {
  const guard = given ? { text, regions: [] } : guardMarkdown(text);
  const tree = given ?? parseProseTree(guard.text);
  const parsed = 'type' in tree ? { root: tree, footnoteCalls: new Map<Nodes, FootnoteCall[]>() } : tree;
  const { footnoteCalls } = parsed;
  const keep = new Uint8Array(text.length);
  const blocks: ProseBlock[] = [];
  const citations: Citation[] = [];
  const comments: HtmlComment[] = [];

  // Pre-order with an explicit stack, not recursion: ">>>>…" or nested lists can be deeper than the call stack.
  const out: Collected = { text, keep, blocks, citations, comments, footnoteCalls };
  const stack: Array<{ node: Nodes; ctx: WalkContext }> = [{ node: parsed.root, ctx: { blockquote: false, listItem: false, prose: false } }];
  while (stack.length > 0) {
    const { node, ctx } = stack.pop()!;
    const inner = step(node, ctx, out);
    if (!inner || !('children' in node)) continue;
    const children = (node as Parents).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, ctx: inner });
  }
  for (const region of guard.regions) addPlainText(region, keep, blocks);

  blocks.sort((a, b) => a.start - b.start);
  const lineStarts = parsed.lineStarts ?? lineStartsOf(text);
  return { text, masked: mask(text, keep), blocks, citations, comments, lineStarts, guarded: guard.regions };
}

const NO_CALLS: readonly FootnoteCall[] = [];

/** A guarded region as plain prose: a paragraph per deep line, one for a paragraph too full of links. */
function addPlainText(region: GuardedRegion, keep: Uint8Array, blocks: ProseBlock[]): void {
  const { blockquote, listItem } = region;
  for (const line of region.lines) {
    keep.fill(1, line.start, line.end);
    if (region.reason === 'depth' && line.end > line.start) blocks.push({ kind: 'paragraph', start: line.start, end: line.end, blockquote, listItem });
  }
  const first = region.lines[0];
  const last = region.lines[region.lines.length - 1];
  if (region.reason === 'inline') blocks.push({ kind: 'paragraph', start: first.start, end: last.end, blockquote, listItem });
}

interface Collected {
  text: string;
  keep: Uint8Array;
  blocks: ProseBlock[];
  citations: Citation[];
  comments: HtmlComment[];
  footnoteCalls: Map<Nodes, FootnoteCall[]>;
}

/** What one node contributes to the document, and the context for its children (undefined: skip them). */
function step(node: Nodes, ctx: WalkContext, out: Collected): WalkContext | undefined {
  const { text, keep, blocks, citations, comments, footnoteCalls } = out;
  const pos = node.position;
  const start = pos?.start.offset;
  const end = pos?.end.offset;
  switch (node.type) {
    case 'code':
    case 'inlineCode':
    case 'yaml':
    case 'definition':
    case 'image':
    case 'imageReference':
    case 'thematicBreak':
    case 'break':
      return undefined;
    case 'html':
      if (start !== undefined && end !== undefined) collectComments(text, start, end, comments);
      return undefined;
    case 'footnoteDefinition':
      // A footnote definition is where a citation lives, not a statement to check.
      return undefined;
    case 'footnoteReference':
      if (start !== undefined && end !== undefined) {
        citations.push({ kind: 'footnote', start, end, label: node.label ?? node.identifier });
      }
      return undefined;
    case 'text':
      if (ctx.prose && start !== undefined && end !== undefined) keep.fill(1, start, end);
      for (const call of footnoteCalls.get(node) ?? NO_CALLS) {
        // GFM leaves what stands between a call and a line break (spaces, a continuation line's "> " or
        // indentation) outside every text node.
        let start = call.start;
        while (text[start - 1] === ' ' || text[start - 1] === '\t' || text[start - 1] === '>') start--;
        let end = call.end;
        while (text[end] === ' ' || text[end] === '\t') end++;
        const lineBreak = (c: string | undefined) => c === '\n' || c === '\r';
        keep.fill(0, lineBreak(text[start - 1]) ? start : call.start, lineBreak(text[end]) ? end : call.end);
        citations.push({ kind: 'footnote', start: call.start, end: call.end, label: call.label });
      }
      return undefined;
    case 'link':
    case 'linkReference':
      if (footnoteCalls.has(node)) {
        const [call] = footnoteCalls.get(node)!;
        citations.push({ kind: 'footnote', start: call.start, end: call.end, label: call.label });
        return undefined;
      }
      if (start !== undefined && end !== undefined) {
        citations.push({ kind: 'link', start, end, url: node.type === 'link' ? node.url : undefined, label: node.type === 'linkReference' ? node.identifier : undefined });
      }
      // An autolink's visible text is its URL: never prose.
      if (node.type === 'link' && node.children.length === 1 && node.children[0].type === 'text' && isUrlText(node.children[0].value, node.url)) return undefined;
      break;
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      if (start !== undefined && end !== undefined) {
        blocks.push({ kind: node.type, start, end, blockquote: ctx.blockquote, listItem: ctx.listItem });
      }
      ctx = { blockquote: ctx.blockquote, listItem: ctx.listItem, prose: true };
      break;
    case 'blockquote':
      ctx = { blockquote: true, listItem: ctx.listItem, prose: ctx.prose };
      break;
    case 'listItem':
      ctx = { blockquote: ctx.blockquote, listItem: true, prose: ctx.prose };
      break;
    default:
      if ((node.type as string) === 'toml') return undefined;
  }
  return ctx;
}


/** Built field by field where it changes: an object spread was half the cost of a node's step. */
interface WalkContext {
  blockquote: boolean;
  listItem: boolean;
  prose: boolean;
}

function isUrlText(value: string, url: string): boolean {
  return value === url || url.endsWith(value) || /^(https?:\/\/|www\.|mailto:)/i.test(value);
}

function mask(text: string, keep: Uint8Array): string {
  // Kept runs are slices of the text and blanked runs are spaces (their newlines kept), joined once into a flat
  // string: cheaper on megabyte articles than building it from a code-unit buffer, and far cheaper than blanking
  // runs with a regex.
  const parts: string[] = [];
  let newline = text.indexOf('\n');
  let i = 0;
  while (i < text.length) {
    const keptEnd = runEnd(keep, 1, i, text.length);
    if (keptEnd > i) parts.push(text.slice(i, keptEnd));
    const blankEnd = runEnd(keep, 0, keptEnd, text.length);
    let from = keptEnd;
    if (newline >= 0 && newline < from) newline = text.indexOf('\n', from);
    while (newline >= 0 && newline < blankEnd) {
      parts.push(' '.repeat(newline - from), '\n');
      from = newline + 1;
      newline = text.indexOf('\n', from);
    }
    if (blankEnd > from) parts.push(' '.repeat(blankEnd - from));
    i = blankEnd;
  }
  return parts.join('');
}

/** End of the run of `value` in keep[from, length). */
function runEnd(keep: Uint8Array, value: number, from: number, length: number): number {
  const end = keep.indexOf(value === 1 ? 0 : 1, from);
  return end < 0 ? length : end;
}

function collectComments(text: string, start: number, end: number, out: HtmlComment[]): void {
  const re = /<!--([\s\S]*?)-->/g;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, body: m[1].trim() });
  }
}

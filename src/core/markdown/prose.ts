// Turns Markdown into the one view every detector works on: the original text plus a "masked" copy of the
// same length where everything that is not prose (code, HTML, front matter, URLs, markup) is blanked out.
// Keeping the length identical means a regex match on `masked` is already an offset into the article.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parents, Root } from 'mdast';

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
}

// GFM and front-matter tokenizing roughly doubles the cost of a parse, and most news articles use neither.
// Their syntax can't appear without these tell-tale characters, so a text without them parses identically
// (and faster) with plain CommonMark.
const processors = new Map<string, ReturnType<typeof makeProcessor>>();

function makeProcessor(gfm: boolean, frontmatter: boolean) {
  const p = unified().use(remarkParse);
  if (gfm) p.use(remarkGfm);
  if (frontmatter) p.use(remarkFrontmatter, ['yaml', 'toml']);
  return p;
}

/** Could the text contain a GFM construct (table, footnote, strikethrough, autolink literal, task item)? */
export function mayUseGfm(text: string): boolean {
  return text.includes('|') || text.includes('[^') || text.includes('~') || text.includes('@') ||
    /www\.|:\/\/|\[[ xX]\]/.test(text) || hasPipelessDelimiterRow(text);
}

/** A one-column table needs no pipe at all: "Header" over ":---" is a table. */
function hasPipelessDelimiterRow(text: string): boolean {
  const rows = text.match(/^[ \t>]*[-:][-: \t]*$/gm) ?? [];
  return rows.some((row) => row.includes(':') && row.includes('-'));
}

/** Could the text start with YAML (---) or TOML (+++) front matter? */
export function mayHaveFrontmatter(text: string): boolean {
  return /^(---|\+\+\+)/.test(text);
}

export function parseMarkdown(text: string): Root {
  const gfm = mayUseGfm(text);
  const frontmatter = mayHaveFrontmatter(text);
  const key = `${gfm}:${frontmatter}`;
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = makeProcessor(gfm, frontmatter)));
  return processor.parse(text);
}

export function buildProseDocument(text: string, tree: Root = parseMarkdown(text)): ProseDocument {
  const keep = new Uint8Array(text.length);
  const blocks: ProseBlock[] = [];
  const citations: Citation[] = [];
  const comments: HtmlComment[] = [];

  const walk = (node: Nodes, ctx: { blockquote: boolean; listItem: boolean; prose: boolean }): void => {
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
        return;
      case 'html':
        if (start !== undefined && end !== undefined) collectComments(text, start, end, comments);
        return;
      case 'footnoteDefinition':
        // A footnote definition is where a citation lives, not a statement to check.
        return;
      case 'footnoteReference':
        if (start !== undefined && end !== undefined) {
          citations.push({ kind: 'footnote', start, end, label: node.label ?? node.identifier });
        }
        return;
      case 'text':
        if (ctx.prose && start !== undefined && end !== undefined) keep.fill(1, start, end);
        return;
      case 'link':
      case 'linkReference':
        if (start !== undefined && end !== undefined) {
          citations.push({ kind: 'link', start, end, url: node.type === 'link' ? node.url : undefined, label: node.type === 'linkReference' ? node.identifier : undefined });
        }
        // An autolink's visible text is its URL: never prose.
        if (node.type === 'link' && node.children.length === 1 && node.children[0].type === 'text' && isUrlText(node.children[0].value, node.url)) return;
        break;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        if (start !== undefined && end !== undefined) {
          blocks.push({ kind: node.type, start, end, blockquote: ctx.blockquote, listItem: ctx.listItem });
        }
        ctx = { ...ctx, prose: true };
        break;
      case 'blockquote':
        ctx = { ...ctx, blockquote: true };
        break;
      case 'listItem':
        ctx = { ...ctx, listItem: true };
        break;
      default:
        if ((node.type as string) === 'toml') return;
    }
    if ('children' in node) {
      for (const child of (node as Parents).children) walk(child as Nodes, ctx);
    }
  };
  walk(tree, { blockquote: false, listItem: false, prose: false });

  blocks.sort((a, b) => a.start - b.start);
  return { text, masked: mask(text, keep), blocks, citations, comments, lineStarts: lineStartsOf(text) };
}

function isUrlText(value: string, url: string): boolean {
  return value === url || url.endsWith(value) || /^(https?:\/\/|www\.|mailto:)/i.test(value);
}

function mask(text: string, keep: Uint8Array): string {
  let out = '';
  let runStart = 0;
  // Build in runs: character-by-character concatenation is too slow on megabyte articles.
  for (let i = 0; i <= text.length; i++) {
    const k = i < text.length ? keep[i] : 2;
    const prev = i > 0 ? keep[i - 1] : k;
    if (i === text.length || k !== prev) {
      const run = text.slice(runStart, i);
      out += prev === 1 ? run : run.replace(/[^\n]/g, ' ');
      runStart = i;
    }
  }
  return out;
}

function collectComments(text: string, start: number, end: number, out: HtmlComment[]): void {
  const re = /<!--([\s\S]*?)-->/g;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, body: m[1].trim() });
  }
}

/** Start offset of every line. LF, CRLF and a lone CR each end a line, as in remark, JSON and VS Code. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 0-based line and UTF-16 column of an offset. */
export function positionAt(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - lineStarts[lo] };
}

// The Markdown parsers the core uses: remark-parse, with remark-gfm (tables, footnotes, strikethrough, autolink
// literals, task items) and remark-frontmatter only when the text could contain their syntax.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { parseInChunks } from './chunks.js';
import { parseWithPlainParagraphs } from './plainParagraphs.js';

export interface Parser {
  parse(text: string): Root;
}

const processors = new Map<string, Parser>();

/**
 * A remark processor with or without GFM and front matter, built once and reused. A long text is parsed in
 * pieces (chunks.ts): same tree, linear time.
 */
export function markdownParser(gfm: boolean, frontmatter: boolean): Parser {
  const key = `${gfm}:${frontmatter}`;
  let parser = processors.get(key);
  if (!parser) {
    const p = unified().use(remarkParse);
    if (gfm) p.use(remarkGfm);
    if (frontmatter) p.use(remarkFrontmatter, ['yaml', 'toml']);
    const whole = (text: string): Root => parseWithPlainParagraphs(text, (t) => p.parse(t));
    parser = { parse: (text) => parseInChunks(text, whole, gfm) };
    processors.set(key, parser);
  }
  return parser;
}

/** Could the text contain a GFM construct (table, footnote, strikethrough, autolink literal, task item)? */
export function mayUseGfm(text: string): boolean {
  return text.includes('|') || text.includes('[^') || text.includes('~') || text.includes('@') ||
    /www\.|:\/\/|\[[ \txX]\]/i.test(text) || (text.match(DELIMITER_LIKE) ?? []).some(isDelimiterRow);
}

/**
 * Lines that could be a table's delimiter row ("|---|:-:|", "--|--", ":---"), after any blockquote markers. A
 * one-column table needs no pipe at all: "Header" over ":---" is a table.
 */
export const DELIMITER_LIKE = /^[ \t>]*[-:|][-:| \t]*$/gm;

/** Does a DELIMITER_LIKE line have what a delimiter row needs: a dash, and a pipe or a colon? */
export function isDelimiterRow(line: string): boolean {
  return line.includes('-') && (line.includes('|') || line.includes(':'));
}

/**
 * Could the text start with YAML (---) or TOML (+++) front matter, fence line to fence line? Besides speed this
 * matters for correctness: when remark-frontmatter tries a first line that turns out not to open front matter,
 * micromark reads the rest differently (a "- item" becomes text, GFM footnote definitions go unrecognised).
 */
export function mayHaveFrontmatter(text: string): boolean {
  // micromark skips a byte-order mark, so front matter may follow one.
  return /^\uFEFF?(---|\+\+\+)[ \t]*(?:\r\n?|\n)(?:[^]*?(?:\r\n?|\n))?\1[ \t]*(?:\r\n?|\n|$)/.test(text);
}

/**
 * The whole text as remark-parse + remark-gfm + remark-frontmatter read it. GFM and front-matter tokenizing
 * roughly doubles the cost of a parse; a text without their tell-tale characters parses identically with
 * plain CommonMark, so that is used instead.
 */
export function parseMarkdown(text: string): Root {
  return markdownParser(mayUseGfm(text), mayHaveFrontmatter(text)).parse(text);
}

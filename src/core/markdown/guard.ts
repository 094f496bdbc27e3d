// A guard in front of remark: Markdown that micromark reads in super-linear time (or that nests deeper than the
// call stack) is taken away from the parser and read as plain text instead, with a `too-complex` problem.
//
// What is guarded, measured with remark-parse 11 / micromark 4 (timings on a shared 2-core machine):
//  - Lines nested in more than MAX_DEPTH containers ("> > > …", "- - - …", or list items indented that deep):
//    micromark re-checks every open container on every line, so 1,000 "- " on one line took 0.7 s, 3,000 took
//    7.7 s, and 40,000 ">" did not finish in 2 minutes; 400 list levels by indentation took 17 s. Real articles
//    nest a few levels; 32 leaves ample room and costs little (32² container checks per line at most).
//  - Paragraphs with more than MAX_BRACKETS "]" (links, images, references, footnote calls) or MAX_DELIMITERS
//    runs of "*", "_" or "~": micromark resolves them against each other per paragraph, quadratically (one
//    paragraph of 16,000 links: 13 s; of 32,000 footnote calls: 21 s; 80,000 "*a*": 90 s). Up to 2,000 per
//    paragraph the per-character cost stayed flat, so the quadratic term only dominates beyond that; real
//    articles have well under 100 per paragraph. 1,000 keeps the worst guarded-free paragraph well under a second.
// Guarded text is blanked with spaces (line endings kept) in the copy remark parses, so every offset stays an
// offset into the article; the prose document then takes each guarded line's content as plain text.
// Fenced code is left alone: brackets or ">" in code cost micromark nothing and are not prose.

export const MAX_DEPTH = 32;
export const MAX_BRACKETS = 1000;
export const MAX_DELIMITERS = 1000;

export interface GuardedRegion {
  /** Why: nested too deep, or too many links/emphasis in one paragraph. */
  reason: 'depth' | 'inline';
  /** Offset range of the first guarded line (where the problem is reported). */
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
  /** Content of each guarded line (after its container markers), to be read as plain text. */
  lines: Array<{ lineStart: number; start: number; end: number }>;
  blockquote: boolean;
  listItem: boolean;
}

export interface Guarded {
  /** The text remark should parse: the article with guarded regions blanked; the article itself when none. */
  text: string;
  regions: GuardedRegion[];
}

interface Line {
  start: number;
  /** End of the line's content (before its line ending). */
  end: number;
  /** Where the content starts after container markers and indentation. */
  content: number;
  depth: number;
  /** Number of ">" markers. */
  quotes: number;
  listed: boolean;
  /** Columns of indentation before the first marker or the content. */
  indent: number;
}

interface Fence {
  char: string;
  length: number;
  quotes: number;
  /** Offset of the fence in its line: code lines of a fence inside a list item are indented at least as far. */
  column: number;
}

/** Has the line left the container the fence is in (a fence has no lazy lines: that ends it)? */
function outside(line: Line, fence: Fence): boolean {
  if (line.content === line.end && line.quotes >= fence.quotes) return false;
  return line.quotes < fence.quotes || (fence.quotes === 0 && fence.column > 0 && line.indent < fence.column && (line.listed || line.content - line.start < fence.column));
}

export function guardMarkdown(text: string): Guarded {
  const regions: GuardedRegion[] = [];
  let fence: Fence | undefined;
  let paragraph: Line[] = [];
  let brackets = 0;
  let delimiters = 0;
  // Cursors over the whole text, so counting costs one pass however the lines fall.
  const next = { bracket: text.indexOf(']'), delimiter: nextDelimiterRun(text, 0) };
  const crlf = text.includes('\r');
  const closeParagraph = (): void => {
    if (brackets > MAX_BRACKETS || delimiters > MAX_DELIMITERS) addRegion(regions, 'inline', paragraph, text);
    paragraph = [];
    brackets = 0;
    delimiters = 0;
  };
  for (let start = 0, following = 0; start < text.length; start = following) {
    const line = readLine(text, start, crlf);
    following = nextLineStart(text, line.end);
    if (fence && !outside(line, fence)) {
      if (closesFence(text, line, fence)) fence = undefined;
      continue;
    }
    fence = undefined;
    if (line.depth > MAX_DEPTH) {
      closeParagraph();
      addRegion(regions, 'depth', [line], text);
    } else if (line.content === line.end) {
      closeParagraph();
    } else {
      const opened = opensFence(text, line);
      if (opened || startsBlock(text, line)) closeParagraph();
      if (opened) fence = opened;
      else {
        paragraph.push(line);
        for (; next.bracket !== -1 && next.bracket < line.end; next.bracket = text.indexOf(']', next.bracket + 1)) {
          if (next.bracket >= line.content) brackets++;
        }
        for (; next.delimiter !== -1 && next.delimiter < line.end; next.delimiter = nextDelimiterRun(text, runEnd(text, next.delimiter))) {
          if (next.delimiter >= line.content) delimiters++;
        }
      }
    }
  }
  closeParagraph();
  if (regions.length === 0) return { text, regions };
  return { text: blank(text, regions), regions: merge(regions) };
}

/** A line's extent, its container markers and the depth they add up to. */
function readLine(text: string, start: number, crlf: boolean): Line {
  let end = crlf ? start : text.indexOf('\n', start);
  if (end === -1) end = text.length;
  else if (crlf) while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  let i = start;
  let columns = 0;
  for (; i < end && (text[i] === ' ' || text[i] === '\t'); i++) columns += text[i] === '\t' ? 4 - (columns % 4) : 1;
  // A list item nested by indentation alone: every two columns of indentation can be one more level.
  let depth = Math.floor(columns / 2);
  const indent = columns;
  let quotes = 0;
  let listed = false;
  for (;;) {
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === '>') {
      quotes++;
      depth++;
      i++;
      continue;
    }
    const marker = listMarkerEnd(text, i, end);
    if (marker === undefined) break;
    listed = true;
    depth++;
    i = marker;
  }
  return { start, end, content: i, depth, quotes, listed, indent };
}

/** End of a list marker ("-", "*", "+", "1.", "1)") at i, followed by a space, a tab or the line's end. */
export function listMarkerEnd(text: string, i: number, end: number): number | undefined {
  let j = i;
  if (text[j] === '-' || text[j] === '*' || text[j] === '+') j++;
  else {
    while (j < end && j - i < 9 && text[j] >= '0' && text[j] <= '9') j++;
    if (j === i || (text[j] !== '.' && text[j] !== ')')) return undefined;
    j++;
  }
  if (j < end && text[j] !== ' ' && text[j] !== '\t') return undefined;
  return j;
}

function nextLineStart(text: string, end: number): number {
  if (text[end] === '\r' && text[end + 1] === '\n') return end + 2;
  return end < text.length ? end + 1 : end;
}

const FENCE = /(`{3,}|~{3,})/y;

function opensFence(text: string, line: Line): Fence | undefined {
  FENCE.lastIndex = line.content;
  const m = FENCE.exec(text);
  if (!m) return undefined;
  // A backtick fence's info string may not contain a backtick.
  if (m[1][0] === '`' && text.slice(line.content + m[1].length, line.end).includes('`')) return undefined;
  return { char: m[1][0], length: m[1].length, quotes: line.quotes, column: line.listed ? line.content - line.start : 0 };
}

function closesFence(text: string, line: Line, fence: Fence): boolean {
  FENCE.lastIndex = line.content;
  const m = FENCE.exec(text);
  return !!m && m[1][0] === fence.char && m[1].length >= fence.length && text.slice(line.content + m[1].length, line.end).trim() === '';
}

/** Does the line start a block of its own (list item, heading, table row), ending the paragraph before it? */
function startsBlock(text: string, line: Line): boolean {
  if (line.listed || text[line.content] === '#') return true;
  return text.slice(line.content, line.end).includes('|');
}

const DELIMITER_RUN = /[*_~]+/g;

/** Start of the first run of "*", "_" or "~" at or after `from`, or -1. */
function nextDelimiterRun(text: string, from: number): number {
  DELIMITER_RUN.lastIndex = from;
  const m = DELIMITER_RUN.exec(text);
  return m ? m.index : -1;
}

/** Where the run of "*", "_" or "~" starting at `at` ends. */
function runEnd(text: string, at: number): number {
  let i = at;
  while (text[i] === '*' || text[i] === '_' || text[i] === '~') i++;
  return i;
}

function addRegion(regions: GuardedRegion[], reason: GuardedRegion['reason'], lines: Line[], text: string): void {
  if (lines.length === 0) return;
  const first = lines[0];
  regions.push({
    reason, start: first.start, end: first.end, line: lineNumber(text, first.start, regions),
    lines: lines.map((l) => ({ lineStart: l.start, start: l.content, end: l.end })),
    blockquote: lines.some((l) => l.quotes > 0), listItem: lines.some((l) => l.listed),
  });
}

/** 0-based line number of `offset`, counted on from the previous region's line (one pass over the text). */
function lineNumber(text: string, offset: number, regions: GuardedRegion[]): number {
  const previous = regions[regions.length - 1];
  let line = previous ? previous.line : 0;
  for (let i = previous ? previous.start : 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The text with every guarded line blanked: same length, line endings kept. */
function blank(text: string, regions: GuardedRegion[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const region of regions) {
    for (const line of region.lines) {
      parts.push(text.slice(at, line.lineStart), ' '.repeat(line.end - line.lineStart));
      at = line.end;
    }
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Consecutive guarded lines for the same reason become one region: one problem, not thousands. */
function merge(regions: GuardedRegion[]): GuardedRegion[] {
  const out: GuardedRegion[] = [];
  for (const region of regions) {
    const last = out[out.length - 1];
    if (last && last.reason === region.reason && last.reason === 'depth' && last.line + last.lines.length === region.line) {
      last.lines.push(...region.lines);
      last.blockquote ||= region.blockquote;
      last.listItem ||= region.listItem;
    } else {
      out.push(region);
    }
  }
  return out;
}

// Direct quotations in any common quotation-mark style, found on the masked prose (so code, HTML, front matter
// and URLs never yield quotes). One left-to-right pass per prose block with a small stack of open marks:
// - curly, guillemet, low-9 and CJK marks have a fixed direction; straight marks get one from their neighbours;
// - single marks are quotes only where an apostrophe cannot be (Japan’s, don't, '90s, rock 'n' roll, students’);
// - only the outermost pair becomes a Quote, nested pairs just keep the pairing right;
// - news convention: a paragraph that leaves a quote open and a next paragraph that starts with the same
//   opening mark form one quotation across both; otherwise the quote ends with its paragraph, with a warning.
import type { Detector } from '../context.js';
import type { ProseBlock } from '../markdown/prose.js';
import type { Problem, Quote } from '../types.js';

/** Mark family: which closer ends which opener. */
type Family = 'double' | 'single' | 'guillemet' | 'low' | 'corner' | 'whiteCorner' | 'straightDouble' | 'straightSingle';

interface OpenMark {
  family: Family;
  /** Offset of the opening mark. */
  at: number;
  mark: string;
}

/** A mark after classification: it opens a family, closes one, or is ignored (apostrophe, inch mark). */
type Role = Readonly<{ kind: 'open'; family: Family } | { kind: 'close'; families: readonly Family[] } | { kind: 'either'; family: Family }> | null;

const MAX_DEPTH = 8;

/** A straight double mark may close a curly one and the reverse. */
const DOUBLES: readonly Family[] = ['straightDouble', 'double'];
const SINGLES: readonly Family[] = ['single', 'straightSingle'];

// Roles are only read: one shared object per role rather than a new one (and a new array) per mark.
const OPEN: Record<Family, Role> = {
  double: { kind: 'open', family: 'double' },
  single: { kind: 'open', family: 'single' },
  guillemet: { kind: 'open', family: 'guillemet' },
  low: { kind: 'open', family: 'low' },
  corner: { kind: 'open', family: 'corner' },
  whiteCorner: { kind: 'open', family: 'whiteCorner' },
  straightDouble: { kind: 'open', family: 'straightDouble' },
  straightSingle: { kind: 'open', family: 'straightSingle' },
};
const CLOSE_LOW: Role = { kind: 'close', families: ['low'] };
const CLOSE_CURLY_DOUBLE: Role = { kind: 'close', families: ['double', 'low', 'straightDouble'] };
const CLOSE_GUILLEMET: Role = { kind: 'close', families: ['guillemet'] };
const CLOSE_CORNER: Role = { kind: 'close', families: ['corner'] };
const CLOSE_WHITE_CORNER: Role = { kind: 'close', families: ['whiteCorner'] };
const CLOSE_DOUBLES: Role = { kind: 'close', families: DOUBLES };
const CLOSE_SINGLES: Role = { kind: 'close', families: SINGLES };
const EITHER_STRAIGHT_DOUBLE: Role = { kind: 'either', family: 'straightDouble' };

const MARKS = /["'“”‘’«»„‚「」『』]/g;

// Words that begin with an elided letter: 'n', 'em, 'til, 'cause… The apostrophe there is not an opening quote.
const ELISIONS = new Set(['n', 'em', 'til', 'till', 'cause', 'bout', 'round', 'tis', 'twas', 'twere', 'nuff', 'kay', 'cept', 'fore', 'ere', 'neath', 'gainst', 's', 'd', 'll', 're', 've', 'm', 't', 'ol', 'nother', 'ya', 'cos', 'coz']);

const LETTER = /[\p{L}\p{M}]/u;
const ALNUM = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;
/** Characters after which a mark is at the start of a phrase (so a straight mark opens). */
const OPEN_CONTEXT = /[\s([{<\-–—/:;,“‘"'«„‚「『]/;

export const quotesDetector: Detector = {
  id: 'quotes',
  description: 'Direct quotations in any common quotation-mark style.',
  run(ctx) {
    ctx.quotes = findQuotes(ctx.doc.text, ctx.doc.masked, ctx.doc.blocks, ctx.problems);
  },
};

/** Find quotes in the prose blocks (marks are read from `masked`, spans sliced from `text`); unbalanced marks add warnings. */
export function findQuotes(text: string, masked: string, blocks: readonly ProseBlock[], problems: Problem[]): Quote[] {
  const scan = new QuoteScan(text, masked, problems);
  for (let b = 0; b < blocks.length; b++) scan.block(blocks, b);
  if (scan.carried) scan.closeUnfinished(scan.carried, blocks[blocks.length - 1].end);
  const quotes = scan.quotes;
  quotes.sort((a, b) => a.start - b.start);
  quotes.forEach((q, k) => (q.id = `q${k + 1}`));
  return quotes;
}

/** The state of one left-to-right pass: quotes found, the marks open in the current block, what is carried on. */
class QuoteScan {
  readonly quotes: Quote[] = [];
  /** Pairs closed one level inside an outer single mark: quotes after all if that mark was an apostrophe. */
  private pending: Quote[] = [];
  /** The outermost quote that a previous paragraph left open, waiting for a continuation mark. */
  carried: OpenMark | null = null;
  private stack: OpenMark[] = [];

  constructor(private readonly text: string, private readonly masked: string, private readonly problems: Problem[]) {}

  private makeQuote(start: number, end: number, innerStart: number, innerEnd: number, closed: boolean): Quote {
    const { text } = this;
    return { id: '', start, end, text: text.slice(start, end), inner: { start: innerStart, end: innerEnd, text: text.slice(innerStart, innerEnd) }, speaker: null, closed };
  }

  closeUnfinished(open: OpenMark, end: number): void {
    // Single marks left open are most likely apostrophes we could not tell apart ('Tis, ’Bama): no quote,
    // but the pairs nested inside them are then real quotes.
    if (open.family === 'single' || open.family === 'straightSingle') {
      for (const q of this.pending) this.quotes.push(q);
      return;
    }
    let e = end;
    while (e > open.at + 1 && SPACE.test(this.masked[e - 1])) e--;
    this.problems.push({ severity: 'warning', code: 'unbalanced-quote', message: `Unclosed ${open.mark}: no closing mark before the end of the paragraph.`, start: open.at, end: open.at + 1 });
    this.quotes.push(this.makeQuote(open.at, e, open.at + 1, e, false));
  }

  private closePair(depth: number, closeAt: number): void {
    const { stack } = this;
    const open = stack[depth];
    stack.length = depth;
    const quote = this.makeQuote(open.at, closeAt + 1, open.at + 1, closeAt, true);
    if (depth === 0) {
      this.quotes.push(quote);
      this.pending = [];
    } else if (depth === 1 && (stack[0].family === 'single' || stack[0].family === 'straightSingle')) {
      this.pending.push(quote);
    }
  }

  /** Scan blocks[b]: pair its marks, and carry a quote left open into the next paragraph when it continues there. */
  block(blocks: readonly ProseBlock[], b: number): void {
    const { masked } = this;
    const block = blocks[b];
    this.stack = [];
    let from = block.start;
    if (this.carried) {
      const first = firstNonSpace(masked, block.start, block.end);
      const role = first < block.end ? roleOf(masked, first, block.start, block.end, []) : null;
      if (role && role.kind !== 'close' && sameFamily(role.family, this.carried.family)) {
        this.stack.push(this.carried);
        from = first + 1;
      } else {
        this.closeUnfinished(this.carried, blocks[b - 1].end);
      }
      this.carried = null;
    }
    this.pending = [];
    // A slice per block keeps the scan linear (a global regex on the whole text would look past the block).
    // test() rather than exec(): the mark is one character, so lastIndex says where it is, without a match object.
    const slice = masked.slice(from, block.end);
    MARKS.lastIndex = 0;
    while (MARKS.test(slice)) this.mark(block, from + MARKS.lastIndex - 1);
    if (this.stack.length) {
      const outer = this.stack[0];
      if (b + 1 < blocks.length && continuesQuote(masked, outer, block, blocks[b + 1])) this.carried = outer;
      else this.closeUnfinished(outer, block.end);
    }
  }

  /** The mark at i: close what it closes, or open a new level. */
  private mark(block: ProseBlock, i: number): void {
    const { masked } = this;
    const mark = masked[i];
    const role = roleOf(masked, i, block.start, block.end, this.stack);
    if (!role) return;
    const eitherCloses = role.kind === 'either' && this.stack.some((o) => o.family === role.family || (role.family === 'straightDouble' && o.family === 'double'));
    if (role.kind === 'close' || eitherCloses) {
      const families = role.kind === 'close' ? role.families : role.family === 'straightDouble' ? DOUBLES : [role.family];
      const depth = findOpen(this.stack, families);
      if (depth >= 0) this.closePair(depth, i);
      else this.strayCloser(block, i, role, families);
      return;
    }
    // A mistyped closer: “ used at the end of a phrase while a “ is open (“Yes,“ he said).
    if (mark === '“' && this.stack.length && this.stack[this.stack.length - 1].family === 'double' && !isWordStartAfter(masked, i, block.end) && i > block.start && !SPACE.test(masked[i - 1])) {
      this.closePair(this.stack.length - 1, i);
      return;
    }
    // A line that opens a new quote while the previous line left one open: in hard-wrapped copy this is the
    // next speaker's quote (one newline between news paragraphs), so the open one ends with its line.
    if (this.stack.length && sameFamily(this.stack[0].family, role.family) && role.family !== 'single' && role.family !== 'straightSingle' && startsLine(masked, i, block.start)) {
      let e = i;
      while (e > block.start && SPACE.test(masked[e - 1])) e--;
      this.closeUnfinished(this.stack[0], e);
      this.stack = [];
    }
    // Real quotations nest a few levels at most; a deeper stack is noise (and would make the scan quadratic).
    if (this.stack.length < MAX_DEPTH) this.stack.push({ family: role.family, at: i, mark });
  }

  /** A closer with nothing to close. Single marks are then apostrophes (students’); a double closer that starts a
   *  word or a paragraph is a mistyped opener (”Yes,” he said); anything else is reported. */
  private strayCloser(block: ProseBlock, i: number, role: NonNullable<Role>, families: readonly Family[]): void {
    const { masked } = this;
    const mark = masked[i];
    const opensBlock = firstNonSpace(masked, block.start, block.end) === i;
    if (role.kind === 'close' && families.includes('double') && mark === '”' && (opensBlock || isWordStartAfter(masked, i, block.end))) {
      if (this.stack.length < MAX_DEPTH) this.stack.push({ family: 'double', at: i, mark });
    } else if (role.kind === 'close' && !families.includes('single') && !families.includes('straightSingle')) {
      this.problems.push({ severity: 'warning', code: 'unbalanced-quote', message: `Unexpected ${mark} without an opening mark.`, start: i, end: i + 1 });
    }
  }
}

/**
 * Whether a quote left open at the end of `block` may continue into `next` (adjacent paragraphs of one kind). A
 * single mark is so often an apostrophe that only a curly one opening its paragraph, with the next paragraph opened
 * by another, carries on (British copy quoting a long answer: ‘… ¶ ‘…’).
 */
function continuesQuote(masked: string, open: OpenMark, block: ProseBlock, next: ProseBlock): boolean {
  if (open.family === 'straightSingle') return false;
  if (open.family === 'single' && (open.mark !== '‘' || firstNonSpace(masked, block.start, block.end) !== open.at || masked[firstNonSpace(masked, next.start, next.end)] !== '‘')) return false;
  return block.kind === 'paragraph' && next.kind === 'paragraph' && block.blockquote === next.blockquote;
}

function findOpen(stack: readonly OpenMark[], families: readonly Family[]): number {
  for (let k = stack.length - 1; k >= 0; k--) if (families.includes(stack[k].family)) return k;
  return -1;
}

function sameFamily(a: Family, b: Family): boolean {
  const doubleLike = (f: Family) => f === 'double' || f === 'low' || f === 'straightDouble';
  return a === b || (doubleLike(a) && doubleLike(b));
}

function firstNonSpace(masked: string, from: number, to: number): number {
  let i = from;
  while (i < to && SPACE.test(masked[i])) i++;
  return i;
}

function startsLine(masked: string, i: number, blockStart: number): boolean {
  let j = i - 1;
  while (j > blockStart && masked[j] !== '\n' && SPACE.test(masked[j])) j--;
  return j > blockStart && masked[j] === '\n';
}

function isWordStartAfter(masked: string, i: number, end: number): boolean {
  return i + 1 < end && ALNUM.test(masked[i + 1]) && (i === 0 || OPEN_CONTEXT.test(masked[i - 1]));
}

/** What the mark at `i` does, given its neighbours and what is open. */
function roleOf(masked: string, i: number, blockStart: number, blockEnd: number, stack: readonly OpenMark[]): Role {
  const ch = masked[i];
  const prev = i > blockStart ? masked[i - 1] : ' ';
  const next = i + 1 < blockEnd ? masked[i + 1] : ' ';
  switch (ch) {
    case '“':
      // Closes a German „…“ quote; otherwise opens.
      if (stack.length && stack[stack.length - 1].family === 'low') return CLOSE_LOW;
      return OPEN.double;
    case '”':
      // Mixed typography ("work-related” with a straight opener) is common in edited copy.
      return CLOSE_CURLY_DOUBLE;
    case '„':
      return OPEN.low;
    case '«':
      return OPEN.guillemet;
    case '»':
      return CLOSE_GUILLEMET;
    case '「':
      return OPEN.corner;
    case '」':
      return CLOSE_CORNER;
    case '『':
      return OPEN.whiteCorner;
    case '』':
      return CLOSE_WHITE_CORNER;
    case '"': {
      // 12" or 5'10": an inch mark after a digit, when nothing is open.
      if (/\d/.test(prev) && !stack.some((o) => DOUBLES.includes(o.family))) return null;
      const opens = OPEN_CONTEXT.test(prev) || i === blockStart;
      const closes = !SPACE.test(prev) && (SPACE.test(next) || /[\p{P}]/u.test(next) || i + 1 >= blockEnd);
      if (opens && !closes) return stack.some((o) => DOUBLES.includes(o.family)) && SPACE.test(next) ? CLOSE_DOUBLES : OPEN.straightDouble;
      if (closes && !opens) return CLOSE_DOUBLES;
      return EITHER_STRAIGHT_DOUBLE;
    }
    case '‘':
    case '‚':
    case "'":
    case '’':
      return singleRole(masked, i, prev, next, blockStart, blockEnd, stack);
  }
  return null;
}

/** Single marks: an apostrophe unless the context can only be a quotation mark. */
function singleRole(masked: string, i: number, prev: string, next: string, blockStart: number, blockEnd: number, stack: readonly OpenMark[]): Role {
  const ch = masked[i];
  const family: Family = ch === "'" ? 'straightSingle' : 'single';
  const families = SINGLES;
  // Between letters or digits: don't, Japan’s, O'Brien, rock'n'roll.
  if (ALNUM.test(prev) && ALNUM.test(next)) return null;
  const atWordStart = i === blockStart || OPEN_CONTEXT.test(prev);
  if (atWordStart && ALNUM.test(next)) {
    if (ch === '’' && !stack.some((o) => families.includes(o.family))) {
      // ’ at a word start is an opener only when used as one in careless typography; treat as apostrophe.
      return null;
    }
    // '90s, 'n', 'em, 'til: an elided start, not a quote.
    if (/\d/.test(next)) return null;
    const word = /^[\p{L}]+/u.exec(masked.slice(i + 1, Math.min(blockEnd, i + 12)))?.[0].toLowerCase() ?? '';
    if (ELISIONS.has(word)) {
      const after = masked[i + 1 + word.length];
      // rock 'n' roll: 'n' has its own closing apostrophe; 'em / 'til are followed by a space or punctuation.
      if (word !== 's' || after !== "'") return null;
    }
    if (ch === '‚') return OPEN.single;
    return OPEN[family];
  }
  // After a word or closing punctuation: a closer if a single quote is open, else an apostrophe
  // (students’ union, the Joneses' car, goin').
  if (!SPACE.test(prev) && !ALNUM.test(next)) {
    if (findOpen(stack, families) < 0) return null;
    // students’ inside an open quote: a plural possessive when a later closer in the block fits better.
    if (/s/i.test(prev) && next === ' ' && LETTER.test(masked[i + 2] ?? '') && laterSingleCloser(masked, i + 1, blockEnd)) return null;
    return CLOSE_SINGLES;
  }
  return null;
}

function laterSingleCloser(masked: string, from: number, end: number): boolean {
  // Bounded look-ahead keeps the scan linear on pathological input.
  for (let j = from; j < Math.min(end, from + 2000); j++) {
    const c = masked[j];
    if ((c === '’' || c === "'") && !SPACE.test(masked[j - 1]) && !ALNUM.test(masked[j + 1] ?? ' ')) return true;
    if (c === '\n' && masked[j + 1] === '\n') return false;
  }
  return false;
}

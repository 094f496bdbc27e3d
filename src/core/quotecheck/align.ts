// Word alignment of one quote segment against a window of the snapshot: the quote must be used whole, the source
// window's ends are free (semi-global alignment, Needleman–Wunsch with free end gaps). Equal words cost nothing;
// a swapped or added word costs twice a dropped one (a little less for a swap of look-alike words), so that "Biden" for "Kim Jong Un" reads as one swap
// and two drops rather than a chain of swaps; a `[bracketed]` insertion stands in for up to MAX_INSERTION_SPAN
// source words at no cost. The result is the edit script in quote order.
import type { QuoteToken } from './quoteParts.js';
import type { Word } from './words.js';

export const MAX_INSERTION_SPAN = 8;
const SWAP = 4;
/** A swap for a word sharing its first three letters ("with" for "without") is the likelier reading. */
const SIMILAR_SWAP = 3;
const ADDED = 4;
const DROPPED = 2;

function swapCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3) ? SIMILAR_SWAP : SWAP;
}

export type AlignOp =
  | { op: 'same'; q: number; s: number }
  | { op: 'swap'; q: number; s: number }
  | { op: 'added'; q: number }
  | { op: 'dropped'; s: number }
  | { op: 'insertion'; q: number; from: number; to: number };

export interface Alignment {
  cost: number;
  /** Source word indexes (absolute) of the first and past the last word used. */
  from: number;
  to: number;
  ops: AlignOp[];
  /** Quote words found equal in the source. */
  same: number;
}

// Back pointers: how a cell was reached.
const DIAG = 1;
const UP = 2; // quote word added
const LEFT = 3; // source word dropped
const WILD = 4; // insertion token; the span is kept in `span`

/** `whole`: the whole window must be used (a global alignment, for comparing two wordings of one text). */
export function align(tokens: readonly QuoteToken[], words: readonly Word[], winFrom: number, winTo: number, whole = false): Alignment {
  const n = tokens.length;
  const m = winTo - winFrom;
  const width = m + 1;
  const cost = new Int32Array((n + 1) * width);
  const back = new Uint8Array((n + 1) * width);
  const span = new Uint8Array((n + 1) * width);
  if (whole) {
    for (let j = 1; j <= m; j++) {
      cost[j] = j * DROPPED;
      back[j] = LEFT;
    }
  }
  for (let i = 1; i <= n; i++) {
    const t = tokens[i - 1]!;
    for (let j = 0; j <= m; j++) {
      const at = i * width + j;
      if (t.type === 'insertion') {
        let best = cost[(i - 1) * width + j]!;
        let k = 0;
        for (let d = 1; d <= MAX_INSERTION_SPAN && d <= j; d++) {
          const c = cost[(i - 1) * width + j - d]!;
          if (c < best) { best = c; k = d; }
        }
        cost[at] = best; back[at] = WILD; span[at] = k;
        continue;
      }
      let best = cost[(i - 1) * width + j]! + ADDED;
      let how = UP;
      if (j > 0) {
        const diag = cost[(i - 1) * width + j - 1]! + swapCost(t.word.norm, words[winFrom + j - 1]!.norm);
        if (diag <= best) { best = diag; how = DIAG; }
        const left = cost[at - 1]! + DROPPED;
        if (left < best) { best = left; how = LEFT; }
      }
      cost[at] = best; back[at] = how;
    }
  }
  let endJ = whole ? m : 0;
  if (!whole) for (let j = 1; j <= m; j++) if (cost[n * width + j]! < cost[n * width + endJ]!) endJ = j;
  return traceBack(tokens, words, winFrom, { cost, back, span, width }, n, endJ);
}

interface Tables { cost: Int32Array; back: Uint8Array; span: Uint8Array; width: number }

function traceBack(tokens: readonly QuoteToken[], words: readonly Word[], winFrom: number, t: Tables, n: number, endJ: number): Alignment {
  const ops: AlignOp[] = [];
  let i = n;
  let j = endJ;
  let same = 0;
  while (i > 0 || (j > 0 && t.back[j] === LEFT)) {
    const at = i * t.width + j;
    const how = t.back[at];
    if (how === WILD) {
      const k = t.span[at]!;
      ops.push({ op: 'insertion', q: i - 1, from: winFrom + j - k, to: winFrom + j });
      i--; j -= k;
    } else if (how === DIAG) {
      const token = tokens[i - 1]!;
      const equal = token.type === 'word' && token.word.norm === words[winFrom + j - 1]!.norm;
      if (equal) same++;
      ops.push({ op: equal ? 'same' : 'swap', q: i - 1, s: winFrom + j - 1 });
      i--; j--;
    } else if (how === LEFT) {
      ops.push({ op: 'dropped', s: winFrom + j - 1 });
      j--;
    } else {
      ops.push({ op: 'added', q: i - 1 });
      i--;
    }
  }
  ops.reverse();
  return { cost: t.cost[n * t.width + endJ]!, from: winFrom + j, to: winFrom + endJ, ops, same };
}

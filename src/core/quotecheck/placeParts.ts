// Places every segment of a quote in the snapshot. A segment whose start or end fits where the rest does not is
// tried as two pieces placed separately: that is how a quote that runs two distant passages together without an
// ellipsis shows up (and an omission too long for one alignment window).
import type { Alignment } from './align.js';
import { locateSegment, type Near } from './locate.js';
import type { PreparedSnapshot } from './prepared.js';
import type { QuoteParts, QuoteToken } from './quoteParts.js';

export interface PlacedPart {
  tokens: readonly QuoteToken[];
  alignment: Alignment;
  /** True when an ellipsis stands before this part (false for the first part and for an unmarked join). */
  marked: boolean;
}

/** A run at the quote's start or end this long, at most a third of it found, is tried on its own. */
const MIN_RUN = 3;
const MAX_DEPTH = 2;
/** Pieces this close are one passage with a few words dropped, which the whole alignment shows. */
export const NEAR_WORDS = 8;

/** The longest segment is placed first, as the likeliest to be unique; the others are looked for next to it,
 *  earlier ones before it and later ones after it (an opener such as "As I said," occurs everywhere). */
export function placeParts(prep: PreparedSnapshot, parts: QuoteParts): PlacedPart[] | undefined {
  const segments = parts.segments;
  const pivot = segments.reduce((best, s, i) => (s.length > segments[best]!.length ? i : best), 0);
  const placed: (Piece[] | undefined)[] = segments.map(() => undefined);
  placed[pivot] = placeSegment(prep, segments[pivot]!, {}, 0);
  for (let i = pivot + 1; i < segments.length && placed[i - 1]; i++) {
    const prev = placed[i - 1]!;
    placed[i] = placeSegment(prep, segments[i]!, { after: prev[prev.length - 1]!.alignment.to }, 0);
  }
  for (let i = pivot - 1; i >= 0 && placed[i + 1]; i--) placed[i] = placeSegment(prep, segments[i]!, { before: placed[i + 1]![0]!.alignment.from }, 0);
  if (placed.some((p) => !p)) return undefined;
  return placed.flatMap((pieces, i) => pieces!.map((p, k) => ({ ...p, marked: i > 0 && k === 0 })));
}

type Piece = Omit<PlacedPart, 'marked'>;

function placeSegment(prep: PreparedSnapshot, tokens: readonly QuoteToken[], near: Near, depth: number): Piece[] | undefined {
  const whole = locateSegment(prep, tokens, near);
  if (!whole) return undefined;
  const single: Piece[] = [{ tokens, alignment: whole }];
  if (whole.cost === 0 || depth >= MAX_DEPTH) return single;
  const k = splitPoint(whole, tokens.length);
  if (k === undefined) return single;
  // The boundary is only roughly known: a few positions around it are tried and the cheapest kept.
  let best: Piece[] | undefined;
  let bestCost = whole.cost - 1;
  for (let at = Math.max(1, k - 3); at <= Math.min(tokens.length - 1, k + 3); at++) {
    const pieces = splitAt(prep, tokens, at, near, depth);
    const cost = pieces?.reduce((sum, p) => sum + p.alignment.cost, 0);
    if (pieces && cost !== undefined && cost < bestCost) {
      best = pieces;
      bestCost = cost;
    }
  }
  return best ?? single;
}

/** Two pieces placed separately, when they are apart in the source (further than one alignment window reaches:
 *  nearer, the whole alignment already shows the dropped words). */
function splitAt(prep: PreparedSnapshot, tokens: readonly QuoteToken[], k: number, near: Near, depth: number): Piece[] | undefined {
  const left = placeSegment(prep, tokens.slice(0, k), near, depth + 1);
  if (!left) return undefined;
  const leftEnd = left[left.length - 1]!.alignment.to;
  const right = placeSegment(prep, tokens.slice(k), { after: leftEnd }, depth + 1);
  if (!right) return undefined;
  const gap = right[0]!.alignment.from - leftEnd;
  return gap < 0 || gap > NEAR_WORDS ? [...left, ...right] : undefined;
}

/** Where the found part of an alignment ends and an unfound run (a third or less of it equal) begins or ends. */
function splitPoint(a: Alignment, n: number): number | undefined {
  const sameAt = new Uint8Array(n);
  for (const op of a.ops) if (op.op === 'same') sameAt[op.q] = 1;
  // Trailing run: the first k from which at most a third of the rest is equal, led by a found word.
  let suffix = 0;
  let trailing: number | undefined;
  for (let k = n - 1; k >= 1; k--) {
    suffix += sameAt[k]!;
    if (n - k >= MIN_RUN && suffix * 3 <= n - k && sameAt[k - 1]) trailing = k;
  }
  let prefix = 0;
  let leading: number | undefined;
  for (let k = 1; k < n; k++) {
    prefix += sameAt[k - 1]!;
    if (k >= MIN_RUN && prefix * 3 <= k && sameAt[k]) leading = k;
  }
  if (trailing === undefined) return leading;
  if (leading === undefined) return trailing;
  return n - trailing >= leading ? trailing : leading;
}

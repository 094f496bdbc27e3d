// Places one quote segment in a prepared snapshot. Candidates come from the word pairs the segment shares with
// the snapshot: each shared pair votes for a diagonal (source index − quote index), and the best-supported
// diagonals are aligned word by word (align.ts). A segment sharing no pair (a one-word quote, or one changed in
// every other word) is looked for with the approximate matcher (Myers' algorithm, `approx-string-match`) on the
// normalised words. The best alignment wins: fewest edits, then nearest to the neighbouring segment.
import search from 'approx-string-match';
import { align, MAX_INSERTION_SPAN, type Alignment } from './align.js';
import type { PreparedSnapshot } from './prepared.js';
import type { QuoteToken } from './quoteParts.js';

/** Diagonals tried per segment. */
const CANDIDATES = 4;
/** A word pair occurring more often than this ("of the") says little about where a quote is. */
const COMMON_PAIR = 400;
/** Votes cast per segment at most (after the rarest pair, which always votes). */
const VOTE_BUDGET = 600;
/** Extra source words either side of a candidate window, for dropped and added words. */
const SLACK = 6;
const APPROX_ERROR_RATIO = 0.3;
/** How far past the previous segment the next one is looked for first. */
const FOLLOW_WORDS = 40;

/** Where the neighbouring segment was placed: this one is looked for just after `after` or just before `before`. */
export interface Near {
  after?: number;
  before?: number;
}

export function locateSegment(prep: PreparedSnapshot, tokens: readonly QuoteToken[], near: Near = {}): Alignment | undefined {
  const diagonals = candidateDiagonals(prep, tokens);
  if (diagonals.length === 0) {
    const approx = approximateStart(prep, tokens);
    if (approx !== undefined) diagonals.push(approx);
  }
  const insertions = tokens.filter((t) => t.type === 'insertion').length;
  const windows = diagonals.map((d) => [
    Math.max(0, d - SLACK),
    Math.min(prep.words.length, d + tokens.length + SLACK + insertions * MAX_INSERTION_SPAN + Math.ceil(tokens.length / 4)),
  ]);
  // After an ellipsis the rest usually follows within a few sentences, where a short segment ("years.") is
  // found even though its words are too common to look up.
  const { after, before } = near;
  if (after !== undefined) windows.unshift([after, Math.min(prep.words.length, after + tokens.length + FOLLOW_WORDS)]);
  if (before !== undefined) windows.unshift([Math.max(0, before - tokens.length - FOLLOW_WORDS), before]);
  let best: Alignment | undefined;
  let bestRank = Infinity;
  for (const [from, to] of windows as [number, number][]) {
    if (to <= from) continue;
    const a = align(tokens, prep.words, from, to);
    // Ties in cost go to the candidate just after the previous segment (an ellipsis omits forward).
    const distance = distanceFrom(a, near, prep.words.length);
    const rank = a.cost * prep.words.length * 2 + distance;
    if (rank < bestRank) {
      best = a;
      bestRank = rank;
    }
  }
  return best;
}

/** How far a placement is from where its neighbour says it should be; the wrong side counts as very far. */
function distanceFrom(a: Alignment, near: Near, size: number): number {
  if (near.after !== undefined) return a.from >= near.after ? a.from - near.after : size + near.after - a.from;
  if (near.before !== undefined) return a.to <= near.before ? near.before - a.to : size + a.to - near.before;
  return 0;
}

function candidateDiagonals(prep: PreparedSnapshot, tokens: readonly QuoteToken[]): number[] {
  const votes = new Map<number, number>();
  const vote = (lists: { hits: number[]; i: number }[]) => {
    // The rarest pairs say most about where the quote is; votes stop at a budget, so a quote made of common
    // phrases in a long transcript costs no more than a distinctive one.
    lists.sort((x, y) => x.hits.length - y.hits.length);
    let spent = 0;
    for (const { hits, i } of lists) {
      if (spent > 0 && spent + hits.length > VOTE_BUDGET) break;
      spent += hits.length;
      for (const p of hits) votes.set(p - i, (votes.get(p - i) ?? 0) + 1);
    }
  };
  const pairs: { hits: number[]; i: number }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.type !== 'word' || b.type !== 'word') continue;
    const hits = prep.pairs.get(`${a.word.norm} ${b.word.norm}`);
    if (hits && hits.length <= COMMON_PAIR) pairs.push({ hits, i });
  }
  if (pairs.length > 0) vote(pairs);
  else {
    vote(tokens.flatMap((t, i) => {
      const hits = t.type === 'word' ? prep.singles.get(t.word.norm) : undefined;
      return hits && hits.length <= COMMON_PAIR ? [{ hits, i }] : [];
    }));
  }
  return topDiagonals(votes);
}

/** The most-voted diagonals, nearby ones (an added or dropped word shifts the diagonal) counted together. */
function topDiagonals(votes: Map<number, number>): number[] {
  const sorted = [...votes].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const picked: number[] = [];
  for (const [d] of sorted) {
    if (picked.some((p) => Math.abs(p - d) <= SLACK)) continue;
    picked.push(d);
    if (picked.length === CANDIDATES) break;
  }
  return picked;
}

/** Myers' search of the segment's words over the snapshot's words, as text; the word where the best match starts. */
function approximateStart(prep: PreparedSnapshot, tokens: readonly QuoteToken[]): number | undefined {
  const pattern = tokens.flatMap((t) => (t.type === 'word' ? [t.word.norm] : [])).join(' ');
  if (pattern.length < 4) return undefined;
  let joined = '';
  const starts: number[] = [];
  for (const w of prep.words) {
    starts.push(joined.length);
    joined += `${w.norm} `;
  }
  const matches = search(joined, pattern, Math.floor(pattern.length * APPROX_ERROR_RATIO));
  if (matches.length === 0) return undefined;
  const best = matches.reduce((x, y) => (y.errors < x.errors ? y : x));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= best.start) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

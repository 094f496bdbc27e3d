// The approximate step of anchoring: Myers' bit-parallel search (`approx-string-match`), near the recorded position
// first, then the whole article. A search of the whole article per fact is what made 50,000 facts take minutes,
// so this step does only the work that can change the result, and caps the rest:
//  1. Before searching, it asks what the best conceivable match could score (scoreCeiling, context assumed
//     perfect). If even a match with one error could not be accepted — or could not beat the exact copy already
//     found — nothing is searched (a hand-written fact without context that still occurs exactly, the common case).
//     Otherwise the error limit is lowered to the most errors that could still matter. The search reports only
//     its lowest-error matches, so a lower limit changes nothing when a match that good exists, and when none does
//     every match it would have found is one that anchoring would have rejected.
//  2. For the whole-article pass with a low limit, a filter: split the quote into (limit + 1) pieces; an
//     occurrence with at most `limit` errors keeps at least one piece intact (each error touches one piece), so
//     only the stretches around exact occurrences of a piece (looked up in the index) need searching. Pieces
//     shorter than MIN_PIECE are too common to filter, and then the whole article is searched.
//  3. Whole-article searches share a budget (characters searched × 32-character blocks of the quote). A fact
//     that would overrun it is not searched: anchoring reports it as an orphan saying so, it is never dropped.
// Steps 1 and 2 are exact: results equal those of searching everything (test/unit/facts.scale.test.ts).
import search from 'approx-string-match';
import { CONTEXT_LENGTH, pickBest, quoteScore, scoreCeiling, type Candidate, type Scored } from './score.js';
import { firstAtOrAfter, type TextIndex } from './textIndex.js';
import type { TextTarget } from './types.js';

/** An approximate match may differ from the quote in at most this share of its characters… */
const FUZZY_ERROR_RATIO = 0.3;
/** …and its overall score (quote + context + position) must reach this, so a deleted phrase does not
 *  "re-appear" on a similar phrase elsewhere ("This diplomatic effort" ≈ "While diplomatic effort")… */
const FUZZY_MIN_SCORE = 0.75;
/** …unless the quote is long and nearly intact, which prose does not produce by chance (a sentence with a word
 *  changed, in a paragraph that also moved). */
const FUZZY_LONG_LENGTH = 32;
const FUZZY_LONG_MIN_QUOTE_SCORE = 0.85;
/** An approximate match beats an exact occurrence only when it is nearly intact itself (and scores higher). */
export const FUZZY_OVERRIDE_QUOTE_SCORE = 0.8;
/** Below this length an approximate match is noise ("2002" ≈ "2020"): short quotes anchor exactly or not at all. */
const FUZZY_MIN_LENGTH = 8;
/** Pieces shorter than this occur all over prose ("the "), so filtering by them would not save a search. */
const MIN_PIECE = 5;
/** Whole-article search allowed per anchoring run, in characters × 32-character quote blocks: about half a
 *  second of Myers' algorithm, i.e. some sixty full searches of a 1 MB article or thousands of a news story. */
export const DEFAULT_FUZZY_BUDGET = 64 * 1024 * 1024;
/** Exact copies are blanked out with this before searching, since the search reports only the best matches. */
const MASK = '\u0000';

export interface FuzzyContext {
  index: TextIndex;
  /** What is left of the whole-article budget; spent as searches run. */
  budget: { remaining: number };
}

/** The best acceptable approximate match; undefined when there is none, or when none could beat an exact copy
 *  scoring `exactScore`; 'skipped' when the whole-article search would overrun the budget. */
export function fuzzyMatch(
  ctx: FuzzyContext, target: TextTarget, hint: number | undefined, exactHits: readonly number[], exactScore: number | undefined,
): Scored | undefined | 'skipped' {
  const text = ctx.index.text;
  const exact = target.exact;
  if (exact.length < FUZZY_MIN_LENGTH) return undefined;
  const maxErrors = Math.min(256, Math.floor(exact.length * FUZZY_ERROR_RATIO));
  const acceptable = (c: Scored) => c.score >= FUZZY_MIN_SCORE
    || (exact.length >= FUZZY_LONG_LENGTH && quoteScore(target, c.errors) >= FUZZY_LONG_MIN_QUOTE_SCORE);
  // The limits below assume the masked text holds no exact copy (so every match has an error): true unless the
  // quote itself contains the mask character; then everything is searched with the full limit, as before.
  const limited = !exact.includes(MASK);
  const nearLimit = limited ? mostErrors(maxErrors, (e) => acceptable({ start: 0, end: 0, errors: e, score: scoreCeiling(text, target, hint, undefined, e) })) : maxErrors;
  const winLimit = exactScore === undefined || !limited ? maxErrors
    : mostErrors(maxErrors, (e) => scoreCeiling(text, target, hint, undefined, e) > exactScore && quoteScore(target, e) >= FUZZY_OVERRIDE_QUOTE_SCORE);
  if (nearLimit === 0 || winLimit === 0) return undefined;

  if (hint !== undefined) {
    // Near the recorded position first: the nearest good match beats a slightly better one far away.
    const reach = exact.length + maxErrors + 2 * CONTEXT_LENGTH;
    const from = Math.max(0, hint - reach);
    const to = Math.min(text.length, hint + exact.length + reach);
    const near = searchRanges(text, exact, exactHits, [[from, to]], nearLimit);
    if (near.length > 0) {
      const best = pickBest(text, target, hint, near);
      if (acceptable(best)) return best;
    }
    if (from === 0 && to === text.length) return undefined; // that was the whole article
  }
  // Only the final pass may use the lower limit of "could beat the exact copy": a match near the position that is
  // acceptable but loses must still stop the search there, as it always has.
  const limit = Math.min(nearLimit, winLimit);
  const ranges = (limited && pieceRanges(ctx.index, exact, limit)) || [[0, text.length] as [number, number]];
  const cost = ranges.reduce((n, [from, to]) => n + to - from, 0) * Math.ceil(exact.length / 32);
  if (cost > ctx.budget.remaining) return 'skipped';
  ctx.budget.remaining -= cost;
  const far = searchRanges(text, exact, exactHits, ranges, limit);
  if (far.length === 0) return undefined;
  const best = pickBest(text, target, hint, far);
  return acceptable(best) ? best : undefined;
}

/** The largest e in 1..max for which `ok(e)` holds (ok holds for every smaller e too), or 0. */
function mostErrors(max: number, ok: (errors: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The lowest-error matches of `exact` over the ascending, disjoint `ranges` of the text with the exact copies
 *  masked — what one search of the masked text would report for matches lying in those ranges. */
function searchRanges(text: string, exact: string, exactHits: readonly number[], ranges: [number, number][], limit: number): Candidate[] {
  const found: Candidate[] = [];
  let least = Infinity;
  for (const [from, to] of ranges) {
    for (const m of search(maskedSlice(text, exact.length, exactHits, from, to), exact, limit)) {
      if (m.errors > least) continue;
      if (m.errors < least) found.length = 0;
      least = m.errors;
      found.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    }
  }
  return found;
}

/** text.slice(from, to) with every exact copy (starts in `hits`, ascending) blanked out. */
function maskedSlice(text: string, length: number, hits: readonly number[], from: number, to: number): string {
  const parts: string[] = [];
  let at = from;
  for (let i = firstAtOrAfter(hits, from - length + 1); i < hits.length && hits[i]! < to; i++) {
    const start = Math.max(at, hits[i]!);
    const end = Math.min(to, hits[i]! + length);
    if (end <= start) continue;
    parts.push(text.slice(at, start), MASK.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at, to));
  return parts.join('');
}

/**
 * Stretches of the text that hold every match of `exact` with at most `limit` errors (see step 2 in the header),
 * merged and ascending; undefined when the pieces are too short or the stretches would cover much of the text.
 * A stretch reaches 2·limit beyond the quote on each side: the match itself lies within limit of where the piece
 * puts it, and the search looks up to limit further back for the longest start with the same error count.
 */
function pieceRanges(index: TextIndex, exact: string, limit: number): [number, number][] | undefined {
  const size = Math.floor(exact.length / (limit + 1));
  if (size < MIN_PIECE) return undefined;
  const span = exact.length + 4 * limit + 2;
  const starts: [number, number][] = [];
  for (let p = 0; p <= limit; p++) {
    for (const at of index.occurrences(exact.slice(p * size, (p + 1) * size))) {
      const from = at - p * size - 2 * limit - 1;
      starts.push([Math.max(0, from), Math.min(index.text.length, from + span)]);
      if (starts.length * span > index.text.length / 2) return undefined;
    }
  }
  starts.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of starts) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

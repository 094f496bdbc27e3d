// How well a candidate place fits a fact, as Hypothesis's `match-quote` scores web annotations: the quote matters
// most, its recorded prefix/suffix context next, the distance from the recorded position only breaks ties.
// `scoreCeiling` is the most a candidate could score before its context is compared; anchoring uses it to stop
// looking (or not search at all) once nothing left can beat what it has.
import search from 'approx-string-match';
import type { TextTarget } from './types.js';

// Weights from Hypothesis: the quote matters most, context next, position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/** Characters of context recorded on each side of a quote; fewer only where the text began or ended. */
export const CONTEXT_LENGTH = 32;

export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export type Scored = Candidate & { score: number };

export function scoreCandidate(text: string, target: TextTarget, hint: number | undefined, c: Candidate): number {
  const prefixScore = contextScore(target.prefix, text.slice(Math.max(0, c.start - (target.prefix?.length ?? 0)), c.start), c.start);
  const suffixScore = contextScore(target.suffix, text.slice(c.end, c.end + (target.suffix?.length ?? 0)), text.length - c.end);
  return weigh(quoteScore(target, c.errors), prefixScore, suffixScore, positionScore(text, hint, c.start));
}

/**
 * The highest score a candidate with `errors` errors at `start` (undefined: anywhere) can get, whatever the text
 * around it: recorded context counts as fitting perfectly. Computed with the same arithmetic as scoreCandidate
 * (and rounding is monotone), so no candidate's score ever exceeds its ceiling, not even in the last bit.
 */
export function scoreCeiling(text: string, target: TextTarget, hint: number | undefined, start: number | undefined, errors: number): number {
  return weigh(quoteScore(target, errors), bestContext(target.prefix), bestContext(target.suffix), start === undefined ? 1 : positionScore(text, hint, start));
}

/** The best of `candidates`; equal scores go to the earlier candidate, so iteration order never matters. */
export function pickBest(text: string, target: TextTarget, hint: number | undefined, candidates: Candidate[]): Scored {
  let best: Scored | undefined;
  for (const c of candidates) {
    const score = scoreCandidate(text, target, hint, c);
    if (!best || score > best.score) best = { start: c.start, end: c.end, errors: c.errors, score };
  }
  return best!;
}

export function quoteScore(target: TextTarget, errors: number): number {
  return 1 - errors / target.exact.length;
}

function weigh(quote: number, prefix: number, suffix: number, position: number): number {
  return (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * position) / MAX_SCORE;
}

function positionScore(text: string, hint: number | undefined, start: number): number {
  return hint === undefined || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - hint) / text.length);
}

/**
 * How well recorded context fits a candidate with `room` characters of text on that side. Context shorter than
 * CONTEXT_LENGTH was recorded where the text began (ended), so text the record does not have counts against the
 * fit: otherwise the last of several copies of a sentence, whose suffix is the article's final newline, would fit
 * any copy followed by a newline. An empty string fits only at the edge; no recorded context at all (a
 * hand-written fact) neither confirms nor contradicts.
 */
function contextScore(recorded: unknown, actual: string, room: number): number {
  if (typeof recorded !== 'string') return 0.5;
  if (recorded === '') return room === 0 ? 1 : 0;
  const fit = similarity(actual, recorded);
  const window = Math.min(CONTEXT_LENGTH, room);
  return recorded.length < window ? (fit * recorded.length) / window : fit;
}

/** The most contextScore can give for this recorded context. */
function bestContext(recorded: unknown): number {
  return typeof recorded === 'string' ? 1 : 0.5;
}

/** 1 − (edit distance of the best approximate occurrence of `pattern` in `text`) / pattern length. */
function similarity(text: string, pattern: string): number {
  if (text.length === 0) return 0;
  if (text === pattern) return 1;
  const hits = search(text, pattern, pattern.length);
  return hits.length === 0 ? 0 : 1 - hits[0]!.errors / pattern.length;
}

// Re-anchors facts to the current article text, in the spirit of Hypothesis's `match-quote`: every candidate is
// scored on the quote itself, the recorded prefix/suffix context and the distance from the recorded position.
// Order of preference: the recorded offsets, then the best exact occurrence, then the best approximate match
// (Myers' bit-parallel search from `approx-string-match`). A fact that fits nowhere is an orphan: it is
// reported, and it stays in the file untouched.
import search from 'approx-string-match';
import type { Anchor, FactsFile, TextTarget } from './types.js';

/** How much of the surrounding text is recorded as prefix/suffix. */
export const CONTEXT_LENGTH = 32;

// Weights from Hypothesis: the quote matters most, context next, position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** An approximate match may differ from the quote in at most this share of its characters… */
const FUZZY_ERROR_RATIO = 0.3;
/** …and its overall score (quote + context + position) must reach this, so a deleted sentence does not
 *  "re-appear" on some other sentence of similar length. */
const FUZZY_MIN_SCORE = 0.6;
/** Below this length an approximate match is noise ("2002" ≈ "2020"): short quotes anchor exactly or not at all. */
const FUZZY_MIN_LENGTH = 8;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export function anchorFacts(text: string, file: Pick<FactsFile, 'facts'>): Anchor[] {
  return file.facts.map((fact) => anchorTarget(text, fact.id, fact.target));
}

export function anchorTarget(text: string, factId: string, target: TextTarget): Anchor {
  const exact = target.exact;
  if (typeof exact !== 'string' || exact.length === 0) return { factId, status: 'orphan', reason: 'The fact has no quoted text.' };
  const hint = typeof target.start === 'number' ? target.start : undefined;

  const exactHits = occurrences(text, exact);
  if (exactHits.length > 0) {
    const best = pickBest(text, target, hint, exactHits);
    const method = best.start === hint && best.end === target.end ? 'position' : 'exact';
    return { factId, status: 'anchored', start: best.start, end: best.end, method, score: round(best.score) };
  }

  if (exact.length >= FUZZY_MIN_LENGTH) {
    const maxErrors = Math.min(256, Math.floor(exact.length * FUZZY_ERROR_RATIO));
    const hits = search(text, exact, maxErrors);
    if (hits.length > 0) {
      const best = pickBest(text, target, hint, hits);
      if (best.score >= FUZZY_MIN_SCORE) {
        return { factId, status: 'anchored', start: best.start, end: best.end, method: 'fuzzy', score: round(best.score) };
      }
    }
  }
  return { factId, status: 'orphan', reason: `"${clip(exact)}" no longer appears in the article.` };
}

function occurrences(text: string, exact: string): Candidate[] {
  const hits: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) hits.push({ start: i, end: i + exact.length, errors: 0 });
  return hits;
}

function pickBest(text: string, target: TextTarget, hint: number | undefined, candidates: Candidate[]): Candidate & { score: number } {
  let best: (Candidate & { score: number }) | undefined;
  for (const c of candidates) {
    const score = scoreCandidate(text, target, hint, c);
    // Equal scores: the earlier candidate wins, so the result never depends on iteration order.
    if (!best || score > best.score) best = { ...c, score };
  }
  return best!;
}

function scoreCandidate(text: string, target: TextTarget, hint: number | undefined, c: Candidate): number {
  const quoteScore = 1 - c.errors / target.exact.length;
  const prefix = typeof target.prefix === 'string' ? target.prefix : '';
  const suffix = typeof target.suffix === 'string' ? target.suffix : '';
  const prefixScore = prefix ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) : 1;
  const suffixScore = suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : 1;
  const positionScore = hint === undefined || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(c.start - hint) / text.length);
  return (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / MAX_SCORE;
}

/** 1 − (edit distance of the best approximate occurrence of `pattern` in `text`) / pattern length. */
function similarity(text: string, pattern: string): number {
  if (text.length === 0) return 0;
  if (text === pattern) return 1;
  const hits = search(text, pattern, pattern.length);
  return hits.length === 0 ? 0 : 1 - hits[0]!.errors / pattern.length;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

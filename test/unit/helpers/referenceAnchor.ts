// The anchoring of facts as it was before the scale work of issue 11 (one scan of the article per fact), kept
// verbatim as the reference the indexed implementation must agree with, fact by fact. Test code only.
import search from 'approx-string-match';
import type { Anchor, FactsFile, TextTarget } from '../../../src/core/facts/types.js';

/** How much of the surrounding text is recorded as prefix/suffix. */
const CONTEXT_LENGTH = 32;

// Weights from Hypothesis: the quote matters most, context next, position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** An approximate match may differ from the quote in at most this share of its characters… */
const FUZZY_ERROR_RATIO = 0.3;
/** …and its overall score (quote + context + position) must reach this, so a deleted phrase does not
 *  "re-appear" on a similar phrase elsewhere ("This diplomatic effort" ≈ "While diplomatic effort")… */
const FUZZY_MIN_SCORE = 0.75;
/** …unless the quote is long and nearly intact, which prose does not produce by chance (a sentence with a word
 *  changed, in a paragraph that also moved). */
const FUZZY_LONG_LENGTH = 32;
const FUZZY_LONG_MIN_QUOTE_SCORE = 0.85;
/** An exact occurrence scoring this much (its context mostly agrees) is taken without looking further. */
const EXACT_CONFIDENT_SCORE = 0.85;
/** An approximate match beats an exact occurrence only when it is nearly intact itself (and scores higher). */
const FUZZY_OVERRIDE_QUOTE_SCORE = 0.8;
/** Below this length an approximate match is noise ("2002" ≈ "2020"): short quotes anchor exactly or not at all. */
const FUZZY_MIN_LENGTH = 8;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export function referenceAnchorFacts(text: string, file: Pick<FactsFile, 'facts'>): Anchor[] {
  return file.facts.map((fact) => referenceAnchorTarget(text, fact.id, fact.target));
}

export function referenceAnchorTarget(text: string, factId: string, target: TextTarget): Anchor {
  const exact = target.exact;
  if (typeof exact !== 'string' || exact.length === 0) return { factId, status: 'orphan', reason: 'The fact has no quoted text.' };
  const hint = typeof target.start === 'number' ? target.start : undefined;
  if (hint !== undefined && target.end === hint + exact.length && text.startsWith(exact, hint) && contextIntact(text, target)) {
    return { factId, status: 'anchored', start: hint, end: hint + exact.length, method: 'position', score: 1 };
  }

  const exactHits = occurrences(text, exact);
  const exactBest = exactHits.length > 0 ? pickBest(text, target, hint, exactHits) : undefined;
  if (exactBest && exactBest.score >= EXACT_CONFIDENT_SCORE) return placed(factId, target, hint, exactBest, 'exact');

  // No exact occurrence, or only ones whose context disagrees (a short quote that also occurs elsewhere, edited
  // where it was): look for an approximate match, near the recorded position first, and keep the better.
  const fuzzy = fuzzyMatch(text, target, hint, exactHits);
  const fuzzyWins = fuzzy !== undefined
    && (!exactBest || (fuzzy.score > exactBest.score && 1 - fuzzy.errors / exact.length >= FUZZY_OVERRIDE_QUOTE_SCORE));
  if (fuzzyWins) return placed(factId, target, hint, fuzzy, 'fuzzy');
  if (exactBest) return placed(factId, target, hint, exactBest, 'exact');
  return { factId, status: 'orphan', reason: `"${clip(exact)}" no longer appears in the article.` };
}

function contextIntact(text: string, t: TextTarget): boolean {
  const start = t.start as number;
  const end = start + t.exact.length;
  return (t.prefix === undefined || text.slice(Math.max(0, start - t.prefix.length), start) === t.prefix && (t.prefix.length > 0 || start === 0))
    && (t.suffix === undefined || text.slice(end, end + t.suffix.length) === t.suffix && (t.suffix.length > 0 || end === text.length));
}

function placed(factId: string, target: TextTarget, hint: number | undefined, best: Candidate & { score: number }, how: 'exact' | 'fuzzy'): Anchor {
  const method = how === 'exact' && best.start === hint && best.end === target.end ? 'position' : how;
  return { factId, status: 'anchored', start: best.start, end: best.end, method, score: round(best.score) };
}

function fuzzyMatch(text: string, target: TextTarget, hint: number | undefined, exactHits: Candidate[]): (Candidate & { score: number }) | undefined {
  const exact = target.exact;
  if (exact.length < FUZZY_MIN_LENGTH) return undefined;
  // approx-string-match returns only the lowest-error matches, so blank out the exact copies (already judged)
  // to let it find the edited one.
  const masked = maskSpans(text, exactHits);
  const maxErrors = Math.min(256, Math.floor(exact.length * FUZZY_ERROR_RATIO));
  const acceptable = (c: Candidate & { score: number }) =>
    c.score >= FUZZY_MIN_SCORE || (exact.length >= FUZZY_LONG_LENGTH && 1 - c.errors / exact.length >= FUZZY_LONG_MIN_QUOTE_SCORE);
  const windows: [number, number][] = [];
  if (hint !== undefined) {
    const reach = exact.length + maxErrors + 2 * CONTEXT_LENGTH;
    windows.push([Math.max(0, hint - reach), Math.min(text.length, hint + exact.length + reach)]);
  }
  windows.push([0, text.length]);
  for (const [from, to] of windows) {
    // Near the recorded position first: the nearest good match beats a slightly better one far away.
    const hits = search(masked.slice(from, to), exact, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
    if (hits.length === 0) continue;
    const best = pickBest(text, target, hint, hits);
    if (acceptable(best)) return best;
  }
  return undefined;
}

function maskSpans(text: string, spans: Candidate[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    const from = Math.max(at, s.start);
    parts.push(text.slice(at, from), '\u0000'.repeat(s.end - from));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
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
  const prefixScore = contextScore(target.prefix, text.slice(Math.max(0, c.start - (target.prefix?.length ?? 0)), c.start), c.start);
  const suffixScore = contextScore(target.suffix, text.slice(c.end, c.end + (target.suffix?.length ?? 0)), text.length - c.end);
  const positionScore = hint === undefined || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(c.start - hint) / text.length);
  return (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) / MAX_SCORE;
}

/** How well recorded context fits a candidate with `room` characters on that side. Context shorter than
 *  CONTEXT_LENGTH characters was recorded at the start (end) of the text, so text beyond it counts against the fit; an empty
 *  string fits only at the edge; no recorded context at all (a hand-written fact) neither confirms nor contradicts. */
function contextScore(recorded: unknown, actual: string, room: number): number {
  if (typeof recorded !== 'string') return 0.5;
  if (recorded === '') return room === 0 ? 1 : 0;
  const window = Math.min(CONTEXT_LENGTH, room);
  return recorded.length < window ? (similarity(actual, recorded) * recorded.length) / window : similarity(actual, recorded);
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

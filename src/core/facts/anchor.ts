// Re-anchors facts to the current article text, in the spirit of Hypothesis's `match-quote`: every candidate is
// scored on the quote itself, the recorded prefix/suffix context and the distance from the recorded position
// (score.ts). Order of preference: the recorded offsets with their context intact ('position'), then the best exact
// occurrence ('exact'; context, then distance, decide between copies), then the best approximate match ('fuzzy',
// Myers' bit-parallel search from `approx-string-match`, near the recorded position first; fuzzy.ts). One refinement
// over that order: when every exact copy has the wrong context (a short phrase that also occurs elsewhere was edited
// where it was), a nearly intact approximate match with the right context wins. A fact that fits nowhere is an
// orphan: reported, and left in the file untouched.
// At scale (50,000 facts on one article), no step scans the article per fact: exact copies come from one index of
// the text (textIndex.ts), copies are weighed nearest first and the weighing stops once no farther copy could
// score higher, and the approximate search is bounded (fuzzy.ts). The results are those of trying every copy and
// searching everything, fact by fact (test/unit/facts.scale.test.ts), except past the approximate-search budget.
import { DEFAULT_FUZZY_BUDGET, FUZZY_OVERRIDE_QUOTE_SCORE, fuzzyMatch, type FuzzyContext } from './fuzzy.js';
import { scoreCandidate, scoreCeiling, type Scored } from './score.js';
import { firstAtOrAfter, TextIndex } from './textIndex.js';
import type { Anchor, FactsFile, TextTarget } from './types.js';

/** An exact occurrence scoring this much (its context mostly agrees) is taken without looking further. */
const EXACT_CONFIDENT_SCORE = 0.85;
/** Below this many facts, looking each quote up with indexOf is cheaper than indexing the article. */
const INDEX_FROM_FACTS = 4;

export interface AnchorOptions {
  /** Whole-article approximate search allowed for the run (see fuzzy.ts); facts past it are orphans that say so. */
  fuzzyBudget?: number;
}

export function anchorFacts(text: string, file: Pick<FactsFile, 'facts'>, options: AnchorOptions = {}): Anchor[] {
  const ctx: FuzzyContext = {
    index: new TextIndex(text, file.facts.length >= INDEX_FROM_FACTS),
    budget: { remaining: options.fuzzyBudget ?? DEFAULT_FUZZY_BUDGET },
  };
  return file.facts.map((fact) => anchorIn(ctx, fact.id, fact.target));
}

export function anchorTarget(text: string, factId: string, target: TextTarget): Anchor {
  return anchorIn({ index: new TextIndex(text, false), budget: { remaining: DEFAULT_FUZZY_BUDGET } }, factId, target);
}

function anchorIn(ctx: FuzzyContext, factId: string, target: TextTarget): Anchor {
  const text = ctx.index.text;
  const exact = target.exact;
  if (typeof exact !== 'string' || exact.length === 0) return { factId, status: 'orphan', reason: 'The fact has no quoted text.' };
  const hint = typeof target.start === 'number' ? target.start : undefined;
  if (hint !== undefined && target.end === hint + exact.length && text.startsWith(exact, hint) && contextIntact(text, target)) {
    return { factId, status: 'anchored', start: hint, end: hint + exact.length, method: 'position', score: 1 };
  }

  const exactHits = ctx.index.occurrences(exact);
  const exactBest = exactHits.length > 0 ? bestExact(text, target, hint, exactHits) : undefined;
  if (exactBest && exactBest.score >= EXACT_CONFIDENT_SCORE) return placed(factId, target, hint, exactBest, 'exact');

  // No exact occurrence, or only ones whose context disagrees (a short quote that also occurs elsewhere, edited
  // where it was): look for an approximate match, near the recorded position first, and keep the better.
  const fuzzy = fuzzyMatch(ctx, target, hint, exactHits, exactBest?.score);
  if (fuzzy === 'skipped' && !exactBest) {
    return { factId, status: 'orphan', reason: `"${clip(exact)}" no longer appears exactly in the article, and too many facts needed an approximate search of the whole article to search for this one too.` };
  }
  const fuzzyWins = typeof fuzzy === 'object'
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

function placed(factId: string, target: TextTarget, hint: number | undefined, best: Scored, how: 'exact' | 'fuzzy'): Anchor {
  const method = how === 'exact' && best.start === hint && best.end === target.end ? 'position' : how;
  return { factId, status: 'anchored', start: best.start, end: best.end, method, score: round(best.score) };
}

/**
 * The best exact copy (starts ascending): the highest score, the earliest on a tie. Copies are weighed nearest to
 * the recorded position first (in text order without one); since nearer never scores lower on position, the
 * weighing stops at the first copy whose ceiling (scoreCeiling: its context fitting perfectly) is below the best
 * so far. A quote that occurs thousands of times thus costs a few comparisons, not thousands.
 */
function bestExact(text: string, target: TextTarget, hint: number | undefined, starts: readonly number[]): Scored {
  const length = target.exact.length;
  let best: Scored | undefined;
  const weigh = (start: number): boolean => {
    if (best) {
      const ceiling = scoreCeiling(text, target, hint, start, 0);
      if (ceiling < best.score) return false;
      // An equal score wins only from an earlier start; in text order every later copy starts later.
      if (ceiling === best.score && start > best.start) return hint !== undefined;
    }
    const c = { start, end: start + length, errors: 0, score: 0 };
    c.score = scoreCandidate(text, target, hint, c);
    if (!best || c.score > best.score || (c.score === best.score && start < best.start)) best = c;
    return true;
  };
  if (hint === undefined) {
    for (const start of starts) if (!weigh(start)) break;
    return best!;
  }
  let right = firstAtOrAfter(starts, hint);
  let left = right - 1;
  while (left >= 0 || right < starts.length) {
    const takeLeft = right >= starts.length || (left >= 0 && hint - starts[left]! <= starts[right]! - hint);
    if (!weigh(takeLeft ? starts[left--]! : starts[right++]!)) break;
  }
  return best!;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

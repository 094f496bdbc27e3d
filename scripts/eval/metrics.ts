// Scoring functions for `npm run eval`, kept free of I/O so they can be unit-tested on hand-made inputs.

/** A gold or predicted span as a set of character ranges (gold spans may be discontinuous). */
export interface CharSpan {
  /** Half-open [start, end) ranges, sorted, non-overlapping. */
  ranges: Array<[number, number]>;
}

export function contiguous(start: number, end: number): CharSpan {
  return { ranges: [[start, end]] };
}

export function spanLength(span: CharSpan): number {
  return span.ranges.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
}

/** Number of characters two spans share. */
export function sharedChars(a: CharSpan, b: CharSpan): number {
  let shared = 0;
  for (const [as, ae] of a.ranges) {
    for (const [bs, be] of b.ranges) shared += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  }
  return shared;
}

/**
 * The matching rule: two spans match when they share at least half of the shorter span's characters.
 * Empty spans never match (half of nothing would make every empty span match everything).
 */
export function halfOverlap(a: CharSpan, b: CharSpan): boolean {
  const shorter = Math.min(spanLength(a), spanLength(b));
  if (shorter === 0) return false;
  return sharedChars(a, b) * 2 >= shorter;
}

/**
 * One-to-one greedy matching: candidate pairs that satisfy `halfOverlap` are taken best first (most shared
 * characters, then document order), each prediction and each gold span used at most once.
 * Returns pairs of indices [predicted, gold].
 */
export function greedyMatch(predicted: CharSpan[], gold: CharSpan[]): Array<[number, number]> {
  const candidates: Array<{ p: number; g: number; shared: number }> = [];
  for (let p = 0; p < predicted.length; p++) {
    for (let g = 0; g < gold.length; g++) {
      if (halfOverlap(predicted[p], gold[g])) candidates.push({ p, g, shared: sharedChars(predicted[p], gold[g]) });
    }
  }
  candidates.sort((x, y) => y.shared - x.shared || x.g - y.g || x.p - y.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    pairs.push([c.p, c.g]);
  }
  return pairs;
}

/** Counts summed over documents before computing P/R/F1 (micro-average). */
export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}

export function emptyCounts(): Counts {
  return { matched: 0, predicted: 0, gold: 0 };
}

/**
 * Exact boundaries: a prediction matches a gold span with the same first and last character (a gold span in
 * fragments is compared by its outer bounds), each used once.
 */
export function exactMatches(predicted: CharSpan[], gold: CharSpan[]): number {
  const bounds = (s: CharSpan) => `${s.ranges[0][0]}:${s.ranges[s.ranges.length - 1][1]}`;
  const open = new Map<string, number>();
  for (const g of gold) open.set(bounds(g), (open.get(bounds(g)) ?? 0) + 1);
  let matched = 0;
  for (const p of predicted) {
    const left = open.get(bounds(p)) ?? 0;
    if (left > 0) {
      open.set(bounds(p), left - 1);
      matched++;
    }
  }
  return matched;
}

export function addExactCounts(total: Counts, predicted: CharSpan[], gold: CharSpan[]): void {
  total.matched += exactMatches(predicted, gold);
  total.predicted += predicted.length;
  total.gold += gold.length;
}

export function addCounts(total: Counts, predicted: CharSpan[], gold: CharSpan[]): void {
  total.matched += greedyMatch(predicted, gold).length;
  total.predicted += predicted.length;
  total.gold += gold.length;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): PRF {
  const precision = c.predicted === 0 ? 0 : c.matched / c.predicted;
  const recall = c.gold === 0 ? 0 : c.matched / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

// --- Ranking metrics, as the official CLEF-2019 CheckThat! Task 1 scorer computes them ---

/**
 * Orders labels by descending score. Ties keep input order (line order), like the official scorer's
 * stable Python sort.
 */
export function rankLabels(items: Array<{ score: number; label: number }>): number[] {
  return items
    .map((item, i) => ({ ...item, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((item) => (item.label === 1 ? 1 : 0));
}

/** Average precision of a ranked 0/1 list: mean of precision@k at each relevant k, over all relevant items. */
export function averagePrecision(ranked: number[]): number {
  const relevant = ranked.filter((l) => l === 1).length;
  if (relevant === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.forEach((label, i) => {
    if (label === 1) {
      hits += 1;
      sum += hits / (i + 1);
    }
  });
  return sum / relevant;
}

/** Precision over the first k items (k larger than the list still divides by k, as the scorer does). */
export function precisionAt(ranked: number[], k: number): number {
  if (k <= 0) return 0;
  return ranked.slice(0, k).filter((l) => l === 1).length / k;
}

/** Precision at R, where R is the number of relevant items. */
export function rPrecision(ranked: number[]): number {
  const relevant = ranked.filter((l) => l === 1).length;
  return relevant === 0 ? 0 : precisionAt(ranked, relevant);
}

export function reciprocalRank(ranked: number[]): number {
  const first = ranked.indexOf(1);
  return first < 0 ? 0 : 1 / (first + 1);
}

export function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

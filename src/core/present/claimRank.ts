// Where a claim stands among the article's claims by check-worthiness. The score orders claims well but its
// value is not a probability (many claims sit at the 0.5 floor or near 1), so hovers and the Claims view show
// the rank ("2nd of 12") rather than a percentage a reader could take for certainty.
import type { Claim } from '../types.js';

export interface ClaimRank {
  /** 1 for the most check-worthy; claims with equal scores share the best rank among them. */
  rank: number;
  /** How many claims were ranked. */
  of: number;
  /** How many claims share this score (1 when none other does). */
  tied: number;
}

/**
 * The rank of every claim among `claims` by score, computed once for the list: one sort, where asking claim by
 * claim walked every claim for each (a Claims view's tooltips cost O(n²)). A claim absent from the map is not
 * among `claims`. A claim listed twice counts twice, as a score that is not a number ranks above nothing and ties
 * with nothing (what comparing scores one by one gave).
 */
export function claimRanks(claims: readonly Claim[]): ReadonlyMap<Claim, ClaimRank> {
  const of = claims.length;
  const ranks = new Map<Claim, ClaimRank>();
  const scored = claims.filter((c) => !Number.isNaN(c.score)).sort((a, b) => (a.score > b.score ? -1 : a.score < b.score ? 1 : 0));
  for (let i = 0; i < scored.length;) {
    // scored[i, j): the claims sharing one score (=== also joins 0 and -0); every claim before them scores higher.
    let j = i + 1;
    while (j < scored.length && scored[j].score === scored[i].score) j++;
    const rank: ClaimRank = { rank: i + 1, of, tied: j - i };
    for (let k = i; k < j; k++) ranks.set(scored[k], rank);
    i = j;
  }
  for (const c of claims) if (Number.isNaN(c.score)) ranks.set(c, { rank: 1, of, tied: 0 });
  return ranks;
}

// An analysis' claim list is never changed once analyze() returns: its ranks are worked out on the first hover or
// tooltip that asks and kept while the list lives.
const ranksByList = new WeakMap<readonly Claim[], ReadonlyMap<Claim, ClaimRank>>();

/** claimRanks of an analysis' claims, computed once per analysis. */
export function analysisRanks(claims: readonly Claim[]): ReadonlyMap<Claim, ClaimRank> {
  let ranks = ranksByList.get(claims);
  if (!ranks) ranksByList.set(claims, (ranks = claimRanks(claims)));
  return ranks;
}

/** Most check-worthy first; equal scores keep the article's order. */
export function byCheckWorthiness(a: Claim, b: Claim): number {
  return b.score - a.score || a.start - b.start;
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "2nd of 12 claims in this article", "joint 5th (with 3 others) of 12 claims in this article". */
export function describeRank(r: ClaimRank): string {
  const place = r.tied > 1 ? `joint ${ordinal(r.rank)} (with ${r.tied - 1} other${r.tied > 2 ? 's' : ''})` : ordinal(r.rank);
  return `${place} of ${r.of} claim${r.of === 1 ? '' : 's'} in this article`;
}

/** The line hovers and tooltips show: the rank with the score it is ranked by, or the score alone for a claim
 *  without a rank (one the facts file marks as not a claim). `ranks`: claimRanks of the article's claims. */
export function describeCheckWorthiness(ranks: ReadonlyMap<Claim, ClaimRank>, claim: Claim): string {
  const rank = ranks.get(claim);
  const score = `score ${claim.score.toFixed(2)}`;
  return rank ? `${describeRank(rank)} (${score})` : score;
}

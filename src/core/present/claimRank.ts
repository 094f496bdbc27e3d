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

/** The rank of `claim` among `claims` by score; undefined when it is not one of them. */
export function checkWorthinessRank(claims: readonly Claim[], claim: Claim): ClaimRank | undefined {
  if (!claims.includes(claim)) return undefined;
  let above = 0;
  let tied = 0;
  for (const c of claims) {
    if (c.score > claim.score) above++;
    else if (c.score === claim.score) tied++;
  }
  return { rank: above + 1, of: claims.length, tied };
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

/** The line hovers and tooltips show: the rank with the score it is ranked by, or the score alone for a claim not
 *  among `claims` (one the facts file marks as not a claim). */
export function describeCheckWorthiness(claims: readonly Claim[], claim: Claim): string {
  const rank = checkWorthinessRank(claims, claim);
  const score = `score ${claim.score.toFixed(2)}`;
  return rank ? `${describeRank(rank)} (${score})` : score;
}

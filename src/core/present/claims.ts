// The Claims view's groups, the status-bar text and next/previous navigation: all derived from the claims list.
import type { Claim } from '../types.js';
import { claimDisplay, factOfClaim, type ClaimDisplay, type FactsView } from './findings.js';
import { byCheckWorthiness } from './claimRank.js';
import { excerpt } from './escape.js';

export interface ClaimGroup {
  display: ClaimDisplay;
  label: string;
  claims: Claim[];
}

const GROUP_ORDER: { display: ClaimDisplay; label: string }[] = [
  { display: 'unsourced', label: 'Unsourced' },
  { display: 'false', label: 'False or misleading' },
  { display: 'linked', label: 'Linked to a source' },
  { display: 'sourced', label: 'Attributed or cited' },
  { display: 'silenced', label: 'Not a claim / opinion' },
];

/** How the claims of a group are listed: in the article's order, or most check-worthy first. */
export type ClaimOrder = 'position' | 'checkWorthiness';

const byPosition = (a: Claim, b: Claim): number => a.start - b.start;

/** Non-empty groups in a fixed order, each sorted by position in the article or by check-worthiness. */
export function groupClaims(claims: Claim[], facts: FactsView, order: ClaimOrder = 'position'): ClaimGroup[] {
  const compare = order === 'checkWorthiness' ? byCheckWorthiness : byPosition;
  return GROUP_ORDER.map(({ display, label }) => ({
    display,
    label,
    claims: claims.filter((c) => claimDisplay(c, facts) === display).sort(compare),
  })).filter((g) => g.claims.length > 0);
}

export function claimLabel(claim: Claim): string {
  return excerpt(claim.text, 70);
}

export function claimDescription(claim: Claim, facts: FactsView): string {
  const verdict = factOfClaim(facts, claim)?.verdict;
  const status = claim.silenced ? `${claim.status} (silenced)` : claim.status;
  return verdict ? `${status} · ${verdict}` : status;
}

/** "3 unsourced · 5 linked" — the two numbers a fact-checker watches; omits nothing silently (0 is shown). */
export function statusBarText(claims: Claim[], facts: FactsView): string {
  let unsourced = 0;
  let linked = 0;
  for (const c of claims) {
    const d = claimDisplay(c, facts);
    if (d === 'unsourced') unsourced++;
    else if (d === 'linked' || d === 'false') linked++;
  }
  return `${unsourced} unsourced · ${linked} linked`;
}

/** The next (or previous) unsourced claim after (before) `offset`, wrapping around; undefined when there is none. */
export function adjacentUnsourced(claims: Claim[], facts: FactsView, offset: number, direction: 1 | -1): Claim | undefined {
  const list = claims.filter((c) => claimDisplay(c, facts) === 'unsourced').sort(byPosition);
  if (list.length === 0) return undefined;
  if (direction === 1) return list.find((c) => c.start > offset) ?? list[0];
  return [...list].reverse().find((c) => c.start < offset) ?? list[list.length - 1];
}

// The one name for what a claim is, shared by the CLI's finding kinds, SARIF rule ids and editor diagnostic codes.
import type { Claim } from '../types.js';

export type ClaimKind = 'unsourced-claim' | 'vague-source' | 'attributed-claim' | 'cited-claim' | 'linked-claim';

/** An unsourced claim that hides behind a vague source ("critics say") is a `vague-source`. */
export function claimKind(claim: Claim): ClaimKind {
  if (claim.status === 'unsourced') return claim.reasons.includes('vague-source') ? 'vague-source' : 'unsourced-claim';
  return `${claim.status}-claim`;
}

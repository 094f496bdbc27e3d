// Guards on a re-ranked match: a claim that shares an earlier check's topic but gives another number, year or
// name is not "checked before" (Full Fact's tool once served crime statistics to a speaker who only condemned a
// hate crime). A value counts as disagreeing only when both sides give one of that kind and share none: a claim
// that gives no number is not contradicted by a check that does.
import { countShared } from './features.js';
import type { ClaimProfile } from './profile.js';

export interface GuardResult {
  agrees: boolean;
  reasons: string[];
}

const KINDS = [
  { key: 'numbers', label: 'number' },
  { key: 'years', label: 'year' },
  { key: 'entities', label: 'name' },
] as const;

export function guard(claim: ClaimProfile, check: ClaimProfile): GuardResult {
  const reasons: string[] = [];
  let agrees = true;
  for (const { key, label } of KINDS) {
    const a = claim[key];
    const b = check[key];
    if (a.size === 0 || b.size === 0) continue;
    const shared = countShared(a, b);
    if (shared === 0) {
      agrees = false;
      reasons.push(`${label} differs: ${list(a)} here, ${list(b)} in the earlier check`);
    } else {
      reasons.push(`${shared > 1 ? `${label}s agree` : `${label} agrees`}: ${list(new Set([...a].filter((x) => b.has(x))))}`);
    }
  }
  return { agrees, reasons };
}

function list(values: ReadonlySet<string>): string {
  return [...values].slice(0, 3).join(', ');
}

// Scoring of the sourcing grid's cells (test/unit/helpers/sourcingGrid.ts): a statement is scored as the unseen news
// evaluation scores one (scripts/eval/unseenNews.ts), then held to what docs/rules.md gives its family.
import type { Analysis } from '../../../src/core/types.js';
import { scoreStatements, type StatementOutcome } from '../../../scripts/eval/unseenNews.js';
import type { Expected, SourcingCell } from './sourcingGrid.js';

/** Whether the scored statement has what the rules give its family. */
function meets(expect: Expected, s: StatementOutcome): boolean {
  switch (expect) {
    case 'attributed': return s.status === 'attributed' && !s.anonymous && !s.vague;
    case 'cited': return s.status === 'cited' && !s.vague;
    case 'sourced': return (s.status === 'attributed' || s.status === 'cited') && !s.anonymous && !s.vague;
    case 'vague': return s.status === 'unsourced' && s.vague;
    case 'anonymous': return s.status === 'attributed' && s.anonymous;
    case 'unsourced': return s.status === 'unsourced' && !s.vague && !s.anonymous;
  }
}

/** What is wrong with one cell's analysis, or null. */
export function miss(cell: Pick<SourcingCell, 'id' | 'text' | 'statement' | 'expect'>, a: Analysis): string | null {
  const [s] = scoreStatements({ name: cell.id, text: cell.text, expect: { quotes: [], statements: [{ text: cell.statement, expect: 'sourced' }] } }, a);
  if (s.status === null) return 'no claim';
  if (meets(cell.expect, s)) return null;
  const found = [s.status, s.vague ? 'vague' : '', s.anonymous ? 'anonymous' : ''].filter(Boolean).join(' + ');
  return `${found} (expected ${cell.expect}; reasons ${s.reasons.join(',')})`;
}

/** Passed over asserted, per family and per frame: "attributed 120/130 (said-that 10/10, …)". */
export function tally<C extends { dims: Record<string, string> }>(cells: readonly C[], failed: ReadonlySet<C>): string {
  const by = new Map<string, Map<string, [number, number]>>();
  for (const c of cells) {
    const frames = by.get(c.dims.family) ?? new Map<string, [number, number]>();
    by.set(c.dims.family, frames);
    const n = frames.get(c.dims.frame) ?? [0, 0];
    frames.set(c.dims.frame, [n[0] + (failed.has(c) ? 0 : 1), n[1] + 1]);
  }
  return [...by].map(([family, frames]) => {
    const all = [...frames.values()].reduce((x, y) => [x[0] + y[0], x[1] + y[1]], [0, 0]);
    return `${family} ${all[0]}/${all[1]} (${[...frames].map(([f, [p, n]]) => `${f} ${p}/${n}`).join(', ')})`;
  }).join('\n');
}

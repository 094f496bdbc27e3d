// Diagnostics as plain data: what to report in the article and in its facts file, with stable codes that the
// rule docs (docs/rules.md#<code>) explain. The editor only converts offsets and severities.
import type { Analysis } from '../types.js';
import { claimDisplay, type FactsView } from './findings.js';
import { claimKind } from './claimKind.js';
import { excerpt } from './escape.js';

export type DiagnosticSeverity = 'error' | 'warning' | 'information' | 'hint';
export type UnsourcedSeverity = DiagnosticSeverity | 'off';

export interface DiagnosticData {
  start: number;
  end: number;
  severity: DiagnosticSeverity;
  /** Stable rule code; also the anchor in docs/rules.md. */
  code: string;
  message: string;
}

export const RULE_CODES = [
  'unsourced-claim',
  'vague-source',
  'orphaned-fact',
  'dangling-source',
  'facts-file-problem',
  'live-analysis-skipped',
  'too-complex',
] as const;

export function articleDiagnostics(analysis: Analysis, facts: FactsView, unsourced: UnsourcedSeverity, factsFileName: string): DiagnosticData[] {
  const out: DiagnosticData[] = [];
  if (unsourced !== 'off') {
    for (const c of analysis.claims) {
      if (claimDisplay(c, facts) !== 'unsourced') continue;
      const code = claimKind(c);
      out.push({
        start: c.start,
        end: c.end,
        severity: unsourced,
        code,
        message: code === 'vague-source'
          ? `Vague source: “${excerpt(c.text, 60)}” does not say who. Name the source or link one.`
          : `Unsourced claim: “${excerpt(c.text, 60)}”. Attribute it, cite it, or link a source in ${factsFileName}.`,
      });
    }
  }
  for (const p of analysis.problems) {
    // Unsourced claims are reported above from the claims themselves, with the user's severity.
    if (p.code === 'unsourced-claim' || p.code === 'vague-source') continue;
    out.push({ start: p.start, end: p.end, severity: p.severity === 'info' ? 'information' : p.severity, code: p.code, message: p.message });
  }
  const orphans = facts.anchors.filter((a) => a.status === 'orphan');
  if (orphans.length > 0) {
    const ids = orphans.map((o) => o.factId).join(', ');
    out.push({
      start: 0,
      end: 0,
      severity: 'information',
      code: 'orphaned-fact',
      message: `${orphans.length} fact${orphans.length === 1 ? '' : 's'} in ${factsFileName} could not be placed in this article (${ids}). They are kept in the file.`,
    });
  }
  return out;
}

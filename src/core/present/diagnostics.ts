// Diagnostics as plain data: what to report in the article and in its facts file, with stable codes that the
// rule docs (docs/rules.md#<code>) explain and the rule registry (../rules.ts) lists. The editor only converts
// offsets and severities.
import type { Analysis } from '../types.js';
import { claimDisplay, type FactsView } from './findings.js';
import { claimKind } from './claimKind.js';
import { excerpt } from './escape.js';
import { ruleFor } from '../rules.js';

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

/** A rule's level for this article: the configuration's (`off` reports nothing), else the given default. */
export type RuleLevels = (code: string, fallback: DiagnosticSeverity) => UnsourcedSeverity;

/**
 * Findings silenced by a factmark-disable comment (`silenced`) and rules turned `off` are left out; everything else
 * gets its level from `levels` (the configuration over the rule's default, src/core/rules.ts).
 */
export function articleDiagnostics(analysis: Analysis, facts: FactsView, levels: RuleLevels, factsFileName: string): DiagnosticData[] {
  const out: DiagnosticData[] = [];
  for (const c of analysis.claims) {
    if (c.silenced || claimDisplay(c, facts) !== 'unsourced') continue;
    const code = claimKind(c);
    const severity = levels(code, ruleFor(code).severity);
    if (severity === 'off') continue;
    out.push({
      start: c.start,
      end: c.end,
      severity,
      code,
      message: code === 'vague-source'
        ? `Vague source: “${excerpt(c.text, 60)}” does not say who. Name the source or link one.`
        : `Unsourced claim: “${excerpt(c.text, 60)}”. Attribute it, cite it, or link a source in ${factsFileName}.`,
    });
  }
  for (const p of analysis.problems) {
    // Unsourced claims are reported above from the claims themselves, with the user's severity.
    if (p.silenced || p.code === 'unsourced-claim') continue;
    const severity = levels(p.code, p.severity === 'info' ? 'information' : p.severity);
    if (severity !== 'off') out.push({ start: p.start, end: p.end, severity, code: p.code, message: p.message });
  }
  const orphans = facts.anchors.filter((a) => a.status === 'orphan');
  const orphanLevel = levels('orphaned-fact', 'information');
  if (orphans.length > 0 && orphanLevel !== 'off') {
    const ids = orphans.map((o) => o.factId).join(', ');
    out.push({
      start: 0,
      end: 0,
      severity: orphanLevel,
      code: 'orphaned-fact',
      message: `${orphans.length} fact${orphans.length === 1 ? '' : 's'} in ${factsFileName} could not be placed in this article (${ids}). They are kept in the file.`,
    });
  }
  return out;
}

// The quote check in exports: a cell for the CSV (the judgement of a quote, or `needs-recheck` for a fact whose
// wording changed since it was checked) and a section for the Markdown report. ClaimReview is left alone.
import type { QuoteCheckOutcome } from '../quotecheck/run.js';
import { describeChanges } from '../quotecheck/run.js';

/** The quote-check cell of an item starting at `start`. */
export function quoteCheckCell(q: QuoteCheckOutcome | undefined, start: number | null): string {
  if (!q || start === null) return '';
  const parts: string[] = [];
  const check = q.checks.find((c) => c.start === start);
  if (check) parts.push(check.speakerMismatch ? `${check.judgement}; speaker-mismatch` : check.judgement);
  if (q.rechecks.some((r) => r.start === start)) parts.push('needs-recheck');
  return parts.join('; ');
}

/** Lines of the report's "Quote check" section (none when the check did not run); text is escaped by `escape`. */
export function quoteCheckSection(q: QuoteCheckOutcome | undefined, level: number, escape: (s: string) => string): string[] {
  if (!q || q.checks.length + q.rechecks.length === 0) return [];
  const out = [`${'#'.repeat(level)} Quote check`, ''];
  for (const c of q.checks) {
    const extra = [
      c.changes.length > 0 ? describeChanges(c.changes) : '',
      c.speakerMismatch ? `said by ${c.sourceSpeaker ?? '?'}, not ${c.speaker ?? '?'}` : '',
      c.minor.length > 0 ? `minor: ${c.minor.join(', ')}` : '',
    ].filter(Boolean).join('; ');
    out.push(`- **${escape(c.judgement)}** (source ${escape(c.sourceId)}): “${escape(c.quote)}”${extra ? ` — ${escape(extra)}` : ''}`);
  }
  for (const r of q.rechecks) {
    out.push(`- **needs re-check** (fact ${escape(r.factId)}, ${r.severity}): “${escape(r.current)}” — ${escape(describeChanges(r.changes))}`);
  }
  out.push('');
  return out;
}

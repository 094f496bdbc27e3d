// The quote check in exports: a cell for the CSV (the judgement of a quote, or `needs-recheck` for a fact whose
// wording changed since it was checked) and a section for the Markdown and HTML reports. ClaimReview is left alone.
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

/** One judgement of the report's "Quote check" section, as plain text (each format escapes it). */
export interface QuoteCheckLine {
  label: string;
  /** "source s1" or "fact f2, error". */
  ref: string;
  text: string;
  detail: string;
}

export function quoteCheckLines(q: QuoteCheckOutcome | undefined): QuoteCheckLine[] {
  if (!q) return [];
  const out: QuoteCheckLine[] = [];
  for (const c of q.checks) {
    const detail = [
      c.changes.length > 0 ? describeChanges(c.changes) : '',
      c.speakerMismatch ? `said by ${c.sourceSpeaker ?? '?'}, not ${c.speaker ?? '?'}` : '',
      c.minor.length > 0 ? `minor: ${c.minor.join(', ')}` : '',
    ].filter(Boolean).join('; ');
    out.push({ label: c.judgement, ref: `source ${c.sourceId}`, text: c.quote, detail });
  }
  for (const r of q.rechecks) out.push({ label: 'needs re-check', ref: `fact ${r.factId}, ${r.severity}`, text: r.current, detail: describeChanges(r.changes) });
  return out;
}

/** Lines of the Markdown report's "Quote check" section (none when the check did not run); text escaped by `escape`. */
export function quoteCheckSection(q: QuoteCheckOutcome | undefined, level: number, escape: (s: string) => string): string[] {
  const lines = quoteCheckLines(q);
  if (lines.length === 0) return [];
  const out = [`${'#'.repeat(level)} Quote check`, ''];
  for (const l of lines) out.push(`- **${escape(l.label)}** (${escape(l.ref)}): “${escape(l.text)}”${l.detail ? ` — ${escape(l.detail)}` : ''}`);
  out.push('');
  return out;
}

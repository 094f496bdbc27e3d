// What the Markdown and HTML reports show, decided once: the coverage rows, the sections and their order,
// and the words for statuses and verdicts. The two renderers only differ in markup and escaping.
import type { ArticleView, Coverage, ReportItem, VerdictKey } from './model.js';

export interface ReportSection {
  title: string;
  items: ReportItem[];
}

export function coverageRows(c: Coverage): [string, number][] {
  return [
    ['Claims', c.claims],
    ['Unsourced', c.unsourced],
    ['Attributed', c.attributed],
    ['Cited', c.cited],
    ['Linked', c.linked],
    ['Quotes', c.quotes],
    ['Facts', c.facts],
    ['Orphaned facts', c.orphans],
  ];
}

/** Verdicts that occur, in the facts file's order of verdicts; 'none' last. */
export function verdictRows(c: Coverage): [string, number][] {
  return (Object.entries(c.verdicts) as [VerdictKey, number][]).filter(([, n]) => n > 0).map(([v, n]) => [verdictLabel(v), n]);
}

export function sectionsOf(view: ArticleView): ReportSection[] {
  const placed = view.items.filter((i) => i.status !== 'orphan');
  return [
    { title: 'Claims', items: placed.filter((i) => i.kind === 'claim') },
    { title: 'Quotes', items: placed.filter((i) => i.kind === 'quote') },
    { title: 'Attributions', items: placed.filter((i) => i.kind === 'attribution') },
    { title: 'Orphaned facts', items: view.items.filter((i) => i.status === 'orphan') },
  ].filter((s) => s.items.length > 0 || s.title === 'Claims');
}

const STATUS_LABELS: Record<string, string> = {
  unsourced: 'Unsourced', attributed: 'Attributed', cited: 'Cited', linked: 'Linked', orphan: 'Orphaned (text not found)',
};

export function statusLabel(item: ReportItem): string {
  return STATUS_LABELS[item.status] ?? '';
}

export function verdictLabel(verdict: VerdictKey | undefined): string {
  if (!verdict || verdict === 'none') return 'No verdict';
  return verdict.charAt(0).toUpperCase() + verdict.slice(1).replace(/-/g, ' ');
}

/** "Line 12 · Unsourced · Verdict: False": the heading of one entry. */
export function itemHeading(item: ReportItem): string {
  const parts = [item.line === null ? 'Not placed' : `Line ${item.line}`];
  const status = statusLabel(item);
  if (status) parts.push(status);
  if (item.fact?.verdict) parts.push(`Verdict: ${verdictLabel(item.fact.verdict)}`);
  return parts.join(' · ');
}

/** "Checked by Ana on 2026-11-02", or '' when neither is recorded. */
export function checkedLine(item: ReportItem): string {
  const by = item.fact?.checkedBy;
  const at = item.fact?.checkedAt;
  if (!by && !at) return '';
  return ['Checked', by ? `by ${by}` : '', at ? `on ${at}` : ''].filter(Boolean).join(' ');
}

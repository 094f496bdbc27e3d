// `csv`: one row per claim and quote (and per fact no finding covers), for a spreadsheet on the desk.
// RFC 4180: CRLF line ends, a field is quoted when it holds a comma, a double quote, CR or LF, and quotes inside
// are doubled. A UTF-8 byte order mark leads the file so Excel reads curly quotes and accents as UTF-8.
// Formula injection (OWASP "CSV injection"): a cell a spreadsheet may evaluate gets a leading single quote, which
// spreadsheets show as text. See `neutralise` for which cells, and docs/exports.md for the evidence.
import type { Exporter, ExportInput } from './types.js';
import { buildArticleView, type ReportItem } from './model.js';
import { quoteCheckCell } from './quoteCheck.js';

export const CSV_COLUMNS = [
  'file', 'line', 'kind', 'text', 'speaker', 'status', 'verdict', 'source_titles', 'source_urls', 'note',
  'checked_by', 'checked_at', 'fact_id', 'quote_check',
] as const;

export const csvExporter: Exporter<'csv'> = {
  format: 'csv',
  label: 'CSV (one row per claim and quote)',
  extension: 'csv',
  mediaType: 'text/csv',
  suffix: '.claims.csv',
  help: 'one row per claim and quote, for spreadsheets (RFC 4180, formula cells neutralised)',
  run(inputs) {
    const rows = csvRows(inputs).map((row) => row.map(neutralise));
    return { content: `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`, warnings: [] };
  },
};

/** The cells before neutralisation and quoting: the header, then one row per item of every article. */
export function csvRows(inputs: readonly ExportInput[]): string[][] {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const input of inputs) {
    const view = buildArticleView(input);
    for (const item of view.items) rows.push([...rowOf(view.path, item), quoteCheckCell(input.quoteCheck, item.start)]);
  }
  return rows;
}

function rowOf(path: string, item: ReportItem): string[] {
  const fact = item.fact;
  // Several sources share one cell, one per line, titles and URLs in the same order.
  const titles = item.sources.map((s) => s.title ?? (s.missing ? `(unknown source ${s.id})` : s.id));
  const urls = item.sources.map((s) => s.url ?? '');
  return [
    path,
    item.line === null ? '' : String(item.line),
    item.kind,
    item.text,
    item.speaker,
    item.status,
    fact?.verdict ?? '',
    titles.join('\n'),
    urls.some(Boolean) ? urls.join('\n') : '',
    fact?.note ?? '',
    fact?.checkedBy ?? '',
    fact?.checkedAt ?? '',
    fact?.id ?? '',
  ];
}

/**
 * OWASP's list (a cell starting with = + - @ tab or CR), and a formula sign after any leading white space or
 * invisible characters: LibreOffice 7.4 with "Trim spaces" on evaluates " =1+1" (measured, see docs/exports.md),
 * other importers may trim other white space (NBSP, U+3000, line breaks) or fold the full-width and small forms
 * (＝ ＋ － ＠ ﹦ ﹢ ﹣) to ASCII, so those count as signs too.
 */
const FORMULA_START = /^(?:[\t\r]|[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63])/;

/** A cell a spreadsheet may read as a formula gets a leading single quote, shown as text. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding a comma, a double quote or a line break; double the quotes inside. */
function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// Export registry: one exporter per format, each in its own file. The CLI (`factmark export`: help, --format) and
// the editor's "Export article as…" / "Export workspace report…" commands (picker, file names) read this list and
// call `exportArticles`; they only write the string. A new format is its file plus one entry in EXPORTERS.
import { claimReviewExporter } from './claimreview.js';
import { csvExporter } from './csv.js';
import { htmlExporter } from './html.js';
import { jsonExporter } from './json.js';
import { markdownExporter } from './markdown.js';
import type { Exporter, ExportInput, ExportOutput } from './types.js';

export const EXPORTERS = [jsonExporter, csvExporter, claimReviewExporter, markdownExporter, htmlExporter] as const;

export type ExportFormat = (typeof EXPORTERS)[number]['format'];

export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORTERS.map((e) => e.format);

export const exporters = Object.fromEntries(EXPORTERS.map((e) => [e.format, e])) as Readonly<Record<ExportFormat, Exporter<ExportFormat>>>;

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * Export one or more analysed articles in one format. Several inputs make one combined file (a workspace
 * report). Throws ExportError when a format's required data is missing (ClaimReview); warnings are returned.
 */
export function exportArticles(format: ExportFormat, inputs: readonly ExportInput[]): ExportOutput {
  return exporters[format].run(inputs);
}

export { ExportError } from './types.js';
export type { Exporter, ExportInput, ExportOutput, ExportSettings, ExportWarning, MissingField } from './types.js';
export { readFrontMatter } from './frontMatter.js';
export { CSV_COLUMNS, csvRows, neutralise } from './csv.js';
export { CLAIMREVIEW_RECOMMENDED, CLAIMREVIEW_REQUIRED, VERDICT_RATINGS } from './claimreview.js';
export { HTML_CSP } from './html.js';
export { exportFileName } from './fileName.js';

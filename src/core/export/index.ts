// Export registry: one exporter per format, each in its own file. The CLI (`factmark export`) and the editor's
// "Export article as…" / "Export workspace report…" commands call `exportArticles`; they only write the string.
import { claimReviewExporter } from './claimreview.js';
import { csvExporter } from './csv.js';
import { htmlExporter } from './html.js';
import { jsonExporter } from './json.js';
import { markdownExporter } from './markdown.js';
import { EXPORT_FORMATS, type ExportFormat, type Exporter, type ExportInput, type ExportOutput } from './types.js';

export const exporters: Readonly<Record<ExportFormat, Exporter>> = {
  json: jsonExporter,
  csv: csvExporter,
  claimreview: claimReviewExporter,
  markdown: markdownExporter,
  html: htmlExporter,
};

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

export { EXPORT_FORMATS, ExportError } from './types.js';
export type { ExportFormat, Exporter, ExportInput, ExportOutput, ExportSettings, ExportWarning, MissingField } from './types.js';
export { readFrontMatter } from './frontMatter.js';
export { CSV_COLUMNS, csvRows, neutralise } from './csv.js';
export { CLAIMREVIEW_RECOMMENDED, CLAIMREVIEW_REQUIRED, VERDICT_RATINGS } from './claimreview.js';
export { HTML_CSP } from './html.js';
export { exportFileName } from './fileName.js';

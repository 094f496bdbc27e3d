// Default names for export files, so the editor's save dialog never proposes the article itself
// (a Markdown report of `story.md` is `story.report.md`, not `story.md`).
import type { ExportFormat } from './types.js';

const SUFFIX: Record<ExportFormat, string> = {
  json: '.export.json',
  csv: '.claims.csv',
  claimreview: '.claimreview.json',
  markdown: '.report.md',
  html: '.report.html',
};

/** `dir/story.md` → `dir/story.report.html` (for html); no path → the workspace report name. */
export function exportFileName(format: ExportFormat, articlePath?: string): string {
  if (!articlePath) return `factmark-workspace${SUFFIX[format]}`;
  const cut = Math.max(articlePath.lastIndexOf('/'), articlePath.lastIndexOf('\\')) + 1;
  const base = articlePath.slice(cut);
  const dot = base.lastIndexOf('.');
  return articlePath.slice(0, cut) + (dot > 0 ? base.slice(0, dot) : base) + SUFFIX[format];
}

// Default names for export files, so the editor's save dialog never proposes the article itself
// (a Markdown report of `story.md` is `story.report.md`, not `story.md`).
import { exporters, type ExportFormat } from './index.js';

/** `dir/story.md` → `dir/story.report.html` (for html); no path → the workspace report name. */
export function exportFileName(format: ExportFormat, articlePath?: string): string {
  if (!articlePath) return `factmark-workspace${exporters[format].suffix}`;
  const cut = Math.max(articlePath.lastIndexOf('/'), articlePath.lastIndexOf('\\')) + 1;
  const base = articlePath.slice(cut);
  const dot = base.lastIndexOf('.');
  return articlePath.slice(0, cut) + (dot > 0 ? base.slice(0, dot) : base) + exporters[format].suffix;
}

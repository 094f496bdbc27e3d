// The "Checked before" section of a claim's hover card: one line per earlier check (verdict, date, article or
// publisher, a link). Everything from the files is escaped; links go only to http(s) pages or to the facts file
// itself (a URI the editor passes in), never to commands.
import { escapeMarkdown, excerpt, safeHttpUrl } from '../present/escape.js';
import type { HistoryMatch } from './types.js';

/** `fileUri` turns a history file path into a link target (the editor gives a file: URI); none → no file link. */
export function historyHoverMarkdown(matches: readonly HistoryMatch[], fileUri?: (file: string) => string | undefined): string {
  if (matches.length === 0) return '';
  const lines = matches.map((m) => {
    const label = m.status === 'checked' ? 'Checked before' : 'Partly checked before';
    const when = m.check.checkedAt ? `, ${escapeMarkdown(m.check.checkedAt)}` : '';
    const where = escapeMarkdown(m.check.origin.article ?? m.check.origin.publisher ?? m.check.origin.file);
    const target = safeHttpUrl(m.check.origin.url) ?? safeFileUri(fileUri?.(m.check.origin.file));
    const link = target ? `[${where}](${target})` : where;
    const why = m.status === 'partial' ? ` — ${escapeMarkdown(m.reasons.filter((r) => r.includes('differs')).join('; '))}` : '';
    return `- **${label}: ${escapeMarkdown(m.check.verdict)}**${when} · ${link} · confidence ${m.confidence.toFixed(2)}${why}  \n` +
      `  _${escapeMarkdown(excerpt(m.check.claim, 120))}_`;
  });
  return ['**Earlier checks**', '', ...lines].join('\n');
}

/** A file: or vscode-vfs URI without characters that could leave the link destination. */
function safeFileUri(uri: string | undefined): string | null {
  if (!uri || !/^(file|vscode-vfs|vscode-test-web):\/\/[^\s()<>"'`[\]\\]*$/i.test(uri)) return null;
  return uri;
}

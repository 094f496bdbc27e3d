// `markdown`: a readable report for the editor: coverage counts, then every claim (and quote, attribution,
// orphaned fact) with its status, verdict, sources and note. Article and facts text is escaped so it reads
// literally: no stray emphasis, links or raw HTML sneak in from the text being reported on.
import { quoteCheckSection } from './quoteCheck.js';
import type { Exporter, ExportInput } from './types.js';
import { addCoverage, buildArticleView, isHttpUrl, type ArticleView, type Coverage, type ReportItem } from './model.js';
import { checkedLine, coverageRows, itemHeading, sectionsOf, verdictRows } from './report.js';

export const markdownExporter: Exporter<'markdown'> = {
  format: 'markdown',
  label: 'Markdown report',
  extension: 'md',
  mediaType: 'text/markdown',
  suffix: '.report.md',
  help: 'report: coverage counts, then each claim with status, verdict, sources and note',
  run(inputs) {
    return { content: markdownReport(inputs), warnings: [] };
  },
};

function markdownReport(inputs: readonly ExportInput[]): string {
  const views = inputs.map(buildArticleView);
  const out: string[] = [];
  if (views.length === 1) {
    out.push(`# Fact-check report: ${escapeMd(views[0].title)}`, '');
    article(views[0], 2, out);
  } else {
    out.push('# Fact-check report', '', `${views.length} articles.`, '');
    coverage(addCoverage(views), 2, out);
    for (const view of views) {
      out.push(`## ${escapeMd(view.title)}`, '');
      article(view, 3, out);
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function article(view: ArticleView, level: number, out: string[]): void {
  out.push(`- File: ${code(view.path)}`);
  if (view.url) out.push(`- URL: ${link(view.url, view.url)}`);
  if (view.date) out.push(`- Date: ${escapeMd(view.date)}`);
  out.push('');
  coverage(view.coverage, level, out);
  for (const section of sectionsOf(view)) {
    out.push(`${'#'.repeat(level)} ${section.title}`, '');
    if (section.items.length === 0) out.push('None found.', '');
    for (const item of section.items) entry(item, level + 1, out);
  }
  out.push(...quoteCheckSection(view.input.quoteCheck, level, escapeMd));
}

function coverage(c: Coverage, level: number, out: string[]): void {
  out.push(`${'#'.repeat(level)} Coverage`, '', '| | Count |', '| --- | ---: |');
  for (const [label, n] of coverageRows(c)) out.push(`| ${label} | ${n} |`);
  out.push('');
  const verdicts = verdictRows(c);
  if (verdicts.length > 0) {
    out.push('| Verdict | Facts |', '| --- | ---: |');
    for (const [label, n] of verdicts) out.push(`| ${label} | ${n} |`);
    out.push('');
  }
}

function entry(item: ReportItem, level: number, out: string[]): void {
  out.push(`${'#'.repeat(Math.min(level, 6))} ${itemHeading(item)}`, '', `> ${escapeMd(item.text)}`, '');
  if (item.speaker) out.push(`- Speaker: ${escapeMd(item.speaker)}`);
  if (item.sources.length === 0) out.push('- Sources: none');
  else {
    out.push('- Sources:');
    for (const s of item.sources) {
      const title = s.title ?? (s.missing ? `unknown source ${s.id}` : s.url ?? s.id);
      const publisher = s.publisher ? ` — ${escapeMd(s.publisher)}` : '';
      out.push(`  - ${link(title, s.url)}${publisher}`);
    }
  }
  if (item.fact?.note) out.push(`- Note: ${escapeMd(item.fact.note)}`);
  const checked = checkedLine(item);
  if (checked) out.push(`- ${escapeMd(checked)}`);
  out.push('');
}

/** A link only for http(s) URLs; any other URL (javascript:, data:…) is shown as code, never followed. */
function link(title: string, url: string | undefined): string {
  if (isHttpUrl(url)) return `[${escapeMd(title)}](<${url}>)`;
  if (url && url === title) return code(url);
  return url ? `${escapeMd(title)} (${code(url)})` : escapeMd(title);
}

/** Inline code that holds any text, backticks included. */
function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Text that renders literally inline: markup characters backslash-escaped, line breaks folded to spaces, and
 * anything a renderer would turn into a link by itself put in a code span. Escapes do not stop that: GFM
 * autolinks `https://a.example/x\_y` with the backslash in the href, and remark links `https\://…` anyway.
 */
export function escapeMd(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.split(/(\S+)/).map((part, i) => {
    const link = i % 2 === 1 ? LINK_LIKE.exec(part) : null;
    if (!link) return escapeInline(part, i === 1);
    const [, before, core, after] = link;
    return `${escapeInline(before, i === 1)}${code(core)}${escapeInline(after, false)}`;
  }).join('');
}

/**
 * A word holding what a renderer autolinks: a scheme and `//` (GFM, markdown-it), `www.` (GFM), an e-mail address,
 * `mailto:` or `xmpp:` (GFM), a protocol-relative `//host` (markdown-it). The code span runs from where the link
 * could start to the end of the word; punctuation before it and after it stays outside.
 */
const LINK_LIKE = /^(.*?)((?:[a-z][a-z\d+.-]*:\/\/|www\.|\/\/[^\s/]|(?:mailto|xmpp):|[\w.+-]+@[\w-]+\.[\w-])\S*?)([)\]"'.,;:!?*_~>]*)$/i;

function escapeInline(text: string, atLineStart: boolean): string {
  const escaped = text.replace(/[\\`*_[\]<>&|~]/g, '\\$&');
  if (!atLineStart) return escaped;
  // Characters that start a block only at the beginning of a line.
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

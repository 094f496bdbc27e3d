// `html`: the same report as `markdown`, as one self-contained page to hand to an editor or attach to a ticket.
// Safe to open whatever the article says: inline CSS only, no script, a Content-Security-Policy that forbids
// every fetch (default-src 'none'), every piece of article or facts text escaped, and links only for http(s)
// URLs — a javascript: or data: URL is printed as text.
import type { Exporter, ExportInput } from './types.js';
import { addCoverage, buildArticleView, isHttpUrl, type ArticleView, type Coverage, type ReportItem } from './model.js';
import { quoteCheckLines } from './quoteCheck.js';
import { checkedLine, coverageRows, itemHeading, sectionsOf, verdictRows } from './report.js';

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export const htmlExporter: Exporter<'html'> = {
  format: 'html',
  label: 'HTML report (self-contained page)',
  extension: 'html',
  mediaType: 'text/html',
  suffix: '.report.html',
  help: 'the same report as one self-contained page (no script, no external requests)',
  run(inputs) {
    return { content: htmlReport(inputs), warnings: [] };
  },
};

function htmlReport(inputs: readonly ExportInput[]): string {
  const views = inputs.map(buildArticleView);
  const single = views.length === 1;
  const title = single ? `Fact-check report: ${views[0].title}` : 'Fact-check report';
  const body = single
    ? `<h1>${esc(title)}</h1>\n${article(views[0], 2)}`
    : `<h1>Fact-check report</h1>\n<p>${views.length} articles.</p>\n${coverage(addCoverage(views), 2)}\n${views.map((v) => `<section class="article">\n<h2>${esc(v.title)}</h2>\n${article(v, 3)}</section>`).join('\n')}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function article(view: ArticleView, level: number): string {
  const meta = [`<dt>File</dt><dd><code>${esc(view.path)}</code></dd>`];
  if (view.url) meta.push(`<dt>URL</dt><dd>${link(view.url, view.url)}</dd>`);
  if (view.date) meta.push(`<dt>Date</dt><dd>${esc(view.date)}</dd>`);
  const sections = sectionsOf(view).map((s) => {
    const items = s.items.length === 0 ? '<p class="empty">None found.</p>' : `<ol class="items">\n${s.items.map((i) => entry(i, level + 1)).join('\n')}\n</ol>`;
    return `<section>\n<h${level}>${esc(s.title)} <span class="count">${s.items.length}</span></h${level}>\n${items}\n</section>`;
  });
  return `<dl class="meta">${meta.join('')}</dl>\n${coverage(view.coverage, level)}\n${sections.join('\n')}\n${quoteChecks(view, level)}`;
}

/** The "Quote check" section: each quote held against its source snapshot, each fact whose wording changed. */
function quoteChecks(view: ArticleView, level: number): string {
  const lines = quoteCheckLines(view.input.quoteCheck);
  if (lines.length === 0) return '';
  const items = lines.map((l) => `<li><strong>${esc(l.label)}</strong> (${esc(l.ref)}): “${esc(l.text)}”${l.detail ? ` — ${esc(l.detail)}` : ''}</li>`);
  return `<section class="quote-check">\n<h${level}>Quote check <span class="count">${lines.length}</span></h${level}>\n<ul>\n${items.join('\n')}\n</ul>\n</section>\n`;
}

function coverage(c: Coverage, level: number): string {
  const rows = coverageRows(c).map(([label, n]) => `<tr><th scope="row">${label}</th><td>${n}</td></tr>`).join('');
  const verdicts = verdictRows(c).map(([label, n]) => `<tr><th scope="row">${esc(label)}</th><td>${n}</td></tr>`).join('');
  const verdictTable = verdicts ? `<table class="counts"><caption>Facts by verdict</caption><tbody>${verdicts}</tbody></table>` : '';
  return `<section class="coverage">\n<h${level}>Coverage</h${level}>\n<div class="tables"><table class="counts"><caption>Findings</caption><tbody>${rows}</tbody></table>${verdictTable}</div>\n</section>`;
}

function entry(item: ReportItem, level: number): string {
  const h = Math.min(level, 6);
  const classes = ['item', `status-${item.status || 'none'}`, `verdict-${item.fact?.verdict ?? 'none'}`].join(' ');
  const details: string[] = [];
  if (item.speaker) details.push(`<dt>Speaker</dt><dd>${esc(item.speaker)}</dd>`);
  details.push(`<dt>Sources</dt><dd>${sources(item)}</dd>`);
  if (item.fact?.note) details.push(`<dt>Note</dt><dd>${esc(item.fact.note)}</dd>`);
  const checked = checkedLine(item);
  if (checked) details.push(`<dt>Checked</dt><dd>${esc(checked.replace(/^Checked /, ''))}</dd>`);
  return `<li class="${classes}">\n<h${h}>${esc(itemHeading(item))}</h${h}>\n<blockquote>${esc(item.text)}</blockquote>\n<dl>${details.join('')}</dl>\n</li>`;
}

function sources(item: ReportItem): string {
  if (item.sources.length === 0) return '<span class="none">none</span>';
  const lis = item.sources.map((s) => {
    const title = s.title ?? (s.missing ? `unknown source ${s.id}` : s.url ?? s.id);
    const publisher = s.publisher ? ` <span class="publisher">— ${esc(s.publisher)}</span>` : '';
    return `<li>${link(title, s.url)}${publisher}</li>`;
  });
  return `<ul class="sources">${lis.join('')}</ul>`;
}

/** An anchor only for http(s) URLs; anything else is shown as text next to the title. */
function link(title: string, url: string | undefined): string {
  if (isHttpUrl(url)) return `<a href="${esc(url)}" rel="noopener noreferrer">${esc(title)}</a>`;
  return url && url !== title ? `${esc(title)} <code class="url">${esc(url)}</code>` : esc(url ?? title);
}

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const CSS = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #dde1e8; --bg: #f6f7f9;
  --unsourced: #b3261e; --attributed: #1f5fbf; --cited: #00796b; --linked: #2e7d32; --orphan: #6d6d6d; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; }
h2, h3 { margin: 2rem 0 .75rem; }
.count { display: inline-block; min-width: 1.6em; padding: 0 .4em; border-radius: 1em; background: var(--line); color: var(--muted); font-size: .8em; text-align: center; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; color: var(--muted); }
.meta dt { font-weight: 600; } .meta dd { margin: 0; overflow-wrap: anywhere; }
.tables { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 1.5rem; }
table.counts { border-collapse: collapse; background: #fff; border: 1px solid var(--line); border-radius: 6px; min-width: 14rem; }
table.counts caption { text-align: left; font-weight: 600; padding: 0 0 .3rem; color: var(--muted); }
table.counts th, table.counts td { padding: .3rem .8rem; border-top: 1px solid var(--line); text-align: left; font-weight: normal; }
table.counts td { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
ol.items { list-style: none; padding: 0; margin: 0; }
li.item { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: 0 0 .9rem; }
li.item > h3, li.item > h4, li.item > h5, li.item > h6 { margin: 0 0 .4rem; font-size: .85rem; letter-spacing: .02em; color: var(--muted); }
li.status-unsourced { border-left-color: var(--unsourced); } li.status-attributed { border-left-color: var(--attributed); }
li.status-cited { border-left-color: var(--cited); } li.status-linked { border-left-color: var(--linked); }
li.status-orphan { border-left-color: var(--orphan); border-style: dashed; }
li.verdict-false, li.verdict-misleading, li.verdict-unsupported { background: #fff6f5; }
blockquote { margin: 0 0 .5rem; padding: 0; font-size: 1.02rem; white-space: pre-wrap; overflow-wrap: anywhere; }
li.item dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: 0; font-size: .9rem; }
li.item dt { color: var(--muted); } li.item dd { margin: 0; overflow-wrap: anywhere; }
ul.sources { margin: 0; padding-left: 1.1rem; }
.publisher, .none, .empty { color: var(--muted); }
code { font: .85em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: var(--bg); padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
a { color: var(--attributed); }
section.article { border-top: 2px solid var(--line); margin-top: 2.5rem; }
`.trim();

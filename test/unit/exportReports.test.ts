// Markdown and HTML reports: coverage counts, each claim with its status, verdict, sources and note, and
// article/facts text that reads literally (escaped) in both. The browser test opens the HTML for real.
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, Nodes } from 'mdast';
import { exportArticles, HTML_CSP } from '../../src/core/export/index.js';
import fc from 'fast-check';
import { factsOnlyInput, fixtureInput } from '../fixtures/export/load.js';

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

function plain(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((c) => plain(c as Nodes)).join('') : '';
}

describe('export: markdown report', () => {
  const hostile = fixtureInput('hostile');
  const md = exportArticles('markdown', [hostile]).content;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

  it('renders article and facts text literally: no raw HTML, only http(s) links', () => {
    const kinds = new Set<string>();
    const links: string[] = [];
    walk(tree, (n) => {
      kinds.add(n.type);
      if (n.type === 'link') links.push(n.url);
    });
    assert.equal(kinds.has('html'), false, 'no HTML node');
    assert.deepEqual(links, ['https://stats.example.org/harbour?a=1&b=2']);
    const quotes: string[] = [];
    walk(tree, (n) => {
      if (n.type === 'blockquote') quotes.push(plain(n));
    });
    const folded = (t: string) => t.replace(/\s+/g, ' ').trim();
    for (const claim of hostile.analysis.claims) assert.ok(quotes.includes(folded(claim.text)), `blockquote shows the claim ${claim.text}`);
    const attribution = hostile.facts!.facts.find((f) => f.id === 'f4')!;
    assert.ok(quotes.includes(attribution.target.exact), 'the attribution fact shows its own text');
    const text = plain(tree);
    for (const literal of [
      '<script>window.__pwned = true; alert("body")</script>', "<script>alert('speaker')</script>",
      '<img src=x onerror=alert(6)> & <a href="javascript:alert(7)">click</a>', "javascript:alert('source')",
      'data:text/html,<script>alert(5)</script>', '<script>window.__pwned = true</script>Audit',
    ]) {
      assert.ok(text.includes(literal), `shows ${literal}`);
    }
  });

  it('opens with the coverage counts, then each claim with status, verdict, sources and note', () => {
    const report = exportArticles('markdown', [factsOnlyInput('formulas')]).content;
    const rows = countRows(report);
    assert.deepEqual(
      [rows.Claims, rows.Unsourced, rows.Attributed, rows.Cited, rows.Linked, rows.Quotes, rows.Facts, rows['Orphaned facts']],
      [4, 2, 0, 0, 2, 0, 4, 0],
      'four claim facts; f1 and f3 cite a source',
    );
    for (const verdict of ['True', 'Mostly true', 'False', 'Unverified']) assert.equal(rows[verdict], 1, verdict);
    assert.ok(report.indexOf('## Coverage') < report.indexOf('## Claims'));
    assert.match(report, /### Line 12 · Linked · Verdict: False\n\n> \\-2 degrees was the coldest reading at the station last winter\.\n/);
    assert.match(report, /- Sources:\n {2}- \[\\-2 station log\]\(<https:\/\/weather\.example\.org\/log>\)/);
    assert.match(report, /- Note: Carriage return note/);
    assert.match(report, /- Checked by =1\+1 on 2026-11-02/);
    assert.match(report, /### Line 14 · Unsourced · Verdict: Unverified\n\n> @SUM\(A1:A9\) appeared/);
  });

  it('counts what it lists, with the analysis applied', () => {
    for (const name of ['formulas', 'hostile']) {
      const input = fixtureInput(name);
      const report = exportArticles('markdown', [input]).content;
      const rows = countRows(report);
      const from = report.indexOf('\n## Claims\n');
      const to = report.indexOf('\n## ', from + 1);
      const claimsSection = report.slice(from, to < 0 ? undefined : to);
      const headings = [...claimsSection.matchAll(/^### Line \d+ · (\w+)/gm)].map((m) => m[1]);
      assert.equal(rows.Claims, headings.length, `${name}: Claims`);
      for (const status of ['Unsourced', 'Attributed', 'Cited', 'Linked']) assert.equal(rows[status], headings.filter((h) => h === status).length, `${name}: ${status}`);
      assert.equal(rows.Facts, input.facts!.facts.length);
      assert.ok(rows.Claims >= input.analysis.claims.length, 'every detected claim is listed');
    }
  });

  it('lists an orphaned fact in its own section, with the text it was recorded with', () => {
    const input = factsOnlyInput('formulas');
    const anchors = input.anchors!.map((a) => (a.factId === 'f4' ? { factId: 'f4', status: 'orphan' as const, reason: 'deleted' } : a));
    const report = exportArticles('markdown', [{ ...input, anchors }]).content;
    assert.match(report, /\| Orphaned facts \| 1 \|/);
    assert.match(report, /## Orphaned facts\n\n### Not placed · Orphaned \(text not found\) · Verdict: Unverified\n\n> @SUM\(A1:A9\) appeared/);
  });

  it('combines several articles into one report with total coverage', () => {
    const report = exportArticles('markdown', [fixtureInput('formulas'), fixtureInput('hostile')]).content;
    const one = countRows(exportArticles('markdown', [fixtureInput('formulas')]).content);
    const two = countRows(exportArticles('markdown', [fixtureInput('hostile')]).content);
    assert.match(report, /^# Fact-check report\n\n2 articles\./);
    const total = countRows(report.slice(0, report.indexOf('## Spreadsheet trap')));
    for (const key of ['Claims', 'Unsourced', 'Linked', 'Quotes', 'Facts']) assert.equal(total[key], one[key] + two[key], key);
    assert.equal(total.Facts, 8);
    assert.match(report, /^## Spreadsheet trap$/m);
    assert.match(report, /^### Coverage$/m);
  });
});

/** "| Label | N |" rows of the first coverage tables in a report. */
function countRows(report: string): Record<string, number> {
  const rows: Record<string, number> = {};
  for (const m of report.matchAll(/^\| ([A-Za-z ]+) \| (\d+) \|$/gm)) if (!(m[1] in rows)) rows[m[1]] = Number(m[2]);
  return rows;
}

describe('export: html report (markup)', () => {
  const html = exportArticles('html', [fixtureInput('hostile')]).content;

  it('is one self-contained page: strict CSP, inline CSS, no script, no resource URL', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`));
    assert.match(HTML_CSP, /default-src 'none'/);
    assert.match(HTML_CSP, /style-src 'unsafe-inline'/);
    assert.equal(/<(script|img|link|iframe|object|embed|base|form)\b/i.test(html), false, 'no active element');
    assert.equal(/<[^>]*\s(src|on\w+)=/i.test(html), false, 'no tag with a src or an event handler');
    assert.equal(/url\(|@import/i.test(html), false, 'no CSS fetch');
    assert.equal((html.match(/<style>/g) ?? []).length, 1);
  });

  it('escapes every piece of text and links only http(s) URLs', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(hrefs, ['https://stats.example.org/harbour?a=1&amp;b=2']);
    assert.ok(html.includes('&lt;script&gt;alert(&#39;speaker&#39;)&lt;/script&gt;'));
    assert.ok(html.includes('Port data &quot; onclick=&quot;alert(4)'));
    assert.ok(html.includes('<title>Fact-check report: &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Harbour report</title>'));
  });

  it('escapes any note so it reads back exactly, and never opens a tag (property test)', () => {
    const base = factsOnlyInput('formulas');
    const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '/', '=', 'a', 'script', ' ', 'amp;', '#'), minLength: 1, maxLength: 12 }), (note) => {
        const facts = { ...base.facts!, facts: base.facts!.facts.map((f) => (f.id === 'f2' ? { ...f, note } : f)) };
        const out = exportArticles('html', [{ ...base, facts }]).content;
        const shown = /<dt>Note<\/dt><dd>([^<]*)<\/dd>/.exec(out.slice(out.indexOf('+1 percent')));
        assert.ok(shown, 'the note is one text node');
        assert.equal(unescape(shown[1]), note);
      }),
      { numRuns: 300 },
    );
  });
});

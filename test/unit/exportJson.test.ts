// JSON export (versioned, findings + facts + sources) and the front matter fields exports read.
import assert from 'node:assert/strict';
import { exportArticles, readFrontMatter, EXPORT_FORMATS } from '../../src/core/export/index.js';
import { EXPORTERS, exporters, exportFileName, isExportFormat } from '../../src/core/export/index.js';
import { EXPORT_HELP } from '../../src/cli/export.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixtureInput } from '../fixtures/export/load.js';

describe('export: json', () => {
  it('has version 1, the article, coverage, findings, facts with their anchors, and sources', () => {
    const input = fixtureInput('hostile');
    const json = JSON.parse(exportArticles('json', [input]).content);
    assert.deepEqual(Object.keys(json), ['version', 'article', 'coverage', 'findings', 'facts', 'sources']);
    assert.equal(json.version, 1);
    assert.deepEqual(json.article, { path: 'hostile.md', title: '<script>alert("title")</script> Harbour report', url: "javascript:alert('front-matter')", date: null });
    assert.deepEqual(Object.keys(json.findings), ['quotes', 'attributions', 'claims', 'problems']);
    assert.deepEqual(json.findings.claims, input.analysis.claims);
    assert.deepEqual(json.sources, input.facts!.sources);
    assert.equal(json.facts.length, 4);
    for (const fact of json.facts) {
      assert.equal(fact.anchor.status, 'anchored');
      assert.equal(fact.anchor.text, input.text.slice(fact.anchor.start, fact.anchor.end));
      assert.equal(fact.anchor.text, fact.target.exact);
    }
    assert.equal(json.coverage.facts, 4);
    assert.equal(json.coverage.verdicts.false, 1);
  });

  it('keeps unknown fact fields and marks orphans with their reason', () => {
    const input = fixtureInput('formulas');
    const facts = { ...input.facts!, facts: input.facts!.facts.map((f) => (f.id === 'f2' ? { ...f, desk: 'economy' } : f)) };
    const anchors = input.anchors!.map((a) => (a.factId === 'f3' ? { factId: 'f3', status: 'orphan' as const, reason: 'The sentence was deleted.' } : a));
    const json = JSON.parse(exportArticles('json', [{ ...input, facts, anchors }]).content);
    assert.equal(json.facts[1].desk, 'economy');
    assert.deepEqual(json.facts[2].anchor, { status: 'orphan', reason: 'The sentence was deleted.' });
  });

  it('wraps several articles in { version, articles }', () => {
    const json = JSON.parse(exportArticles('json', [fixtureInput('formulas'), fixtureInput('hostile')]).content);
    assert.deepEqual(Object.keys(json), ['version', 'articles']);
    assert.deepEqual(json.articles.map((a: { article: { path: string } }) => a.article.path), ['formulas.md', 'hostile.md']);
  });

  it('exports an article without a facts file', () => {
    const input = fixtureInput('formulas');
    const json = JSON.parse(exportArticles('json', [{ ...input, facts: undefined, anchors: undefined }]).content);
    assert.deepEqual(json.facts, []);
    assert.deepEqual(json.sources, []);
  });
});

describe('export: registry', () => {
  it('has one exporter per format, each naming its own format', () => {
    assert.deepEqual(Object.keys(exporters), [...EXPORT_FORMATS]);
    for (const format of EXPORT_FORMATS) {
      assert.equal(exporters[format].format, format);
      assert.ok(exporters[format].label && exporters[format].extension && exporters[format].mediaType);
    }
    assert.equal(isExportFormat('csv'), true);
    assert.equal(isExportFormat('xlsx'), false);
    assert.equal(isExportFormat('constructor'), false);
  });

  it('the CLI help, the docs and default file names all come from the registry entries', () => {
    const docs = readFileSync(resolve(import.meta.dirname, '../../docs/exports.md'), 'utf8');
    const headings = [...docs.matchAll(/^### (.*)$/gm)].map((m) => m[1]).join(' ');
    for (const e of EXPORTERS) {
      assert.ok(EXPORT_HELP.includes(`  ${e.format}`) && EXPORT_HELP.includes(e.help), `--help lists ${e.format}`);
      assert.ok(headings.includes(`\`${e.format}\``), `docs/exports.md has a section for ${e.format}`);
      assert.ok(docs.includes(`\`${e.format}\``), `docs/exports.md lists ${e.format} in the --format row`);
      assert.ok(e.suffix.endsWith(`.${e.extension}`), `${e.format}: suffix ${e.suffix} ends with .${e.extension}`);
      assert.equal(exportFileName(e.format, 'a/story.md'), `a/story${e.suffix}`);
    }
    assert.equal(new Set(EXPORTERS.map((e) => e.suffix)).size, EXPORTERS.length, 'no two formats propose the same file name');
  });
});

describe('export: front matter', () => {
  it('reads title, url, canonical and date from YAML front matter', () => {
    const meta = readFrontMatter('---\ntitle: "Budget: the gap"\nurl: https://a.example/x # published\ncanonical: \'https://b.example/y\'\ndate: 2026-10-01\ntags:\n  - url: nested\n---\n\n# Heading\n');
    assert.deepEqual(meta, { title: 'Budget: the gap', url: 'https://a.example/x', canonical: 'https://b.example/y', date: '2026-10-01' });
  });

  it('reads TOML front matter, and nothing when there is none or it is not at the start', () => {
    assert.deepEqual(readFrontMatter('+++\ntitle = "T"\nurl = "https://t.example"\n+++\nText'), { title: 'T', url: 'https://t.example' });
    assert.deepEqual(readFrontMatter('# Title\n\n---\nurl: https://x.example\n---\n'), {});
    assert.deepEqual(readFrontMatter(''), {});
  });

  it('prefers canonical over url for the article address, and the first heading for a missing title', () => {
    const input = fixtureInput('formulas');
    const text = input.text.replace('title: Spreadsheet trap\n', 'canonical: https://canonical.example.org/trap\n');
    const json = JSON.parse(exportArticles('json', [{ ...input, text }]).content);
    assert.equal(json.article.url, 'https://canonical.example.org/trap');
    assert.equal(json.article.title, 'Spreadsheet trap');
  });
});

describe('export: file names', () => {
  it('never proposes the article itself, and names workspace reports', () => {
    assert.equal(exportFileName('markdown', 'news/story.md'), 'news/story.report.md');
    assert.equal(exportFileName('html', 'C:\\news\\story.markdown'), 'C:\\news\\story.report.html');
    assert.equal(exportFileName('csv', 'story'), 'story.claims.csv');
    assert.equal(exportFileName('claimreview', '.hidden.md'), '.hidden.claimreview.json');
    assert.equal(exportFileName('json'), 'factmark-workspace.export.json');
    for (const format of EXPORT_FORMATS) assert.notEqual(exportFileName(format, 'a/b.md'), 'a/b.md');
  });
});

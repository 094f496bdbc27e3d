// `factmark export` on real files in a temporary folder: flags, exit statuses, the sidecar picked up next to
// each article, atomic -o writes, and refusals that write nothing.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportCommand } from '../../src/cli/export.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { FIXTURES } from '../fixtures/export/load.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

describe('cli: factmark export', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-export-'));
    for (const name of ['formulas.md', 'formulas.facts.json', 'hostile.md', 'hostile.facts.json']) copyFileSync(join(FIXTURES, name), join(dir, name));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(...argv: string[]): Promise<Run> {
    let out = '';
    let err = '';
    const io: CliIo = {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      isTTY: false,
      env: {},
      cwd: dir,
      readFile: (p) => readFile(resolve(dir, p), 'utf8'),
      writeFile: (p, d) => writeFile(resolve(dir, p), d, 'utf8'),
    };
    const code = await exportCommand(argv, io);
    return { code, out, err };
  }

  it('prints help and exits 0', async () => {
    const r = await run('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /^Usage: factmark export --format FORMAT \[options\] FILE…/);
  });

  it('exits 2 with a clear message on usage errors', async () => {
    const cases: [string[], RegExp][] = [
      [['formulas.md'], /--format is required \(json, csv, claimreview, markdown, html\)/],
      [['--format', 'xlsx', 'formulas.md'], /unknown format 'xlsx' \(expected json, csv, claimreview, markdown, html\)/],
      [['--format', 'csv'], /no files given/],
      [['--format', 'csv', '--colour', 'formulas.md'], /unknown option --colour/],
      [['--format', 'csv', '-o'], /option --output needs a value/],
      [['--format', 'csv', '-o', 'formulas.md', 'formulas.md'], /--output formulas\.md is one of the input files; refusing to overwrite it/],
      [['--format', 'csv', '--facts', 'x.json', 'formulas.md', 'hostile.md'], /--facts applies to a single article/],
      [['--format', 'claimreview', '--url', 'javascript:alert(1)', 'formulas.md'], /--url must be an http\(s\) URL/],
      [['--format', 'csv', '--min-score', '2', 'formulas.md'], /--min-score must be a number from 0 to 1/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, message);
      assert.match(r.err, /Try 'factmark export --help'\./);
      assert.equal(r.out, '');
    }
  });

  it('exits 2 naming a file it cannot read, and writes nothing', async () => {
    const r = await run('--format', 'json', '-o', 'out.json', 'formulas.md', 'missing.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read missing\.md: no such file or directory \(ENOENT\)/);
    assert.equal(existsSync(join(dir, 'out.json')), false);
  });

  it('reads the facts file next to the article and anchors its facts', async () => {
    const r = await run('--format', 'json', 'formulas.md');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.article.path, 'formulas.md');
    assert.deepEqual(json.facts.map((f: { id: string; anchor: { status: string } }) => `${f.id}:${f.anchor.status}`), ['f1:anchored', 'f2:anchored', 'f3:anchored', 'f4:anchored']);
    assert.equal(json.sources.length, 2);
  });

  it('writes -o atomically: the same bytes as standard output, an existing file replaced, no temporary file left', async () => {
    writeFileSync(join(dir, 'report.html'), 'old');
    const toStdout = await run('--format', 'html', 'formulas.md');
    const toFile = await run('--format', 'html', '-o', 'report.html', 'formulas.md');
    assert.equal(toFile.code, 0);
    assert.equal(toFile.out, '');
    assert.match(toFile.err, /wrote report\.html \(html, 1 article\)/);
    assert.equal(readFileSync(join(dir, 'report.html'), 'utf8'), toStdout.out);
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
  });

  it('exits 2 when the output cannot be written, leaving no temporary file', async () => {
    const r = await run('--format', 'csv', '-o', 'no/such/dir/out.csv', 'formulas.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot write no\/such\/dir\/out\.csv: no such file or directory/);
  });

  it('refuses ClaimReview without an organisation (exit 1, field and fact named), exports it with --org', async () => {
    const refused = await run('--format', 'claimreview', '-o', 'cr.json', 'formulas.md');
    assert.equal(refused.code, 1);
    assert.match(refused.err, /formulas\.md: fact "f1" has no author\.name \(required by ClaimReview\)/);
    assert.equal(existsSync(join(dir, 'cr.json')), false);

    const ok = await run('--format', 'claimreview', '--org', 'Example Checks', '--org-url', 'https://checks.example.org', 'formulas.md');
    assert.equal(ok.code, 0, ok.err);
    const items = JSON.parse(ok.out);
    assert.equal(items.length, 3);
    assert.equal(items[0].author.name, 'Example Checks');
    assert.equal(items[0].itemReviewed.appearance.url, 'https://news.example.org/2026/spreadsheet-trap', 'front matter url');
    assert.match(ok.err, /warning: formulas\.md: fact "f1": claimReviewed has 112 characters/);
  });

  it('takes --url and --review-url for an article without a front matter URL', async () => {
    const r = await run('--format', 'claimreview', '--org', 'Example Checks', '--url', 'https://news.example.org/harbour', '--review-url', 'https://checks.example.org/harbour', 'hostile.md');
    assert.equal(r.code, 0, r.err);
    const items = JSON.parse(r.out);
    assert.equal(items[0].url, 'https://checks.example.org/harbour#fact-f1');
    // The front matter's javascript: URL is no address: the --url given instead is the claim's appearance.
    assert.equal(items[0].itemReviewed.appearance.url, 'https://news.example.org/harbour');
    assert.doesNotMatch(r.err, /appearance/);
  });

  it('refuses to export with a broken facts file (exit 1) and writes nothing', async () => {
    writeFileSync(join(dir, 'formulas.facts.json'), '{ "version": 1, "sources": [], "facts": [ { "id": "f1", }');
    const r = await run('--format', 'csv', '-o', 'out.csv', 'formulas.md');
    assert.equal(r.code, 1);
    assert.match(r.err, /facts file formulas\.facts\.json has errors; nothing exported:\nformulas\.facts\.json:1:\d+: /);
    assert.equal(existsSync(join(dir, 'out.csv')), false);
  });

  it('exits 2 when --facts names a file that does not exist', async () => {
    const r = await run('--format', 'csv', '--facts', 'other.facts.json', 'formulas.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read other\.facts\.json: no such file/);
  });

  it('combines several articles into one export', async () => {
    const r = await run('--format', 'markdown', 'formulas.md', 'hostile.md');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^# Fact-check report\n\n2 articles\./);
  });

  it('is registered as `factmark export`', async () => {
    let out = '';
    const io: CliIo = { stdout: (t) => void (out += t), stderr: () => undefined, isTTY: false, env: {}, cwd: dir, readFile: (p) => readFile(resolve(dir, p), 'utf8'), writeFile: async () => undefined };
    assert.equal(await runCli(['export', '--help'], io), 0);
    assert.match(out, /Usage: factmark export/);
  });
});

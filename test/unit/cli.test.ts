// The built command line (dist/cli.js) run as a user would: on temp files and on the seed article.
// Checks exit statuses, the exact JSON contract, span texts against the file, SARIF shape, and error messages.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const seed = 'examples/kishida.md';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  if (options.env?.FORCE_COLOR) env.FORCE_COLOR = options.env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonSpan { start: number; end: number; text: string }
interface JsonReport {
  version: number;
  files: Array<{
    path: string;
    quotes: Array<JsonSpan & { speaker: null | (JsonSpan & { name: string }) }>;
    /** Version 2 locates the content by offsets only; version 1 gives its text too. */
    attributions: Array<{ source: JsonSpan | null; cue: JsonSpan; content: (Omit<JsonSpan, 'text'> & { text?: string }) | null }>;
    claims: Array<JsonSpan & { status: string; score: number; reasons: string[] }>;
    problems: Array<{ severity: string; code: string; message: string; start: number; end: number }>;
  }>;
}

function json(args: string[], cwd?: string): { report: JsonReport; status: number | null } {
  const r = run(['check', '--format', 'json', ...args], { cwd });
  assert.notEqual(r.status, 2, r.stderr);
  return { report: JSON.parse(r.stdout) as JsonReport, status: r.status };
}

/** 1-based line and column of a UTF-16 offset, computed independently of the CLI. */
function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Every span in a report file must be the exact slice of the text. */
function assertSpansMatch(text: string, file: JsonReport['files'][number]): void {
  const check = (s: { start: number; end: number; text?: string } | null, what: string) => {
    if (!s) return;
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} offsets ${s.start}-${s.end}`);
    if (what !== 'content' || s.text !== undefined) assert.equal(s.text, text.slice(s.start, s.end), what);
  };
  for (const q of file.quotes) { check(q, 'quote'); check(q.speaker, 'speaker'); }
  for (const a of file.attributions) { check(a.source, 'source'); check(a.cue, 'cue'); check(a.content, 'content'); }
  for (const c of file.claims) check(c, 'claim');
  for (const p of file.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `problem ${p.code}`);
}

let dir: string;

describe('cli (built dist/cli.js)', () => {
  before(function () {
    this.timeout(120_000);
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(b.status, 0, `build failed:\n${b.stderr}`);
    dir = mkdtempSync(join(tmpdir(), 'factmark-cli-'));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function temp(name: string, content: string | Buffer): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  }

  describe('cli: help and version', () => {
    it('prints help and the package version', () => {
      const help = run(['--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /Usage: factmark <command>/);
      assert.match(help.stdout, /check/);
      const checkHelp = run(['check', '--help']);
      assert.equal(checkHelp.status, 0);
      assert.match(checkHelp.stdout, /--format text\|json\|sarif/);
      const version = run(['--version']);
      assert.equal(version.status, 0);
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
      assert.equal(version.stdout.trim(), pkg.version);
    });
  });

  describe('cli: exit statuses', () => {
    it('exits 0 on an article with no claims at all', () => {
      const r = run(['check', temp('empty.md', '')]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /1 file: 0 quotes, 0 attributions, 0 claims, 0 problems/);
    });

    it('exits 1 exactly when the report holds an unsourced claim', () => {
      const { report, status } = json([seed]);
      const unsourced = report.files.some((f) => f.claims.some((c) => c.status === 'unsourced'));
      assert.equal(status, unsourced ? 1 : 0);
    });

    it('exits 1 on the seed article, which has unsourced claims', () => {
      const r = run(['check', seed]);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, / unsourced-claim /);
    });

    it('applies the facts file next to the article, and --facts overrides it', () => {
      // examples/kishida.facts.json links some claims to sources.
      assert.match(run(['check', seed]).stdout, / linked-claim /);
      const broken = 'test/fixtures/facts/syntax-error.facts.json';
      const r = run(['check', '--facts', broken, seed]);
      assert.equal(r.status, 1);
      assert.doesNotMatch(r.stdout, / linked-claim /);
      assert.match(r.stdout, new RegExp(`^${broken.replace(/[./]/g, '\\$&')}:\\d+:\\d+ facts:json-syntax `, 'm'));
      assert.match(r.stdout, /1 facts-file error$/m);
    });

    it('a --facts file that does not exist is a read error (exit 2, as in export); --facts with two articles is a usage error', () => {
      const missing = join(dir, 'nowhere.facts.json');
      const r = run(['check', '--facts', missing, temp('plain.md', 'Hello.\n')]);
      assert.equal(r.status, 2);
      assert.ok(r.stderr.includes(`cannot read ${missing}: no such file`), r.stderr);
      assert.equal(run(['check', '--facts', missing, seed, seed]).status, 2);
    });

    it('--min-score keeps only claims scoring at least N', () => {
      const all = json(['--min-score', '0', seed]).report.files[0].claims;
      const high = json(['--min-score', '0.75', seed]).report.files[0].claims;
      assert.ok(high.every((c) => c.score >= 0.75));
      assert.deepEqual(high.map((c) => c.start), all.filter((c) => c.score >= 0.75).map((c) => c.start));
    });

    it('exits 2 naming the file it cannot read, and still reports the others', () => {
      const missing = join(dir, 'does-not-exist.md');
      const r = run(['check', '--format', 'json', missing, seed]);
      assert.equal(r.status, 2);
      assert.ok(r.stderr.includes(missing), r.stderr);
      assert.match(r.stderr, /no such file/);
      const report = JSON.parse(r.stdout) as JsonReport;
      assert.deepEqual(report.files.map((f) => f.path), [seed]);
    });

    it('exits 2 on a directory given as a file', () => {
      const sub = join(dir, 'a-folder.md');
      mkdirSync(sub, { recursive: true });
      const r = run(['check', sub]);
      assert.equal(r.status, 2);
      assert.ok(r.stderr.includes(sub), r.stderr);
    });

    it('exits 2 on usage errors: unknown flag, unknown format, bad score, no files, unknown command', () => {
      for (const args of [
        ['check', '--bogus', seed],
        ['check', '--format', 'xml', seed],
        ['check', '--format'],
        ['check', '--min-score', '2', seed],
        ['check', '--min-score', 'high', seed],
        ['check'],
        ['frobnicate'],
        [],
      ]) {
        const r = run(args);
        assert.equal(r.status, 2, `factmark ${args.join(' ')}`);
        assert.ok(r.stderr.length > 0, `factmark ${args.join(' ')} says why`);
      }
      assert.match(run(['check', '--format', 'xml', seed]).stderr, /unknown format 'xml'/);
      assert.match(run(['check', '--bogus', seed]).stderr, /unknown option --bogus/);
      assert.match(run(['check', '--format', 'json', '--json-version', '3', seed]).stderr, /unknown JSON version '3' \(expected 1 or 2\)/);
      assert.match(run(['check', '--json-version', '1', seed]).stderr, /--json-version applies to --format json/);
    });
  });

  describe('cli: JSON contract', () => {
    const withQuotes = [
      '# Mayor defends budget',
      '',
      'Mayor Ana Ruiz said the city would hire 40 more teachers in 2025. “We are keeping our promise,” she told reporters.',
      '',
      'Critics say the plan costs $3 million more than last year. According to the city auditor, spending rose 12%.',
      '',
      '> “It is a good day,” Ruiz wrote in a statement.',
      '',
      'An emoji 😀 before a “quote with ‘nested’ marks” and an unclosed “quote.',
      '',
    ].join('\r\n');

    it('has exactly the documented keys at every level', () => {
      const path = temp('keys.md', withQuotes);
      const { report } = json([path, seed]);
      assert.deepEqual(Object.keys(report), ['version', 'files']);
      assert.equal(report.version, 2);
      assert.equal(report.files.length, 2);
      for (const f of report.files) {
        // The quote check's keys come last, only for an article whose facts file gave it something to check.
        const quoteKeys = f.path === seed ? ['quoteChecks', 'rechecks'] : [];
        assert.deepEqual(Object.keys(f), ['path', 'quotes', 'attributions', 'claims', 'problems', ...quoteKeys]);
        for (const q of (f as { quoteChecks?: object[] }).quoteChecks ?? []) {
          assert.deepEqual(Object.keys(q), ['start', 'end', 'quote', 'judgement', 'severity', 'speaker', 'factId', 'sourceId', 'snapshot', 'minor', 'changes', 'sourceSpeaker', 'speakerMismatch', 'joined', 'snapshotLine']);
        }
        for (const q of f.quotes) {
          assert.deepEqual(Object.keys(q), ['start', 'end', 'text', 'speaker']);
          if (q.speaker) assert.deepEqual(Object.keys(q.speaker), ['start', 'end', 'text', 'name']);
        }
        for (const a of f.attributions) {
          assert.deepEqual(Object.keys(a), ['source', 'cue', 'content']);
          for (const s of [a.source, a.cue]) if (s) assert.deepEqual(Object.keys(s), ['start', 'end', 'text']);
          if (a.content) assert.deepEqual(Object.keys(a.content), ['start', 'end']);
        }
        for (const c of f.claims) {
          assert.deepEqual(Object.keys(c), ['start', 'end', 'text', 'status', 'score', 'reasons']);
          assert.ok(['unsourced', 'attributed', 'cited', 'linked'].includes(c.status), c.status);
          assert.ok(c.score >= 0 && c.score <= 1);
          assert.ok(Array.isArray(c.reasons));
        }
        for (const p of f.problems) {
          assert.deepEqual(Object.keys(p), ['severity', 'code', 'message', 'start', 'end']);
          assert.ok(['error', 'warning', 'info'].includes(p.severity), p.severity);
        }
      }
      assert.equal(report.files[0].path, path);
      assert.equal(report.files[1].path, seed);
    });

    it('--json-version 1 is version 1 exactly: the same report, with each content\'s text', () => {
      const path = temp('v1.md', withQuotes);
      const v2 = json([path, seed]).report;
      const v1 = json(['--json-version', '1', path, seed]).report;
      assert.equal(v1.version, 1);
      const texts = [withQuotes, readFileSync(join(root, seed), 'utf8')];
      let contents = 0;
      v1.files.forEach((f, i) => {
        assertSpansMatch(texts[i], f);
        f.attributions.forEach((a, j) => {
          if (!a.content) return;
          contents += 1;
          assert.deepEqual(Object.keys(a.content), ['start', 'end', 'text']);
          assert.equal(a.content.text, texts[i].slice(a.content.start, a.content.end));
          assert.deepEqual({ start: a.content.start, end: a.content.end }, v2.files[i].attributions[j].content);
        });
        const withoutContentText = { ...f, attributions: f.attributions.map((a) => ({ ...a, content: a.content && { start: a.content.start, end: a.content.end } })) };
        assert.deepEqual(withoutContentText, v2.files[i]);
      });
      assert.ok(contents >= 5, `${contents} contents compared`);
    });

    it('every span text equals the slice of the file (CRLF, emoji, nested and unclosed quotes, seed article)', () => {
      const path = temp('spans.md', withQuotes);
      const { report } = json([path, seed]);
      assertSpansMatch(withQuotes, report.files[0]);
      assertSpansMatch(readFileSync(join(root, seed), 'utf8'), report.files[1]);
    });

    it('copes with bad input: binary junk, deep nesting, a lone quote mark', () => {
      const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
      // 500-deep blockquotes; lists only 150 deep here because remark-parse alone is quadratic in list depth
      // (a 500-deep list takes seconds to parse before Factmark sees it).
      const nested = `${'> '.repeat(500)}deep “quote\n\n${Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`;
      const files = [temp('junk.md', junk), temp('nested.md', nested), temp('lone.md', '“')];
      const { report } = json(files);
      assert.equal(report.files.length, 3);
      report.files.forEach((f, i) => assertSpansMatch(readFileSync(files[i], 'utf8'), f));
    });

    it('writes complete, parseable JSON for many files to a pipe', () => {
      const paragraph = 'Officials said on Tuesday that 1,200 people were evacuated, “a record,” the governor wrote. ';
      const files = Array.from({ length: 84 }, (_, i) => temp(`many-${i}.md`, `# Article ${i}\n\n${paragraph.repeat(60)}\n`));
      const r = run(['check', '--format', 'json', ...files]);
      assert.notEqual(r.status, 2, r.stderr);
      const report = JSON.parse(r.stdout) as JsonReport;
      assert.equal(report.files.length, 84);
      assert.deepEqual(report.files.map((f) => f.path), files);
    });
  });

  describe('cli: text output', () => {
    it('prints file:line:col kind excerpt lines whose positions match the JSON offsets, then a summary', () => {
      const text = readFileSync(join(root, seed), 'utf8');
      const { report } = json([seed]);
      const r = run(['check', seed]);
      const lines = r.stdout.trimEnd().split('\n');
      const summary = lines.pop() ?? '';
      assert.match(summary, /^1 file: \d+ quotes?, \d+ attributions?, \d+ claims?.*, \d+ problems?$/);
      const kind = /^examples\/kishida\.md:\d+:\d+ (quote|attribution|unsourced-claim|vague-source|attributed-claim|cited-claim|linked-claim|problem:[\w-]+|quote-check:[\w-]+) \S/;
      const factsLine = /^examples\/kishida\.facts\.json:\d+:\d+ facts:[\w-]+ \S/;
      for (const line of lines) assert.ok(kind.test(line) || factsLine.test(line), line);
      for (const q of report.files[0].quotes) {
        const { line, col } = lineCol(text, q.start);
        assert.ok(lines.some((l) => l.startsWith(`${seed}:${line}:${col} quote `)), `quote at ${line}:${col}`);
      }
      for (const c of report.files[0].claims.filter((c) => c.status === 'unsourced')) {
        const { line, col } = lineCol(text, c.start);
        assert.ok(lines.some((l) => l.startsWith(`${seed}:${line}:${col} `) && /unsourced-claim|vague-source/.test(l)), `claim at ${line}:${col}`);
      }
    });

    it('colours only when asked: never on a pipe, on with FORCE_COLOR, off again with NO_COLOR', () => {
      const file = temp('colour.md', '“A quote,” she said.\n');
      const esc = '\u001b[';
      assert.ok(!run(['check', file]).stdout.includes(esc));
      assert.ok(run(['check', file], { env: { FORCE_COLOR: '1' } }).stdout.includes(esc));
      assert.ok(!run(['check', file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes(esc));
    });
  });

  describe('cli: SARIF', () => {
    it('is SARIF 2.1.0 with rules, relative URIs and 1-based regions that match the JSON offsets', () => {
      const text = readFileSync(join(root, seed), 'utf8');
      const { report } = json([seed]);
      const r = run(['check', '--format', 'sarif', seed]);
      assert.notEqual(r.status, 2, r.stderr);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'factmark');
      const ruleIds: string[] = driver.rules.map((rule: { id: string }) => rule.id);
      for (const id of ['unsourced-claim', 'vague-source', 'unbalanced-quote']) assert.ok(ruleIds.includes(id), id);
      for (const rule of driver.rules) assert.ok(rule.shortDescription.text && rule.defaultConfiguration.level, rule.id);

      const results = log.runs[0].results as Array<{
        ruleId: string; ruleIndex: number; level: string; message: { text: string };
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
      }>;
      for (const res of results) {
        assert.equal(ruleIds[res.ruleIndex], res.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(res.level));
        assert.ok(res.message.text.length > 0);
        const loc = res.locations[0].physicalLocation;
        // Facts-file problems point into the facts file next to the article, by line and column.
        const keys = res.ruleId.startsWith('facts:') ? ['startLine', 'startColumn'] : ['startLine', 'startColumn', 'endLine', 'endColumn'];
        assert.equal(loc.artifactLocation.uri, res.ruleId.startsWith('facts:') ? 'examples/kishida.facts.json' : 'examples/kishida.md');
        for (const k of keys) assert.ok(Number.isInteger(loc.region[k]) && loc.region[k] >= 1, k);
      }
      const articleResults = results.filter((res) => !res.ruleId.startsWith('facts:'));
      const expected = [
        ...report.files[0].claims.filter((c) => c.status === 'unsourced').map((c) => ({ start: c.start, end: c.end })),
        ...report.files[0].problems.map((p) => ({ start: p.start, end: p.end })),
      ];
      assert.equal(articleResults.length, expected.length);
      for (const e of expected) {
        const s = lineCol(text, e.start);
        const t = lineCol(text, e.end);
        assert.ok(articleResults.some(({ locations: [{ physicalLocation: { region } }] }) =>
          region.startLine === s.line && region.startColumn === s.col && region.endLine === t.line && region.endColumn === t.col),
        `result at ${s.line}:${s.col}-${t.line}:${t.col}`);
      }
    });

    it('makes URIs relative to the working directory and percent-encodes them', () => {
      const sub = join(dir, 'sub dir');
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, 'a b.md'), 'Critics say taxes rose 40% in 2020.\n');
      const log = JSON.parse(run(['check', '--format', 'sarif', 'sub dir/a b.md'], { cwd: dir }).stdout);
      assert.match(log.runs[0].originalUriBaseIds.SRCROOT.uri, /^file:\/\/.*\/$/);
      for (const res of log.runs[0].results) {
        assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'sub%20dir/a%20b.md');
      }
    });
  });
});

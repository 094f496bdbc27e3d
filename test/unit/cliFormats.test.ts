// The CLI's pure pieces in-process: argument parsing, the JSON projection, exit status, colour choice, URIs.
// Analyses here are built by hand with the extra fields the core adds, to prove none leaks into the contract.
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/index.js';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { exitStatus } from '../../src/cli/check.js';
import type { CheckedFile } from '../../src/cli/checkFile.js';
import { useColor } from '../../src/cli/color.js';
import { excerptOf, findingsOf } from '../../src/cli/findings.js';
import { jsonFile } from '../../src/cli/format/json.js';
import { relativeUri } from '../../src/cli/format/sarif.js';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';

const text = 'Kishida said, “We will meet.” Critics say taxes rose 40%.';
const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });

function sample(): Analysis {
  return {
    quotes: [{ ...span(14, 29), id: 'q1', inner: span(15, 28), closed: true, speaker: { ...span(0, 7), name: 'Fumio Kishida' } }],
    attributions: [{
      id: 'a1', source: span(0, 7), cue: span(8, 12), content: span(14, 29),
      cueKind: 'speech', contentKind: 'direct', sourceName: 'Fumio Kishida', vague: false,
    }],
    claims: [
      { ...span(30, 57), id: 'c1', status: 'unsourced', score: 0.8, reasons: ['number', 'vague-source'], attributionId: 'a2' },
      { ...span(15, 28), id: 'c2', status: 'attributed', score: 0.6, reasons: ['event'] },
    ],
    problems: [{ severity: 'warning', code: 'unbalanced-quote', message: 'Unexpected “.', start: 14, end: 15 }],
  };
}

const file = (analysis: Analysis, factsErrors = 0): CheckedFile => ({ path: 'a.md', text, analysis, factsProblems: [], factsErrors });

describe('cli formats: JSON projection', () => {
  it('keeps exactly the contract keys and drops ids, inner spans and kinds', () => {
    const out = jsonFile('a.md', sample());
    assert.deepEqual(out.quotes, [{ start: 14, end: 29, text: '“We will meet.”', speaker: { start: 0, end: 7, text: 'Kishida', name: 'Fumio Kishida' } }]);
    assert.deepEqual(out.attributions, [{ source: span(0, 7), cue: span(8, 12), content: { start: 14, end: 29 } }]);
    assert.deepEqual(jsonFile('a.md', sample(), undefined, 1).attributions, [{ source: span(0, 7), cue: span(8, 12), content: span(14, 29) }]);
    assert.deepEqual(Object.keys(out.claims[0]), ['start', 'end', 'text', 'status', 'score', 'reasons']);
    assert.deepEqual(out.problems[0], { severity: 'warning', code: 'unbalanced-quote', message: 'Unexpected “.', start: 14, end: 15 });
  });
});

describe('cli formats: findings and exit status', () => {
  it('names claims by status, vague sources apart, problems by code', () => {
    const kinds = findingsOf(sample()).map((f) => f.kind);
    assert.deepEqual(kinds, ['attribution', 'problem:unbalanced-quote', 'quote', 'attributed-claim', 'vague-source']);
  });

  it('is 1 with an unsourced claim or a facts error, else 0', () => {
    assert.equal(exitStatus([file(sample())]), 1);
    const sourced = sample();
    sourced.claims = sourced.claims.filter((c) => c.status !== 'unsourced');
    assert.equal(exitStatus([file(sourced)]), 0);
    assert.equal(exitStatus([file(sourced, 1)]), 1);
    assert.equal(exitStatus([]), 0);
  });

  it('cuts excerpts to one line at a word boundary', () => {
    assert.equal(excerptOf('a\n  b'), 'a b');
    const long = excerptOf('word '.repeat(50), 20);
    assert.ok(long.length <= 20 && long.endsWith('…'), long);
  });
});

describe('cli formats: arguments', () => {
  const specs = [{ name: 'format', alias: 'f', value: true }, { name: 'help', alias: 'h', value: false }];
  it('reads --name value, --name=value, aliases and -- ', () => {
    const a = parseArgs(['--format', 'json', 'x.md', '-h', '--', '--not-an-option.md'], specs);
    assert.equal(a.options.get('format'), 'json');
    assert.equal(a.options.get('help'), true);
    assert.deepEqual(a.positionals, ['x.md', '--not-an-option.md']);
    assert.equal(parseArgs(['--format=sarif'], specs).options.get('format'), 'sarif');
    assert.equal(parseArgs(['-f', 'text'], specs).options.get('format'), 'text');
  });

  it('rejects unknown options, missing values and values on flags', () => {
    assert.throws(() => parseArgs(['--nope'], specs), UsageError);
    assert.throws(() => parseArgs(['--format'], specs), UsageError);
    assert.throws(() => parseArgs(['--help=yes'], specs), UsageError);
  });
});

describe('cli formats: colour and URIs', () => {
  it('colours on a terminal unless NO_COLOR; FORCE_COLOR forces it', () => {
    assert.equal(useColor({ isTTY: true, env: {} }), true);
    assert.equal(useColor({ isTTY: false, env: {} }), false);
    assert.equal(useColor({ isTTY: true, env: { NO_COLOR: '1' } }), false);
    assert.equal(useColor({ isTTY: false, env: { FORCE_COLOR: '1' } }), true);
    assert.equal(useColor({ isTTY: true, env: { NO_COLOR: '' } }), true);
  });

  it('makes relative, percent-encoded URIs', () => {
    assert.equal(relativeUri('/work/repo', 'docs/a b.md'), 'docs/a%20b.md');
    assert.equal(relativeUri('/work/repo', '/work/repo/x/y.md'), 'x/y.md');
  });
});

describe('cli formats: runCli with an in-memory CliIo', () => {
  function memoryIo(files: Record<string, string>): CliIo & { out: string; err: string } {
    const io = {
      out: '', err: '', isTTY: false, env: {}, cwd: '/virtual',
      stdout(t: string) { io.out += t; },
      stderr(t: string) { io.err += t; },
      async readFile(path: string) {
        if (path in files) return files[path];
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      },
      async writeFile() { throw new Error('not used'); },
    };
    return io;
  }

  it('reads through the io and names an unreadable file', async () => {
    const io = memoryIo({ 'ok.md': '' });
    assert.equal(await runCli(['check', 'ok.md', 'gone.md'], io), 2);
    assert.match(io.err, /cannot read gone\.md: no such file or directory \(ENOENT\)/);
    assert.match(io.out, /^1 file: 0 quotes/m);
  });

  it('never passes control characters or bidi overrides from the article to the terminal', async () => {
    const hostile = 'The mayor said \u001b]0;pwned\u0007 “\u001b[31mtaxes rose 40% in 2024\u001b[0m\u202e,” officials said.\n';
    const io = memoryIo({ 'hostile.md': hostile });
    assert.notEqual(await runCli(['check', 'hostile.md'], io), 2);
    assert.match(io.out, /hostile\.md:1:\d+ quote /);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    assert.doesNotMatch(io.out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.match(io.out, /\u241b\[31mtaxes rose/);
  });
});

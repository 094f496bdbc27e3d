// CI conventions: SARIF fingerprints and rule metadata, GitHub workflow annotations, baselines. Each runs
// `factmark check` in-process on real files in a temporary folder.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkCommand } from '../../src/cli/check.js';
import { escapeData, escapeProperty } from '../../src/cli/format/github.js';
import { FINGERPRINT_KEY } from '../../src/cli/format/sarif.js';
import type { CliIo } from '../../src/cli/io.js';
import { fingerprints } from '../../src/core/present/fingerprint.js';
import { RULES } from '../../src/core/rules.js';

const P1 = 'The council spent $48 million on the bridge in 2024.';
const P2 = 'Traffic fell by 50 percent after the closure in 2023.';
const P3 = 'Critics say the bridge will cost 4 billion euros by 2030.';
const doc = (...paragraphs: string[]) => `# Bridge\n\n${paragraphs.join('\n\n')}\n`;

interface Run { status: number; out: string; err: string }

let dir: string;
function io(): CliIo & { result(): { out: string; err: string } } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, env: {}, cwd: dir,
    readFile: (p) => readFile(resolve(dir, p), 'utf8'), writeFile: (p, d) => writeFile(resolve(dir, p), d),
    rulesDoc: 'https://example.org/docs/rules.md', result: () => ({ out, err }),
  };
}
async function check(...args: string[]): Promise<Run> {
  const x = io();
  const status = await checkCommand(args, x);
  return { status, ...x.result() };
}
interface SarifResult { ruleId: string; partialFingerprints: Record<string, string>; suppressions?: unknown[]; baselineState?: string; locations: [{ physicalLocation: { region: { startLine: number } } }] }
async function sarif(...args: string[]) {
  const r = await check('--format', 'sarif', ...args);
  return JSON.parse(r.out) as { runs: [{ tool: { driver: { rules: Array<Record<string, unknown> & { id: string; helpUri: string }> } }; results: SarifResult[] }] };
}

describe('CI: fingerprints', () => {
  it('are stable across runs, survive moving a paragraph, and change when the claim is edited', () => {
    const at = (text: string, s: string) => ({ rule: 'unsourced-claim', start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a = doc(P1, P2, P3);
    const moved = doc(P3, 'A new opening paragraph.\n\nAnd another line.', P2, P1);
    const edited = doc(P1, P2.replace('50', '60'), P3);
    assert.deepEqual(fingerprints(a, [at(a, P2)]), fingerprints(a, [at(a, P2)]));
    assert.deepEqual(fingerprints(moved, [at(moved, P2)]), fingerprints(a, [at(a, P2)]));
    assert.notDeepEqual(fingerprints(edited, [at(edited, P2.replace('50', '60'))]), fingerprints(a, [at(a, P2)]));
  });

  it('tell identical sentences apart by occurrence', () => {
    const text = doc(P2, P2);
    const first = text.indexOf(P2);
    const second = text.indexOf(P2, first + 1);
    const [x, y] = fingerprints(text, [{ rule: 'r', start: first, end: first + P2.length }, { rule: 'r', start: second, end: second + P2.length }]);
    assert.notEqual(x, y);
  });
});

describe('CI: SARIF, GitHub annotations and baselines', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-ci-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('SARIF: full rule metadata with helpUri into rules.md, partialFingerprints that survive moving text', async () => {
    writeFileSync(join(dir, 'a.md'), doc(P1, P2, P3));
    const before = await sarif('a.md');
    const rules = before.runs[0].tool.driver.rules;
    for (const r of RULES.filter((x) => x.scope === 'article')) {
      const rule = rules.find((x) => x.id === r.code);
      assert.ok(rule, r.code);
      assert.equal(rule.helpUri, `https://example.org/docs/rules.md#${r.code}`);
      assert.deepEqual([rule.shortDescription, rule.fullDescription], [{ text: r.short }, { text: r.full }]);
      assert.ok(rule.help && rule.defaultConfiguration && rule.name);
    }
    const prints = (log: typeof before) => log.runs[0].results.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`).sort();
    assert.ok(before.runs[0].results.length >= 3);
    assert.deepEqual(prints(await sarif('a.md')), prints(before), 'stable across runs');
    writeFileSync(join(dir, 'a.md'), doc('Intro line without claims.', P3, P2, P1));
    const moved = await sarif('a.md');
    assert.deepEqual(prints(moved), prints(before), 'stable when paragraphs move');
    assert.notDeepEqual(moved.runs[0].results.map((r) => r.locations[0].physicalLocation.region.startLine), before.runs[0].results.map((r) => r.locations[0].physicalLocation.region.startLine));
  });

  it('SARIF: a silenced finding is an in-source suppression; a rule set off is left out', async () => {
    writeFileSync(join(dir, 'a.md'), doc(P1, '<!-- factmark-disable-next-line -->', P2, P3));
    writeFileSync(join(dir, '.factmark.jsonc'), '{ "rules": { "vague-source": "off" } }');
    const results = (await sarif('a.md')).runs[0].results;
    assert.equal(results.filter((r) => r.suppressions).length, 1);
    assert.equal(results.filter((r) => r.ruleId === 'vague-source').length, 0);
  });

  it('--format github: one annotation per finding, escaped per the Actions toolkit', async () => {
    writeFileSync(join(dir, 'a,b.md'), doc(P1, P3));
    const r = await check('--format', 'github', 'a,b.md');
    const lines = r.out.trim().split('\n');
    assert.equal(r.status, 1);
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.match(line, /^::(warning|error|notice) file=a%2Cb\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=factmark [a-z-]+::\S/);
    assert.ok(lines.some((l) => l.startsWith('::warning ') && l.includes('title=factmark vague-source')));
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('dir:a,b%.md'), 'dir%3Aa%2Cb%25.md');
  });

  it('baseline: old findings pass, a moved paragraph stays old, an edited claim is new', async () => {
    writeFileSync(join(dir, 'a.md'), doc(P1, P2, P3));
    assert.equal((await check('a.md')).status, 1);
    const wrote = await check('--write-baseline', 'baseline.json', 'a.md');
    assert.equal(wrote.status, 0, wrote.err);
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { version: number; findings: { path: string; rule: string }[] };
    assert.equal(baseline.version, 1);
    assert.ok(baseline.findings.length >= 3 && baseline.findings.every((f) => f.path === 'a.md'));
    assert.equal((await check('--baseline', 'baseline.json', 'a.md')).status, 0);

    writeFileSync(join(dir, 'a.md'), doc('A calm introduction.', P3, P1, P2));
    assert.equal((await check('--baseline', 'baseline.json', 'a.md')).status, 0, 'moved paragraphs stay old');

    writeFileSync(join(dir, 'a.md'), doc(P1, P2.replace('50 percent', '55 percent'), P3));
    const edited = await check('--baseline', 'baseline.json', '--format', 'github', 'a.md');
    assert.equal(edited.status, 1, 'the edited claim is new');
    assert.equal(edited.out.trim().split('\n').length, 1, 'only the new finding is annotated');
    assert.match(edited.out, /55 percent/);
    const log = await sarif('--baseline', 'baseline.json', 'a.md');
    assert.deepEqual(log.runs[0].results.map((r) => r.baselineState).sort(), ['new', 'unchanged', 'unchanged']);
  });

  it('baseline: a file that is not a baseline is exit 2 with a message; the two options do not combine', async () => {
    writeFileSync(join(dir, 'a.md'), doc(P1));
    writeFileSync(join(dir, 'bad.json'), '{"version": 2}');
    const bad = await check('--baseline', 'bad.json', 'a.md');
    assert.equal(bad.status, 2);
    assert.match(bad.err, /cannot read baseline bad\.json: not a Factmark baseline/);
    assert.equal((await check('--baseline', 'bad.json', '--write-baseline', 'x.json', 'a.md')).status, 2);
  });
});

// `factmark check --history GLOB…` on the workspace fixtures in test/fixtures/history: a claim finds the check of
// the same claim in another article's facts file and in a ClaimReview feed; a claim with another number is a
// partial match; broken facts and ClaimReview files are reported, skipped and left byte-identical.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCommand } from '../../src/cli/check.js';
import { globRegExp } from '../../src/core/history/glob.js';
import type { CliIo } from '../../src/cli/io.js';

const dir = resolve(import.meta.dirname, '..', 'fixtures', 'history');

async function check(args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, env: {}, cwd: dir,
    readFile: async (path) => readFileSync(resolve(dir, path), 'utf8'),
    writeFile: async () => assert.fail('check --history must not write any file'),
  };
  const status = await checkCommand(args, io);
  return { status, out, err };
}

interface Claim { text: string; matches?: Array<{ status: string; confidence: number; verdict: string; origin: { file: string; url: string | null }; sources: Array<{ url: string | null }>; reasons: string[] }> }

async function claimsWithHistory(): Promise<{ claims: Claim[]; err: string }> {
  const r = await check(['--format', 'json', '--history', 'earlier/*.facts.json', '--history', 'reviews/*.json', 'today/council.md']);
  assert.notEqual(r.status, 2, r.err);
  return { claims: (JSON.parse(r.out) as { files: Array<{ claims: Claim[] }> }).files[0].claims, err: r.err };
}

const claimWith = (claims: Claim[], words: string): Claim => claims.find((c) => c.text.includes(words)) ?? assert.fail(`no claim with "${words}"`);

describe('check --history', () => {
  it('takes the history from the configuration\'s "history" entries (a folder, a file) when --history is not given', async () => {
    const r = await check(['--format', 'json', '--config', 'config/factmark.jsonc', 'today/council.md']);
    assert.notEqual(r.status, 2, r.err);
    assert.equal(r.err, '');
    const claims = (JSON.parse(r.out) as { files: Array<{ claims: Claim[] }> }).files[0].claims;
    assert.deepEqual(claimWith(claims, '4.2 million').matches?.map((m) => [m.status, m.origin.file]), [['checked', 'earlier/roads.facts.json']]);
    assert.equal(claimWith(claims, 'harbour ferry').matches?.[0].origin.url, 'https://factcheck.example.org/reviews/harbour-ferry');
  });

  it('finds the check of a claim in another article\'s facts file, with its verdict and sources', async () => {
    const { claims } = await claimsWithHistory();
    const [m] = claimWith(claims, '4.2 million').matches ?? [];
    assert.deepEqual([m.status, m.verdict, m.origin.file], ['checked', 'true', 'earlier/roads.facts.json']);
    assert.equal(m.sources[0].url, 'https://example.org/council/accounts-2023.pdf');
  });

  it('finds the check of a claim in a ClaimReview file', async () => {
    const { claims } = await claimsWithHistory();
    const [m] = claimWith(claims, 'harbour ferry').matches ?? [];
    assert.deepEqual([m.status, m.verdict, m.origin.url], ['checked', 'False', 'https://factcheck.example.org/reviews/harbour-ferry']);
  });

  it('shows a claim that shares the topic words but not the number as partial', async () => {
    const { claims } = await claimsWithHistory();
    const [m] = claimWith(claims, '9 million').matches ?? [];
    assert.equal(m.status, 'partial');
    assert.ok(m.confidence < 0.5);
    assert.ok(m.reasons.includes('number differs: 9 here, 4.2 in the earlier check'));
  });

  it('reports broken facts and ClaimReview files with line:column, skips them and writes nothing', async () => {
    const brokenFacts = join(dir, '..', 'workspace', 'broken', 'article.facts.json');
    const before = [readFileSync(brokenFacts), readFileSync(join(dir, 'reviews', 'broken.json'))];
    const r = await check(['--format', 'json', '--history', 'reviews/*.json', '--history', '../workspace/broken/*.facts.json', 'today/council.md']);
    assert.notEqual(r.status, 2);
    assert.match(r.err, /^reviews\/broken\.json:3:1 history: ClaimReview file skipped/m);
    assert.match(r.err, /^\.\.\/workspace\/broken\/article\.facts\.json:7:3 history: facts file skipped/m);
    const claims = (JSON.parse(r.out) as { files: Array<{ claims: Claim[] }> }).files[0].claims;
    assert.equal(claimWith(claims, 'harbour ferry').matches?.[0].verdict, 'False');
    assert.deepEqual([readFileSync(brokenFacts), readFileSync(join(dir, 'reviews', 'broken.json'))], before);
  });

  it('adds a line per earlier check to text output, and no `matches` key without --history', async () => {
    const text = await check(['--history', 'earlier/*.facts.json', 'today/council.md']);
    assert.match(text.out, /^today\/council\.md:3:1 checked-before The mayor said .* \(checked before: true \(2024-02-01, earlier\/roads\.facts\.json#f1, confidence [01]\.\d\d\)\)$/m);
    assert.match(text.out, /^today\/council\.md:7:1 checked-before Critics said .*partly checked before: true .*number differs/m);
    const plain = await check(['--format', 'json', 'today/council.md']);
    assert.doesNotMatch(plain.out, /"matches"/);
  });

  it('expands *, ** and {a,b} within path segments', () => {
    assert.ok(globRegExp('**/*.facts.json').test('a/b/c.facts.json'));
    assert.ok(globRegExp('**/*.facts.json').test('c.facts.json'));
    assert.ok(!globRegExp('*.facts.json').test('a/c.facts.json'));
    assert.ok(globRegExp('reviews/*.{json,jsonld}').test('reviews/x.jsonld'));
  });
});

// `factmark check examples/kishida.md` picks up examples/kishida.facts.json: the claims its facts cover become
// linked, "limited interest" is no longer flagged, every other unsourced claim still is.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function factmark(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: {},
    cwd: repo,
    readFile: (p) => readFile(resolve(repo, p), 'utf8'),
    writeFile: (p, d) => writeFile(resolve(repo, p), d, 'utf8'),
  };
  const status = await runCli(args, io);
  return { status, stdout, stderr };
}

interface JsonClaim {
  start: number;
  end: number;
  text: string;
  status: string;
}

const claimsOf = (r: Run): JsonClaim[] => JSON.parse(r.stdout).files[0].claims;

describe('factmark check with the sidecar facts file', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factmark-cli-facts-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('links the claims the example facts cover, stops flagging "limited interest", still flags the rest', async () => {
    const factsBefore = await readFile(join(repo, 'examples/kishida.facts.json'));
    const empty = join(dir, 'none.facts.json');
    await writeFile(empty, '{ "version": 1, "sources": [], "facts": [] }\n');

    const without = await factmark(['check', '--format', 'json', '--facts', empty, 'examples/kishida.md']);
    const withFacts = await factmark(['check', '--format', 'json', 'examples/kishida.md']);
    assert.equal(withFacts.stderr, '');
    const before = claimsOf(without);
    const after = claimsOf(withFacts);

    // Without facts, "limited interest" is an unsourced claim and nothing is linked.
    const limited = (cs: JsonClaim[]) => cs.filter((c) => c.text.includes('limited interest'));
    assert.ok(limited(before).length > 0 && limited(before).every((c) => c.status === 'unsourced'));
    assert.ok(before.every((c) => c.status !== 'linked'));

    // With the example facts file: the quote's claim and "limited interest" are linked…
    const linked = after.filter((c) => c.status === 'linked');
    assert.ok(limited(after).length > 0 && limited(after).every((c) => c.status === 'linked'));
    assert.ok(linked.some((c) => c.text.includes('In the spirit of opening a new chapter together')));
    assert.ok(linked.length >= 2);

    // …and every other claim keeps its status: the remaining unsourced claims are still flagged, exit 1.
    const key = (c: JsonClaim) => `${c.start}:${c.end}`;
    const linkedKeys = new Set(linked.map(key));
    const stillUnsourced = before.filter((c) => c.status === 'unsourced' && !linkedKeys.has(key(c)));
    assert.ok(stillUnsourced.length >= 3, `${stillUnsourced.length} other unsourced claims`);
    assert.deepEqual(after.filter((c) => c.status === 'unsourced').map(key), stillUnsourced.map(key));
    assert.equal(withFacts.status, 1);

    // Reading is all check does: the facts file is untouched.
    assert.deepEqual(await readFile(join(repo, 'examples/kishida.facts.json')), factsBefore);
  });

  it('text output marks the "limited interest" line as a linked claim', async () => {
    const r = await factmark(['check', 'examples/kishida.md']);
    const line = r.stdout.split('\n').find((l) => l.includes('North Korea has shown limited interest'));
    assert.ok(line, r.stdout);
    assert.match(line, /\blinked-claim\b/);
    assert.doesNotMatch(r.stdout, /unsourced-claim North Korea has shown limited interest/);
  });

  it('a "not-a-claim" verdict silences the flag; a fact without sources does not', async () => {
    const article = await readFile(join(repo, 'examples/kishida.md'), 'utf8');
    const span = (s: string) => {
      const start = article.indexOf(s);
      return { exact: s, start, end: start + s.length };
    };
    const trump = 'In contrast, former U.S. President Donald Trump held a historic summit with Kim Jong Un';
    const koizumi = 'This diplomatic effort resulted in the return of five Japanese nationals to Japan';
    const facts = join(dir, 'verdicts.facts.json');
    await writeFile(facts, JSON.stringify({
      version: 1, sources: [],
      facts: [
        { id: 'f1', kind: 'claim', target: span(trump), verdict: 'not-a-claim' },
        { id: 'f2', kind: 'claim', target: span(koizumi), verdict: 'unverified' },
      ],
    }));
    const empty = join(dir, 'empty.facts.json');
    await writeFile(empty, '{ "version": 1, "sources": [], "facts": [] }\n');
    const plain = claimsOf(await factmark(['check', '--format', 'json', '--facts', empty, 'examples/kishida.md']));
    assert.ok(plain.some((c) => c.text.includes('Donald Trump held a historic summit') && c.status === 'unsourced'));
    const claims = claimsOf(await factmark(['check', '--format', 'json', '--facts', facts, 'examples/kishida.md']));
    assert.ok(!claims.some((c) => c.text.includes('Donald Trump held a historic summit')));
    assert.ok(claims.some((c) => c.text.includes('return of five Japanese nationals') && c.status === 'unsourced'));
  });
});

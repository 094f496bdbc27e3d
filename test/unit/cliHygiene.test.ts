// The command line against a hostile or careless environment (issue 11, F14, F15): FIFOs, devices and sockets
// given as articles or facts files are refused (exit 2, file named) instead of blocking forever; a reader that
// goes away, on stdout or stderr, ends the run quietly and costs the other stream nothing; a crash in the
// analysis names the file it was checking.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkCommand } from '../../src/cli/check.js';
import { exportCommand } from '../../src/cli/export.js';
import type { CliIo } from '../../src/cli/io.js';

const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI without blocking the test process, so mocha's timeout bounds a hang; `timeout` kills a
 * child that would otherwise outlive a failed test (a read blocked on a FIFO).
 */
function run(args: string[], cwd: string, closeEarly?: 'stdout' | 'stderr'): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    // Closing our end of the pipe at once: every write of the child to that stream fails with EPIPE.
    if (closeEarly) child[closeEarly].destroy();
    if (closeEarly !== 'stdout') child.stdout.on('data', (b: Buffer) => out.push(b));
    if (closeEarly !== 'stderr') child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (status, signal) => done({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** A JSON report of several MB (far beyond a pipe's buffer) with a facts-file warning printed after it. */
function writeBigArticle(dir: string): void {
  writeFileSync(join(dir, 'big.md'), '“We will see what happens,” Ana Lopez said.\n\n'.repeat(3000));
  // An orphaned fact is a warning (exit status stays 0); `check --format json` prints it to stderr after the JSON.
  writeFileSync(join(dir, 'big.facts.json'), JSON.stringify({ version: 1, sources: [], facts: [{ id: 'f1', kind: 'claim', target: { exact: 'a sentence the article does not contain' } }] }));
}

describe('cli hygiene (built dist/cli.js)', () => {
  let dir: string;

  before(function () {
    this.timeout(120_000);
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(b.status, 0, `build failed:\n${b.stderr}`);
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-hygiene-'));
    writeFileSync(join(dir, 'a.md'), 'The minister said exports rose 12 percent in 2023.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function mkfifo(name: string): void {
    const r = spawnSync('mkfifo', [join(dir, name)]);
    assert.equal(r.status, 0, 'mkfifo works');
  }

  describe('non-regular files are refused, naming the file (F14)', () => {
    const notRegular = (path: string, kind: string) => new RegExp(`cannot read ${path.replace(/[.*/]/g, '\\$&')}: not a regular file \\(${kind}\\)`);

    it('an article that is a FIFO: check and export exit 2 instead of blocking', async () => {
      mkfifo('f.md');
      for (const args of [['check', 'f.md'], ['check', '--format', 'json', 'a.md', 'f.md'], ['export', '--format', 'json', 'f.md']]) {
        const r = await run(args, dir);
        assert.equal(r.signal, null, `${args.join(' ')} finished by itself`);
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, notRegular('f.md', 'a FIFO'));
      }
    });

    it('a --facts file that is a FIFO, and a default sidecar that is one, in check and export', async () => {
      mkfifo('fifo.json');
      mkfifo('a.facts.json');
      const cases: [string[], string][] = [
        [['check', '--facts', 'fifo.json', 'a.md'], 'fifo.json'],
        [['export', '--format', 'csv', '--facts', 'fifo.json', 'a.md'], 'fifo.json'],
        [['check', 'a.md'], 'a.facts.json'],
        [['export', '--format', 'markdown', 'a.md'], 'a.facts.json'],
      ];
      for (const [args, named] of cases) {
        const r = await run(args, dir);
        assert.equal(r.signal, null, `${args.join(' ')} finished by itself`);
        assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, notRegular(named, 'a FIFO'));
      }
    });

    it('a character device (/dev/zero never ends) and a socket', async () => {
      const zero = await run(['check', '/dev/zero'], dir);
      assert.equal(zero.status, 2);
      assert.match(zero.stderr, notRegular('/dev/zero', 'a character device'));
      const facts = await run(['export', '--format', 'json', '--facts', '/dev/null', 'a.md'], dir);
      assert.equal(facts.status, 2);
      assert.match(facts.stderr, notRegular('/dev/null', 'a character device'));

      const server: Server = createServer();
      await new Promise<void>((listening) => server.listen(join(dir, 's.md'), listening));
      try {
        const socket = await run(['check', 's.md'], dir);
        assert.equal(socket.status, 2);
        assert.match(socket.stderr, notRegular('s.md', 'a socket'));
      } finally {
        await new Promise((closed) => server.close(closed));
      }
    });

    it('regular files, and symlinks to them, are still read', async () => {
      spawnSync('ln', ['-s', 'a.md', join(dir, 'link.md')]);
      const r = await run(['check', '--format', 'json', 'link.md'], dir);
      assert.notEqual(r.status, 2, r.stderr);
      assert.equal((JSON.parse(r.stdout) as { files: unknown[] }).files.length, 1);
    });
  });

  describe('a reader that goes away (F15)', () => {
    it('`check --format json big.md 2>&1 | head -1`: no EPIPE crash, the exit status is the check\'s', async function () {
      writeBigArticle(dir);
      const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" check --format json big.md 2>&1 | head -1`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.stdout, '{\n');
      // pipefail: the status is factmark's own. 0 = no unsourced claim; an unhandled EPIPE made it 1.
      assert.equal(r.status, 0, r.stderr);
    });

    it('stdout closed at once: exits with its own status and prints no stack', async () => {
      writeBigArticle(dir);
      const r = await run(['check', '--format', 'json', 'big.md'], dir, 'stdout');
      assert.equal(r.signal, null);
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /EPIPE|Error|at /);
      assert.match(r.stderr, /facts:orphaned-fact/, 'stderr still gets its warning');
    });

    it('stderr closed at once: the whole JSON report still arrives on stdout', async () => {
      writeBigArticle(dir);
      const r = await run(['check', '--format', 'json', 'big.md'], dir, 'stderr');
      assert.equal(r.signal, null);
      assert.equal(r.status, 0);
      const report = JSON.parse(r.stdout) as { files: { quotes: unknown[] }[] };
      assert.equal(report.files[0].quotes.length, 3000);
    });

    it('a full disk on stdout is not a reader leaving: exit 2 with the reason', () => {
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" check --format json a.md > /dev/full`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'factmark: cannot write standard output: no space left on device (ENOSPC)\n');
    });
  });
});

describe('cli: an internal error names the file', () => {
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

  /** Fails on one article's text, as `analyze` did on 5,000 nested blockquotes (RangeError from a deep recursion). */
  const failOn = (bad: string) => (text: string) => {
    if (text === bad) throw new RangeError('Maximum call stack size exceeded');
    return { quotes: [], attributions: [], claims: [], problems: [] };
  };

  it('check: "internal error while checking FILE", exit 2, and the other files are still reported', async () => {
    const io = memoryIo({ 'ok.md': 'fine', 'deep.md': 'bad' });
    assert.equal(await checkCommand(['ok.md', 'deep.md'], io, failOn('bad')), 2);
    assert.equal(io.err, 'factmark: internal error while checking deep.md: Maximum call stack size exceeded\n');
    assert.match(io.out, /^1 file: 0 quotes/m);
  });

  it('export: the same message, exit 2, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factmark-internal-'));
    try {
      writeFileSync(join(dir, 'deep.md'), 'bad');
      let out = '';
      let err = '';
      const io: CliIo = {
        stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false, env: {}, cwd: dir,
        readFile: (p) => readFile(resolve(dir, p), 'utf8'), writeFile: (p, d) => writeFile(resolve(dir, p), d, 'utf8'),
      };
      assert.equal(await exportCommand(['--format', 'json', 'deep.md'], io, failOn('bad')), 2);
      assert.equal(err, 'factmark export: internal error while checking deep.md: Maximum call stack size exceeded\n');
      assert.equal(out, '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

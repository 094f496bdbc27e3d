// Writing a facts file loses nothing (issue 11, F7–F9): concurrent edits in one store and across stores all land,
// an outside write at the worst moment is kept and reported, a failed write leaves no temp file, a symlink stays
// a link to the file that gets the edit, the mode stays, a read-only file is refused, a crashed writer's lock is
// recovered. All on a real temp dir through the Node adapter; faults are injected by wrapping it.
import assert from 'node:assert/strict';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSource, applyEdits } from '../../src/core/facts/edits.js';
import { STALE_AFTER_MS } from '../../src/core/facts/lock.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { emptyFactsFile, serializeFacts } from '../../src/core/facts/serialize.js';
import { FactsStore, FactsStoreError, type FactsFs } from '../../src/core/facts/store.js';
import { nodeFactsFs } from '../../src/cli/nodeFactsFs.js';

const titles = async (path: string): Promise<string[]> =>
  parseFacts(await readFile(path, 'utf8')).file!.sources.map((s) => s.title as string);

const addTitle = (title: string) => (file: Parameters<typeof addSource>[0]) => [addSource(file, { title })];

const isStoreError = (code: string) => (err: unknown): boolean => err instanceof FactsStoreError && err.code === code;

describe('facts writes lose nothing (Node adapter, real temp dir)', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factmark-write-'));
    path = join(dir, 'a.facts.json');
    await writeFile(path, serializeFacts(emptyFactsFile('a.md')));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('F8a: concurrent update() calls on one store all land, in the order they were made', async () => {
    const store = new FactsStore(nodeFactsFs());
    const names = Array.from({ length: 30 }, (_, i) => `edit ${i}`);
    await Promise.all(names.map((name) => store.update(path, addTitle(name))));
    assert.deepEqual(await titles(path), names);
    assert.deepEqual(await readdir(dir), ['a.facts.json']);
  });

  it('F8b: two stores (two windows) editing one file concurrently both land, with distinct temp files', async () => {
    const fs = nodeFactsFs();
    const temps = new Set<string>();
    const recording: FactsFs = { ...fs, writeFile: (p, bytes) => (temps.add(p), fs.writeFile(p, bytes)) };
    const one = new FactsStore(recording);
    const two = new FactsStore(recording);
    const edits = Array.from({ length: 20 }, (_, i) => [one.update(path, addTitle(`one ${i}`)), two.update(path, addTitle(`two ${i}`))]).flat();
    await Promise.all(edits);
    const written = await titles(path);
    assert.equal(written.length, 40);
    for (let i = 0; i < 20; i++) assert.ok(written.includes(`one ${i}`) && written.includes(`two ${i}`), `edit ${i}`);
    assert.equal(temps.size, 40, 'every write used its own temp name');
    assert.deepEqual(await readdir(dir), ['a.facts.json']);
  });

  it('F8c: an outside write just before the new file is placed is kept, and the store reports a conflict', async () => {
    const theirs = serializeFacts(applyEdits(emptyFactsFile('a.md'), [addSource(emptyFactsFile('a.md'), { title: 'theirs' })]));
    const fs = nodeFactsFs();
    const store = new FactsStore({
      ...fs,
      renameNoReplace: async (from, to) => {
        if (to === path) await writeFile(path, theirs); // a non-locking editor saves at the worst moment
        return fs.renameNoReplace!(from, to);
      },
    });
    const snapshot = await store.read(path);
    await assert.rejects(store.write(snapshot, applyEdits(snapshot.parsed!.file!, [addSource(snapshot.parsed!.file!, { title: 'mine' })])),
      isStoreError('conflict'));
    assert.equal(await readFile(path, 'utf8'), theirs);
    assert.deepEqual(await readdir(dir), ['a.facts.json']);
  });

  it('F8c: an outside write just before the old file is moved aside is put back, and the store reports a conflict', async () => {
    const theirs = serializeFacts(applyEdits(emptyFactsFile('a.md'), [addSource(emptyFactsFile('a.md'), { title: 'theirs' })]));
    const fs = nodeFactsFs();
    const store = new FactsStore({
      ...fs,
      rename: async (from, to) => {
        if (from === path) await writeFile(path, theirs);
        return fs.rename(from, to);
      },
    });
    const snapshot = await store.read(path);
    await assert.rejects(store.write(snapshot, applyEdits(snapshot.parsed!.file!, [addSource(snapshot.parsed!.file!, { title: 'mine' })])),
      isStoreError('conflict'));
    assert.equal(await readFile(path, 'utf8'), theirs);
    assert.deepEqual(await readdir(dir), ['a.facts.json']);
  });

  it('F9: a temp write that fails (disk full) leaves no temp file and the facts file untouched', async () => {
    const before = await readFile(path);
    const fs = nodeFactsFs();
    const full: FactsFs = {
      ...fs,
      writeFile: async (p, bytes) => {
        if (!p.endsWith('.tmp')) return fs.writeFile(p, bytes);
        await fs.writeFile(p, new Uint8Array(0)); // the file is created, then the disk fills up
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    await assert.rejects(new FactsStore(full).update(path, addTitle('x')), /ENOSPC/);
    assert.deepEqual(await readFile(path), before);
    assert.deepEqual(await readdir(dir), ['a.facts.json'], 'no temp file, no lock file left');
  });

  it('F7: a symlinked facts file stays a link, and its target gets the edit', async () => {
    await mkdir(join(dir, 'real'));
    const target = join(dir, 'real', 'kept.facts.json');
    await writeFile(target, serializeFacts(emptyFactsFile('a.md')));
    const link = join(dir, 'link.facts.json');
    await symlink('real/kept.facts.json', link);
    await new FactsStore(nodeFactsFs()).update(link, addTitle('through the link'));
    assert.ok((await lstat(link)).isSymbolicLink());
    assert.deepEqual(await titles(target), ['through the link']);
    assert.deepEqual((await readdir(join(dir, 'real'))), ['kept.facts.json']);
  });

  it('F7: a link to a facts file that does not exist yet creates the target, not a file over the link', async () => {
    const link = join(dir, 'new.facts.json');
    await symlink('later.facts.json', link);
    await new FactsStore(nodeFactsFs()).update(link, addTitle('first'), { article: 'new.md' });
    assert.ok((await lstat(link)).isSymbolicLink());
    assert.deepEqual(await titles(join(dir, 'later.facts.json')), ['first']);
  });

  it('F7: a 0600 file stays 0600; a read-only file is refused and left as it is', async () => {
    await chmod(path, 0o600);
    await new FactsStore(nodeFactsFs()).update(path, addTitle('private'));
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.deepEqual(await titles(path), ['private']);

    await chmod(path, 0o444);
    const before = await readFile(path);
    await assert.rejects(new FactsStore(nodeFactsFs()).update(path, addTitle('x')),
      (err: unknown) => isStoreError('readonly')(err) && /a\.facts\.json is read-only; nothing was written/.test((err as Error).message));
    assert.deepEqual(await readFile(path), before);
    assert.equal((await stat(path)).mode & 0o777, 0o444);
    assert.deepEqual(await readdir(dir), ['a.facts.json']);
  });

  it('recovers the lock a crashed writer left behind', async () => {
    await writeFile(`${path}.lock`, JSON.stringify({ owner: 'crashed', time: Date.now() - STALE_AFTER_MS - 1 }));
    await new FactsStore(nodeFactsFs()).update(path, addTitle('after the crash'));
    assert.deepEqual(await titles(path), ['after the crash']);
    assert.deepEqual(await readdir(dir), ['a.facts.json']);
  });

  it('waits for a live lock until it is stale (a clock the test moves, no real waiting), also one left half-written', async () => {
    for (const content of [JSON.stringify({ owner: 'other window', time: 1_000_000 }), '']) {
      await writeFile(`${path}.lock`, content);
      let clock = 1_000_000;
      const waits: number[] = [];
      const store = new FactsStore(nodeFactsFs(), {
        now: () => clock,
        pause: async (ms) => {
          waits.push(clock);
          clock += ms * 100;
        },
      });
      await store.update(path, addTitle(`waited ${waits.length}`));
      assert.ok(waits.length > 0, 'it waited');
      assert.ok(waits.every((t) => t - 1_000_000 <= STALE_AFTER_MS), 'and only while the lock was fresh');
      assert.deepEqual(await readdir(dir), ['a.facts.json']);
    }
    assert.equal((await titles(path)).length, 2);
  });

  it('never removes a lock that is not its own', async () => {
    const fs = nodeFactsFs();
    const lockPath = `${path}.lock`;
    // Our write outlives the lock's lifetime and someone breaks it and takes it: our release leaves theirs.
    const slow = new FactsStore({
      ...fs,
      writeFile: async (p, bytes) => {
        if (p.endsWith('.tmp')) await writeFile(lockPath, JSON.stringify({ owner: 'successor', time: Date.now() }));
        return fs.writeFile(p, bytes);
      },
    });
    await slow.update(path, addTitle('slow'));
    assert.match(await readFile(lockPath, 'utf8'), /successor/);
  });
});

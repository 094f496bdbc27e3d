// Issue 11's concurrency check: two stores (two windows, separate lock owners) and an outside writer that takes
// no lock make 1,000 interleaved edits to one facts file on a real disk. Nothing reported saved may be missing at
// the end, every edit not saved must have been reported as a conflict, and the outside writer's changes are never
// overwritten unseen.
//
// The outside writer is a careful one (it writes only if the file still holds what it read, by the same
// move-aside-and-place steps), standing for a tool that does not know our lock. A blind writer that overwrites
// whatever is there would lose the stores' saved edits itself, which no store can prevent; the exact moments a
// blind write can hit are covered one by one in facts.write.test.ts (F8c).
import assert from 'node:assert/strict';
import { link, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSource, applyEdits } from '../../src/core/facts/edits.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { emptyFactsFile, serializeFacts } from '../../src/core/facts/serialize.js';
import { FactsStore, FactsStoreError } from '../../src/core/facts/store.js';
import { nodeFactsFs } from '../../src/cli/nodeFactsFs.js';

const TOTAL = 1000;
const OUTSIDE = 200;
const IN_FLIGHT = 4;

describe('facts concurrency: two stores and an outside writer', () => {
  let dir: string;
  let path: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factmark-concurrency-'));
    path = join(dir, 'a.facts.json');
    await writeFile(path, serializeFacts(emptyFactsFile('a.md')));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('1,000 interleaved edits: 0 lost, every unsaved edit reported as a conflict', async () => {
    const saved: string[] = [];
    const conflicts: string[] = [];
    const outsideApplied: string[] = [];
    const stores = [new FactsStore(nodeFactsFs()), new FactsStore(nodeFactsFs())];
    const perStore = (TOTAL - OUTSIDE) / stores.length;

    const storeEdits = stores.map((store, s) => inBatches(perStore, async (i) => {
      const title = `store${s}-${i}`;
      try {
        await store.update(path, (file) => [addSource(file, { title })]);
        saved.push(title);
      } catch (err) {
        if (!(err instanceof FactsStoreError && err.code === 'conflict')) throw err;
        conflicts.push(title);
      }
    }));
    const outside = (async () => {
      for (let i = 0; i < OUTSIDE; i++) if (await carefulOutsideWrite(path, `outside-${i}`)) outsideApplied.push(`outside-${i}`);
    })();
    await Promise.all([...storeEdits, outside]);

    const final = new Set(parseFacts(await readFile(path, 'utf8')).file!.sources.map((s) => s.title));
    assert.deepEqual(saved.filter((t) => !final.has(t)), [], 'saved store edits missing from the file');
    assert.deepEqual(outsideApplied.filter((t) => !final.has(t)), [], 'outside edits overwritten');
    assert.equal(saved.length + conflicts.length, TOTAL - OUTSIDE, 'every store edit is either saved or a reported conflict');
    assert.equal(final.size, saved.length + outsideApplied.length, 'nothing in the file that nobody saved');
    assert.ok(saved.length > (TOTAL - OUTSIDE) / 2, `most store edits land (${saved.length} saved, ${conflicts.length} conflicts)`);
    assert.deepEqual(await readdir(dir), ['a.facts.json'], 'no temp, aside or lock file left');
  });
});

/** Runs `count` edits, IN_FLIGHT at a time, each started without waiting for the previous one to finish. */
function inBatches(count: number, edit: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await edit(next++);
  };
  return Promise.all(Array.from({ length: IN_FLIGHT }, worker)).then(() => undefined);
}

/** Read, add a source, and put the result in place only if the file still holds what was read. */
async function carefulOutsideWrite(path: string, title: string): Promise<boolean> {
  const before = await readFile(path).catch(() => undefined);
  if (!before) return false; // moved aside by a writer right now
  const file = parseFacts(before.toString('utf8')).file!;
  const temp = `${path}.outside-${title}.tmp`;
  const aside = `${path}.outside-${title}.old`;
  await writeFile(temp, serializeFacts(applyEdits(file, [addSource(file, { title })])));
  try {
    try {
      await rename(path, aside);
    } catch {
      return false;
    }
    const displaced = await readFile(aside);
    if (!displaced.equals(before)) {
      await link(aside, path); // put back; nobody else creates the file while it is away, in this test
      return false;
    }
    try {
      await link(temp, path);
      return true;
    } catch {
      return false;
    }
  } finally {
    await rm(temp, { force: true });
    await rm(aside, { force: true });
  }
}

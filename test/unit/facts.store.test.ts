// Writing the facts file on a real disk through the Node adapter: atomic, refuses after an external change so
// nothing is lost, never overwrites a file that does not parse; plus the sidecar path and the stable serializer.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addFactFromSpan, addSource, applyEdits, FactsEditError } from '../../src/core/facts/edits.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { emptyFactsFile, newId, serializeFacts } from '../../src/core/facts/serialize.js';
import { FactsStore, FactsStoreError, sidecarPathFor } from '../../src/core/facts/store.js';
import { nodeFactsFs } from '../../src/cli/nodeFactsFs.js';

const ARTICLE = 'Exports rose 12 percent in 2023, the ministry said. Critics say the figure is inflated.\n';

describe('facts store (Node adapter, real temp dir)', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factmark-store-'));
    path = join(dir, 'article.facts.json');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the file when there is none, atomically, leaving no temporary file behind', async () => {
    const store = new FactsStore(nodeFactsFs());
    const snap = await store.read(path);
    assert.equal(snap.bytes, undefined);
    const file = emptyFactsFile('article.md');
    const written = await store.write(snap, applyEdits(file, [addFactFromSpan(file, ARTICLE, 0, 31, 'claim')]));
    assert.equal(await readFile(path, 'utf8'), written.text);
    assert.deepEqual(await readdir(dir), ['article.facts.json']);
    assert.equal(parseFacts(written.text!).file!.facts[0]!.target.exact, 'Exports rose 12 percent in 2023');
  });

  it('refuses a write after an external change, and nothing is lost on either side', async () => {
    const store = new FactsStore(nodeFactsFs());
    const base = emptyFactsFile('article.md');
    await writeFile(path, serializeFacts(applyEdits(base, [addSource(base, { title: 'Ministry release', kind: 'primary' })])));

    // The editor reads, then someone else (a colleague's save, `git pull`) adds a fact meanwhile.
    const mine = await store.read(path);
    const theirs = applyEdits(mine.parsed!.file!, [addFactFromSpan(mine.parsed!.file!, ARTICLE, 52, 86, 'claim', { verdict: 'opinion' })]);
    await writeFile(path, serializeFacts(theirs));
    const onDisk = await readFile(path);

    const myEdit = addSource(mine.parsed!.file!, { title: 'Statistics bureau table', kind: 'dataset' });
    await assert.rejects(store.write(mine, applyEdits(mine.parsed!.file!, [myEdit])),
      (err: unknown) => err instanceof FactsStoreError && err.code === 'conflict');
    assert.deepEqual(await readFile(path), onDisk, 'their change is intact');

    // The caller re-reads and retries: both changes are now in the file.
    const again = await store.read(path);
    await store.write(again, applyEdits(again.parsed!.file!, [addSource(again.parsed!.file!, { title: 'Statistics bureau table', kind: 'dataset' })]));
    const final = parseFacts(await readFile(path, 'utf8')).file!;
    assert.deepEqual(final.sources.map((s) => s.title), ['Ministry release', 'Statistics bureau table']);
    assert.deepEqual(final.facts.map((f) => f.verdict), ['opinion']);
    assert.deepEqual(await readdir(dir), ['article.facts.json']);
  });

  it('refuses when the file appeared after a read that found none', async () => {
    const store = new FactsStore(nodeFactsFs());
    const snap = await store.read(path);
    await writeFile(path, serializeFacts(emptyFactsFile('other.md')));
    await assert.rejects(store.write(snap, emptyFactsFile('article.md')), (e: unknown) => e instanceof FactsStoreError && e.code === 'conflict');
    assert.equal(parseFacts(await readFile(path, 'utf8')).file!.article, 'other.md');
  });

  it('update() starts again from a fresh read when it loses a race, keeping both changes', async () => {
    await writeFile(path, serializeFacts(emptyFactsFile('article.md')));
    const fs = nodeFactsFs();
    let temps = 0;
    const racing = new FactsStore({
      ...fs,
      // Someone else saves between our read and our write (while our new bytes go to the temp file).
      writeFile: async (p, bytes) => {
        if (p.endsWith('.tmp') && ++temps === 1) {
          const theirs = parseFacts(await readFile(path, 'utf8')).file!;
          await writeFile(path, serializeFacts(applyEdits(theirs, [addSource(theirs, { title: 'theirs' })])));
        }
        return fs.writeFile(p, bytes);
      },
    });
    let attempts = 0;
    await racing.update(path, (file) => {
      attempts++;
      return [addSource(file, { title: 'mine' })];
    });
    assert.equal(attempts, 2);
    const final = parseFacts(await readFile(path, 'utf8')).file!;
    assert.deepEqual(final.sources.map((s) => [s.id, s.title]), [['s1', 'theirs'], ['s2', 'mine']]);
  });

  it('a file it has seen, away for a moment (moved aside by another writer), is waited for, not started anew', async () => {
    const aside = `${path}.away`;
    let waits = 0;
    const store = new FactsStore(nodeFactsFs(), {
      // The other writer puts the file back while the store waits.
      pause: async () => {
        waits++;
        if (waits === 2) await rename(aside, path);
      },
    });
    await store.update(path, (file) => [addSource(file, { title: 'first' })]);
    await rename(path, aside);
    await store.update(path, (file) => [addSource(file, { title: 'second' })]);
    const titles = parseFacts(await readFile(path, 'utf8')).file!.sources.map((s) => s.title);
    assert.deepEqual(titles, ['first', 'second']);
    assert.ok(waits >= 2);
  });

  it('a file it has seen and that stays gone is started anew after the waits', async () => {
    const store = new FactsStore(nodeFactsFs(), { pause: async () => undefined });
    await store.update(path, (file) => [addSource(file, { title: 'first' })]);
    await rm(path);
    await store.update(path, (file) => [addSource(file, { title: 'second' })]);
    assert.deepEqual(parseFacts(await readFile(path, 'utf8')).file!.sources.map((s) => s.title), ['second']);
  });

  it('refuses to overwrite a file that does not parse, leaving it byte-identical', async () => {
    const broken = '{ "version": 1, "sources": [], "facts": [ { "id": "f1", } ] }\n';
    await writeFile(path, broken);
    const store = new FactsStore(nodeFactsFs());
    await assert.rejects(store.update(path, (file) => [addSource(file, { title: 'x' })]),
      (e: unknown) => e instanceof FactsStoreError && e.code === 'broken' && /line 1, column \d+/.test(e.message));
    assert.equal(await readFile(path, 'utf8'), broken);
  });
});

describe('facts serializer and ids', () => {
  it('writes schema key order, 2-space indent and a trailing newline; unknown fields survive in their order', async () => {
    const text = await readFile(new URL('../fixtures/facts/unknown-fields.facts.json', import.meta.url), 'utf8');
    const out = serializeFacts(parseFacts(text).file!);
    assert.ok(out.endsWith('}\n') && !out.endsWith('\n\n'));
    const keys = (json: string) => [...json.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]);
    assert.deepEqual(keys(out), ['version', 'sources', 'facts', 'id', 'kind', 'target', 'exact', 'start', 'end', 'selectorNote',
      'verdict', 'x-review', 'round', 'by', 'x-desk']);
    assert.match(out, /^ {2}"version": 1,$/m);
    // Stable: a second round trip changes nothing.
    assert.equal(serializeFacts(parseFacts(out).file!), out);
  });

  it('the worked example is already in stable form', async () => {
    const text = await readFile(new URL('../../examples/kishida.facts.json', import.meta.url), 'utf8');
    assert.equal(serializeFacts(parseFacts(text).file!), text);
  });

  it('a change to one fact touches only that fact\'s lines', async () => {
    const text = await readFile(new URL('../../examples/kishida.facts.json', import.meta.url), 'utf8');
    const file = parseFacts(text).file!;
    const out = serializeFacts(applyEdits(file, [{ type: 'setNote', factId: 'f2', note: 'Rechecked.' }]));
    const before = text.split('\n');
    const after = out.split('\n');
    assert.equal(after.length, before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    assert.deepEqual(changed, ['      "note": "Rechecked.",']);
  });

  it('new ids are short and one past the highest in use', () => {
    assert.equal(newId('s', []), 's1');
    assert.equal(newId('f', ['f1', 'f2', 'f10', 'x99', 'f3a']), 'f11');
    const file = applyEdits(emptyFactsFile(), [addSource(emptyFactsFile(), { title: 'a' })]);
    assert.equal(addSource(file, { title: 'b' }).source.id, 's2');
  });

  it('edits naming a missing fact or source fail clearly', () => {
    const file = emptyFactsFile();
    assert.throws(() => applyEdits(file, [{ type: 'setVerdict', factId: 'f9', verdict: 'true' }]), FactsEditError);
    const withFact = applyEdits(file, [addFactFromSpan(file, ARTICLE, 0, 7, 'claim')]);
    assert.throws(() => applyEdits(withFact, [{ type: 'linkSource', factId: 'f1', sourceId: 's4' }]), /No source "s4"/);
  });

  it('sidecar path: same folder, name pattern', () => {
    assert.equal(sidecarPathFor('dir/article.md'), 'dir/article.facts.json');
    assert.equal(sidecarPathFor('article.markdown'), 'article.facts.json');
    assert.equal(sidecarPathFor('C:\\news\\a.b.md'), 'C:\\news\\a.b.facts.json');
    assert.equal(sidecarPathFor('dir/article.md', '.${name}.facts.json'), 'dir/.article.facts.json');
    assert.equal(sidecarPathFor('dir/article.md', '../escape/${name}.json'), 'dir/article.facts.json');
  });
});

describe('facts edits', () => {
  it('each edit changes exactly its field, and clearing a field removes it from the output', () => {
    let file = emptyFactsFile('a.md');
    file = applyEdits(file, [addSource(file, { title: 'Release' }), addFactFromSpan(file, ARTICLE, 0, 31, 'quote')]);
    file = applyEdits(file, [
      { type: 'linkSource', factId: 'f1', sourceId: 's1' },
      { type: 'linkSource', factId: 'f1', sourceId: 's1' },
      { type: 'setVerdict', factId: 'f1', verdict: 'false' },
      { type: 'setNote', factId: 'f1', note: 'Wrong year.' },
      { type: 'setSpeaker', factId: 'f1', speaker: 'The ministry' },
      { type: 'setChecked', factId: 'f1', checkedBy: 'A. Reporter', checkedAt: '2024-03-07' },
    ]);
    const f = file.facts[0]!;
    assert.deepEqual([f.sources, f.verdict, f.note, f.speaker, f.checkedBy, f.checkedAt],
      [['s1'], 'false', 'Wrong year.', 'The ministry', 'A. Reporter', '2024-03-07']);
    const cleared = applyEdits(file, [{ type: 'unlinkSource', factId: 'f1', sourceId: 's1' }, { type: 'setNote', factId: 'f1', note: undefined }]);
    const out = serializeFacts(cleared);
    assert.doesNotMatch(out, /"note"/);
    assert.match(out, /"sources": \[\]/);
    assert.equal(cleared.facts.length, 1);
    assert.throws(() => applyEdits(file, [{ type: 'addSource', source: { id: 's1' } }]), /already used/);
    assert.throws(() => addFactFromSpan(file, ARTICLE, 5, 5, 'claim'), FactsEditError);
  });
});

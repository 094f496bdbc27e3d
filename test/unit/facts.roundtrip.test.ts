// A facts file survives a write with nothing lost that Factmark does not understand (issue 11, F4–F6): keys of
// any name at any level, numbers exactly as written, and text that is not UTF-8 is refused, never rewritten.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { addSource, applyEdits } from '../../src/core/facts/edits.js';
import { JsonNumber, readJson } from '../../src/core/facts/jsonText.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { serializeFacts } from '../../src/core/facts/serialize.js';
import { FactsStore, FactsStoreError } from '../../src/core/facts/store.js';
import { decodeUtf8, firstInvalidByte } from '../../src/core/facts/utf8.js';
import { nodeFactsFs } from '../../src/cli/nodeFactsFs.js';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

/** One member per awkward name, at the level the object is written. */
const awkward = (indent: string, value: (name: string) => string): string =>
  PROTOTYPE_NAMES.map((name) => `${indent}"${name}": ${value(name)}`).join(',\n');

const FILE_WITH_AWKWARD_KEYS = `{
  "version": 1,
  "sources": [],
  "facts": [
    {
      "id": "f1",
      "kind": "claim",
      "target": {
        "exact": "rose by 12 percent",
${awkward('        ', (n) => `"in target: ${n}"`)}
      },
${awkward('      ', (n) => `{ "deep": { ${JSON.stringify(n)}: [${JSON.stringify(n)}] } }`)}
    }
  ],
${awkward('  ', (n) => `"top: ${n}"`)}
}
`;

const NUMBERS = ['1e400', '12345678901234567890', '1.50', '-0', '1E+2', '0.1000', '-1e-400', '5', '2.5'];

const FILE_WITH_NUMBERS = `{
  "version": 1,
  "sources": [],
  "facts": [
    {
      "id": "f1",
      "kind": "claim",
      "target": {
        "exact": "rose by 12 percent",
        "x-score": [${NUMBERS.join(', ')}]
      }
    }
  ],
  "x-numbers": {
${NUMBERS.map((n, i) => `    "n${i}": ${n}`).join(',\n')}
  }
}
`;

describe('facts round trip keeps what it does not understand', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factmark-roundtrip-'));
    path = join(dir, 'a.facts.json');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('F4: keys named like Object.prototype members survive a write at every level', async () => {
    await writeFile(path, FILE_WITH_AWKWARD_KEYS);
    await new FactsStore(nodeFactsFs()).update(path, (file) => [addSource(file, { title: 'Release' })]);
    const after = await readFile(path, 'utf8');
    for (const name of PROTOTYPE_NAMES) {
      assert.ok(after.includes(`"${name}": "top: ${name}"`), `top level ${name}`);
      assert.ok(after.includes(`"${name}": "in target: ${name}"`), `target ${name}`);
      assert.ok(after.includes(`"deep": {\n          ${JSON.stringify(name)}: [\n            ${JSON.stringify(name)}`), `nested ${name}`);
    }
    // Nothing else changed: the written file is the original, reformatted, plus the source.
    const expected = JSON.parse(FILE_WITH_AWKWARD_KEYS) as Record<string, unknown>;
    (expected.sources as unknown[]).push({ id: 's1', title: 'Release' });
    assert.deepEqual(JSON.parse(after), expected);
    // The parsed value has the keys as own data, not a changed prototype.
    const fact = parseFacts(after).file!.facts[0]!;
    assert.equal(Object.getPrototypeOf(fact), Object.prototype);
    assert.ok(Object.hasOwn(fact, '__proto__'));
  });

  it('F6: unknown numbers are written back exactly as they were written', async () => {
    await writeFile(path, FILE_WITH_NUMBERS);
    await new FactsStore(nodeFactsFs()).update(path, (file) => [addSource(file, { title: 'Release' })]);
    const after = await readFile(path, 'utf8');
    NUMBERS.forEach((n, i) => assert.ok(after.includes(`"n${i}": ${n}\n`) || after.includes(`"n${i}": ${n},`), `n${i} = ${n}`));
    assert.ok(after.includes(`"x-score": [\n          ${NUMBERS.join(',\n          ')}\n        ]`));
    // A second round trip is stable.
    assert.equal(serializeFacts(parseFacts(after).file!), after);
  });

  it('keeps numbers a JavaScript number cannot print the same as JsonNumber, and the others as numbers', () => {
    const value = readJson('[1e400, 12345678901234567890, 1.50, 7, -3.25, 0]')!.value as unknown[];
    assert.deepEqual(value.slice(3), [7, -3.25, 0]);
    assert.deepEqual((value.slice(0, 3) as JsonNumber[]).map((n) => [n instanceof JsonNumber, n.raw]),
      [[true, '1e400'], [true, '12345678901234567890'], [true, '1.50']]);
    // Exports that JSON.stringify a fact see the nearest number.
    assert.equal(JSON.stringify(value[2]), '1.5');
  });

  it('the schema\'s own offsets are plain numbers however they were written', () => {
    const text = '{"version": 1.0, "sources": [], "facts": [{"id": "f1", "kind": "claim", "target": {"exact": "x", "start": 4.0, "end": 5E0}}]}';
    const file = parseFacts(text).file!;
    assert.deepEqual([file.version, file.facts[0]!.target.start, file.facts[0]!.target.end], [1, 4, 5]);
  });

  it('F5: Latin-1 bytes make the file broken at the bad byte\'s line and column, and it is never written', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('{\n  "version": 1,\n  "sources": [{ "id": "s1", "title": "Caf'),
      Buffer.from([0xe9]), // é in Latin-1: not UTF-8
      Buffer.from(' du commerce" }],\n  "facts": []\n}\n'),
    ]);
    await writeFile(path, latin1);
    const store = new FactsStore(nodeFactsFs());
    const snapshot = await store.read(path);
    assert.equal(snapshot.parsed?.broken, true);
    assert.deepEqual(snapshot.parsed!.problems.map((p) => [p.code, p.line, p.column]), [['invalid-utf8', 3, 42]]);
    assert.match(snapshot.parsed!.problems[0]!.message, /not valid UTF-8 \(byte 0xE9 at line 3, column 42\)/);
    await assert.rejects(store.update(path, (file) => [addSource(file, { title: 'x' })]),
      (err: unknown) => err instanceof FactsStoreError && err.code === 'broken' && /line 3, column 42/.test(err.message));
    assert.deepEqual(await readFile(path), latin1);
  });

  it('finds the first invalid byte exactly where the strict decoder fails (random bytes)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const prefixValid = (bytes: Uint8Array, end: number): boolean => {
      try {
        strict.decode(bytes.subarray(0, end));
        return true;
      } catch {
        return false;
      }
    };
    // Mostly valid text with stray bytes, so failures land at many places and after multi-byte characters.
    const chunk = fc.oneof(fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(s)), fc.uint8Array({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(chunk, { maxLength: 8 }), (chunks) => {
      const bytes = Uint8Array.from(chunks.flatMap((c) => [...c]));
      const bad = firstInvalidByte(bytes);
      assert.equal(bad === bytes.length, prefixValid(bytes, bytes.length));
      if (bad < bytes.length) {
        assert.ok(prefixValid(bytes, bad), 'everything before it decodes');
        assert.equal(decodeUtf8(bytes).ok, false);
      }
    }), { seed: 11, numRuns: 2000 });
  });

  it('reads every JSON value exactly as JSON.parse does (random JSON)', () => {
    fc.assert(fc.property(fc.json(), (text) => {
      const read = readJson(text);
      assert.ok(read, text);
      // Compare through the serializer, so JsonNumbers count as the number they print.
      assert.equal(JSON.stringify(read.value), JSON.stringify(JSON.parse(text)));
    }), { seed: 11, numRuns: 2000 });
    for (const bad of ['{"a":1,}', '[1 2]', '01', '"\u0001"', '{"a" 1}', '-', '1.', 'tru', '"\\x"', '[1]]']) assert.equal(readJson(bad), undefined, bad);
  });
});

describe('facts serializer', () => {
  it('writes what JSON.stringify(value, null, 2) writes for ordinary values', () => {
    // Array-index keys ("0") come first in any JavaScript object, so JSON.stringify cannot put them after the known keys.
    const key = fc.string().filter((k) => !/^(0|[1-9]\d*)$/.test(k));
    fc.assert(fc.property(fc.dictionary(key, fc.jsonValue()), (extra) => {
      const file = { ...extra, version: 1 as const, sources: [], facts: [] };
      const out = serializeFacts(file);
      assert.deepEqual(JSON.parse(out), JSON.parse(JSON.stringify(file)));
      const { version, sources, facts, ...rest } = file;
      assert.equal(out, JSON.stringify({ version, sources, facts, ...rest }, null, 2) + '\n');
    }), { seed: 11, numRuns: 500 });
  });

  it('an edit after an unchanged round trip touches only its lines', () => {
    const file = parseFacts(FILE_WITH_NUMBERS).file!;
    const once = serializeFacts(file);
    const edited = serializeFacts(applyEdits(file, [{ type: 'setNote', factId: 'f1', note: 'checked' }]));
    const added = edited.split('\n').filter((line) => !once.split('\n').includes(line));
    assert.deepEqual(added, ['      },', '      "note": "checked"']);
  });
});

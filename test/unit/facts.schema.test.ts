// The facts-file format: the shipped JSON Schema, the validator that interprets it, and problems at line:column
// on broken files that are then left byte-identical.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFacts } from '../../src/core/facts/parse.js';
import { FACTS_SCHEMA, type SchemaNode } from '../../src/core/facts/schema.js';
import { FactsStore, FactsStoreError } from '../../src/core/facts/store.js';
import { addSource, applyEdits } from '../../src/core/facts/edits.js';
import { FACT_KINDS, SOURCE_KINDS, VERDICTS } from '../../src/core/facts/types.js';
import { nodeFactsFs } from '../../src/cli/nodeFactsFs.js';
import { defaultConfig } from '../../src/core/config/types.js';
import { checkArticle } from '../../src/core/pipeline/checkArticle.js';

const root = new URL('../../', import.meta.url);
const fixture = (name: string) => new URL(`test/fixtures/facts/${name}`, root);
const read = async (url: URL) => readFile(url, 'utf8');

describe('facts schema', () => {
  it('schemas/facts.schema.json is the schema object the validator uses (npx tsx scripts/write-facts-schema.ts)', async () => {
    const shipped = JSON.parse(await read(new URL('schemas/facts.schema.json', root)));
    assert.deepEqual(shipped, JSON.parse(JSON.stringify(FACTS_SCHEMA)));
    assert.equal(shipped.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('every enum in the shipped schema equals the TypeScript constant', async () => {
    const shipped = JSON.parse(await read(new URL('schemas/facts.schema.json', root)));
    assert.deepEqual(shipped.definitions.fact.properties.verdict.enum, [...VERDICTS]);
    assert.deepEqual(shipped.definitions.fact.properties.kind.enum, [...FACT_KINDS]);
    assert.deepEqual(shipped.definitions.source.properties.kind.enum, [...SOURCE_KINDS]);
  });

  it('uses only the keywords the validator interprets', () => {
    const understood = new Set(['$ref', 'type', 'description', 'enum', 'const', 'required', 'properties', 'additionalProperties',
      'items', 'uniqueItems', 'minLength', 'minimum', 'pattern', 'format', 'examples']);
    const visit = (node: SchemaNode, where: string): void => {
      for (const key of Object.keys(node)) assert.ok(understood.has(key), `${where} uses "${key}"`);
      for (const [name, child] of Object.entries(node.properties ?? {})) visit(child, `${where}.${name}`);
      if (node.items) visit(node.items, `${where}[]`);
    };
    const top: Record<string, unknown> = { ...FACTS_SCHEMA };
    for (const key of ['$schema', '$id', 'title', 'definitions']) delete top[key];
    visit(top as SchemaNode, 'root');
    for (const [name, def] of Object.entries(FACTS_SCHEMA.definitions)) visit(def, name);
  });

  it('the worked example validates and anchors every fact in its article', async () => {
    const parsed = parseFacts(await read(new URL('examples/kishida.facts.json', root)));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.broken, false);
    assert.equal(parsed.file?.facts.length, 2);
    const article = await read(new URL('examples/kishida.md', root));
    for (const fact of parsed.file!.facts) {
      assert.equal(article.slice(fact.target.start, fact.target.end), fact.target.exact, fact.id);
      assert.ok(fact.sources?.every((id) => parsed.file!.sources.some((s) => s.id === id)));
      assert.ok(fact.verdict);
    }
    assert.ok(parsed.file!.facts.some((f) => f.target.exact.includes('limited interest')));
  });

  it('every ```json facts sample in docs/facts-file.md and README.md validates', async () => {
    const samplesIn = async (path: string) =>
      [...(await read(new URL(path, root))).matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((s) => s.includes('"facts"'));
    const docSamples = await samplesIn('docs/facts-file.md');
    assert.ok(docSamples.length >= 1, 'docs/facts-file.md has a ```json sample');
    for (const sample of [...docSamples, ...(await samplesIn('README.md'))]) {
      assert.deepEqual(parseFacts(sample).problems, [], sample.slice(0, 80));
    }
  });
});

describe('facts file problems at line:column', () => {
  const cases = [
    { name: 'syntax-error.facts.json', code: 'json-syntax', line: 4, column: 63, mentions: 'Trailing comma' },
    { name: 'wrong-type.facts.json', code: 'wrong-type', line: 8, column: 59, mentions: 'facts[0].target.start' },
    { name: 'unknown-verdict.facts.json', code: 'unknown-value', line: 9, column: 18, mentions: 'probably' },
    { name: 'dangling-source.facts.json', code: 'dangling-source', line: 11, column: 25, mentions: 's7' },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.code} at ${c.line}:${c.column}, and the file is left byte-identical`, async () => {
      const bytes = await readFile(fixture(c.name));
      const { problems } = parseFacts(bytes.toString('utf8'));
      assert.equal(problems.length, 1, JSON.stringify(problems));
      const [p] = problems;
      assert.deepEqual([p!.code, p!.line, p!.column, p!.severity], [c.code, c.line, c.column, 'error']);
      assert.ok(p!.message.includes(c.mentions), p!.message);

      // The article pipeline (check, export, the editor) reports it and writes nothing.
      const article = 'Spending rose by 12 percent in 2024, the ministry said.\n';
      const outcome = checkArticle({ text: article, facts: parseFacts(bytes.toString('utf8')), config: defaultConfig() });
      assert.equal(outcome.factsProblems.filter((x) => x.severity === 'error').length, 1);
      assert.deepEqual(outcome.factsProblems.map((x) => [x.line, x.column]), [[c.line, c.column]]);
      assert.deepEqual(await readFile(fixture(c.name)), bytes);
    });
  }

  it('the store refuses to rewrite a file with syntax or schema errors, and leaves it byte-identical', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factmark-broken-'));
    try {
      for (const name of ['syntax-error.facts.json', 'wrong-type.facts.json', 'unknown-verdict.facts.json']) {
        const bytes = await readFile(fixture(name));
        const path = join(dir, name);
        await writeFile(path, bytes);
        const store = new FactsStore(nodeFactsFs());
        const snapshot = await store.read(path);
        assert.equal(snapshot.parsed?.broken, true);
        const base = snapshot.parsed?.file ?? { version: 1 as const, sources: [], facts: [] };
        await assert.rejects(store.write(snapshot, applyEdits(base, [addSource(base, { title: 'x' })])),
          (err: unknown) => err instanceof FactsStoreError && err.code === 'broken');
        assert.deepEqual(await readFile(path), bytes, name);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a dangling source id does not block the edit that fixes it (adding the source)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factmark-dangling-'));
    try {
      const path = join(dir, 'a.facts.json');
      await writeFile(path, await readFile(fixture('dangling-source.facts.json')));
      const store = new FactsStore(nodeFactsFs());
      const snapshot = await store.read(path);
      assert.equal(snapshot.parsed?.broken, false);
      const file = snapshot.parsed!.file!;
      const written = await store.write(snapshot, applyEdits(file, [{ type: 'addSource', source: { id: 's7', title: 'Ministry release' } }]));
      assert.deepEqual(written.parsed?.problems, []);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports comments, missing required members, duplicate ids and keys, each where it is', () => {
    const text = [
      '{', //                                                   1
      '  "version": 1,', //                                     2
      '  "sources": [{ "id": "s1" }, { "id": "s1" }],', //      3
      '  // a comment', //                                      4
      '  "facts": [', //                                        5
      '    { "id": "f1", "kind": "claim", "target": {} },', //  6
      '    { "id": "f2", "id": "f3", "kind": "rumour", "target": { "exact": "x", "start": 9, "end": 2 } }', // 7
      '  ]', //                                                 8
      '}', //                                                   9
    ].join('\n');
    const syntax = parseFacts(text);
    assert.deepEqual(syntax.problems.map((p) => [p.code, p.line, p.column]), [['json-syntax', 4, 3]]);
    assert.equal(syntax.file, undefined);

    const problems = parseFacts(text.replace('  // a comment\n', '')).problems.map((p) => [p.code, p.line, p.column]);
    assert.deepEqual(problems, [
      ['duplicate-id', 3, 39],
      ['missing-property', 5, 46],
      ['duplicate-key', 6, 19],
      ['unknown-value', 6, 39],
      ['invalid-range', 6, 94],
    ]);
  });

  it('checks ids, offsets, empty quotes, repeated source ids and the version', () => {
    const text = JSON.stringify({
      version: 2,
      sources: [{ id: 'has space' }],
      facts: [{ id: 'f1', kind: 'claim', target: { exact: '', start: -1 }, sources: ['s1', 's1'] }],
    }, null, 2);
    const problems = parseFacts(text).problems;
    const at = (needle: string, from = 0) => {
      const offset = text.indexOf(needle, from);
      const before = text.slice(0, offset).split('\n');
      return [before.length, before[before.length - 1]!.length + 1];
    };
    assert.deepEqual(problems.map((p) => [p.code, p.line, p.column]), [
      ['invalid-value', ...at('2')],
      ['invalid-value', ...at('"has space"')],
      ['invalid-value', ...at('""')],
      ['invalid-value', ...at('-1')],
      ['dangling-source', ...at('"s1"')],
      ['invalid-value', ...at('"s1"', text.indexOf('"s1"') + 1)],
      ['dangling-source', ...at('"s1"', text.indexOf('"s1"') + 1)],
    ]);
    assert.deepEqual(problems.map((p) => p.message).filter((m) => /empty|at least|not a valid id|twice|expected 1/.test(m)).length, 5);
  });

  it('keeps the valid part of a broken file readable, and never throws on odd input', () => {
    const parsed = parseFacts(readFileSync(fixture('unknown-verdict.facts.json'), 'utf8'));
    assert.equal(parsed.broken, true);
    assert.equal(parsed.file?.facts[0]?.id, 'f1');
    assert.equal(parsed.file?.facts[0]?.verdict, undefined);
    for (const odd of ['', '   ', '[]', 'null', '"x"', '{', '\uFEFF{"version":1,"sources":[],"facts":[]}', '{"version":2,"sources":{},"facts":[1,null]}']) {
      const r = parseFacts(odd);
      assert.ok(Array.isArray(r.problems), odd);
    }
    assert.deepEqual(parseFacts('\uFEFF{"version":1,"sources":[],"facts":[]}').problems, []);
    assert.ok(parseFacts('').problems[0]?.line === 1);
  });
});

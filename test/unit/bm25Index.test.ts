// The history's compact BM25+ index against MiniSearch 7.2.0 as the oracle: the re-ranker was trained on
// MiniSearch's scores, so the index must give the same scores and order (exact-term OR queries, two fields, title
// boost), also after documents are removed and replaced. Seeded generated claims; no evaluation data.
import assert from 'node:assert/strict';
import MiniSearch from 'minisearch';
import { Bm25Index, type Field } from '../../src/core/history/bm25Index.js';
import { termsOf } from '../../src/core/history/text.js';
import { mulberry32 } from '../../scripts/random.js';

const WORDS = ('city council spent million euros road repairs budget school hospital vaccine election vote tax police crime ' +
  'rate unemployment rose fell percent year president minister said report ferry harbour passengers tram line opened late').split(' ');
const PARAMS = { k: 1.2, b: 0.75, d: 0.5 };

function sentence(random: () => number, length: number): string {
  return Array.from({ length }, () => (random() < 0.12 ? String(Math.floor(random() * 50)) : WORDS[Math.floor(random() * WORDS.length)])).join(' ');
}

interface Doc { id: number; text: string; title?: string }

function docs(seed: number, n: number): Doc[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, id) => ({ id, text: sentence(random, 6 + Math.floor(random() * 14)), ...(random() < 0.4 ? { title: sentence(random, 4) } : {}) }));
}

function oracle(list: readonly Doc[]): MiniSearch<Doc> {
  const ms = new MiniSearch<Doc>({ fields: ['text', 'title'], tokenize: termsOf, processTerm: (t) => t });
  ms.addAll(list);
  return ms;
}

function assertSame(index: Bm25Index, ms: MiniSearch<Doc>, queries: readonly string[], titleBoost: number, fields?: Field[]): void {
  for (const q of queries) {
    const expected = ms.search(q, { boost: { title: titleBoost }, bm25: PARAMS, combineWith: 'OR', fields }).slice(0, 10);
    const actual = index.search(termsOf(q), 10, PARAMS, { text: 1, title: titleBoost }, fields);
    assert.equal(actual.length, expected.length, q);
    actual.forEach((hit, i) => {
      assert.ok(Math.abs(hit.score - expected[i].score) < 1e-9, `${q}: #${i} ${hit.score} vs ${expected[i].score}`);
      // Equal scores may come in another order; different scores may not.
      if (hit.id !== expected[i].id) assert.ok(Math.abs(hit.score - expected[i].score) < 1e-9);
    });
  }
}

describe('claim history: compact BM25+ index', () => {
  const queries = docs(99, 40).map((d) => d.text);

  it('scores and orders as MiniSearch does, over both fields and over one, with a title boost', () => {
    const list = docs(1, 600);
    const index = new Bm25Index();
    for (const d of list) index.add(d.id, d.text, d.title);
    const ms = oracle(list);
    assert.equal(index.size, 600);
    assertSame(index, ms, queries, 1.5);
    assertSame(index, ms, queries, 1, ['text']);
    assertSame(index, ms, queries, 2, ['title']);
  });

  it('after removals, replacements and its own compaction, scores as MiniSearch after the same changes and a vacuum', async () => {
    const list = docs(2, 900);
    const index = new Bm25Index();
    for (const d of list) index.add(d.id, d.text, d.title);
    const ms = oracle(list);
    const random = mulberry32(3);
    const kept = new Set(list.map((d) => d.id));
    for (const d of list) if (random() < 0.5) {
      index.remove(d.id);
      ms.discard(d.id);
      kept.delete(d.id);
    }
    for (const d of docs(4, 100)) {
      const replaced = { ...d, id: d.id * 3 };
      index.add(replaced.id, replaced.text, replaced.title);
      if (kept.has(replaced.id)) ms.replace(replaced);
      else ms.add(replaced);
      kept.add(replaced.id);
    }
    // MiniSearch counts discarded documents in its frequencies until vacuumed; ours are exact at once.
    await ms.vacuum();
    assert.equal(index.size, kept.size);
    assert.ok(!index.has(list.find((d) => !kept.has(d.id))!.id));
    assertSame(index, ms, queries, 1.5);
  });

  it('gives the idf of a term over documents having it in either field, and finds nothing for unknown words', () => {
    const index = new Bm25Index();
    index.add(0, 'road repairs', 'budget');
    index.add(1, 'budget vote');
    index.add(2, 'ferry');
    const idf = (n: number) => Math.log(1 + (3 - n + 0.5) / (n + 0.5));
    assert.equal(index.idf(termsOf('budget')[0]), idf(2));
    assert.equal(index.idf('zzz'), idf(0));
    assert.deepEqual(index.search(termsOf('zebra unicorn'), 5, PARAMS, { text: 1, title: 1 }), []);
  });
});

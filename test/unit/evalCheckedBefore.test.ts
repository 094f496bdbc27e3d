// The "checked before?" eval's pieces on hand-made inputs: the official MAP@5 / MRR / Recall@5 definitions, the
// literal BM25 baseline, the seeded folds and the re-ranker's fit.
import assert from 'node:assert/strict';
import { Bm25Baseline } from '../../scripts/eval/bm25Baseline.js';
import { averagePrecisionAt, recallAt, reciprocalRankOf, summarise } from '../../scripts/eval/checkthat.js';
import { fitRanker } from '../../scripts/history/logistic.js';
import { foldsOf } from '../../scripts/history/split.js';

describe('checked-before eval: official metrics', () => {
  it('MAP@5 divides by the relevant items, not by k, and ignores hits below 5', () => {
    assert.equal(averagePrecisionAt(['x', 'a', 'y'], ['a'], 5), 0.5);
    assert.equal(averagePrecisionAt(['a', 'x', 'b'], ['a', 'b'], 5), (1 + 2 / 3) / 2);
    assert.equal(averagePrecisionAt(['1', '2', '3', '4', '5', 'a'], ['a'], 5), 0);
    assert.equal(averagePrecisionAt(['a'], ['a', 'b'], 5), 0.5);
  });

  it('MRR takes the first relevant item at any depth; Recall@5 the share found in the first five', () => {
    assert.equal(reciprocalRankOf(['1', '2', '3', '4', '5', '6', 'a'], ['a']), 1 / 7);
    assert.equal(reciprocalRankOf(['x'], ['a']), 0);
    assert.equal(recallAt(['a', 'x', 'y', 'z', 'w', 'b'], ['a', 'b'], 5), 0.5);
    const s = summarise([{ ranked: ['a'], relevant: ['a'] }, { ranked: ['x', 'b'], relevant: ['b'] }]);
    assert.deepEqual(s, { map5: 0.75, mrr: 0.75, recall5: 1, queries: 2 });
  });
});

describe('checked-before eval: BM25 baseline', () => {
  it('ranks the claim sharing the rarer words first and leaves out claims sharing none', () => {
    const bm25 = new Bm25Baseline([
      { id: '1', claim: 'The moon landing was staged', title: 'Was the moon landing faked?' },
      { id: '2', claim: 'The president was born abroad' },
      { id: '3', claim: 'The weather was nice' },
    ]);
    assert.deepEqual(bm25.rank('moon landing staged in a studio').slice(0, 1), ['1']);
    assert.equal(bm25.rank('president born').includes('3'), false);
  });
});

describe('checked-before training helpers', () => {
  it('splits into the same seeded folds every time, each item in exactly one, and other folds for another seed', () => {
    const items = Array.from({ length: 52 }, (_, i) => i);
    const folds = foldsOf(items, 5, 7);
    assert.deepEqual(folds.map((f) => f.length), [11, 11, 10, 10, 10]);
    assert.deepEqual(folds.flat().sort((a, b) => a - b), items);
    assert.deepEqual(foldsOf(items, 5, 7), folds);
    assert.notDeepEqual(foldsOf(items, 5, 8)[0], folds[0]);
  });

  it('learns to put the candidate with the informative feature first', () => {
    // Feature 0 marks the relevant candidate; feature 1 is noise that favours a wrong one.
    const groups = Array.from({ length: 20 }, (_, g) => ({
      rows: [[1, g % 2], [0, 1 - (g % 2)], [0, 0.5]],
      labels: [1, 0, 0],
    }));
    const fit = fitRanker(groups, 0.001);
    assert.ok(fit.weights[0] > 0 && fit.weights[0] > Math.abs(fit.weights[1]));
  });
});

// The eval's scoring rules on tiny hand-made inputs: the half-overlap match, greedy one-to-one matching,
// and the CLEF-2019 ranking metrics.
import assert from 'node:assert/strict';
import {
  averagePrecision, contiguous, exactMatches, greedyMatch, halfOverlap, precisionAt, prf, rankLabels, reciprocalRank, rPrecision,
  sharedChars, type Counts,
} from '../../scripts/eval/metrics.js';
import { containsWords, goldCharSpan, speakerIsCorrect } from '../../scripts/eval/polnear.js';
import { isHeldBack } from '../../scripts/eval/data.js';
import { wordCount, wordCountMap } from '../../scripts/eval/clefBaselines.js';

describe('eval metrics: exact boundaries and the held-back slice', () => {
  it('matches exact bounds one to one, comparing a fragmented gold span by its outer bounds', () => {
    const gold = [contiguous(0, 10), { ranges: [[20, 25], [30, 40]] as Array<[number, number]> }];
    assert.equal(exactMatches([contiguous(0, 10), contiguous(0, 10), contiguous(20, 40), contiguous(1, 10)], gold), 2);
  });

  it('holds back about one article in ten, the same ones every run', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `polnear-train-article-${i}`);
    const held = ids.filter(isHeldBack);
    assert.ok(held.length > 150 && held.length < 250, `${held.length} of 2000`);
    assert.deepEqual(ids.filter(isHeldBack), held);
  });
});

describe('eval metrics: half-overlap rule', () => {
  it('matches when the shared characters are at least half of the shorter span', () => {
    // [0,10) and [5,25): share 5 chars, shorter is 10 → exactly half → match.
    assert.equal(halfOverlap(contiguous(0, 10), contiguous(5, 25)), true);
    // [0,10) and [6,25): share 4 of 10 → no match.
    assert.equal(halfOverlap(contiguous(0, 10), contiguous(6, 25)), false);
  });

  it('a short span inside a long one matches', () => {
    assert.equal(halfOverlap(contiguous(40, 44), contiguous(0, 200)), true);
  });

  it('never matches disjoint or empty spans', () => {
    assert.equal(halfOverlap(contiguous(0, 5), contiguous(5, 10)), false);
    assert.equal(halfOverlap(contiguous(3, 3), contiguous(0, 10)), false);
  });

  it('counts only the characters of discontinuous gold fragments', () => {
    const gold = goldCharSpan({ start: 0, end: 30, fragments: [[0, 10], [20, 30]], text: '' });
    assert.equal(sharedChars(contiguous(0, 30), gold), 20);
    // [8,22) shares 2 + 2 = 4 chars with the fragments; shorter span is 14 → 4 < 7, no match.
    assert.equal(halfOverlap(contiguous(8, 22), gold), false);
  });
});

describe('eval metrics: greedy matching and P/R/F1', () => {
  it('pairs each span at most once, best overlap first', () => {
    // One long prediction overlapping two gold spans can only claim one of them: the larger overlap.
    const pairs = greedyMatch([contiguous(0, 20)], [contiguous(0, 6), contiguous(8, 20)]);
    assert.deepEqual(pairs, [[0, 1]]);
    // Two predictions on the same gold span: only one counts.
    assert.equal(greedyMatch([contiguous(0, 10), contiguous(1, 10)], [contiguous(0, 10)]).length, 1);
  });

  it('computes precision, recall and F1 from counts', () => {
    const c: Counts = { matched: 3, predicted: 4, gold: 6 };
    const r = prf(c);
    assert.equal(r.precision, 0.75);
    assert.equal(r.recall, 0.5);
    assert.equal(r.f1, 0.6);
    assert.deepEqual(prf({ matched: 0, predicted: 0, gold: 0 }), { precision: 0, recall: 0, f1: 0 });
  });
});

describe('eval metrics: CLEF-2019 ranking', () => {
  it('average precision is the mean of precision@k at each relevant k', () => {
    // Relevant at ranks 1 and 3: (1/1 + 2/3) / 2 = 5/6.
    assert.equal(averagePrecision([1, 0, 1, 0]), (1 + 2 / 3) / 2);
    assert.equal(averagePrecision([0, 0, 0]), 0);
    assert.equal(averagePrecision([0, 1]), 0.5);
  });

  it('ranks by score descending and keeps line order on ties', () => {
    const ranked = rankLabels([
      { score: 0.2, label: 0 }, { score: 0.9, label: 1 }, { score: 0.5, label: 0 }, { score: 0.5, label: 1 },
    ]);
    assert.deepEqual(ranked, [1, 0, 1, 0]);
  });

  it('R-precision, P@k and reciprocal rank', () => {
    const ranked = [0, 1, 1, 0, 0];
    assert.equal(rPrecision(ranked), 0.5); // R = 2, one relevant in the top 2
    assert.equal(precisionAt(ranked, 3), 2 / 3);
    assert.equal(precisionAt(ranked, 10), 0.2); // short list still divides by k, as the official scorer does
    assert.equal(reciprocalRank(ranked), 0.5);
  });
});

describe('eval: speaker rule', () => {
  const source = { start: 50, end: 55, text: 'Trump' };
  it('accepts an overlapping speaker span or a name containing the gold source words', () => {
    assert.equal(speakerIsCorrect({ speaker: { start: 52, end: 60, text: 'x', name: 'x' } }, source), true);
    assert.equal(speakerIsCorrect({ speaker: { start: 0, end: 2, text: 'He', name: 'Donald Trump' } }, source), true);
    assert.equal(speakerIsCorrect({ speaker: null }, source), false);
  });

  it('matches whole words only', () => {
    assert.equal(containsWords('Stephen Miller', 'he'), false);
    assert.equal(containsWords('Hillary Clinton', 'clinton'), true);
  });
});

describe('eval: CLEF word-count baseline', () => {
  const line = (doc: string, n: number, text: string, label: number) => ({ id: `${doc}-${n}`, doc, line_number: n, speaker: 'A', text, label });

  it('counts words, keeping contractions and numbers whole', () => {
    assert.equal(wordCount('We’ve cut taxes by 20 percent, twice.'), 7);
    assert.equal(wordCount('— …'), 0);
  });

  it('ranks each transcript’s lines by their length, in the official MAP', () => {
    const sentences = [
      line('a', 1, 'Thank you.', 0),
      line('a', 2, 'We created four million jobs in the last three years alone.', 1),
      line('b', 1, 'Yes.', 1),
      line('b', 2, 'That is simply not what happened on that night at all.', 0),
    ];
    // a: the claim is the longer line (AP 1); b: the claim is the shorter line, ranked second (AP 1/2).
    assert.equal(wordCountMap(sentences), 0.75);
  });
});

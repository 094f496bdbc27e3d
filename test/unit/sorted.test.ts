// The shared binary searches over offset-sorted lists, against a plain scan on random lists.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstEndingAfter, firstStartingAfter, firstStartingAt } from '../../src/core/text/sorted.js';

/** Sorted, non-nesting spans built from random gaps and lengths, and an offset anywhere around them. */
const spansAndOffset = fc.record({
  parts: fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 30 }),
  offset: fc.integer({ min: -2, max: 320 }),
}).map(({ parts, offset }) => {
  let at = 0;
  const spans = parts.map(([gap, length]) => {
    const start = at + gap;
    at = start + length;
    return { start, end: at };
  });
  return { spans, offset };
});

const scan = (spans: Array<{ start: number; end: number }>, keep: (s: { start: number; end: number }) => boolean) => {
  const i = spans.findIndex(keep);
  return i < 0 ? spans.length : i;
};

describe('sorted-list search', () => {
  it('finds the first span starting at, starting after and ending after an offset, as a scan does', () => {
    fc.assert(fc.property(spansAndOffset, ({ spans, offset }) => {
      assert.equal(firstStartingAt(spans, offset), scan(spans, (s) => s.start >= offset));
      assert.equal(firstStartingAfter(spans, offset), scan(spans, (s) => s.start > offset));
      assert.equal(firstEndingAfter(spans, offset), scan(spans, (s) => s.end > offset));
    }), { seed: 11, numRuns: 500 });
  });

  it('answers the length of the list when nothing qualifies', () => {
    const spans = [{ start: 0, end: 4 }, { start: 6, end: 9 }];
    assert.equal(firstStartingAfter(spans, 6), 2);
    assert.equal(firstEndingAfter(spans, 9), 2);
    assert.equal(firstEndingAfter(spans, 8), 1);
  });
});

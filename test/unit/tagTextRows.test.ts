// The tagger's per-text row cache: rows summed for a group stay right after the cache starts again, which a
// long editor session reaches (50,000 distinct token texts).
import assert from 'node:assert/strict';
import { TextRows, type TextGroup } from '../../src/core/detectors/attributions/tagTextRows.js';

/** Three model rows of two tags, then the zero row, as a model's integer weights are laid out. */
const MODEL = Int32Array.from([1, 2, 10, 20, 100, 200, 0, 0]);

function rowOf(rows: TextRows, row: number): number[] {
  return Array.from(rows.weights.subarray(row * rows.rowLength, (row + 1) * rows.rowLength));
}

/** Sees `texts` as a sentence, giving each new text the summed row of model rows 0 and 2, as the scorer does. */
function see(rows: TextRows, g: TextGroup, texts: string[]): void {
  rows.begin(texts.length);
  for (const t of texts) {
    const key = rows.keyOf(t, t, new Map());
    if (g.rows[key] < 0) g.rows[key] = rows.rowFor([0, 2]);
  }
}

describe('tagger text rows', () => {
  it('keeps a group’s end rows summed right when the cache starts again', () => {
    const rows = new TextRows(MODEL, 2, 4);
    const g = rows.group('w-1 shape-1', () => [[0, 1], [1, 2]]);
    assert.deepEqual([rowOf(rows, g.before), rowOf(rows, g.after)], [[11, 22], [110, 220]]);
    see(rows, g, ['a', 'b', 'c']);
    // Past the limit of 4 texts: the cache starts again and the next texts' sums are written from its start.
    see(rows, g, ['d', 'e', 'f']);
    assert.deepEqual([rowOf(rows, g.before), rowOf(rows, g.after)], [[11, 22], [110, 220]]);
    for (const t of ['d', 'e', 'f']) assert.deepEqual(rowOf(rows, g.rows[rows.keyOf(t, t, new Map())]), [101, 202]);
  });
});

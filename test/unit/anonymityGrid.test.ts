// The generated anonymity and vagueness grid (test/unit/helpers/anonymityGrid.ts): short articles whose source phrase
// is put together from parts (determiner × role × affiliation × reason × position for anonymity; quantifier × people
// noun × verb × tense × position, or an impersonal frame, for vagueness), and controls where the same words hide
// nobody. Every statement must get the kind docs/rules.md gives it; misses are reported by family, frame and
// dimension value, so that a miss reads as a construction rather than as one sentence.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze.js';
import { anonymityGrid, type AnonymityCell } from './helpers/anonymityGrid.js';
import { miss, tally } from './helpers/sourcingScore.js';

/** Families the rules settle that still fail, left out until fixed (each a predicate over a cell, with why). */
const OPEN: { why: string; test: (c: AnonymityCell) => boolean }[] = [];

const cells = anonymityGrid();
const arguable = cells.filter((c) => c.arguable !== null);
const open = cells.filter((c) => c.arguable === null && OPEN.some((o) => o.test(c)));
const asserted = cells.filter((c) => c.arguable === null && !open.includes(c));

/** Misses of the asserted cells, with what was found. */
function anonymityMisses(of: readonly AnonymityCell[] = asserted): Map<AnonymityCell, string> {
  const failed = new Map<AnonymityCell, string>();
  for (const cell of of) {
    const why = miss(cell, analyze(cell.text));
    if (why) failed.set(cell, why);
  }
  return failed;
}

describe('anonymity and vagueness grid', () => {
  it(`every statement of ${asserted.length} generated articles has the kind the rules give (${arguable.length} cells of arguable families and ${open.length} of open families left out)`, function () {
    // Many small analyses: generous for a loaded machine, not a speed claim.
    this.timeout(120_000);
    const failed = anonymityMisses();
    if (!failed.size) return;
    const byValue = new Map<string, number>();
    for (const cell of failed.keys()) for (const [d, v] of Object.entries(cell.dims)) byValue.set(`${d}=${v}`, (byValue.get(`${d}=${v}`) ?? 0) + 1);
    const values = [...byValue].sort((a, b) => b[1] - a[1]).slice(0, 16).map(([k, n]) => `${k}: ${n}`).join(', ');
    const examples = [...failed].slice(0, 8).map(([c, why]) => `${c.id}\n${c.text}${why}`).join('\n\n');
    assert.fail(`${failed.size} of ${asserted.length} cells miss.\n${tally(asserted, new Set(failed.keys()))}\nBy dimension value: ${values}\n\n${examples}`);
  });

  it('crosses every value of every dimension with every other, and asserts every family', () => {
    const pairs = (family: string, a: string, b: string): number => new Set(cells.filter((c) => c.dims.family === family && c.dims[a] && c.dims[b]).map((c) => `${c.dims[a]}|${c.dims[b]}`)).size;
    // Determiners pair with the roles that take them only; every reason meets every position.
    assert.equal(pairs('anonymous', 'reason', 'position'), 11 * 4);
    assert.equal(pairs('anonymous', 'aff', 'reason'), 9 * 11 - 6);
    assert.equal(pairs('vague', 'quant', 'noun'), 10 * 16);
    assert.equal(pairs('vague', 'noun', 'verb'), 16 * 12);
    const families = new Set(asserted.map((c) => `${c.dims.family}:${c.dims.frame.split(':')[0]}`));
    for (const f of ['anonymous:described', 'anonymous:bare', 'control:named', 'vague:group', 'vague:impersonal', 'vague:generality', 'control:named-group', 'control:pointed-group', 'control:quoted-speaker']) assert.ok(families.has(f), f);
  });
});

// The generated sourcing grid (test/unit/helpers/sourcingGrid.ts): short articles crossing a claim, the frame that
// sources it (families of docs/rules.md: attributed, cited, vague, anonymous, unsourced), the source's shape, the
// layout and the typography. Every statement must get the status its family's definition gives, scored as the unseen
// news evaluation scores a statement (scripts/eval/unseenNews.ts). Failures are reported by family and frame, so a
// miss reads as a construction rather than as one sentence.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze.js';
import { sourcingGrid, type Dimension, type SourcingCell } from './helpers/sourcingGrid.js';
import { miss, tally } from './helpers/sourcingScore.js';

/**
 * Families left out of the asserted grid because docs/rules.md does not settle them (each a predicate over a cell's
 * dimensions, with why). They are counted in the test's name, so that they cannot be forgotten.
 */
const ARGUABLE: { why: string; test: (d: SourcingCell['dims']) => boolean }[] = [
  {
    why: '“Insiders claim C”: a bare “insiders” is a vague group to one reading and, like bare “sources said” and “an insider at the ministry”, an anonymous source to another',
    test: (d) => d.frame === 'insiders-claim',
  },
];

/**
 * Families the rules settle that still fail, left out of the asserted grid until fixed (each a predicate over a
 * cell, with why), and counted in the test's name.
 */
const OPEN: { why: string; test: (c: SourcingCell) => boolean }[] = [];

const cells = sourcingGrid();
const arguable = cells.filter((c) => ARGUABLE.some((o) => o.test(c.dims)));
const open = cells.filter((c) => !arguable.includes(c) && OPEN.some((o) => o.test(c)));
const asserted = cells.filter((c) => !arguable.includes(c) && !open.includes(c));

describe('sourcing grid', () => {
  it(`every statement of ${asserted.length} generated articles has the status its family gives (${arguable.length} cells of arguable families and ${open.length} of open families left out)`, function () {
    // Many small analyses: generous for a loaded machine, not a speed claim (speed is npm run bench's).
    this.timeout(120_000);
    const failed = new Map<SourcingCell, string>();
    for (const cell of asserted) {
      const why = miss(cell, analyze(cell.text));
      if (why) failed.set(cell, why);
    }
    if (!failed.size) return;
    const byValue = new Map<string, number>();
    for (const cell of failed.keys()) for (const [d, v] of Object.entries(cell.dims)) byValue.set(`${d}=${v}`, (byValue.get(`${d}=${v}`) ?? 0) + 1);
    const values = [...byValue].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, n]) => `${k}: ${n}`).join(', ');
    const examples = [...failed].slice(0, 6).map(([c, why]) => `${c.id}\n${c.text}${why}`).join('\n\n');
    assert.fail(`${failed.size} of ${asserted.length} cells miss.\n${tally(asserted, new Set(failed.keys()))}\nBy dimension value: ${values}\n\n${examples}`);
  });

  it('crosses every family, shape, layout, style and quoting, and asserts every family', () => {
    const want: Partial<Record<Dimension, string[]>> = {
      family: ['attributed', 'cited', 'vague', 'anonymous', 'unsourced'],
      shape: ['person', 'titled-person', 'role-described', 'pronoun', 'surname', 'role-reference', 'organisation', 'named-group', 'newspaper', 'none'],
      layout: ['alone', 'in-paragraph', 'after-intro', 'next-paragraph'],
      style: ['us-straight', 'us-curly', 'uk-straight', 'uk-curly', 'uk-single'],
      quoting: ['plain', 'quoted'],
    };
    for (const [d, values] of Object.entries(want) as [Dimension, string[]][]) {
      const have = new Set(cells.map((c) => c.dims[d]));
      for (const v of values) assert.ok(have.has(v), `${d}=${v}`);
    }
    const families = new Set(asserted.map((c) => c.dims.family));
    for (const f of want.family!) assert.ok(families.has(f), f);
  });

  it('reports a statement whose expected status is wrong (the check can fail)', () => {
    const cell = asserted.find((c) => c.dims.frame === 'said-that' && c.dims.shape === 'person' && c.dims.layout === 'alone');
    assert.ok(cell);
    const a = analyze(cell.text);
    assert.equal(miss(cell, a), null);
    for (const wrong of ['unsourced', 'vague', 'anonymous', 'cited'] as const) assert.match(miss({ ...cell, expect: wrong }, a) ?? '', /expected/, wrong);
  });
});

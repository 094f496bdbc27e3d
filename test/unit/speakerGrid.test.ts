// The generated speaker grid (test/unit/helpers/speakerGrid.ts): short articles crossing frame position, speech
// verb, subject form, what stands between name and verb, and layout (with a second person who is not the speaker).
// Every quote's speaker name must be the one the grid defines. Failures are reported grouped by dimension value, so a
// miss reads as a family of constructions rather than as one sentence.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze.js';
import type { Analysis } from '../../src/core/types.js';
import { speakerGrid, type Dimension, type GridCell } from './helpers/speakerGrid.js';

/**
 * Families still open, left out of the asserted grid (each a predicate over a cell's dimensions, with why). They
 * are counted in the test's name, so that they cannot be forgotten.
 */
const OPEN: { why: string; test: (d: GridCell['dims']) => boolean }[] = [];

/** What is wrong with one cell's analysis: one line per quote whose speaker is not the expected one. */
export function misses(cell: GridCell, a: Analysis): string[] {
  const out: string[] = [];
  for (const q of cell.quotes) {
    // A quote running over two paragraphs may be read as one quotation: its later part is then inside it.
    const quote = a.quotes.find((x) => x.inner.text.startsWith(q.opening)) ?? a.quotes.find((x) => x.inner.text.includes(q.opening));
    if (!quote) out.push(`no quote “${q.opening}”`);
    else if (!quote.speaker) out.push(`no speaker for “${q.opening}” (expected ${q.name})`);
    else if (quote.speaker.name !== q.name) out.push(`“${q.opening}”: ${quote.speaker.text} → ${quote.speaker.name} (expected ${q.name})`);
    else if (q.words && !quote.speaker.text.includes(q.words)) out.push(`“${q.opening}”: ${quote.speaker.text} (expected a description holding “${q.words}”)`);
  }
  return out;
}

const cells = speakerGrid();
const open = cells.filter((c) => OPEN.some((o) => o.test(c.dims)));
const asserted = cells.filter((c) => !open.includes(c));

describe('speaker grid', () => {
  it(`every quote of ${asserted.length} generated articles has the speaker the grid defines (${open.length} cells of open families left out)`, function () {
    // Many small analyses: generous for a loaded machine, not a speed claim (speed is npm run bench's).
    this.timeout(120_000);
    const failed: { cell: GridCell; lines: string[] }[] = [];
    for (const cell of asserted) {
      const lines = misses(cell, analyze(cell.text));
      if (lines.length) failed.push({ cell, lines });
    }
    if (!failed.length) return;
    const byValue = new Map<string, number>();
    for (const f of failed) for (const [d, v] of Object.entries(f.cell.dims)) byValue.set(`${d}=${v}`, (byValue.get(`${d}=${v}`) ?? 0) + 1);
    const families = [...byValue].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, n]) => `${k}: ${n}`).join(', ');
    const examples = failed.slice(0, 5).map((f) => `${f.cell.id}\n${f.cell.text}${f.lines.join('\n')}`).join('\n\n');
    assert.fail(`${failed.length} of ${asserted.length} cells miss. By dimension value: ${families}\n\n${examples}`);
  });

  it('crosses every value of every dimension in the asserted cells', () => {
    const dims: Dimension[] = ['frame', 'verb', 'subject', 'between', 'layout', 'speaker'];
    for (const d of dims) {
      const values = new Set(asserted.map((c) => c.dims[d]));
      assert.ok(values.size >= 2, `${d} has ${values.size} values`);
    }
    const verbs = new Set(asserted.map((c) => c.dims.verb));
    for (const v of ['said', 'told reporters', 'according to', 'posted', 'quipped', 'called', 'told OTHER', 'continued', 'went on']) assert.ok(verbs.has(v), v);
    const layouts = new Set(asserted.map((c) => c.dims.layout));
    for (const l of ['other-person-between', 'other-quote-before', 'two-paragraph-quote', 'blockquote-then-attribution', 'place-in-opening-clause', 'place-after-frame', 'place-between', 'other-aged-between', 'own-quote-before', 'other-quote-same-paragraph', 'relative-named-before']) assert.ok(layouts.has(l), l);
    const subjects = new Set(asserted.map((c) => c.dims.subject));
    for (const s of ['kin-pronoun', 'kin-noun', 'kin-surname', 'kin-unnamed', 'kin-surname-unnamed']) assert.ok(subjects.has(s), s);
    const frames = new Set(asserted.map((c) => c.dims.frame));
    for (const f of ['second-verb', 'second-verb-colon', 'question', 'coordinated']) assert.ok(frames.has(f), f);
  });

  it('names a wrong speaker when the analysis has one (the check can fail)', () => {
    const cell = asserted.find((c) => c.dims.layout === 'other-person-between' && c.dims.subject === 'surname');
    assert.ok(cell);
    const a = analyze(cell.text);
    assert.deepEqual(misses(cell, a), []);
    const wrong: GridCell = { ...cell, quotes: cell.quotes.map((q) => ({ ...q, name: 'Someone Else' })) };
    assert.equal(misses(wrong, a).length, wrong.quotes.length);
  });
});

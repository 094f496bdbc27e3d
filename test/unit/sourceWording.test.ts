// The attribution finder judges its own sources by the vague-wording lexicon (attributions/sourceWording.ts): the
// judgement is on the attribution when the finder is done, and the detectors after it (vague sourcing, claim status)
// read attributions without changing them.
import { strict as assert } from 'node:assert';
import { createContext } from '../../src/core/analyze.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { detectors } from '../../src/core/registry.js';
import type { DetectorContext } from '../../src/core/context.js';

/** Runs the detectors in order up to and including `last`; returns the context. */
function runThrough(ctx: DetectorContext, last: string): DetectorContext {
  for (const d of detectors) {
    d.run(ctx);
    if (d.id === last) break;
  }
  return ctx;
}

const text = [
  'According to an aide close to the coach, the striker will leave in June.',
  '',
  'Traffic on the bridge fell by half last year, a 2024 report found.',
  '',
  'Traffic on the bridge fell by half last year, the 2024 census found.',
  '',
].join('\n');

describe('attribution sources judged by their wording', () => {
  it('marks a cut-short anonymous source anonymous and an unnamed report vague before any later detector runs', () => {
    const ctx = runThrough(createContext(buildProseDocument(text)), 'attributions');
    const bySource = (s: string) => ctx.attributions.find((a) => a.source?.text === s);
    assert.equal(bySource('an aide close')?.anonymous, true);
    assert.equal(bySource('a 2024 report')?.vague, true);
    // A named document is no vague source.
    assert.equal(bySource('the 2024 census')?.vague, false);
  });

  it('leaves the attributions as the source-names stage settled them: vague sourcing and claim status only read them', () => {
    const ctx = runThrough(createContext(buildProseDocument(text)), 'source-names');
    const before = JSON.stringify(ctx.attributions);
    const rest = detectors.slice(detectors.findIndex((d) => d.id === 'source-names') + 1);
    for (const d of rest) d.run(ctx);
    assert.ok(ctx.vagueSources.length > 0, 'the vague-sources detector found something to report');
    assert.equal(JSON.stringify(ctx.attributions), before);
  });
});

// Golden analysis snapshots (test/fixtures/golden/analysis/): any change to what analyze() finds in the seed,
// the fixtures or the seeded generated articles fails here until `npm run golden:update` records it and the
// diff is reviewed.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ANALYSIS_GOLDEN_DIR, renderAnalysisGolden } from '../fixtures/golden/analysis.js';

describe('golden analysis snapshots', () => {
  const rendered = renderAnalysisGolden();

  for (const [name, actual] of rendered) {
    it(`analyze() output matches test/fixtures/golden/analysis/${name}`, () => {
      const path = `${ANALYSIS_GOLDEN_DIR}${name}`;
      assert.ok(existsSync(path), `${path} is missing: run npm run golden:update`);
      assert.deepEqual(actual.split('\n'), readFileSync(path, 'utf8').split('\n'), `analysis of ${name} changed: if intended, run npm run golden:update and review the diff`);
    });
  }

  it('has no snapshot left over from an article that no longer exists', () => {
    const stale = readdirSync(ANALYSIS_GOLDEN_DIR).filter((f) => !rendered.has(f));
    assert.deepEqual(stale, [], 'remove these or run npm run golden:update');
  });
});

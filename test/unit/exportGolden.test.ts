// Golden exports of the seed article (examples/kishida.md with examples/kishida.facts.json), every format,
// compared byte for byte. After an intended change: `npm run golden:update`, then review the diff.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { EXPORT_FORMATS } from '../../src/core/export/index.js';
import { GOLDEN_DIR, goldenFileName, renderGolden } from '../fixtures/export/golden.js';

describe('export: golden files of the seed article', () => {
  let rendered: Map<string, string>;
  before(async () => {
    rendered = await renderGolden();
  });

  for (const format of EXPORT_FORMATS) {
    it(`${format} matches test/fixtures/export/golden/${goldenFileName(format)}`, () => {
      const path = `${GOLDEN_DIR}${goldenFileName(format)}`;
      assert.ok(existsSync(path), `${path} is missing: run npm run golden:update`);
      const actual = rendered.get(goldenFileName(format));
      assert.ok(actual !== undefined);
      // Compare lines first so a failure shows the first differing line, then the exact bytes.
      assert.deepEqual(actual.split('\n'), readFileSync(path, 'utf8').split('\n'), `${format} export changed: if intended, run npm run golden:update and review the diff`);
      assert.equal(actual, readFileSync(path, 'utf8'));
    });
  }

  it('the seed facts show in every format (the quote and the "limited interest" claim)', () => {
    for (const [name, content] of rendered) {
      assert.ok(content.includes('limited interest'), `${name} has the limited-interest claim`);
      assert.ok(content.includes('Fumio Kishida'), `${name} has the quote's speaker`);
    }
  });
});

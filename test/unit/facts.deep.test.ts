// A facts file nested thousands of levels deep (issue 11): a clear problem at the bracket past the limit, never a
// stack overflow in the readers or the writer, and the file is marked broken so it is never rewritten.
import assert from 'node:assert/strict';
import { MAX_NESTING } from '../../src/core/facts/depth.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { serializeFacts } from '../../src/core/facts/serialize.js';

const nested = (depth: number): string => `{\n  "version": 1,\n  "sources": [],\n  "facts": [],\n  "extra": ${'['.repeat(depth)}${']'.repeat(depth)}\n}\n`;

describe('facts file nested too deeply', () => {
  for (const depth of [3000, 100_000]) {
    it(`reports ${depth.toLocaleString('en-US')} levels as nesting-too-deep at the first bracket past the limit`, () => {
      const parsed = parseFacts(nested(depth));
      assert.equal(parsed.broken, true);
      assert.equal(parsed.file, undefined);
      assert.deepEqual(parsed.problems.map((p) => [p.code, p.line, p.column]), [['nesting-too-deep', 5, 12 + MAX_NESTING - 1]]);
      assert.match(parsed.problems[0].message, /more than 256 levels/);
    });
  }

  it('ignores brackets inside strings, escaped quotes included', () => {
    const text = `{"version": 1, "sources": [], "facts": [], "note": "\\" ${'['.repeat(5000)}"}`;
    const parsed = parseFacts(text);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.broken, false);
  });

  it('reads and rewrites data nested up to the limit, losing nothing', () => {
    const text = nested(MAX_NESTING - 1);
    const parsed = parseFacts(text);
    assert.equal(parsed.broken, false, JSON.stringify(parsed.problems));
    const written = serializeFacts(parsed.file!);
    assert.deepEqual(parseFacts(written).file, parsed.file);
  });
});

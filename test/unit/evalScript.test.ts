// `npm run eval` without the third-party data: it must say so plainly and succeed, not crash.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const root = resolve(import.meta.dirname, '..', '..');

describe('eval script without ../shared/eval', () => {
  it('prints that the data is not part of this repo and exits 0', function () {
    this.timeout(60_000);
    const missing = join(tmpdir(), `factmark-no-eval-${process.pid}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, FACTMARK_EVAL_DIR: missing },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /not found: evaluation data is not part of this repo/);
    assert.ok(r.stdout.includes(missing));
    // The weasel set lives in the repository, so it is scored all the same.
    assert.match(r.stdout, /Weasel wording \(test\/fixtures\/weasel/);
  });
});

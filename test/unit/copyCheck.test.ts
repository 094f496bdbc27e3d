// The copy check of `npm run eval` (scripts/eval/copyCheck.ts), on invented text.
import assert from 'node:assert/strict';
import { comparedWithTrain, copiedRuns, wordRuns } from '../../scripts/eval/copyCheck.js';

describe('eval copy check', () => {
  const evalRuns = wordRuns(['The harbour board voted on Tuesday to close the old ferry pier for good.']);

  it('finds a six-word run of the evaluation text in a file, whatever the case, punctuation or line breaks', () => {
    const files = [{
      path: 'src/example.ts',
      text: 'const a = 1;\n// e.g. "voted on Tuesday, to Close the\n// old ferry pier"\n',
    }];
    assert.deepEqual(copiedRuns(files, evalRuns), [{ path: 'src/example.ts', line: 2, words: 'voted on tuesday to close the' }]);
  });

  it('reports each line once, and leaves shorter shared phrases alone', () => {
    const files = [
      { path: 'a.md', text: 'The harbour board voted on Tuesday to close the old ferry pier.' },
      { path: 'b.md', text: 'The harbour board voted against it; on Tuesday they met to close the books.' },
    ];
    const found = copiedRuns(files, evalRuns);
    assert.deepEqual(found.map((c) => [c.path, c.line]), [['a.md', 1]]);
  });

  it('treats a typographic apostrophe like a straight one', () => {
    const runs = wordRuns(['the mayor’s plan to close the pier']);
    assert.equal(copiedRuns([{ path: 'c.ts', text: "the mayor's plan to close the" }], runs).length, 1);
  });

  it('adds the runs of further texts to a given set, so train joins the held-out runs', () => {
    const runs = wordRuns(['the ferry pier closed for good on Friday'], 6, new Set(['a b c d e f']));
    assert.ok(runs.has('a b c d e f'));
    assert.ok(runs.has('pier closed for good on friday'));
  });

  it('compares everything with train except the learned models and the frozen weasel set', () => {
    assert.deepEqual(
      ['docs/rules.md', 'test/fixtures/unseen/develop/a.md', 'models/attribution-tagger.json', 'test/fixtures/weasel/measure.jsonl']
        .map(comparedWithTrain),
      [true, true, false, false],
    );
  });
});

// Scoring of the weasel-wording set (scripts/eval/weasel.ts) on hand-made analyses: which findings count, where
// they must lie, and how precision and the confusion table are counted.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis, Attribution, Claim, Problem } from '../../src/core/index.js';
import { findingSpans, readWeaselSet, scoreWeasel, weaselPaths, type WeaselItem } from '../../scripts/eval/weasel.js';

const span = (text: string, words: string) => {
  const start = text.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, text: words };
};
const empty = (): Analysis => ({ quotes: [], attributions: [], claims: [], problems: [] });
const problem = (code: string, text: string, words: string): Problem => ({ severity: 'warning', code, message: '', ...span(text, words) }) as Problem;
function attribution(text: string, source: string | null, cue: string, flags: { vague?: boolean; anonymous?: boolean }): Attribution {
  return { id: 'a', source: source ? span(text, source) : null, cue: span(text, cue), content: null, cueKind: 'speech', contentKind: 'indirect', vague: !!flags.vague, anonymous: flags.anonymous };
}
const claim = (text: string, status: Claim['status'], reasons: string[]): Claim => ({ id: 'c', ...span(text, text), status, score: 0.9, reasons } as Claim);

const VAGUE: WeaselItem = { text: 'Critics say the plan failed.', label: 'vague', words: 'Critics say' };
const ANON: WeaselItem = { text: 'A source close to the mayor said she would run.', label: 'anonymous', words: 'a source close to the mayor' };
const NONE: WeaselItem = { text: 'Some 40 people were injured.', label: 'none', words: '' };

describe('weasel set scoring', () => {
  it('counts a vague finding only over the labelled words, and an anonymous one only for anonymous sentences', () => {
    const analyses = new Map<string, Analysis>([
      // the finding lies elsewhere in the sentence: not a hit, though the sentence counts as predicted vague
      [VAGUE.text, { ...empty(), problems: [problem('vague-source', VAGUE.text, 'the plan')] }],
      // anonymous wording found, but judged vague: a miss and a vague prediction
      [ANON.text, { ...empty(), problems: [problem('vague-source', ANON.text, 'A source close')] }],
      [NONE.text, empty()],
    ]);
    const r = scoreWeasel([VAGUE, ANON, NONE], (t) => analyses.get(t)!);
    assert.deepEqual(r.vague, { hit: 0, gold: 1 });
    assert.deepEqual(r.anonymous, { hit: 0, gold: 1 });
    assert.deepEqual(r.precision.vague, { hit: 1, gold: 2 });
    assert.deepEqual(r.precision.anonymous, { hit: 0, gold: 0 });
    assert.equal(r.confusion.anonymous.vague, 1);
    assert.equal(r.confusion.none.nothing, 1);
    assert.equal(r.failures.length, 2);
  });

  it('takes vague attributions with a source, and claims whose diagnostic is vague or anonymous', () => {
    const analyses = new Map<string, Analysis>([
      [VAGUE.text, { ...empty(), attributions: [attribution(VAGUE.text, 'Critics', 'say', { vague: true })] }],
      [ANON.text, { ...empty(), claims: [claim(ANON.text, 'attributed', ['anonymous-source'])] }],
      [NONE.text, { ...empty(), claims: [claim(NONE.text, 'unsourced', ['statistic', 'vague-source'])], problems: [problem('anonymous-source', NONE.text, 'people')] }],
    ]);
    const r = scoreWeasel([VAGUE, ANON, NONE], (t) => analyses.get(t)!);
    assert.deepEqual(r.vague, { hit: 1, gold: 1 });
    assert.deepEqual(r.anonymous, { hit: 1, gold: 1 });
    assert.equal(r.confusion.none.both, 1);
    assert.equal(r.falseOnNone, 2, 'one per kind found in a none sentence');
    assert.deepEqual(r.precision.vague, { hit: 1, gold: 2 });
    assert.deepEqual(r.precision.anonymous, { hit: 1, gold: 2 });
  });

  it('ignores a sourceless vague attribution ("it is unclear whether") and an attributed claim', () => {
    const text = 'It is unclear whether he will play.';
    const a: Analysis = { ...empty(), attributions: [attribution(text, null, 'unclear', { vague: true })], claims: [claim(text, 'attributed', ['attribution'])] };
    assert.deepEqual(findingSpans(a), { vague: [], anonymous: [] });
  });

  it('reads both halves of the set, and refuses a line whose words are not in its text', () => {
    for (const path of Object.values(weaselPaths)) {
      const items = readWeaselSet(path);
      assert.equal(items.length, 120);
      assert.deepEqual(['vague', 'anonymous', 'none'].map((l) => items.filter((i) => i.label === l).length), [50, 15, 55]);
    }
    const dir = mkdtempSync(join(tmpdir(), 'weasel-'));
    try {
      const bad = join(dir, 'bad.jsonl');
      writeFileSync(bad, `${JSON.stringify(VAGUE)}\n${JSON.stringify({ ...VAGUE, words: 'experts believe' })}\n`);
      assert.throws(() => readWeaselSet(bad), /bad\.jsonl:2: the words are not in the text/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

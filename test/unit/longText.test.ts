// Issue #11 F1: text with no sentence ends. Every detector's work is bounded per sentence and per cue, so a
// megabyte paragraph without a full stop is analysed in linear time and gives output proportional to its length.
import assert from 'node:assert/strict';
import { analyze, createContext } from '../../src/core/analyze.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { MAX_SENTENCE } from '../../src/core/markdown/sentences.js';
import { jsonFile } from '../../src/cli/format/json.js';
import type { Analysis, Span } from '../../src/core/types.js';

const CLAUSE = 'the minister said that exports rose by 12 percent in 2023 according to officials and ';

function repeated(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

function spans(a: Analysis): Span[] {
  const out: Span[] = [];
  for (const q of a.quotes) out.push(q, q.inner, ...(q.speaker ? [q.speaker] : []));
  for (const x of a.attributions) out.push(x.cue, ...(x.source ? [x.source] : []), ...(x.content ? [x.content] : []));
  out.push(...a.claims);
  return out;
}

function sentencesOf(text: string): Array<{ start: number; end: number }> {
  return createContext(buildProseDocument(text)).sentences;
}

describe('long text without sentence ends', () => {
  it('analyses a 1 MB single-line article with bounded, exact spans and output linear in its length', () => {
    const half = repeated(CLAUSE, 512 * 1024);
    const text = repeated(CLAUSE, 1024 * 1024);
    const a = analyze(text);
    assert.ok(a.attributions.length > 20000, `found ${a.attributions.length} attributions`);
    for (const s of spans(a)) assert.equal(s.text, text.slice(s.start, s.end));
    // Contents stop within a window of the cue, not at the end of a megabyte "sentence".
    for (const x of a.attributions) assert.ok(x.content === null || x.content.end - x.content.start <= 1300, `content of ${x.content?.end} chars`);
    for (const c of a.claims) assert.ok(c.end - c.start <= MAX_SENTENCE);
    // Before the bounds the JSON grew with the square of the input (100 KB in, 118 MB out).
    const json = JSON.stringify(jsonFile('a.md', a), null, 2).length;
    const halfJson = JSON.stringify(jsonFile('a.md', analyze(half)), null, 2).length;
    assert.ok(json < 2.1 * halfJson, `1 MB → ${json} characters of JSON, 0.5 MB → ${halfJson}`);
    assert.ok(json < 40 * text.length);
  });

  it('ends each content where a coordinated attribution begins, so the JSON stays a small multiple of the text', () => {
    const text = repeated(CLAUSE, 256 * 1024);
    const a = analyze(text);
    for (const x of a.attributions) {
      assert.ok(x.content, `attribution at ${x.cue.start} has a content`);
      assert.ok(!/ and the minister$/.test(x.content.text) && !/^officials and /.test(x.content.text), x.content.text);
      assert.ok(x.content.text.length < CLAUSE.length, `content of ${x.content.text.length} chars: ${x.content.text.slice(0, 120)}`);
    }
    // Two attributions every 85 characters: version 1, which repeats each content's text, is 6.4x at 1 MB (25x
    // before contents stopped at the next attribution); version 2 locates contents by offsets only.
    assert.ok(JSON.stringify(jsonFile('a.md', a, undefined, 1)).length < 8 * text.length);
    assert.ok(JSON.stringify(jsonFile('a.md', a)).length < 5 * text.length);
  });

  it('cuts an over-long sentence into pieces at clause marks, each at most MAX_SENTENCE long', () => {
    const text = repeated('exports rose by 12 percent, ', 5 * MAX_SENTENCE);
    const pieces = sentencesOf(text);
    assert.ok(pieces.length >= 5);
    for (const p of pieces) {
      assert.ok(p.end - p.start <= MAX_SENTENCE);
      // Each piece but the last ends after a comma: the clause mark, not the middle of a word.
      if (p !== pieces[pieces.length - 1]) assert.equal(text[p.end - 1], ',');
    }
    // Nothing is lost: the pieces cover the text up to the spaces between them.
    assert.equal(pieces.map((p) => text.slice(p.start, p.end)).join(' '), text.trim());
  });

  it('cuts one huge word at a fixed window without splitting a surrogate pair', () => {
    const text = repeated('a😀', 3 * MAX_SENTENCE + 1);
    const pieces = sentencesOf(text);
    assert.equal(pieces.map((p) => text.slice(p.start, p.end)).join(''), text);
    for (const p of pieces) {
      assert.ok(p.end - p.start <= MAX_SENTENCE);
      const last = text.charCodeAt(p.end - 1);
      assert.ok(!(last >= 0xd800 && last <= 0xdbff), `piece ends inside a surrogate pair at ${p.end}`);
    }
  });

  it('leaves a long news sentence whole', () => {
    const sentence = `${repeated('The council said the budget, which rose by 12 percent, would be reviewed in March and ', 1500).trim()} then approved.`;
    const text = `${sentence} Critics said it was too late.`;
    const found = sentencesOf(text);
    assert.deepEqual(found.map((s) => text.slice(s.start, s.end)), [sentence, 'Critics said it was too late.']);
  });

  it('reads a run of a million dots once (was once per dot)', () => {
    for (const text of [`${'.'.repeat(1_000_000)}x`, `a${'.'.repeat(1_000_000)} b`]) {
      const a = analyze(text);
      for (const s of spans(a)) assert.equal(s.text, text.slice(s.start, s.end));
    }
  });

  it('still calls a source-less cue late in a long sentence vague', () => {
    const lead = repeated('the mayor met officials in the capital on the budget and ', 1500);
    const text = `${lead}it is widely believed that exports rose sharply`;
    const a = analyze(text);
    // "is widely believed" with the tagger (PolNeAR's convention), "believed" with the rules alone.
    const cue = a.attributions.find((x) => /\bbelieved$/.test(x.cue.text));
    assert.ok(cue, 'the "it is widely believed that" attribution');
    assert.equal(cue.vague, true);
  });
});

// Issue #2's bad-input list, against the core itself: nothing throws, and what comes back is well-formed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze.js';
import type { Analysis } from '../../src/core/types.js';

const seed = readFileSync(new URL('../../examples/kishida.md', import.meta.url), 'utf8');

/** Every span lies in the text, starts before it ends and is the slice it claims to be. */
function assertWellFormed(text: string, a: Analysis): void {
  const spans = [
    ...a.quotes.flatMap((q) => [q, q.inner, ...(q.speaker ? [q.speaker] : [])]),
    ...a.attributions.flatMap((x) => [x.cue, ...(x.source ? [x.source] : []), ...(x.content ? [x.content] : [])]),
    ...a.claims,
  ];
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} outside 0-${text.length}`);
    assert.equal(s.text, text.slice(s.start, s.end));
  }
  for (const p of a.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length);
}

describe('bad input', () => {
  it('an empty file has no findings', () => {
    assert.deepEqual(analyze(''), { quotes: [], attributions: [], claims: [], problems: [] });
  });

  it('binary junk does not throw', () => {
    const junk = String.fromCharCode(...Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 65536));
    assertWellFormed(junk, analyze(junk));
  });

  it('unterminated quotes give a warning and a best guess', () => {
    const text = 'The mayor said, “We will rebuild the bridge by 2027.\n\nThe council said nothing.\n';
    const a = analyze(text);
    assertWellFormed(text, a);
    assert.ok(a.problems.some((p) => p.code === 'unbalanced-quote'));
    assert.equal(a.quotes[0]?.closed, false);
  });

  it('500-deep nested lists and blockquotes', function () {
    this.timeout(120_000);
    const list = Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item ${i}: the mayor said “${i} homes” were lost`).join('\n') + '\n';
    const lists = analyze(list);
    assertWellFormed(list, lists);
    assert.equal(lists.quotes.length, 500);
    const quotes = `${'> '.repeat(500)}The mayor said “500 homes” were lost in 2021.\n`;
    const nested = analyze(quotes);
    assertWellFormed(quotes, nested);
    assert.equal(nested.quotes.length, 1);
  });

  it('a 10 MB article', function () {
    this.timeout(300_000);
    const copies = Math.ceil(10_000_000 / seed.length);
    const text = Array.from({ length: copies }, () => seed).join('\n');
    const a = analyze(text);
    assertWellFormed(text, a);
    const once = analyze(seed);
    // The same article repeated gives the same findings, repeated.
    assert.equal(a.quotes.length, once.quotes.length * copies);
    assert.equal(a.claims.filter((c) => c.text.includes('limited interest')).length, copies);
  });
});

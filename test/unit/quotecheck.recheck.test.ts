// Wording changed since checked: a fact re-anchored onto changed text needs a re-check, stops counting as linked
// and carries the word diff; property: edits outside anchored spans never cause it, an edit inside always does.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorFacts } from '../../src/core/facts/anchor.js';
import { applyFacts } from '../../src/core/facts/apply.js';
import { targetFromSpan } from '../../src/core/facts/edits.js';
import type { FactsFile } from '../../src/core/facts/types.js';
import { recheckFacts, wordDiff } from '../../src/core/quotecheck/recheck.js';
import { analyze } from '../../src/core/index.js';

const TEXT = 'The ministry said on Tuesday that spending on schools rose by 12 percent last year, the largest rise in a decade.\n';

function factsFor(text: string, exact: string): FactsFile {
  const start = text.indexOf(exact);
  return { version: 1, sources: [{ id: 's1' }], facts: [{ id: 'f1', kind: 'claim', target: targetFromSpan(text, start, start + exact.length), sources: ['s1'] }] };
}

describe('quote check: wording changed since checked', () => {
  const file = factsFor(TEXT, 'spending on schools rose by 12 percent last year');

  it('an unchanged fact needs no re-check and stays linked', () => {
    assert.deepEqual(recheckFacts(TEXT, file, anchorFacts(TEXT, file)), []);
    const applied = applyFacts(analyze(TEXT), TEXT, file);
    assert.ok(applied.analysis.claims.some((c) => c.status === 'linked'));
  });

  it('a changed number is an error with the word diff, and the claim is no longer linked', () => {
    const edited = TEXT.replace('12 percent', '15 percent');
    const [r] = recheckFacts(edited, file, anchorFacts(edited, file));
    assert.equal(r!.severity, 'error');
    assert.deepEqual(r!.changes, [{ kind: 'swap', quote: '15', source: '12', class: 'number' }]);
    assert.equal(r!.current, 'spending on schools rose by 15 percent last year');
    const applied = applyFacts(analyze(edited), edited, file);
    const claim = applied.analysis.claims.find((c) => c.factId === 'f1');
    assert.ok(claim, 'the claim is still tied to its fact');
    assert.notEqual(claim.status, 'linked');
    assert.ok(claim.reasons.includes('needs-recheck'));
  });

  it('a changed ordinary word is a warning; a changed negation, date or name an error', () => {
    const soft = wordDiff('spending on schools rose sharply', 'spending on schools rose steeply');
    assert.deepEqual(soft.changes.map((c) => c.class), ['word']);
    assert.deepEqual(wordDiff('the plan did not pass', 'the plan did pass').changes.map((c) => c.class), ['negation']);
    assert.deepEqual(wordDiff('signed in March by the board', 'signed in April by the board').changes.map((c) => c.class), ['date']);
    assert.deepEqual(wordDiff('talks with Tanaka in Osaka', 'talks with Suzuki in Osaka').changes.map((c) => c.class), ['name']);
    assert.deepEqual(wordDiff('rose by 12 percent last year', 'rose by 12 percent').changes, [
      { kind: 'dropped', source: 'last', class: 'word' }, { kind: 'dropped', source: 'year', class: 'word' },
    ]);
  });

  it('a change of punctuation only is still a changed wording (a warning)', () => {
    const r = wordDiff('rose by 12 percent, last year', 'rose by 12 percent last year');
    assert.equal(r.changes.length, 1);
    assert.equal(r.changes[0]!.class, 'word');
  });
});

// Property (fixed seed): random edits outside the anchored spans never produce needs-recheck; a one-character
// edit inside a span always does.
const FILLER = ['the', 'report', 'said', 'and', 'talks', 'were', 'held', 'later', 'a', 'week', 'after'];
const SENTENCES = ['Minister Ito said 41 ships left port.', 'Exports rose 12% in 2023, the Bureau said.', 'Mayor Diaz, 58, won with 61% of votes.'];

function build(fill: string[][]): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  SENTENCES.forEach((s, i) => {
    text += `${fill[i]!.join(' ')} `;
    spans.push({ start: text.length, end: text.length + s.length });
    text += `${s} `;
  });
  return { text: text + fill[3]!.join(' '), spans };
}

describe('quote check: needs-recheck property', () => {
  const fillArb = fc.array(fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 8 }), { minLength: 4, maxLength: 4 });

  it('edits outside anchored spans never produce needs-recheck', () => {
    fc.assert(fc.property(fillArb, fc.nat(), fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 5 }), (fill, at, words) => {
      const { text, spans } = build(fill);
      const file: FactsFile = { version: 1, sources: [], facts: spans.map((s, i) => ({ id: `f${i}`, kind: 'claim', target: targetFromSpan(text, s.start, s.end) })) };
      // An insertion at a gap between spans (or at either end), never inside one.
      const gaps = [0, ...spans.flatMap((s) => [s.start - 1, s.end + 1]), text.length];
      const pos = gaps[at % gaps.length]!;
      const edited = `${text.slice(0, pos)} ${words.join(' ')} ${text.slice(pos)}`;
      assert.deepEqual(recheckFacts(edited, file, anchorFacts(edited, file)), []);
    }), { seed: 13, numRuns: 150 });
  });

  it('any one-character edit inside an anchored span produces needs-recheck for that fact', () => {
    fc.assert(fc.property(fillArb, fc.nat(), fc.nat(), fc.constantFrom('x', 'Q', '7', ''), (fill, which, offset, insert) => {
      const { text, spans } = build(fill);
      const file: FactsFile = { version: 1, sources: [], facts: spans.map((s, i) => ({ id: `f${i}`, kind: 'claim', target: targetFromSpan(text, s.start, s.end) })) };
      const k = which % spans.length;
      const span = spans[k]!;
      const pos = span.start + 1 + (offset % (span.end - span.start - 2));
      // Replace one character (or delete it, with ''), making sure the text really changes.
      const replacement = insert === text[pos] ? 'z' : insert;
      const edited = text.slice(0, pos) + replacement + text.slice(pos + 1);
      const rechecks = recheckFacts(edited, file, anchorFacts(edited, file));
      assert.deepEqual(rechecks.map((r) => r.factId), [`f${k}`]);
    }), { seed: 13, numRuns: 150 });
  });
});

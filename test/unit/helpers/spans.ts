// Every span an analysis reports, with a name saying where it came from, and a check that each one is the slice
// of the article it claims to be (the promise in src/core/types.ts).
import assert from 'node:assert/strict';
import type { Analysis, Span } from '../../../src/core/types.js';

export function spansOf(analysis: Analysis): Array<{ where: string; span: Span }> {
  const out: Array<{ where: string; span: Span }> = [];
  const add = (where: string, span: Span | null | undefined): void => {
    if (span) out.push({ where, span });
  };
  analysis.quotes.forEach((q, i) => {
    add(`quotes[${i}]`, q);
    add(`quotes[${i}].inner`, q.inner);
    add(`quotes[${i}].speaker`, q.speaker);
  });
  analysis.attributions.forEach((a, i) => {
    add(`attributions[${i}].source`, a.source);
    add(`attributions[${i}].cue`, a.cue);
    add(`attributions[${i}].content`, a.content);
  });
  analysis.claims.forEach((c, i) => add(`claims[${i}]`, c));
  return out;
}

/** Asserts that every span equals text.slice(start, end) and every problem lies inside the text. */
export function assertSpansValid(text: string, analysis: Analysis): void {
  for (const { where, span } of spansOf(analysis)) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length,
      `${where}: [${span.start}, ${span.end}) lies in a text of ${text.length}`);
    assert.equal(span.text, text.slice(span.start, span.end), `${where} is its slice of the text`);
  }
  analysis.problems.forEach((p, i) => {
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `problems[${i}] (${p.code}) lies in the text`);
  });
}

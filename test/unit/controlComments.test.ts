import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze.js';

const claimTexts = (text: string) => analyze(text).claims.map((c) => c.text);

const A = 'The council spent $48 million on the bridge in 2024.';
const B = 'Traffic fell by 50 percent after the closure in 2023.';
const C = 'The mayor said that 3,000 residents signed the petition in May.';

describe('control comments', () => {
  it('reports all three claims without comments (baseline for the cases below)', () => {
    const texts = claimTexts([A, '', B, '', C, ''].join('\n'));
    assert.ok(texts.some((t) => t.startsWith('The council spent')));
    assert.ok(texts.some((t) => t.startsWith('Traffic fell')));
    assert.ok(texts.some((t) => t.includes('3,000 residents')));
  });

  it('disable-next-line silences only the next non-blank line', () => {
    const text = [A, '', '<!-- factmark-disable-next-line -->', '', B, '', C, ''].join('\n');
    const texts = claimTexts(text);
    assert.ok(texts.some((t) => t.startsWith('The council spent')));
    assert.ok(!texts.some((t) => t.startsWith('Traffic fell')));
    assert.ok(texts.some((t) => t.includes('3,000 residents')));
  });

  it('disable … enable silences the region between, claims, quotes and attributions alike', () => {
    const text = [A, '', '<!-- factmark-disable -->', '', B, '', C, '', '<!-- factmark-enable -->', '', A, ''].join('\n');
    const result = analyze(text);
    const texts = result.claims.map((c) => c.text);
    assert.equal(texts.filter((t) => t.startsWith('The council spent')).length, 2);
    assert.ok(!texts.some((t) => t.startsWith('Traffic fell') || t.includes('3,000 residents')));
    assert.ok(!result.attributions.some((a) => a.cue.text === 'said'));
  });

  it('an unterminated disable silences the rest of the document', () => {
    const text = [A, '', '<!-- factmark-disable -->', '', B, '', C, ''].join('\n');
    const texts = claimTexts(text);
    assert.deepEqual(texts.map((t) => t.slice(0, 16)), ['The council spen']);
  });

  it('an enable without a disable is reported as a problem and silences nothing', () => {
    const text = [A, '', '<!-- factmark-enable -->', '', B, ''].join('\n');
    const { claims, problems } = analyze(text);
    assert.equal(claims.length, 2);
    const problem = problems.find((p) => p.code === 'control-unmatched-enable');
    assert.ok(problem);
    assert.equal(text.slice(problem.start, problem.end), '<!-- factmark-enable -->');
  });

  it('ignores look-alike directives and comments inside code', () => {
    const text = [
      '<!-- factmark-disabled -->',
      '',
      '<!-- factmark-disable-everything -->',
      '',
      B,
      '',
      '```',
      '<!-- factmark-disable -->',
      '```',
      '',
      C,
      '',
    ].join('\n');
    const texts = claimTexts(text);
    assert.ok(texts.some((t) => t.startsWith('Traffic fell')), 'an unknown directive does not disable anything');
    assert.ok(texts.some((t) => t.includes('3,000 residents')), 'a comment in a code block is not a directive');
  });

  it('disable-line silences the line the comment is on', () => {
    const text = [A, '', `${B} <!-- factmark-disable-line -->`, '', C, ''].join('\n');
    const texts = claimTexts(text);
    assert.ok(texts.some((t) => t.startsWith('The council spent')));
    assert.ok(!texts.some((t) => t.startsWith('Traffic fell')));
    assert.ok(texts.some((t) => t.includes('3,000 residents')));
  });

  it('works with an inline comment at the end of a line', () => {
    const text = [`${A} <!-- factmark-disable-next-line -->`, B, '', C, ''].join('\n');
    const texts = claimTexts(text);
    assert.ok(texts.some((t) => t.startsWith('The council spent')));
    assert.ok(!texts.some((t) => t.startsWith('Traffic fell')));
    assert.ok(texts.some((t) => t.includes('3,000 residents')));
  });
});

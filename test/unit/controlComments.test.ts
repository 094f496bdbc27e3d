// Disable comments in markdownlint's grammar: every form, rule names, and what silencing means — the finding is
// still there (highlights, hovers, Claims view, exports), marked `silenced`, and gives no diagnostic and no
// failing exit status.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze.js';
import { exitStatus } from '../../src/cli/check.js';
import { jsonFile } from '../../src/cli/format/json.js';
import { articleDiagnostics } from '../../src/core/present/diagnostics.js';
import type { Claim } from '../../src/core/types.js';

const A = 'The council spent $48 million on the bridge in 2024.';
const B = 'Traffic fell by 50 percent after the closure in 2023.';
const C = 'The mayor said that 3,000 residents signed the petition in May.';
const V = 'Critics say the bridge will cost 4 billion euros by 2030.';

const claim = (claims: Claim[], prefix: string) => {
  const found = claims.find((c) => c.text.startsWith(prefix));
  assert.ok(found, `a claim starting "${prefix}"`);
  return found;
};
/** Which of the unsourced claims starting with these prefixes are silenced, in order. */
const silenced = (text: string, ...prefixes: string[]) => {
  const { claims } = analyze(text);
  return prefixes.map((p) => claim(claims, p).silenced === true);
};
const lines = (...parts: string[]) => parts.join('\n\n') + '\n';
const NO_FACTS = { file: null, anchors: [] };

describe('control comments', () => {
  it('without comments nothing is silenced (baseline for the cases below)', () => {
    assert.deepEqual(silenced(lines(A, B, V), 'The council', 'Traffic', 'Critics'), [false, false, false]);
  });

  it('disable … enable silences every rule between them, and the findings are still there', () => {
    const text = lines(A, '<!-- factmark-disable -->', B, C, V, '<!-- factmark-enable -->', A);
    const result = analyze(text);
    assert.deepEqual(result.claims.filter((c) => c.text.startsWith('The council')).map((c) => c.silenced === true), [false, false]);
    assert.equal(claim(result.claims, 'Traffic').silenced, true);
    assert.equal(claim(result.claims, 'Critics').silenced, true);
    assert.ok(result.attributions.some((a) => a.cue.text === 'said'), 'the attribution inside the region is kept');
  });

  it('disable with a rule name silences only that rule; several names; enable of one name', () => {
    assert.deepEqual(silenced(lines('<!-- factmark-disable vague-source -->', B, V), 'Traffic', 'Critics'), [false, true]);
    assert.deepEqual(silenced(lines('<!-- factmark-disable unsourced-claim vague-source -->', B, V), 'Traffic', 'Critics'), [true, true]);
    assert.deepEqual(silenced(lines('<!-- factmark-disable -->', '<!-- factmark-enable vague-source -->', B, V), 'Traffic', 'Critics'), [true, false]);
    assert.deepEqual(silenced(lines('<!-- factmark-disable unsourced-claim -->', B, '<!-- factmark-enable unsourced-claim -->', A), 'Traffic', 'The council'), [true, false]);
  });

  it('an unterminated disable silences the rest of the document', () => {
    assert.deepEqual(silenced(lines(A, '<!-- factmark-disable -->', B, V), 'The council', 'Traffic', 'Critics'), [false, true, true]);
  });

  it('disable-line silences the line the comment is on, for the named rule only', () => {
    assert.deepEqual(silenced(lines(A, `${B} <!-- factmark-disable-line -->`, V), 'The council', 'Traffic', 'Critics'), [false, true, false]);
    assert.deepEqual(silenced(lines(`${B} <!-- factmark-disable-line vague-source -->`), 'Traffic'), [false]);
  });

  it('disable-next-line silences the next non-blank line, also after an inline comment', () => {
    assert.deepEqual(silenced(lines(A, '<!-- factmark-disable-next-line -->', B, C), 'The council', 'Traffic'), [false, true]);
    assert.deepEqual(silenced([`${A} <!-- factmark-disable-next-line unsourced-claim -->`, B, '', V, ''].join('\n'), 'The council', 'Traffic', 'Critics'), [false, true, false]);
  });

  it('disable-file silences its rules everywhere, before the comment too', () => {
    assert.deepEqual(silenced(lines(B, V, '<!-- factmark-disable-file vague-source -->'), 'Traffic', 'Critics'), [false, true]);
    assert.deepEqual(silenced(lines(B, '<!-- factmark-disable-file -->', V), 'Traffic', 'Critics'), [true, true]);
  });

  it('silences problems by their code too, and never the control problems themselves', () => {
    const text = lines('<!-- factmark-disable unbalanced-quote -->', 'He said “we will win.', '<!-- factmark-enable unbalanced-quote -->', '<!-- factmark-enable -->');
    const { problems } = analyze(text);
    assert.equal(problems.find((p) => p.code === 'unbalanced-quote')?.silenced, true);
    assert.equal(problems.find((p) => p.code === 'control-unmatched-enable')?.silenced, undefined);
  });

  it('an enable without a disable, and an unknown rule name, are problems and silence nothing', () => {
    const text = lines(A, '<!-- factmark-enable -->', '<!-- factmark-disable unsorced-claim -->', B);
    const { claims, problems } = analyze(text);
    assert.ok(claims.every((c) => !c.silenced));
    const unmatched = problems.find((p) => p.code === 'control-unmatched-enable');
    assert.equal(unmatched && text.slice(unmatched.start, unmatched.end), '<!-- factmark-enable -->');
    const unknown = problems.find((p) => p.code === 'control-unknown-rule');
    assert.match(unknown?.message ?? '', /"unsorced-claim"/);
  });

  it('ignores look-alike directives and comments inside code', () => {
    const text = lines('<!-- factmark-disabled -->', '<!-- factmark-disable-everything -->', B, '```\n<!-- factmark-disable -->\n```', C);
    assert.deepEqual(silenced(text, 'Traffic'), [false]);
    assert.ok(analyze(text).claims.every((c) => !c.silenced), 'a comment in a code block is not a directive');
  });

  it('a silenced claim gives no diagnostic and no failing exit status, but stays in the JSON report', () => {
    const text = lines('<!-- factmark-disable -->', B);
    const analysis = analyze(text);
    assert.ok(analysis.claims.some((c) => c.status === 'unsourced' && c.silenced));
    assert.deepEqual(articleDiagnostics(analysis, NO_FACTS, (_code, fallback) => fallback, 'a.facts.json'), []);
    assert.equal(exitStatus([{ path: 'a.md', text, analysis, factsProblems: [], factsErrors: 0 }]), 0);
    const json = jsonFile('a.md', analysis);
    assert.ok(json.claims.some((c) => c.status === 'unsourced' && (c as { silenced?: boolean }).silenced === true));
    const open = analyze(lines(B));
    assert.equal(exitStatus([{ path: 'a.md', text, analysis: open, factsProblems: [], factsErrors: 0 }]), 1);
  });
});

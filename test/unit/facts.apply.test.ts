// What the facts file does to claim statuses: linked with a real source, silenced by "not-a-claim"/"opinion",
// unchanged without sources, no crash on a dangling source id, orphans reported at the fact.
import assert from 'node:assert/strict';
import { applyFacts } from '../../src/core/facts/apply.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import type { Analysis, Claim } from '../../src/core/types.js';

const TEXT = 'Exports rose 12 percent in 2023. The plan is a disgrace. Imports fell by a third. Unemployment doubled.\n';

function claim(sentence: string, status: Claim['status'] = 'unsourced'): Claim {
  const start = TEXT.indexOf(sentence);
  return { id: `c${start}`, start, end: start + sentence.length, text: sentence, status, score: 0.8, reasons: ['number'] };
}

function analysisOf(claims: Claim[]): Analysis {
  return {
    quotes: [], attributions: [], claims,
    problems: claims.map((c) => ({ severity: 'warning' as const, code: 'unsourced-claim', message: 'Unsourced claim.', start: c.start, end: c.end })),
  };
}

function factsText(facts: object[], sources: object[] = [{ id: 's1', title: 'Statistics bureau' }]): string {
  return `${JSON.stringify({ version: 1, sources, facts }, null, 2)}\n`;
}

function fact(id: string, exact: string, extra: object = {}): object {
  return { id, kind: 'claim', target: { exact }, ...extra };
}

describe('applying facts to an analysis', () => {
  const claims = [
    claim('Exports rose 12 percent in 2023.'),
    claim('The plan is a disgrace.'),
    claim('Imports fell by a third.'),
    claim('Unemployment doubled.', 'attributed'),
  ];

  it('links, silences, leaves alone and tolerates dangling ids, each as the issue says', () => {
    const parsed = parseFacts(factsText([
      fact('f1', 'rose 12 percent in 2023', { sources: ['s1'], verdict: 'true' }), // inside the claim: covers it
      fact('f2', 'The plan is a disgrace.', { verdict: 'opinion' }),
      fact('f3', 'Imports fell by a third', { sources: ['s9'], verdict: 'unverified' }), // dangling only
      fact('f4', 'Unemployment doubled', { verdict: 'unverified' }), // no sources
    ]));
    assert.deepEqual(parsed.problems.map((p) => p.code), ['dangling-source']);
    const out = applyFacts(analysisOf(claims), TEXT, parsed.file!, parsed.locations);

    const byText = new Map(out.analysis.claims.map((c) => [c.text, c]));
    assert.equal(byText.get('Exports rose 12 percent in 2023.')?.status, 'linked');
    assert.equal(byText.get('Exports rose 12 percent in 2023.')?.factId, 'f1');
    assert.ok(byText.get('Exports rose 12 percent in 2023.')?.reasons.includes('linked-source'));
    assert.equal(byText.has('The plan is a disgrace.'), false);
    assert.deepEqual(out.silenced.map((c) => [c.text, c.factId]), [['The plan is a disgrace.', 'f2']]);
    assert.equal(byText.get('Imports fell by a third.')?.status, 'unsourced');
    assert.equal(byText.get('Imports fell by a third.')?.factId, 'f3');
    assert.equal(byText.get('Unemployment doubled.')?.status, 'attributed');

    // The unsourced problems of the linked and silenced claims are gone; the others stay.
    assert.deepEqual(out.analysis.problems.map((p) => TEXT.slice(p.start, p.end)), ['Imports fell by a third.', 'Unemployment doubled.']);
    assert.deepEqual(out.problems, []);
  });

  it('a fact covers the claim it mostly overlaps, not the one it barely touches', () => {
    const parsed = parseFacts(factsText([fact('f1', '2023. The plan is a', { sources: ['s1'] })]));
    const out = applyFacts(analysisOf(claims), TEXT, parsed.file!);
    assert.deepEqual(out.analysis.claims.filter((c) => c.status === 'linked').map((c) => c.text), ['The plan is a disgrace.']);
  });

  it('reports an orphaned fact at its place in the facts file and keeps going', () => {
    const text = factsText([fact('f1', 'Exports rose 12 percent', { sources: ['s1'] }), fact('f2', 'a sentence that was deleted long ago')]);
    const parsed = parseFacts(text);
    const out = applyFacts(analysisOf(claims), TEXT, parsed.file!, parsed.locations);
    assert.deepEqual(out.anchors.map((a) => a.status), ['anchored', 'orphan']);
    assert.equal(out.problems.length, 1);
    const [p] = out.problems;
    assert.deepEqual([p!.code, p!.severity, p!.factId], ['orphaned-fact', 'warning', 'f2']);
    const lines = text.split('\n');
    const f2Line = lines.findIndex((l) => l.includes('"id": "f2"'));
    assert.equal(p!.line, f2Line, 'at the opening brace of the fact, the line above its id');
    assert.equal(lines[p!.line - 1]![p!.column - 1], '{');
    assert.equal(out.analysis.claims.find((c) => c.text.startsWith('Exports'))?.status, 'linked');
  });

  it('does not change the analysis it is given', () => {
    const input = analysisOf(claims);
    const copy = JSON.parse(JSON.stringify(input));
    applyFacts(input, TEXT, parseFacts(factsText([fact('f1', 'Exports rose', { sources: ['s1'] })])).file!);
    assert.deepEqual(input, copy);
  });
});

// Vague and anonymous sourcing as findings of their own (issue 12, item 3; docs/rules.md#vague-source and
// #anonymous-source), on the sentences the issue quotes and look-alikes that must stay quiet.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';
import type { Analysis } from '../../src/core/index.js';
import { applyFacts } from '../../src/core/facts/apply.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { isAnonymousSource } from '../../src/core/lexicon/vagueWording.js';

/** The words of each vague or anonymous finding: its own problem, or the unsourced claim that reports it. */
function reported(text: string): { problems: string[]; claims: string[]; analysis: Analysis } {
  const analysis = analyze(text);
  return {
    analysis,
    problems: analysis.problems.filter((p) => p.code === 'vague-source' || p.code === 'anonymous-source').map((p) => `${p.code}: ${text.slice(p.start, p.end)}`),
    claims: analysis.claims.filter((c) => c.reasons.includes('vague-source') || c.reasons.includes('anonymous-source')).map((c) => `${c.status} ${c.reasons.includes('anonymous-source') ? 'anonymous' : 'vague'}`),
  };
}

/** Vague wording is reported once: on its own, or through a claim of its sentence. */
function assertVague(text: string): void {
  const r = reported(text);
  const viaClaim = r.claims.filter((c) => c === 'unsourced vague').length;
  const own = r.problems.filter((p) => p.startsWith('vague-source')).length;
  assert.equal(viaClaim + own, 1, `${text}\n  problems: ${r.problems.join(' | ')}\n  claims: ${r.claims.join(' | ')}`);
}

describe('vague sources: findings of their own', () => {
  const vague = [
    // impersonal and generality passives
    'It has also been suggested that the dam caused the flooding.',
    'The bridge is widely considered one of the finest in Europe.',
    'The painter is generally regarded by many as the founder of the school.',
    'The senator is said to have voted twice.',
    'The senator, who said little to reporters, is said\nto have voted twice.',
    'The senator is believed\u2028to have voted twice, and was seen by some as disloyal to the union.',
    'It is widely believed that the tax cut raised revenue by 20 percent.',
    // quantified and bare groups, whether or not the content is check-worthy
    'The move drew criticism, with some stating that it broke the law.',
    'Some U.S. officials cited claims that the plant was making weapons.',
    'Critics say the summit was doomed from the start.',
    'Some fans said the rent was too high.',
    // a group no body employs, placed by a name before it: its members stay unnamed
    'Donald Reyes spoke in Akron. Reyes supporters say turnout doubled in 2024.',
    'Labour voters say the levy rose by 40 per cent.',
    'Reyes critics argue that the plant lost $3 million last year.',
    // a kind of body or an adjective-led group, capitalised only by the sentence's start
    'Humanitarian groups working in the south say flooding has doubled since May.',
    'Rating agencies have warned that the delay could cost the county $40 million.',
    'Constitutional scholars are divided on whether the 1987 treaty still binds the state.',
    'Long-term tenants are divided on whether the 2019 lease still binds the landlord.',
    // a complaint is words, its object what was complained of, after any stretch of time
    'Walking groups have complained for years about broken lights along the canal.',
    // a part of the readers or listeners the article addresses
    'Many of you told us the bills had doubled since the spring.',
    'Some of you wrote that the bus no longer stops at the clinic.',
    // evidence with no named study
    'Studies show that crime fell by 20 percent last year.',
    'Research suggests the drug is safe.',
    'A growing body of evidence indicates the lake is shrinking.',
  ];
  for (const text of vague) it(`reports: ${text}`, () => assertVague(text));

  it('reports "Critics say" on its own when the sentence holds no check-worthy claim', () => {
    const r = reported('Critics say the summit was doomed from the start.\n');
    assert.deepEqual(r.problems, ['vague-source: Critics say']);
    assert.equal(r.analysis.problems[0]!.severity, 'warning');
  });

  it('reports through the claim, not twice, when the sentence is an unsourced claim', () => {
    const r = reported('Studies show that crime fell by 20 percent last year.\n');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.claims, ['unsourced vague']);
  });

  const specific = [
    'Research from Harvard shows the drug is safe.',
    'Pentagon officials said the base would close in 2025.',
    'The data show a 4 percent rise in 2024.',
    'It is known as the Golden Gate.',
    'The analysts at Halden Bank said rates would rise.',
    'Critics say the port lost 12 million euros last year, according to [the audit](https://example.org/audit).',
    'Analysts had expected earnings of 42 cents a share, according to a survey by FactSet.',
  ];
  for (const text of specific) {
    it(`stays quiet: ${text}`, () => {
      const r = reported(`${text}\n`);
      assert.deepEqual(r.problems, [], text);
      assert.deepEqual(r.claims, [], text);
    });
  }
});

describe('anonymous sources', () => {
  const cases: Array<[string, string]> = [
    ['The talks collapsed on Tuesday, according to people familiar with both delegations.', 'people familiar with'],
    ['An official who spoke on condition of anonymity said the plan would cost $4 billion.', 'An official who spoke on condition of anonymity'],
    ['Sources close to the mayor said she will resign in March.', 'Sources close to'],
    ['A staffer, who asked not to be named, said the budget was cut by $2 million.', 'A staffer, who asked not to be named'],
  ];
  for (const [text, words] of cases) {
    it(`is a source no reader can check: ${text}`, () => {
      const r = reported(`${text}\n`);
      assert.deepEqual(r.problems, [`anonymous-source: ${words}`]);
      assert.equal(r.analysis.problems.find((p) => p.code === 'anonymous-source')!.severity, 'info');
      // Attributed (someone is said to have said it), never unsourced, never vague.
      for (const c of r.claims) assert.equal(c, 'attributed anonymous', text);
    });
  }

  it('recognises every form of anonymous source phrase, in any case (the quick word check lets each through)', () => {
    for (const source of [
      'sources close to the mayor', 'people familiar with the talks', 'an aide with direct knowledge of the plan', 'officials briefed on it',
      'a lawmaker knowledgeable about the deal', 'an adviser privy to the talks', 'an official who spoke on condition of anonymity',
      'an aide, who asked not to be named', 'a staffer who declined to be identified', 'two officials who were not authorized to speak',
      'an official speaking anonymously', 'unnamed officials', 'anonymous sources', 'an unidentified diplomat', 'a source', 'Sources',
      'PEOPLE FAMILIAR WITH the matter', 'Unnamed Officials', 'a \u017Fource', // long s: "s" under case-insensitive Unicode matching
    ]) assert.equal(isAnonymousSource(source), true, source);
    for (const source of ['he', 'the White House', 'Sen. Ana Ruiz', 'the closing bell', 'critics', 'a spokesman for the campaign']) {
      assert.equal(isAnonymousSource(source), false, source);
    }
  });

  it('marks the attribution anonymous and not vague', () => {
    const a = analyze('Sources close to the mayor said she will resign in March.\n').attributions[0]!;
    assert.equal(a.anonymous, true);
    assert.equal(a.vague, false);
  });
});

describe('vague sources and the facts file', () => {
  it('a fact with a source over the vague words answers them', () => {
    const text = 'Critics say the summit was doomed from the start.\n';
    const analysis = analyze(text);
    assert.equal(analysis.problems.filter((p) => p.code === 'vague-source').length, 1);
    const parsed = parseFacts(JSON.stringify({
      version: 1,
      article: 'a.md',
      sources: [{ id: 's1', title: 'Interview with Ana Ruiz', kind: 'interview', url: 'https://example.org/ruiz' }],
      facts: [{ id: 'f1', kind: 'claim', target: { exact: 'Critics say the summit was doomed' }, sources: ['s1'] }],
    }));
    assert.deepEqual(parsed.problems, []);
    const applied = applyFacts(analysis, text, parsed.file!);
    assert.equal(applied.anchors[0]!.status, 'anchored');
    assert.deepEqual(applied.analysis.problems.filter((p) => p.code === 'vague-source'), []);
  });

  it('only facts that cite a source answer vague wording, and only the wording they overlap', () => {
    const sentences = [
      'Critics say the summit was doomed from the start.',
      'Experts believe the port will close by March.',
      'Some fans said the rent was too high.',
      'Studies show the vaccine cut infections by half.',
    ];
    const text = `${sentences.join(' ')}\n`;
    const analysis = analyze(text);
    const vagueAt = (a: { problems: Array<{ code: string; start: number }> }) =>
      a.problems.filter((p) => p.code === 'vague-source').map((p) => sentences.findIndex((s) => text.indexOf(s) <= p.start && p.start < text.indexOf(s) + s.length));
    assert.deepEqual(vagueAt(analysis), [0, 1, 2, 3]);
    const fact = (id: string, exact: string, sources: string[]) => ({ id, kind: 'claim', target: { exact }, sources });
    const parsed = parseFacts(JSON.stringify({
      version: 1,
      article: 'a.md',
      sources: [{ id: 's1', title: 'Interview with Ana Ruiz', kind: 'interview', url: 'https://example.org/ruiz' }],
      facts: [
        fact('f1', 'Critics say the summit', ['s1']),
        fact('f2', 'Experts believe the port', []),
        fact('f3', 'Studies show the vaccine', ['s1']),
        fact('f4', 'show the vaccine cut infections', ['s1']),
      ],
    }));
    assert.deepEqual(parsed.problems, []);
    const applied = applyFacts(analysis, text, parsed.file!);
    assert.ok(applied.anchors.every((a) => a.status === 'anchored'));
    assert.deepEqual(vagueAt(applied.analysis), [1, 2]);
  });
});

// Vague wording built around a noun rather than a group's verb — a worry or a charge made known by nobody, a reckoning
// or a view nobody owns, a count of unnamed people — and a group's worry voiced; with the look-alikes that name who,
// on sentences written for this file.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

/** The vague and anonymous findings of a one-sentence article: its problems and the claims that report one. */
function findings(sentence: string): { vague: boolean; anonymous: boolean } {
  const a = analyze(`# Story\n\n${sentence}\n`);
  const reasons = a.claims.flatMap((c) => c.reasons);
  const has = (code: string) => a.problems.some((p) => p.code === code) || reasons.includes(code);
  return { vague: has('vague-source'), anonymous: has('anonymous-source') };
}

const assertVague = (s: string) => assert.deepEqual(findings(s), { vague: true, anonymous: false }, s);
const assertQuiet = (s: string) => assert.deepEqual(findings(s), { vague: false, anonymous: false }, s);

describe('vague wording around a noun', () => {
  it('a worry or a charge made known by nobody: "Questions have been raised", "Allegations have surfaced that"', () => {
    for (const s of [
      'Questions have been raised about how the contract was awarded.',
      'Questions have been raised over whether the council can afford the depot.',
      'Concerns have been raised that the ward is understaffed at night.',
      'Doubts have been cast on the hospital’s waiting-time figures.',
      'Concerns were voiced at the meeting that the bridge is unsafe.',
      'Allegations have surfaced that the director took payments from a supplier.',
      'Rumours circulated last week that the chief executive would resign.',
      'Rumours have swirled for weeks that the club will be sold.',
    ]) assertVague(s);
    // An agent names who raised them, unless it is a vague one.
    assertQuiet('Concerns have been raised by the Royal College of Nursing that the ward is understaffed.');
    assertQuiet('Questions were raised by Cllr Ana Ruiz about the contract.');
    assertVague('Concerns have been raised by some residents that the ward is understaffed.');
  });

  it('a reckoning nobody made: "by some accounts", "by one estimate"; not one with its maker, nor "by 2030"', () => {
    assertVague('By some accounts, the company lost $1 billion on the venture.');
    assertVague('By one estimate, the war has displaced two million people.');
    assertVague('The mill was, by all accounts, the largest employer in the valley in 1950.');
    assertQuiet('By one estimate from the Office for Budget Responsibility, the scheme cost £4 billion.');
    assertQuiet('By its own estimate, the company lost $1 billion on the venture.');
    assertQuiet('By 2030, the plant will employ 400 people.');
    assertQuiet('By one vote, the council approved the budget.');
  });

  it('a view nobody owns: "Conventional wisdom holds", "The consensus among economists is that"', () => {
    assertVague('Conventional wisdom holds that voters punish parties for tax rises.');
    assertVague('The consensus among economists is that rates will fall in the spring.');
    assertVague('The prevailing view is that the merger will cost 300 jobs.');
  });

  it('a count of unnamed people: "Eleven of the fourteen tenants said"; not a share, not with names, not a vote', () => {
    assertVague('Eleven of the fourteen tenants said their rent had doubled since 2020.');
    assertVague('Four of the six families we spoke to said their rent had doubled.');
    assertQuiet('Two of the three councillors, Ana Ruiz and Tom Bell, said the deal was poor.');
    assertQuiet('Eleven of the fourteen councillors voted for the budget.');
  });

  it('a group voicing a worry: "have raised concerns that", "expressed doubts about", "voiced fears that"', () => {
    assertVague('Several councillors have expressed doubts about the deal.');
    assertVague('Many residents have voiced concern that the plant smells at night.');
    assertVague('Some parents have voiced fears that the school will close in 2027.');
    assertQuiet('Dr Helen Marsh has raised concerns that the ward is understaffed.');
    assertQuiet('Residents have raised £4,000 for the new roof.');
  });

  it('a progressive of saying and a judgement by a quantifier: "Some are calling it", "Many regard the scheme as"', () => {
    assertVague('Some are calling it the worst flood in a century.');
    assertVague('Many regard the scheme as a failure.');
    // A progressive that is not saying stays quiet.
    assertQuiet('People are responding to the appeal in their thousands.');
  });

  it('"is reported to have" hides who reported it; "was reported to police" says who heard it', () => {
    assertVague('The director is reported to have taken bribes.');
    const a = analyze('# Story\n\nThe fire was reported to police at 3 a.m. on Sunday.\n');
    assert.equal(a.attributions.length, 0, JSON.stringify(a.attributions));
    assertQuiet('The fire was reported to police at 3 a.m. on Sunday.');
  });

  it('a document from a body the article points at is cited, not vague: "Reports from the ministry show"', () => {
    const claim = analyze('# Story\n\nReports from the ministry show that admissions rose by 12 percent.\n').claims[0]!;
    assert.equal(claim.status, 'cited');
    assertQuiet('Reports from the ministry show that admissions rose by 12 percent.');
    // People placed at a body stay a group.
    assertVague('Younger athletes at the club say she is the first to arrive every morning.');
  });
});

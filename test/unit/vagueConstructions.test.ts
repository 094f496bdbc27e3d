// The vague and anonymous constructions added for the weasel set (issue 12, item 3), one test each, on sentences
// written for this file (not the set's own), with the look-alikes that must stay quiet.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';
import { isAnonymousSource } from '../../src/core/lexicon/vagueWording.js';
import { LEARNED_GROUP_CUES } from '../../src/core/lexicon/vague.js';

/** Vague and anonymous findings of a one-sentence article: its own problems, and the claims that report one. */
function findings(text: string): { vague: string[]; anonymous: string[] } {
  const a = analyze(`${text}\n`);
  const of = (code: string) => a.problems.filter((p) => p.code === code).map((p) => text.slice(p.start, p.end));
  const viaClaims = a.claims.filter((c) => c.status === 'unsourced' && c.reasons.includes('vague-source')).map((c) => `claim: ${c.text}`);
  return { vague: [...of('vague-source'), ...viaClaims], anonymous: of('anonymous-source') };
}

function assertVague(text: string, words?: string): void {
  const f = findings(text);
  assert.equal(f.vague.length, 1, `${text}: ${JSON.stringify(f)}`);
  assert.deepEqual(f.anonymous, [], text);
  if (words && !f.vague[0].startsWith('claim: ')) assert.equal(f.vague[0], words);
}

function assertQuiet(text: string): void {
  assert.deepEqual(findings(text), { vague: [], anonymous: [] }, text);
}

describe('vague constructions', () => {
  it('an impersonal passive with a time adverb: "it was subsequently argued that"', () => {
    assertVague('It was subsequently argued that the dam had been built too low.', 'It was subsequently argued');
  });

  it('a generality passive with a frequency adverb: "is occasionally described as"', () => {
    assertVague('The river is occasionally described as the longest in the province.', 'is occasionally described');
  });

  it('an agentless perfect passive of judgement: "has been accused of", "has been called a"', () => {
    assertVague('The mayor has been accused of favouring her own ward.', 'has been accused of');
    assertVague('The new stadium has been called a white elephant.', 'has been called a');
    assertVague('The mayor has been accused of favouring her own ward by some residents.');
    assertQuiet('The mayor has been accused of favouring her own ward by the state auditor.');
    assertQuiet('The chief executive has been called to testify before the committee.');
  });

  it('one unnamed study or report: "a 2021 survey found"; named ones stay quiet', () => {
    assertVague('A 2021 survey found that half of the nurses planned to leave.');
    assertQuiet('A survey by the Nursing Council found that half of the nurses planned to leave.');
    assertQuiet('The survey found that half of the nurses planned to leave.');
  });

  it('an unnamed report makes its claim unsourced with a vague source, not cited', () => {
    const claim = analyze('Exports fell by 12 percent last year, a government report found.\n').claims[0]!;
    assert.equal(claim.status, 'unsourced');
    assert.ok(claim.reasons.includes('vague-source'), claim.reasons.join());
    assert.equal(analyze("Exports fell by 12 percent last year, the ministry's report found.\n").claims[0]!.status, 'cited');
  });

  it('"there is evidence that", "there are fears that"; not "no evidence", not a hypothesis', () => {
    assertVague('There are fears that the strike will spread to the ports.', 'There are fears that');
    assertVague('There is growing evidence that the lake is shrinking.', 'There is growing evidence that');
    assertQuiet('There is no evidence that the strike will spread.');
    assertQuiet('If there were evidence that the dam leaked, the council would act.');
  });

  it('a group stance with no verb of saying: "some economists are sceptical that"', () => {
    assertVague('Some economists are sceptical that the plan will work.', 'Some economists are sceptical');
    assertVague('Critics remain unconvinced that the tunnel can open on time.');
    // A stance reached: "have grown wary", "became uneasy".
    assertVague('Shippers have grown wary of the canal after a string of closures.', 'Shippers have grown wary');
    assertVague('Many growers became uneasy about the 30 percent levy.');
  });

  it('people nouns of local news as bare groups: "witnesses said"', () => {
    assertVague('Witnesses said the car did not stop at the crossing.');
    assertVague('The shop had been closed for weeks, neighbors said.');
  });

  it('verbs learned from PolNeAR train with unnamed groups ("many voters hope")', () => {
    assert.ok(LEARNED_GROUP_CUES.includes('hope'), `learned: ${LEARNED_GROUP_CUES.join(', ')}`);
    assertVague('Many voters hope the new bridge will cut their commute.', 'Many voters hope');
  });

  it('an apposition that names the group clears it: "critics of the plan, including the economist Lena Park, said"', () => {
    assertQuiet('Critics of the plan, including the economist Lena Park, said it would raise rents.');
    const a = analyze('Critics of the plan, including the economist Lena Park, said it would raise rents.\n').attributions[0]!;
    assert.equal(a.vague, false);
    assertVague('Critics of the plan, who met on Tuesday, said it would raise rents.');
  });
});

describe('anonymous constructions', () => {
  const cases: Array<[string, string]> = [
    ['A defence source said the order had been signed.', 'A defence source said'],
    ['Kremlin sources insisted the talks were on track.', 'Kremlin sources insisted'],
    ['An insider at the ministry said the report was delayed.', 'An insider at'],
    ['Two officials speaking on background said the deal was close.', 'speaking on background'],
  ];
  for (const [text, words] of cases) {
    it(`is anonymous: ${text}`, () => {
      const f = findings(text);
      assert.deepEqual(f.vague, [], text);
      assert.equal(f.anonymous.length, 1, JSON.stringify(f));
      assert.ok(f.anonymous[0].includes(words) || words.includes(f.anonymous[0]), `${f.anonymous[0]} / ${words}`);
    });
  }

  it('"some sources" and "media sources" stay vague (documents as often as people); "an insider in a year of outsiders" is nobody', () => {
    assert.equal(isAnonymousSource('some sources'), false);
    assert.equal(isAnonymousSource('media sources'), false);
    assert.equal(isAnonymousSource('a police source'), true);
    assertQuiet('She is an insider in a year of outsiders.');
  });

  it('a source left unnamed and placed by a mark of anonymity is anonymous whatever its noun; "the source" points back at one', () => {
    // Nouns no people-noun list holds (party members, trades), as PolNeAR train's sources have them.
    for (const s of ['a Democrat familiar with the remarks', 'one plumber with knowledge of the contract', 'Republicans close to the campaign', 'Another intelligence source', 'The source', 'the same source', 'a source involved in the deal']) {
      assert.equal(isAnonymousSource(s), true, s);
    }
    for (const s of ['The source of the figures', 'the sources', 'Ana Ruiz, a Democrat familiar with the remarks']) {
      assert.equal(isAnonymousSource(s), false, s);
    }
    const [a] = analyze('One welder familiar with the yard said the hull cost $9 million in 2021.\n').attributions;
    assert.equal(a.anonymous, true);
  });

  it('an attribution whose source lies in anonymous wording is anonymous, though its source was cut short', () => {
    const a = analyze('According to an aide close to the coach, the striker will leave in June.\n').attributions[0]!;
    assert.equal(a.anonymous, true);
    assert.equal(a.vague, false);
  });
});

// Reports framed by their occasion or set inside a relative clause, and wire copy's doubled apostrophes around a
// nested quotation: found on PolNeAR train's misses, tested here on invented sentences.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const claimOf = (text: string, words: string) => analyze(`${text}\n`).claims.find((c) => c.text.includes(words));
const cueTexts = (text: string) => analyze(`${text}\n`).attributions.map((a) => `${a.source?.text ?? '-'} | ${a.cue.text} | ${a.content?.text ?? '-'}`);

describe('occasion frames, relative clauses and doubled apostrophes', () => {
  it('"When asked …," before the speaker is the occasion of the report, not a clause of the writer\'s', () => {
    const when = claimOf('When asked about the $4 million shortfall, the mayor said, "Ask the council."', 'shortfall');
    assert.equal(when?.status, 'attributed');
    const pressed = claimOf('Pressed on the $4 million shortfall, the mayor said, "Ask the council."', 'shortfall');
    assert.equal(pressed?.status, 'attributed');
    // A bare "When asked," too, with no phrase before its comma.
    for (const opener of ['When asked', 'When questioned', 'Asked']) {
      assert.equal(claimOf(`${opener}, Ruiz told reporters that the plan would pass.`, 'plan would pass')?.status, 'attributed', opener);
    }
    // A clause of the writer's own stays the writer's: the report covers too little of the sentence.
    const clause = claimOf('When the council cut 40 jobs and closed three libraries in March, the mayor said, "Sad."', 'cut 40 jobs');
    assert.equal(clause?.status, 'unsourced');
  });

  it('a cue inside a relative clause ends at the clause\'s comma, and the main verb reports its own content', () => {
    const text = 'The senator, whose third-place finish was seen as a blow, said that he would run again in 2028.';
    const found = cueTexts(text);
    assert.ok(found.includes('- | seen | a blow'), found.join('\n'));
    assert.ok(found.includes('The senator | said | that he would run again in 2028'), found.join('\n'));
    assert.equal(claimOf(text, 'run again')?.status, 'attributed');
    // With a source inside the clause, its content still ends at the clause.
    assert.ok(cueTexts('The plan, which critics say will raise rents by 20 percent, passed on Monday.').includes('critics | say | will raise rents by 20 percent'));
  });

  it('three apostrophes after a word close a nested single quotation, then the doubled mark', () => {
    const text = "He spoke at length. ''The country will not be satisfied with 'bombs,''' said Senator Jon Maxwell of Arizona.";
    const quote = analyze(`${text}\n`).quotes.find((q) => q.inner.text.startsWith('The country'));
    assert.equal(quote?.speaker?.name, 'Jon Maxwell');
    assert.ok(cueTexts(text).some((c) => c.startsWith('Senator Jon Maxwell of Arizona | said |')));
  });

  it('a retort is a report ("shot back that", "fired back:"), and its speaker is the noun phrase, not "… shot back"', () => {
    const text = 'Tomas Iriarte spoke next. The congressman, who grew up on a ranch, shot back that the attorney general had "taken more money than I have."';
    assert.ok(cueTexts(text).some((c) => c.startsWith('The congressman | shot back | that the attorney general')), cueTexts(text).join('\n'));
    const plain = analyze('Tomas Iriarte spoke next. The congressman shot back that the attorney general had "taken more money than I have."\n');
    assert.equal(plain.quotes[0]?.speaker?.text, 'The congressman');
    const fired = analyze('Tomas Iriarte was asked about the ad. Iriarte fired back: "It is a lie."\n');
    assert.equal(fired.quotes[0]?.speaker?.name, 'Tomas Iriarte');
  });

  it('an occasion with an apposition on its place still frames the report', () => {
    const text = 'In an interview at her campaign office, a converted tyre shop, she said the pair had spoken “every week for a year” about policy before the selection.';
    assert.equal(claimOf(text, 'every week')?.status, 'attributed');
  });

  it('a body or an official putting a count at a figure is its estimate, past a relative aside; a place put at an address is not', () => {
    const fire = claimOf('The Millbrook Fire Department, which managed the gates, put attendance closer to 4,800.', '4,800');
    assert.equal(fire?.status, 'attributed');
    assert.equal(claimOf('Police put the number of marchers at 20,000.', '20,000')?.status, 'attributed');
    assert.ok(!cueTexts('The firm put its office at 10 Main Street.').some((c) => c.includes('| put |')));
    // A document putting a cost at a figure stays a citation.
    assert.equal(claimOf('The council report puts the cost at £3.1 million.', '£3.1 million')?.status, 'cited');
  });

  it('a linking adverb set off by commas stands between a subject and its cue', () => {
    assert.ok(cueTexts('The two lawmakers, however, argue that the law was broken in 2016.').some((c) => c.startsWith('The two lawmakers | argue |')));
  });

  it('"… and Ruiz said, “…”" ends the content before it, without a comma; coordinated names stay whole', () => {
    const text = 'Ana Ruiz toured a depot. Midway through, a voter asked for a selfie and Ruiz said, “only if my hair behaves.”';
    const found = cueTexts(text);
    assert.ok(found.includes('a voter | asked | for a selfie'), found.join('\n'));
    assert.equal(analyze(`${text}\n`).quotes[0]?.speaker?.name, 'Ana Ruiz');
    assert.ok(cueTexts('The poll showed a one-point gap between Ruiz and Cole in the county race.').some((c) => c.endsWith('between Ruiz and Cole in the county race')));
  });
});

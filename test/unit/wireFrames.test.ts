// How news-agency and documents desks word a report: a document's maker or where it was lodged in a trailing frame,
// circumstances between the verb and "that", and the maker of a document speaking its quote. Invented sentences.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const statusOf = (text: string) => analyze(`# T\n\n${text}\n`).claims.find((c) => c.text.includes('4 million'))?.status;
const speakerOf = (text: string) => analyze(`# T\n\n${text}\n`).quotes[0]?.speaker;

describe('wire and document frames', () => {
  it('a trailing document with its maker after "by", or where it was lodged, cites the claim', () => {
    assert.equal(statusOf('The levy raised $4 million in 2019, a filing by the Ostrel Interior Ministry shows.'), 'cited');
    assert.equal(statusOf('The levy raised $4 million in 2019, a filing with the Securities and Exchange Commission shows.'), 'cited');
    assert.equal(statusOf('The levy raised $4 million in 2019, a review by the foreign ministry found.'), 'cited');
    const a = analyze('# T\n\nThe levy raised $4 million in 2019, a filing by the Ostrel Interior Ministry shows.\n').attributions[0];
    assert.equal(a?.source?.text, 'a filing by the Ostrel Interior Ministry');
    // A person acted on by someone is no document's maker.
    assert.equal(analyze('# T\n\nThe levy was cut by the council in 2019, the mayor said.\n').attributions[0]?.source?.text, 'the mayor');
  });

  it('a link\'s brackets stop the source at the link text', () => {
    const a = analyze('# T\n\nA [survey by the Harlow Teachers Union](https://example.org/s) found that 71 percent of schools restrict phones.\n').attributions.find((x) => x.cue.text === 'found');
    assert.ok(a?.source && !a.source.text.includes('['), a?.source?.text);
  });

  it('circumstances between the verb and "that" belong to the frame', () => {
    assert.equal(statusOf('The army said on Monday, in remarks broadcast live, that the levy raised $4 million in 2019.'), 'attributed');
    assert.equal(statusOf('Amira Haddad said on Monday, in remarks broadcast live, that the levy raised $4 million in 2019.'), 'attributed');
    assert.equal(statusOf('The army told reporters through an interpreter that the levy raised $4 million in 2019.'), 'attributed');
    // A clause of the writer's own before the frame stays the writer's.
    assert.equal(statusOf('The levy raised $4 million in 2019 and paid for two bridges, after the council disclosed in a long filing that it had kept the fund.'), 'unsourced');
  });

  it('a document with its maker after it speaks for the maker', () => {
    assert.equal(speakerOf('The research was "promising but thin," a review commissioned by the Coastal Health Institute found.')?.name, 'Coastal Health Institute');
    assert.equal(speakerOf('The research was "promising but thin," figures from the Coastal Health Institute show.')?.name, 'Coastal Health Institute');
    assert.equal(speakerOf('A 2023 valuation by the firm Harcourt Lyle called the pier "a wreck".')?.name, 'Harcourt Lyle');
  });

  it('a document released by its maker closing the sentence, and a frame opened by citing or quoting', () => {
    assert.equal(statusOf('The levy raised $4 million in 2019, figures released by the Red Crescent on Sunday showed.'), 'cited');
    assert.equal(analyze('# T\n\nThe levy raised $4 million in 2019, figures released by the Red Crescent showed.\n').attributions[0]?.source?.text, 'figures released by the Red Crescent');
    assert.equal(statusOf('Citing figures from the Ostrel Health Ministry, the agency said the levy raised $4 million in 2019.'), 'attributed');
  });

  it('a warning\'s reported clause opens with its own subject, not a listener', () => {
    const content = (text: string) => analyze(`# T\n\n${text}\n`).attributions[0]?.content?.text;
    assert.equal(content('Experts warn the plan will fail.'), 'the plan will fail');
    assert.equal(content('Ruiz warned the council was running out of money.'), 'the council was running out of money');
    assert.equal(content('Ruiz warned residents the plan would fail.'), 'the plan would fail');
    // An infinitive after the one urged stays what was urged; "told" keeps its listener.
    assert.equal(content('The mayor urged residents to stay off the roads.'), 'to stay off the roads');
    assert.equal(content('Ruiz told reporters the plan would fail.'), 'the plan would fail');
  });
});


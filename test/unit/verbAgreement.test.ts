// A verb after "and" or "but" goes on with the reported clause when its form agrees with that clause's verb and not
// with the frame's; agreeing with the frame's, it is the speaker's second act. Invented sentences.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const first = (text: string) => analyze(`# T\n\n${text}\n`).attributions[0];
const statusOf = (text: string) => analyze(`# T\n\n${text}\n`).claims[0]?.status;

describe('a coordinated verb after the reported clause', () => {
  it('goes on with the clause when it agrees with the clause and not with the frame', () => {
    assert.equal(first("Ruiz said he'd build a new depot and make the county pay $4 million for it.")?.content?.text, "he'd build a new depot and make the county pay $4 million for it");
    assert.equal(first('Ruiz said the council would build a depot and charge $4 million a year.')?.content?.text, 'the council would build a depot and charge $4 million a year');
    assert.equal(statusOf('Ruiz has said that she backs a $12 wage nationally but backs towns that go higher.'), 'attributed');
    assert.equal(statusOf('Ruiz says the firm had a $4 million loan in 2019, and took another in 2020.'), 'attributed');
  });

  it('is the speaker\'s second act when it agrees with the frame', () => {
    const a = analyze('# T\n\nRuiz said the plan would fail and urged voters to reject it.\n').attributions;
    assert.equal(a[0]?.content?.text, 'the plan would fail');
    assert.equal(a[1]?.cue.text, 'urged');
    assert.equal(first('Ruiz says prices rise every year and warns of more.')?.content?.text, 'prices rise every year');
  });
});

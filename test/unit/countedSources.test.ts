// A lead's description of someone named a paragraph later ("A former treasurer … told" then "Colin Ashby, 58, was
// treasurer") is that person; one counted among several ("One cabinet minister said", "Another councillor said") is
// someone the article leaves unnamed (invented sentences; unseen set 12's develop half showed the second).
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(`# T\n\n${text}\n`).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker?.name ?? null;

describe('descriptions named later, and counted ones never', () => {
  it('an indefinite description of a role is the person named after it in that role', () => {
    const lead = 'A former treasurer of a children\'s charity told colleagues the money was "a loan."\n\nColin Ashby, 58, was treasurer of the trust.';
    assert.equal(speakerOf(lead, 'a loan'), 'Colin Ashby');
  });

  it('"One cabinet minister", "Another councillor", "Two officials" stay unnamed', () => {
    const later = '\n\nThe cabinet minister Ana Ruiz spoke on Friday.';
    assert.equal(speakerOf(`Allies of the Prime Minister played it down. One cabinet minister said it was "expected for weeks."${later}`, 'expected for weeks'), null);
    assert.equal(speakerOf('Another councillor said the grant was "as good as agreed."\n\nCouncillor Ana Ruiz, who chairs the panel, spoke later.', 'as good as agreed'), null);
    assert.equal(speakerOf('Several officials said the plan was "dead in the water."\n\nThe officials\' leader, Ana Ruiz, spoke later.', 'dead in the water'), null);
  });
});

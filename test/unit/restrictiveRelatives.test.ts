// A subject with a relative clause and no comma ("People who live near the plant said …"): the source is the subject
// and its clause, not the clause's last words; how the reporter met a group is not who it is; and a count added is no
// report. Sentences written for this file.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const said = (sentence: string) => analyze(`# T\n\n${sentence}\n`).attributions.find((a) => /^(?:said|say|told|added)$/.test(a.cue.text));

describe('restrictive relative clauses on a source', () => {
  it('takes the subject and its clause as the source, wherever the frame stands', () => {
    for (const [sentence, source] of [
      ['People who live near the plant said the smell had worsened since May.', 'People who live near the plant'],
      ['Residents who spoke to the Gazette said the smell had worsened since May.', 'Residents who spoke to the Gazette'],
      ['Two nurses who work at the hospital said the ward closed 12 beds in May.', 'Two nurses who work at the hospital'],
      ['An official who spoke on condition of anonymity said the plan would cost $4 billion.', 'An official who spoke on condition of anonymity'],
      ['The smell had worsened since May, shoppers who spoke to the Gazette said.', 'shoppers who spoke to the Gazette'],
    ]) {
      const a = said(sentence);
      assert.equal(a?.source?.text, source, sentence);
      assert.match(a?.content?.text ?? '', /smell|ward|plan/, sentence);
    }
    // A comma after the object of the writer's own clause keeps the frame's own source.
    assert.equal(said('The council fined a man who sold fake tickets, police said.')?.source?.text, 'police');
  });

  it('judges the group, not who met it or a name inside its clause: vague unless the clause says whom they work for', () => {
    for (const sentence of [
      'People who live near the plant said the smell had worsened since May.',
      'Residents we spoke to said the smell had worsened since May.',
      'Shoppers who spoke to the Gazette said prices had risen by a quarter.',
      'Parents the Gazette interviewed outside the school said the new start time was chaos.',
      'Drivers who use the Harlow bridge said the tolls had doubled since 2020.',
      'Analysts surveyed by a market-data firm had expected revenue of about $9.2 billion.',
    ]) {
      const a = analyze(`# T\n\n${sentence}\n`);
      // Reported on its own, or as the reason a claim is unsourced.
      assert.ok(a.problems.some((p) => p.code === 'vague-source') || a.claims.some((c) => c.reasons.includes('vague-source')), sentence);
    }
    assert.equal(said('Officials who work for the Harlow Trust said prices had risen by a quarter.')?.vague, false);
  });

  it('reads "added" before a count as adding it, not saying; a clause after the count is words', () => {
    assert.equal(said('In Harlow, the club added 40 stewards at the gates, up from 25 last year.'), undefined);
    assert.equal(said('Ruiz added 40 jobs had been cut since 2019.')?.content?.text, '40 jobs had been cut since 2019');
  });
});

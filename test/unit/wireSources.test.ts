// How a foreign desk leaves a source unnamed: bodies of a kind ("Aid agencies said", "Human rights groups say"),
// counted officials and diplomats, and people "involved in" what they speak of. Invented sentences.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const claimOf = (text: string) => analyze(`# T\n\n${text}\n`).claims.find((c) => c.text.includes('4 million'))!;

describe('wire-desk sources', () => {
  it('bodies named only by their kind are vague', () => {
    for (const source of ['Aid agencies said', 'Human rights groups say', 'Rights groups said', 'Western governments say', 'Relief organizations said']) {
      const claim = claimOf(`${source} the levy raised $4 million in 2019.`);
      assert.equal(claim.status, 'unsourced', source);
      assert.ok(claim.reasons.includes('vague-source'), source);
    }
    // A named group is a source.
    assert.equal(claimOf('The Harlow Rights Group said the levy raised $4 million in 2019.').status, 'attributed');
  });

  it('officials and diplomats counted and unnamed are anonymous sources', () => {
    for (const source of ['A Western diplomat said', 'Two officials said', 'Three senior officials told reporters', 'Two Western diplomats in Lenza said', 'Two diplomats involved in drafting the text said']) {
      const claim = claimOf(`${source} the levy raised $4 million in 2019.`);
      assert.equal(claim.status, 'attributed', source);
      assert.ok(claim.reasons.includes('anonymous-source'), source);
    }
    // A bare plural is vague; a named official is named.
    assert.ok(claimOf('Officials said the levy raised $4 million in 2019.').reasons.includes('vague-source'));
    assert.ok(!claimOf('A senior official, Ana Ruiz, said the levy raised $4 million in 2019.').reasons.includes('anonymous-source'));
  });

  it('asking not to be named reports nothing, nor does the reason given for it', () => {
    const a = analyze('# T\n\nA European diplomat who asked not to be named described the mood between the capitals as the worst in years.\n').attributions;
    assert.equal(a.length, 1);
    assert.equal(a[0].source?.text, 'A European diplomat who asked not to be named');
    assert.equal(a[0].cue.text, 'described');
    assert.equal(a[0].anonymous, true);
    const reason = analyze('# T\n\nOne shepherd, who asked not to be named because he does not want to fall out with his landlord, says the dams have flooded two fields.\n').attributions;
    assert.deepEqual(reason.map((x) => x.cue.text), ['says']);
    // The terms closing a quotation's frame are part of it.
    const claim = analyze('# T\n\n“The levy raised $4 million in 2019,” one told me, asking not to be named because she is not allowed to criticise the department.\n').claims[0];
    assert.equal(claim.status, 'attributed');
  });

  it('a body named with "for" in its name, a placed and briefed source, and "repeated" before a noun', () => {
    assert.equal(claimOf('At least 4 million people fled, according to the Committee for Free Reporting, a media group based in Geneva.').status, 'cited');
    const briefed = analyze('# T\n\nTwo diplomats in Velsk briefed on the matter said Nuvania would expel $4 million worth of staff.\n').attributions[0];
    assert.equal(briefed?.source?.text, 'Two diplomats in Velsk briefed on the matter');
    assert.equal(briefed?.anonymous, true);
    // Not a report: a participle between a preposition and its noun.
    assert.equal(claimOf('The river has been the subject of repeated mediation attempts since 2015, costing $4 million.').status, 'unsourced');
  });

  it('documents and records nobody is said to keep are vague; a keeper or a finder named makes them a source', () => {
    for (const text of ['Documents show the levy raised $4 million in 2019.', 'Leaked records suggest the levy raised $4 million in 2019.', 'The levy raised $4 million in 2019, documents show.', 'The levy raised $4 million in 2019, according to official figures.']) {
      assert.ok(claimOf(text).reasons.includes('vague-source'), text);
    }
    for (const text of ['Court records show the levy raised $4 million in 2019.', "The ministry's records show the levy raised $4 million in 2019.", 'Documents seen by the Gazette show the levy raised $4 million in 2019.']) {
      assert.ok(!claimOf(text).reasons.includes('vague-source'), text);
    }
  });

  it('a source not authorized "to be speaking" is anonymous, as one not authorized "to speak" is', () => {
    const a = analyze('# T\n\nA city employee who was not authorized to be speaking publicly said the permit office had two people handling the work.\n').attributions[0];
    assert.equal(a?.anonymous, true);
  });

  it('an inverted frame whose unnamed source closes the sentence with a relative clause, and how the group was reached', () => {
    for (const text of ['The levy raised $4 million in 2019, said a diplomat who asked for anonymity.', 'The levy raised $4 million in 2019, said a diplomat who declined to be named.']) {
      const a = analyze(`# T\n\n${text}\n`).attributions;
      assert.deepEqual(a.map((x) => [x.source?.text, x.cue.text, x.content?.text]), [['a diplomat', 'said', 'The levy raised $4 million in 2019']], text);
      assert.ok(claimOf(text).reasons.includes('anonymous-source'), text);
    }
    // Declining to comment still reports a refusal.
    assert.equal(analyze('# T\n\nThe mayor declined to comment on the levy.\n').attributions[0]?.cue.text, 'declined');
    const reached = analyze('# T\n\nResidents reached by phone said the levy raised $4 million in 2019.\n').attributions[0];
    assert.equal(reached?.source?.text, 'Residents reached by phone');
    assert.ok(claimOf('Residents reached by phone said the levy raised $4 million in 2019.').reasons.includes('vague-source'));
  });

  it('a reason for anonymity wrapped over two lines, and officials placed in a lowercase noun', () => {
    const a = analyze('# T\n\nA local resident, who asked not to be\nnamed because he fears reprisals, said the levy raised $4 million.\n').attributions;
    assert.deepEqual(a.map((x) => [x.source?.text, x.cue.text, x.anonymous]), [['A local resident', 'said', true]]);
    // "in government" is no place's name: the counted-officials rule reads capitals case by case.
    assert.notEqual(analyze('# T\n\nTwo officials in government said the levy raised $4 million.\n').attributions[0]?.anonymous, true);
  });
});


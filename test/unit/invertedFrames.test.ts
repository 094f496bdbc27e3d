// Inverted frames right after a quote whose verb no cue list holds: a verb of manner in the past ("“…!” beamed Ana
// Ruiz", "“…,” sighed the mayor") and "reads" of a written text ("“…,” reads an editorial in the Harlow Gazette").
// Invented sentences; PolNeAR train showed both shapes without a speaker.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(`# T\n\n${text}\n`).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker?.name ?? null;
const spokenBy = (text: string, quote: string) => analyze(`# T\n\n${text}\n`).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker?.text ?? null;

describe('inverted frames of manner and of reading', () => {
  it('a past verb of manner before a name or a description frames the quote', () => {
    assert.equal(speakerOf('"This is wonderful!" beamed Ana Ruiz of Kestrel, who came for the day.', 'This is wonderful'), 'Ana Ruiz');
    assert.equal(speakerOf('"We did it," sighed the mayor, Tom Bell.', 'We did it'), 'Tom Bell');
    assert.equal(spokenBy('"Not again," sighed one fan in the stand.', 'Not again'), 'one fan');
  });

  it('"reads" a written text: the paper an editorial is in', () => {
    assert.equal(speakerOf('"There is more spine in a jellyfish," reads an editorial in the Harlow Gazette.', 'There is more spine'), 'Harlow Gazette');
    // A month after "in" is no maker.
    assert.equal(speakerOf('"No route will close," read a statement in March.', 'No route will close'), null);
  });

  it('verbs of manner and reasoning that double or are rare in reports frame the quote before a name or after a pronoun', () => {
    const opening = 'Orla Brennick ran the depot for thirty years.';
    for (const verb of ['snapped', 'sobbed', 'ventured', 'reflected', 'objected', 'reasoned']) {
      assert.equal(speakerOf(`"The plan will fail," ${verb} Orla Brennick.`, 'The plan will fail'), 'Orla Brennick', verb);
      assert.equal(speakerOf(`${opening} "The plan will fail," she ${verb}.`, 'The plan will fail'), 'Orla Brennick', verb);
    }
  });
});

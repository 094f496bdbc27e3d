// Entertainment, celebrity and fact-check copy (blind sets 25 and 26's develop halves): who speaks when a band, a
// broadcaster, a post or a statement read out does. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('showbiz and fact-check copy', () => {
  it('the possessor of a role held by someone named in apposition is not the later "he"', () => {
    const band = 'Few agreed. The Lanterns\' bassist, Ciaran Dowd, said the slot was earned. "We toured for ten years," he said.\n';
    assert.equal(speakerOf(band, 'We toured')?.name, 'Ciaran Dowd');
    const lawyer = 'Mark Ellery’s lawyer, Paul Nunn, called the claim weak. “It will not survive a hearing,” he said.\n';
    assert.equal(speakerOf(lawyer, 'It will not survive')?.name, 'Paul Nunn');
  });

  it('a film or music house is a business that "the company" stands for', () => {
    const text = 'The role went to a newcomer, Harbourline Pictures announced. Harbourline Pictures denied any deal with others. “No other actor was approached,” the company said in a written statement.\n';
    assert.equal(speakerOf(text, 'No other actor')?.name, 'Harbourline Pictures');
  });
});

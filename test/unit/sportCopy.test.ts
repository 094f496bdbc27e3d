// Sport copy beyond the scoreline (blind set 30's develop half): a tribunal's panel, the teenager of a match report,
// a post written by an athlete. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('sport copy', () => {
  it('"the panel" is the tribunal or committee named before', () => {
    const text = 'The Cycling Integrity Tribunal upheld the ban on Monday in a 40-page decision. "The sample was handled correctly," the panel wrote.\n';
    assert.equal(speakerOf(text, 'The sample was handled')?.name, 'Cycling Integrity Tribunal');
  });

  it('"the teenager" is the person the article gave an age from 13 to 19', () => {
    const text = 'Ben Arkwright-Cole, 18, came on in the 70th minute. His second goal beat the keeper, Owen Pryce, at the near post.\n\n"I just hit it," the teenager said afterwards.\n';
    assert.equal(speakerOf(text, 'I just hit it')?.name, 'Ben Arkwright-Cole');
  });

  it('a capital after a possessive modifies the noun: "his Facebook page" is no subject', () => {
    const text = 'Joseph Kiprono did not attend. In a post on his Facebook page on Wednesday evening he thanked his family and wrote: "I have always run clean."\n';
    assert.equal(speakerOf(text, 'I have always run clean')?.name, 'Joseph Kiprono');
  });

  it('"it" after a statement is introduced speaks for its issuer', () => {
    const text = 'The club’s governor, Marisa Delgado-Tan, announced the decision in a short statement posted on the team’s page. “The board thanks the coach for his service,” it read.\n';
    assert.equal(speakerOf(text, 'The board thanks')?.name, 'Marisa Delgado-Tan');
  });

  it('a pronoun inside an opening phrase does not make the sentence its person\'s', () => {
    const text = 'David Menon, his coach, spoke. Peter Iyengar chairs the selectors. Menon said the player would play club cricket in the meantime and was weighing offers from two other state associations. A move would require a certificate from the board.\n\nAsked whether he would grant one, Iyengar smiled. “Let us first see how the season goes,” he said.\n';
    assert.equal(speakerOf(text, 'Let us first see')?.name, 'Peter Iyengar');
  });
});

// Regression tests for the nineteenth session's closing read: each case a rule added that session got wrong on an
// invented sentence (a reviewer's findings), now answered as before the rule or better.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => {
  const q = analyze(text).quotes.find((x) => x.inner.text.startsWith(quote));
  return [q?.speaker?.text ?? null, q?.speaker?.name ?? null];
};

describe('closing read of the nineteenth session', () => {
  it('a day after a body\'s title word is no given name ("told the Senate Friday Harlow had …")', () => {
    assert.deepEqual(speakerOf('The defence secretary told the Senate Friday Harlow had broken the contract. “We will review it,” Harlow said.', 'We will'), ['Harlow', 'Harlow']);
    assert.deepEqual(speakerOf('Lawyers told the High Court Monday Kestrel had paid. “We deny it,” Kestrel said.', 'We deny'), ['Kestrel', 'Kestrel']);
    // The session's own cases still hold.
    assert.deepEqual(speakerOf('Chief Monday Ekanem told reporters the road cost N4 billion. “We were cheated,” Ekanem said.', 'We were'), ['Ekanem', 'Monday Ekanem']);
    assert.deepEqual(speakerOf('The union’s leader, Comrade Sunday Adigun, said 40 staff were sacked. “It is wicked,” Adigun said.', 'It is'), ['Adigun', 'Sunday Adigun']);
  });
});

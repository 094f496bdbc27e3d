// Two people sharing a family name ("Ana and Tom Ruiz"): each later given name, and a gendered title before the
// family name, picks the right one (invented sentences).
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(`# T\n\n${text}\n`).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker?.name ?? null;

describe('people sharing a family name', () => {
  const opening = 'Ana and Tom Ruiz opened the shop in 1998.';

  it('a given name joined by "and" to a full name takes its family name', () => {
    assert.equal(speakerOf(`${opening} "We never closed a day," Ana said.`, 'We never closed'), 'Ana Ruiz');
    assert.equal(speakerOf(`${opening} "We never closed a day," Tom said.`, 'We never closed'), 'Tom Ruiz');
    assert.equal(speakerOf('Helen and David Marwick run the village shop.\n\n"It pays on a good week," said Helen.', 'It pays'), 'Helen Marwick');
    assert.equal(speakerOf(`${opening} "We never closed a day," Ana Ruiz said. "It was hard," Tom said.`, 'It was hard'), 'Tom Ruiz');
  });

  it('a gendered title before the family name picks the person whose given name has that gender', () => {
    assert.equal(speakerOf(`${opening} "We never closed a day," Mrs Ruiz said.`, 'We never closed'), 'Ana Ruiz');
    assert.equal(speakerOf(`${opening} "We never closed a day," Mr Ruiz said.`, 'We never closed'), 'Tom Ruiz');
    assert.equal(speakerOf(`Tom and Ana Ruiz opened the shop. "We never closed a day," Mrs. Ruiz said.`, 'We never closed'), 'Ana Ruiz');
  });
});

// Two people sharing a family name ("Ana and Tom Ruiz"): each later given name, and a gendered title before the
// family name, picks the right one; a relative leading a sentence ("Her father …") is whom the next he or she means,
// and a possessed document's owner the he or she of its "in which" clause (invented sentences).
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
    // The name after "and" may open with a given name the lexicon lacks.
    assert.equal(speakerOf('Maria and Vojtech Hanak lost their home in the fire.\n\n"We had ten minutes to get out," Maria said.', 'We had ten'), 'Maria Hanak');
  });

  it('a gendered title before the family name picks the person whose given name has that gender', () => {
    assert.equal(speakerOf(`${opening} "We never closed a day," Mrs Ruiz said.`, 'We never closed'), 'Ana Ruiz');
    assert.equal(speakerOf(`${opening} "We never closed a day," Mr Ruiz said.`, 'We never closed'), 'Tom Ruiz');
    assert.equal(speakerOf(`Tom and Ana Ruiz opened the shop. "We never closed a day," Mrs. Ruiz said.`, 'We never closed'), 'Ana Ruiz');
  });

  it('"Her father is more cautious. “…,” he said.": the relative, never the possessor, whom "he" would otherwise take', () => {
    const family = 'Helen Marwick runs the shop. Her husband, David Marwick, keeps the books. Their daughter, Isla, is fifteen. "It is fun," Isla says.\n\nOne neighbour, who asked not to be named, said the shop was "a lifeline."\n\nIsla already has plans. She wants to sell ice cream.\n\nHer father is more cautious. "Let us get through the winter," he said.';
    assert.equal(speakerOf(family, 'Let us get through'), 'David Marwick');
    assert.equal(speakerOf('Ana Ruiz runs the shop. Her husband, Tom Ruiz, keeps the books.\n\nAna has plans. She wants to sell ice cream.\n\nHer husband is more cautious. "Let us wait," he said.', 'Let us wait'), 'Tom Ruiz');
    // No father named: no one, not the daughter.
    assert.equal(speakerOf('Isla Marwick has plans. She wants to sell ice cream.\n\nHer father is more cautious. "Let us wait," he said.', 'Let us wait'), null);
  });

  it('"read from the treasurer\'s letter, in which she wrote": the pronoun is the letter\'s owner, not its reader', () => {
    assert.equal(speakerOf('Ana Ruiz is the county treasurer. Maria Lopez read from the treasurer\'s letter to the board, sent in May, in which she wrote: "I was never told."', 'I was never told'), 'Ana Ruiz');
    assert.equal(speakerOf('Ana Ruiz chairs the board. Maria Lopez read aloud from Ruiz\'s letter, in which she wrote: "I was never told."', 'I was never told'), 'Ana Ruiz');
    assert.equal(speakerOf('Maria Lopez read from a letter to the board, in which she wrote: "I was never told."', 'I was never told'), 'Maria Lopez');
  });
});


// Speakers as sport, culture and police desks name them: an unnamed person after an opening place phrase, a body of
// two places ("Devon and Cornwall Police"), and a body named after its kind with no comma ("the charity Shelter").
// Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakers = (body: string) => analyze(`# T\n\n${body}\n`).quotes.map((q) => q.speaker?.name ?? null);

describe('speakers of sport, culture and police desks', () => {
  it('a pronoun after an unnamed person opening the sentence past a place phrase is that person, unnamed', () => {
    const names = speakers('Connor Dunleavy scored twice.\n\nOutside the ground, one fan in a Rovers scarf summed up the mood. "Same old story," he said. "We play well for an hour."');
    assert.deepEqual(names, [null, null]);
    // Without the unnamed person, the pronoun is the man just named.
    assert.deepEqual(speakers('Connor Dunleavy scored twice. "Same old story," he said.'), ['Connor Dunleavy']);
  });

  it('one word and places closing on a body\'s word name one body, not a pair', () => {
    assert.deepEqual(speakers('The Kingsbrook Marathon started at nine.\n\nKingsbrook and Wensel Valley Police say the morning passed “without any significant incident”.'), ['Kingsbrook and Wensel Valley Police']);
    // A surname and a body stay a pair.
    assert.deepEqual(speakers('Ana Ruiz and Tom Lee met.\n\nRuiz and Lee said: “We agree.”'), ['Ana Ruiz and Tom Lee']);
  });

  it('a body named right after its kind is named by its name', () => {
    assert.deepEqual(speakers('The local running club Wensel Harriers posted on X: “81 years young and still going.”'), ['Wensel Harriers']);
    assert.deepEqual(speakers('The charity Shelter said: “It is a scandal.”'), ['Shelter']);
    // Not a body's modifier: "the state Senate" keeps its words.
    assert.deepEqual(speakers('The state Senate said: “No.”'), ['The state Senate']);
    const a = analyze('# T\n\nThe charity Shelter said the levy raised $4 million.\n').attributions[0];
    assert.equal(a?.sourceName, 'Shelter');
  });
});

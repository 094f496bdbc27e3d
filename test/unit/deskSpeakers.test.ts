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

  it('a place word that is a common surname ends a person\'s name after a given name, not after a preposition of place', () => {
    assert.deepEqual(speakers('Sung-min Park grew up nearby. "My mom cleaned this theater," Park said.'), ['Sung-min Park']);
    assert.deepEqual(speakers('Her manager, Tom Park, was delighted. "She was superb," Park said.'), ['Tom Park']);
    assert.deepEqual(speakers('Ana Hill spoke first. "No," Hill said.'), ['Ana Hill']);
    // Places stay places: no person is found in them, so no one is named by them.
    const people = analyze('# T\n\nWe walked from Hyde Park to Notting Hill, then into Victoria Park and on to Grace Hill.\n').attributions;
    assert.equal(people.length, 0);
    assert.deepEqual(speakers('They met in Victoria Park. "Lovely," she said.'), [null]);
  });

  it('British police ranks shortened before a name are titles', () => {
    assert.deepEqual(speakers('DCI Ana Ruiz said: "No."'), ['Ana Ruiz']);
  });

  it('a short sentence led by a name with its description set off by commas introduces the next quote', () => {
    assert.deepEqual(speakers('**14:35** Lena Holt, the race director, has just spoken to us. "The course is safe."'), ['Lena Holt']);
    assert.deepEqual(speakers('Lena Holt, the race director, spoke to reporters. "The course is safe."'), ['Lena Holt']);
  });

  it('a role noun capitalised by the sentence start is no part of the full name after it', () => {
    assert.deepEqual(speakers('Novelist Hollis Vance has a new book out. "It was time," Vance said.'), ['Hollis Vance']);
    assert.deepEqual(speakers('Curator Ines Moreau called the loan "a coup".'), ['Ines Moreau']);
  });

  it('a capitalised "Said" after a given name is a surname, not a verb', () => {
    assert.deepEqual(speakers('Its chairman, Omar Said, called the vote "calm and orderly."'), ['Omar Said']);
    assert.deepEqual(speakers('Omar Said told reporters: "We won." Omar said no more.'), ['Omar Said']);
    // The verb stays a verb after a name in lowercase.
    assert.deepEqual(speakers('Omar Haddad said: "We won."'), ['Omar Haddad']);
    // And the verb after the surname is a cue ("the said report" is a determiner only in lowercase).
    const a = analyze('# T\n\nTurnout was 61 percent, Omar Said told reporters.\n').attributions[0];
    assert.equal(a?.source?.text, 'Omar Said');
    assert.equal(a?.cue.text, 'told');
  });
});


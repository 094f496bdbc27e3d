// The fourteenth session's closing read: each finding of the reviewer, as the sentence that showed it. Invented.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const doc = (text: string) => analyze(`# T\n\n${text}\n`);
const speakers = (text: string) => doc(text).quotes.map((q) => q.speaker?.name ?? null);
const first = (text: string) => doc(text).attributions[0];
const vagueFound = (text: string) => doc(text).problems.some((p) => p.code === 'vague-source');

describe('closing read of the fourteenth session', () => {
  it('a park or a hill after a given name that also names parks stays a place; "from" and "to" come before people', () => {
    assert.deepEqual(speakers('Crowds packed Victoria Park on Sunday for the final. “It was wonderful,” she said.'), [null]);
    assert.deepEqual(speakers('The final pass came from Tom Park. “We paid,” Park said.'), ['Tom Park']);
  });

  it('only a listed role noun is dropped before a full name, not a first name ending like one', () => {
    assert.deepEqual(speakers('Xavier Ruiz Costa scored twice on Sunday. “We were lucky,” he said.'), ['Xavier Ruiz Costa']);
    assert.deepEqual(speakers('“We were unlucky,” Di Canio said.'), ['Di Canio']);
  });

  it('knowing her contract or that you cannot buy a title is still a thought reported', () => {
    assert.equal(first('Scouts knew her contract would expire in June.')?.cue.text, 'knew');
  });

  it('"well" is the passive\'s adverb only before a verb of knowing and "that"', () => {
    assert.equal(vagueFound('It was well argued, but the court rejected it.'), false);
    assert.equal(doc('The plan is bold and it is well thought out.').attributions.length, 0);
    assert.ok(doc('It is well known that the club paid $4 million in 2019.').claims[0]?.reasons.includes('vague-source'));
  });

  it('hearsay opens a clause; a person\'s word and a relative "that" are no vague wording', () => {
    assert.equal(vagueFound('Ruiz’s final word on the deal was that the club would not sell.'), false);
    assert.equal(vagueFound('There was a report that was never published, the club said.'), false);
  });

  it('a list of people after a described name introduces no quote', () => {
    assert.deepEqual(speakers('**14:35** Lena Holt, the race director, and Tom Reed met the press. “The course is safe.”'), [null]);
  });

  it('a coordinated verb whose past is its bare form, or after a negated modal, is read by its form', () => {
    assert.equal(first('The coach said the team would win and hit out at critics who called it weak.')?.content?.text, 'the team would win');
    assert.equal(first('He said he cannot stay and play for the club.')?.content?.text, 'he cannot stay and play for the club');
  });

  it('"not free to" keeps a name back as "not authorized to" does', () => {
    const a = first('An official not free to discuss the case publicly said the club paid £4 million.');
    assert.equal(a?.source?.text, 'An official not free to discuss the case');
    assert.equal(a?.anonymous, true);
  });

  it('an irregular past deep in a noun phrase\'s relative clause does not make a characterisation a report', () => {
    assert.equal(doc('Ruiz criticised the £4 million deal the club made in 2021.').claims[0]?.status, 'unsourced');
  });

  it('a bare count speaks; only a scaled sum before a bare form is a noun\'s', () => {
    assert.equal(first('Of the 1,000 voters polled, 620 say the levy should pass.')?.source?.text, '620');
  });
});

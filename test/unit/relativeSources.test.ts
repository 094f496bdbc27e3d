// Relative pronouns as attribution sources (src/core/detectors/speakers/relativeSources.ts): a "who" stands for
// what it follows, never for itself.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze.js';

const sourceNameOf = (text: string, cue: string): string | undefined => {
  const a = analyze(text).attributions.find((x) => x.cue.text === cue);
  assert.ok(a?.source, `an attribution with cue “${cue}” and a source`);
  assert.equal(a.source.text, 'who');
  return a.sourceName;
};

describe('relative pronoun sources', () => {
  it('gives a second relative joined by "and" what the first one stands for', () => {
    const named = 'Senator Ana Ruiz, who voted against the harbour levy, and who had long wanted ferry fares cut, said the board was wrong.';
    assert.equal(sourceNameOf(named, 'wanted'), 'Ana Ruiz');
    const described = 'A mayor who signed the ferry cuts and who expected a surplus by spring said the board was wrong.';
    assert.equal(sourceNameOf(described, 'expected'), 'A mayor');
  });

  it('gives a restrictive relative after a verb phrase the noun it closes, past the verb', () => {
    assert.equal(sourceNameOf('She must now win over Varga’s backers who remain doubtful of the board.', 'doubtful'), 'Varga’s backers');
    assert.equal(sourceNameOf('The rule might cover drivers who have argued that the pier is free to park on.', 'argued'), 'drivers');
    // Look-alike: after a comma the relative is no restrictive one, and a verb phrase stands for no one.
    assert.equal(sourceNameOf('The board hired a consultant, Ana Ruiz, to review its ferry contracts, who said the fares were too low.', 'said'), undefined);
  });

  it('leaves a single relative with its own antecedent', () => {
    assert.equal(sourceNameOf('Senator Ana Ruiz, who voted against the harbour levy, spoke on Friday.', 'voted against'), 'Ana Ruiz');
    assert.equal(sourceNameOf('Island voters who said the levy was unfair marched on Friday.', 'said'), 'Island voters');
  });
});

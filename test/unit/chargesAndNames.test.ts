// A charge made against someone ("accused the mayor of hiding the cost", "warned lenders against raising rates")
// and a person named as something ("called him reckless", "called it ''reckless''"): the object and what follows
// it are the content, and a phrase fronted before the subject is not. Invented sentences.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const attributions = (text: string) => analyze(`${text}\n`).attributions.map((a) => [a.cue.text, a.source?.text ?? null, a.content?.text ?? null]);

describe('charges and names', () => {
  it('a charge after a listener verb is its content, with whom it is made against', () => {
    assert.deepEqual(attributions('In a sharp rebuttal of the plan, Ana Ruiz accused the mayor of hiding the cost.'),
      [['accused', 'Ana Ruiz', 'the mayor of hiding the cost']]);
    assert.deepEqual(attributions('Ruiz has accused Cole of misleading voters.'), [['accused', 'Ruiz', 'Cole of misleading voters']]);
    assert.deepEqual(attributions('The union warned lenders against raising rates.'), [['warned', 'The union', 'lenders against raising rates']]);
    // A reason set off by a comma is a frame of its own.
    assert.deepEqual(attributions('In May, Ruiz warned the bank against selling bonds, because she believed a slump was near.'),
      [['warned', 'Ruiz', 'the bank against selling bonds'], ['believed', 'she', 'a slump was near']]);
  });

  it('a person naming someone or something is reported, however short the naming', () => {
    assert.deepEqual(attributions('Ana Ruiz called him reckless and accused him of misleading voters.'),
      [['called', 'Ana Ruiz', 'him reckless'], ['accused', 'Ana Ruiz', 'him of misleading voters']]);
    assert.deepEqual(attributions("Ben Cole called it ''reckless.''"), [['called', 'Ben Cole', "it ''reckless.''"]]);
    // Not the calling of a meeting.
    assert.deepEqual(attributions('The council called an emergency meeting.'), []);
  });
});

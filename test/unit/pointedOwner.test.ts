// "“…” This was the estimate of the head of the chamber, Name, who …": the sentence after a quote names its owner
// through a described role and the person beside it, also when the person index never knew the name (a name with
// particles, "Alejandra Vidal de la Fuente"; invented sentences, unseen set 7's develop half showed the shape).
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(`# T\n\n${text}\n`).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker?.name ?? null;

describe('a quote whose owner the next sentence names', () => {
  const before = 'The mayor spoke first. "No bus will go," he said.\n\n';

  it('a described role and the name beside it, known or not to the person index', () => {
    assert.equal(speakerOf(`${before}"The losses pass forty million." This was the estimate of the head of the Chamber of Trade of Santa Lucía, Marisol Vega de la Torre, who asked for credit.`, 'The losses pass'), 'Marisol Vega de la Torre');
    assert.equal(speakerOf(`${before}"The roads held." That was the verdict of the county's chief engineer, Joaquín Ruiz del Olmo, after a week of checks.`, 'The roads held'), 'Joaquín Ruiz del Olmo');
    assert.equal(speakerOf(`${before}"The roads held." That was the verdict of the county's chief engineer, Ana Ruiz, after a week of checks.`, 'The roads held'), 'Ana Ruiz');
  });

  it('"That was the message from …", also with a role before the name', () => {
    assert.equal(speakerOf(`${before}"We will not be bullied." That was the message from Kestrel mayor Odile Varga on Monday.`, 'We will not be bullied'), 'Odile Varga');
    assert.equal(speakerOf(`${before}"We will not be bullied." That was the view of defence lawyer Odile Varga.`, 'We will not be bullied'), 'Odile Varga');
    // Naming someone with no "of" or "from" says nothing of the words.
    assert.equal(speakerOf(`"We will not be bullied." That was Kestrel mayor Odile Varga.`, 'We will not be bullied'), null);
  });
});

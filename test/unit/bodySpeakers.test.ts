// Bodies and documents as speakers in wire-style news (unseen set 12's develop half showed each shape; sentences are
// invented): a body named by a place's possessive ("Veltria's interior ministry" … "the ministry said"), a document
// with its owner before it ("The agency's review found “…”"), and a person who gave a name only ("gave his name as").
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(`# T\n\n${text}\n`).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker?.name ?? null;

describe('bodies and documents as speakers', () => {
  it('a definite body stands for one a place\'s possessive named before it', () => {
    const text = 'Veltria\'s interior ministry blamed smugglers for the fire. The ministry said the blaze began "near the eastern gate."';
    assert.equal(speakerOf(text, 'near the eastern gate'), 'Veltria\'s interior ministry');
    // Not a body of another kind: "the agency" is no ministry.
    assert.equal(speakerOf('Veltria\'s interior ministry blamed smugglers. The agency said the blaze began "near the eastern gate."', 'near the eastern gate'), null);
  });

  it('a document with its owner before it speaks for the owner: a body pointed at, a named body, a person', () => {
    const text = 'The complaint went to the Harbour Standards Board, the regulator of ferry firms. The board\'s review, published on Monday, found "repeated failures to log" crossings.';
    assert.equal(speakerOf(text, 'repeated failures'), 'Harbour Standards Board');
    assert.equal(speakerOf('Kestrel County Council\'s audit found "serious gaps" in the records.', 'serious gaps'), 'Kestrel County Council');
    assert.equal(speakerOf('Councillor Mira Oduya\'s letter said "we were never told" about the closure.', 'we were never told'), 'Mira Oduya');
  });

  it('a person who gave a name only is called by it', () => {
    const text = 'A driver outside the depot, who gave his name only as Dara, said the gates stayed shut. "Nobody came out to us," he said.';
    assert.equal(speakerOf(text, 'Nobody came out'), 'Dara');
  });
});

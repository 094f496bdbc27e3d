// Quote speakers across frames × ways of naming the speaker: a grid of invented sentences after one that introduces
// the person ("Ana Ruiz is the county treasurer."). Each quote must be given the person's full name, however the
// frame refers back — by surname, by the role stated of her, by pronoun, with an age or an aside.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze.js';

const LEAD = 'Ana Ruiz is the county treasurer. ';
const NAMES = ['Ana Ruiz', 'Ruiz', 'the treasurer', 'she', 'Ruiz, 54,', 'Ruiz, speaking to reporters,'];
const QUOTE = 'We will not cut the bus routes';
const FRAMES = [
  '"Q," X said.', '"Q," said X.', 'X said: "Q."', '"Q," X told reporters.', '"Q," X said, adding that it was hard.', 'X said, "Q."', '"Q," X wrote on Twitter.',
  '"Q," X said on Monday.', '"Q," X said in a statement.', 'X told the Gazette: "Q."', '"Q," X added.', '"Q," X insisted.', 'X was blunt: "Q."', '"Q," X said. "We never will."',
  'Asked about the cuts, X said: "Q."', '"Q," X, who chairs the board, said.', 'In a statement, X said: "Q."', '"Q," X told the Gazette on Monday.',
];

describe('quote frames', () => {
  it('every quote of the grid is Ana Ruiz\'s, whatever the frame and however she is named', () => {
    const failed: string[] = [];
    for (const x of NAMES) {
      for (const frame of FRAMES) {
        // "said she" and "said Ruiz, 54," are no English.
        if (frame.includes('said X') && (x === 'she' || x.includes(','))) continue;
        const sentence = frame.replace('Q', QUOTE).replace('X', x).replace(/,([.,])/g, '$1').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
        const quote = analyze(`# T\n\n${LEAD}${sentence}\n`).quotes.find((q) => q.inner.text.startsWith('We will not'));
        if (quote?.speaker?.name !== 'Ana Ruiz') failed.push(`${sentence} → ${quote?.speaker?.text ?? '(none)'} / ${quote?.speaker?.name ?? null}`);
      }
    }
    assert.deepEqual(failed, []);
  });

  it('a possessive before a noun of what was said hands the quote to its owner ("Her answer: “…”")', () => {
    const speaker = (text: string) => analyze(`# T\n\n${text}\n`).quotes[0]?.speaker?.name ?? null;
    assert.equal(speaker('Ana Ruiz was asked about the cuts. Her answer: "We will not cut the bus routes."'), 'Ana Ruiz');
    assert.equal(speaker('Tom Bell was asked too. Bell\'s reply: "Nor will we."'), 'Tom Bell');
  });
});

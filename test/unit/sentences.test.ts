// Sentence ends followed by citation marks: a footnote call with no definition, or a numbered citation, is plain
// text to Markdown, but the sentence still ends before it.
import assert from 'node:assert/strict';
import { createContext } from '../../src/core/analyze.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';

function sentences(text: string): string[] {
  return createContext(buildProseDocument(text)).sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('ends a sentence after citation marks glued to its full stop', () => {
    assert.deepEqual(sentences('Rates rose.[3][4] The minister said so. Chen had ignored 86 complaints.[^24] Tanaka agreed.'), [
      'Rates rose.[3][4]',
      'The minister said so.',
      'Chen had ignored 86 complaints.[^24]',
      'Tanaka agreed.',
    ]);
  });

  it('keeps a full stop glued to other brackets inside its sentence', () => {
    // "[x y]" is no citation label and "[a]" is not glued to a full stop.
    assert.deepEqual(sentences('It was [a] test.[x y] Done. The file is v1.[beta] for now.'), ['It was [a] test.[x y] Done.', 'The file is v1.[beta] for now.']);
  });
});

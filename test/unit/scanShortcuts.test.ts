// Property: scans rewritten for speed find what the single patterns they replace find. The organisation-name pair
// scan (detectors/claimNameOpeners.ts) tries its pattern only where a capital may stand and skips ASCII words no
// space and capital follow; usedAsNameIn (lexicon/bareGroups.ts) tests each place a word is written instead of
// building a pattern per word. Held to the plain patterns on strings of look-alike characters (Latin-1 and astral
// capitals, curly and straight apostrophes, hyphens, digits, signs that are no letters) and on the fixture articles.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createContext } from '../../src/core/analyze.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { nameOpeners } from '../../src/core/detectors/claimNameOpeners.js';
import { ORG_WORDS } from '../../src/core/lexicon/names.js';
import { usedAsNameIn } from '../../src/core/lexicon/bareGroups.js';
import { writesLowercase } from '../../src/core/text/lowercaseWords.js';
import { fixtureTexts } from './helpers/fixtureTexts.js';

/** nameOpeners as one global pattern over each block, the way it was written first. */
function plainOpeners(text: string): string[] {
  const ctx = createContext(buildProseDocument(text));
  const out = new Set<string>();
  for (const block of ctx.doc.blocks) {
    for (const m of ctx.doc.masked.slice(block.start, block.end).matchAll(/(?<![\p{L}\p{N}’'-])(\p{Lu}\p{Ll}[\p{L}’'-]*) (\p{Lu}\p{L}*)/gu)) {
      if (ORG_WORDS.has(m[2].toLowerCase())) out.add(m[1]);
    }
  }
  return [...out].sort();
}

const openersOf = (text: string): string[] => [...nameOpeners(createContext(buildProseDocument(text)))].sort();

function plainUsedAsName(text: string, word: string): boolean {
  return new RegExp(`(?:[\\p{L}\\p{N},;:’'"”)][ \\t]+|[(“"‘])${word}\\b`, 'u').test(text);
}

/** The lowercase words of a text as one global pattern cuts them, the way writesLowercase was written first. */
const plainLowercaseWords = (t: string): Set<string> => new Set([...t.matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{L}-]*/gu)].map((m) => m[0]));

const PIECES = ['Dunmore', 'Harlow', 'Town', 'Athletic', 'Council', 'COUNCIL', 'Party', 'Éire', 'Ōtaki', '𝐀bc', 'Peters',
  'peters', 'the', 'said', 'McAdam', 'O’Neil', "O'Neil", 'Ann-Marie', 'AB', 'A', 'x', '3', '×', '’', "'", '-', '“', '(',
  ' ', ' ', ' ', '  ', '\t', '\n\n', ', ', '. ', '\u00a0'];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));


describe('scan shortcuts', () => {
  it('organisation-name openers: the same words as the plain pattern, on strings of look-alikes', () => {
    fc.assert(fc.property(text, (t) => assert.deepEqual(openersOf(t), plainOpeners(t), JSON.stringify(t))), { numRuns: 3000, seed: 5 });
  });

  it('organisation-name openers: the same words as the plain pattern, on look-alikes that hold one', () => {
    for (const t of ['Éire Council', 'Ōtaki Town said', 'x 𝐀bc Party', '×Dunmore Athletic', '“Harlow Town”', 'Ann-Marie Party',
      'Talks at McAdam Council', 'Dan’s Party', 'by Harlow Town.', '(Dunmore Athletic)']) {
      const plain = plainOpeners(t);
      assert.deepEqual(openersOf(t), plain, t);
      assert.equal(plain.length, 1, `${t}: a look-alike the pattern matches`);
    }
  });

  it('organisation-name openers: the same words as the plain pattern, on the fixture articles', () => {
    let found = 0;
    for (const t of fixtureTexts()) {
      const plain = plainOpeners(t);
      found += plain.length;
      assert.deepEqual(openersOf(t), plain);
    }
    assert.ok(found > 20, `${found} openers`);
  });

  it('usedAsNameIn: the same answer as a pattern built for the word', () => {
    fc.assert(fc.property(text, fc.constantFrom('Peters', 'Harlow', 'Ann-Marie', 'Éire'), (t, w) => {
      assert.equal(usedAsNameIn(t, w), plainUsedAsName(t, w), JSON.stringify([t, w]));
    }), { numRuns: 3000, seed: 9 });
  });

  it('writesLowercase: the same answer as the set of lowercase words, on strings of look-alikes', () => {
    fc.assert(fc.property(text, fc.constantFrom('peters', 'the', 'said', 'ann-marie', 'éire', 'x', 'town', 'mcadam', '3'), (t, w) => {
      assert.equal(writesLowercase({ masked: t }, w), plainLowercaseWords(t).has(w), JSON.stringify([t, w]));
    }), { numRuns: 3000, seed: 13 });
  });

  it('writesLowercase: the same answer as the set of lowercase words, for every word of the fixture articles', () => {
    let written = 0;
    for (const t of fixtureTexts()) {
      const words = plainLowercaseWords(t);
      for (const w of new Set(t.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu))) {
        const expected = words.has(w);
        if (expected) written++;
        assert.equal(writesLowercase({ masked: t }, w), expected, w);
      }
    }
    assert.ok(written > 1000, `${written} words`);
  });
});

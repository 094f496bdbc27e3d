// Property: a word list written as a trie (lexicon/alternation.ts) matches what the flat alternation of the same words,
// longest first, matches: the same places, the same text, alone or with more pattern after it (where the order in
// which the words are tried decides the match). Held on word lists over a few letters, so that words are often
// beginnings of one another, with spaces (runs of white space) and letters the iu flags fold onto others (long s,
// the Kelvin sign).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alternation, flatAlternation } from '../../src/core/lexicon/alternation.js';
import { matches } from './helpers/regexMatches.js';


const LETTERS = ['s', 'a', 'k', ' ', '.', 'S'];
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 5 }).map((cs) => cs.join('')).filter((w) => w.trim() === w && !w.includes('  '));
const text = fc.array(fc.constantFrom(...LETTERS, 'K', '\u017f', '\u212a', '\n', 'x', 'b'), { maxLength: 24 }).map((cs) => cs.join(''));
/** What may follow the words in a pattern: nothing, a boundary, more words, a letter the shorter words leave. */
const AFTER = ['', '(?!\\w)', '\\s+s', 'k', 'a(?!\\w)'];

describe('lexicon alternation: word lists as tries', () => {
  it('match what the flat alternation matches, in the same order of preference', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), text, (words, s) => {
      for (const after of AFTER) {
        for (const flags of ['giu', 'gu']) {
          const trie = new RegExp(`(?:${alternation(words)})${after}`, flags);
          const flat = new RegExp(`(?:${flatAlternation(words)})${after}`, flags);
          assert.deepEqual(matches(trie, s), matches(flat, s), `${JSON.stringify(words)} ${after} /${flags} on ${JSON.stringify(s)}`);
        }
      }
    }), { numRuns: 3000, seed: 11 });
  });

  it('shares the words’ beginnings', () => {
    assert.equal(alternation(['say', 'says', 'said', 'saying']), 'sa(?:y(?:s|ing)?|id)');
    assert.equal(alternation(['point out', 'points out']), 'point(?:\\s+out|s\\s+out)');
    assert.equal(alternation(['u.s.']), 'u\\.s\\.');
  });
});

// Property: the vague-wording patterns, whose \b is written per side for speed ((?<!\w) before a letter of the
// pattern, (?!\w) after one, (?<=\w) before a contracted "’s"), match exactly what the same patterns match with \b.
// Held on strings of pattern words glued by the characters where the two could differ: letters \w lacks ("é"),
// letters \w has only under the iu flags (long s, the Kelvin sign), quote marks, digits, hyphens and underscores;
// and on every sentence of the fixture articles.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createContext } from '../../src/core/analyze.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { VAGUE_WORDING } from '../../src/core/lexicon/vagueWording.js';
import { fixtureTexts } from './helpers/fixtureTexts.js';
import { matches } from './helpers/regexMatches.js';

/** The pattern as it read with \b on both sides of each boundary. */
function withWordBoundaries(re: RegExp): RegExp {
  const source = re.source.replaceAll('(?<!\\w)', '\\b').replaceAll('(?!\\w)', '\\b').replaceAll('(?<=\\w)', '\\b');
  return new RegExp(source, re.flags);
}


const PATTERNS = VAGUE_WORDING.map((p, k) => [k, p.re, withWordBoundaries(p.re)] as const);

const WORDS = ['it', 'It', 'is', 'was', 'has', 'been', 'widely', 'believed', 'said', 'to', 'be', 'have', 'considered', 'as', 'by',
  'many', 'some', 'critics', 'residents', 'say', 'fear', 'that', 'there', 'are', 'claims', 'studies', 'show', 'a', 'study',
  'found', 'sources', 'close', 'familiar', 'with', 'the', 'talks', 'who', 'asked', 'not', 'named', 'anonymity', 'and', 'two',
  'of', 'officials', 'insiders', 'emerged', 'questions', 'raised', 'accounts', 'consensus'];
const GLUE = [' ', ' ', ' ', ' ', ', ', 'é', '\u017f', '\u212a', '’s ', "'s ", '’', '-', '_', '1', '. ', 'x'];
const sentence = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { minLength: 2, maxLength: 12 })
  .map((pairs) => pairs.flat().join(''));

describe('vague wording: boundaries written per side', () => {
  it('the patterns still hold their lookarounds (else the checks below compare a pattern with itself)', () => {
    assert.ok(PATTERNS.filter(([, re]) => re.source.includes('(?<!\\w)')).length >= 15);
  });

  it('match what \\b matches, on pattern words glued by look-alike characters', () => {
    fc.assert(fc.property(sentence, (s) => {
      for (const [k, re, legacy] of PATTERNS) assert.deepEqual(matches(re, s), matches(legacy, s), `pattern ${k}: ${JSON.stringify(s)}`);
    }), { numRuns: 3000, seed: 7 });
  });

  it('match what \\b matches, on every sentence of the fixture articles', () => {
    let found = 0;
    for (const text of fixtureTexts()) {
      const ctx = createContext(buildProseDocument(text));
      for (const s of ctx.sentences) {
        const sentence = text.slice(s.start, s.end);
        for (const [k, re, legacy] of PATTERNS) {
          const expected = matches(legacy, sentence);
          found += expected.length;
          assert.deepEqual(matches(re, sentence), expected, `pattern ${k}: ${sentence}`);
        }
      }
    }
    assert.ok(found > 100, `${found} matches`);
  });
});

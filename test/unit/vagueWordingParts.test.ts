// Property: a vague-wording pattern tried with only the parts whose needs a sentence holds (lexicon/gatedPattern.ts)
// matches what the whole pattern matches. Held on strings of the words the parts and their needs are made of, glued
// by spaces, punctuation and the characters where a word boundary could disagree, and on every sentence of the
// repository's own fixture articles.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createContext } from '../../src/core/analyze.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { VAGUE_WORDING } from '../../src/core/lexicon/vagueWording.js';
import { fixtureTexts } from './helpers/fixtureTexts.js';
import { matches } from './helpers/regexMatches.js';

const GATED = VAGUE_WORDING.flatMap((p, k) => (p.gated ? [[k, p.gated] as const] : []));

/** The matches of the parts the sentence may match, as findVagueWording tries them. */
const partMatches = (gated: (typeof GATED)[number][1], s: string): string[] => {
  const re = gated.for(s);
  return re === null ? [] : matches(re, s);
};

const WORDS = [
  'It', 'it', 'is', 'was', 'has', 'had', 'been', 'be', 'will', 'it’s', "it's", 'long', 'widely', 'well', 'said', 'rumoured',
  'known', 'argued', 'that', 'by', 'many', 'critics', 'the', 'word', 'talk', 'around', 'club', 'thinking', 'inside',
  'campaign', 'questions', 'claims', 'have', 'also', 'raised', 'made', 'emerged', 'surfaced', 'conventional', 'wisdom',
  'holds', 'general', 'view', 'consensus', 'among', 'remains', 'two', 'Eleven', '12', 'of', 'those', 'residents', 'say',
  'fear', 'sources', 'a', 'source', 'close', 'to', 'familiar', 'with', 'who', 'spoke', 'on', 'condition', 'anonymity',
  'asked', 'not', 'named', 'unnamed', 'official', 'insiders', 'at', 'and', 'considered', 'regarded', 'as', 'among', 'seen',
  'believed', 'criticised', 'generally', 'data', 'documents', 'show', 'suggest', 'records',
];
const GLUE = [' ', ' ', ' ', ' ', '  ', ', ', ',', '; ', '\u2028', '’', "'", 'é', '\u017f', '-', '_', '. '];
const sentence = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { minLength: 2, maxLength: 14 })
  .map((pairs) => pairs.flat().join(''));

describe('vague wording: patterns tried by their parts', () => {
  it('gate some patterns (else the checks below compare nothing)', () => {
    assert.ok(GATED.length >= 8, `${GATED.length} gated patterns`);
  });

  it('match what the whole pattern matches, on sentences of the parts’ words', () => {
    fc.assert(fc.property(sentence, (s) => {
      for (const [k, gated] of GATED) assert.deepEqual(partMatches(gated, s), matches(gated.whole, s), `pattern ${k}: ${JSON.stringify(s)}`);
    }), { numRuns: 4000, seed: 16 });
  });

  it('match what the whole pattern matches, on sentences each part matches', () => {
    for (const s of ['It is widely said that the mayor lied.', 'It is well known that the mayor lied.', 'The word around the club is that he will go.',
      'The thinking inside the campaign was that turnout would fall.',
      'Questions have also been raised about the deal.', 'Claims have emerged in recent weeks that the vote was rigged.',
      'Conventional wisdom holds that turnout will fall.', 'The consensus among economists is that rates will rise.',
      'Eleven of the fourteen tenants said the heating failed.', 'The dam is widely regarded as unsafe.',
      'The senator is said to have voted twice.', 'The bridge has been considered among the worst.', 'The plan was criticised by many.',
      'Leaked documents have repeatedly shown the risk.', 'A source close to the talks said no deal was near.']) {
      for (const [k, gated] of GATED) assert.deepEqual(partMatches(gated, s), matches(gated.whole, s), `pattern ${k}: ${s}`);
      assert.ok(GATED.some(([, gated]) => matches(gated.whole, s).length > 0), `${s}: no pattern matches it`);
    }
  });

  it('match what the whole pattern matches, on every sentence of the fixture articles', () => {
    let sentences = 0;
    for (const text of fixtureTexts()) {
      const ctx = createContext(buildProseDocument(text));
      for (const { start, end } of ctx.sentences) {
        sentences++;
        const s = text.slice(start, end);
        for (const [k, gated] of GATED) assert.deepEqual(partMatches(gated, s), matches(gated.whole, s), `pattern ${k}: ${s}`);
      }
    }
    assert.ok(sentences > 3000, `${sentences} sentences`);
  });
});

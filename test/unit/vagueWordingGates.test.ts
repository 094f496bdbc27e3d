// Property: the anchor bits that let a sentence skip a vague-wording pattern (lexicon/vagueWording.ts, `may`) never
// skip one that would match. Each gate is held to the ungated patterns (every `may` true) on sentences built from the
// words and joiners where a word pair and a pattern's \b could disagree ("rock-and critics say", "by most-favoured",
// "x-it is said", a U+2028 between words), and on every sentence of the repository's own fixture articles.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createContext } from '../../src/core/analyze.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { findVagueWording, sentenceAnchorBits } from '../../src/core/lexicon/vagueWording.js';
import { SentenceTokens, tokenize } from '../../src/core/text/tokens.js';
import { fixtureTexts } from './helpers/fixtureTexts.js';

/** Every `may` answers yes for these bits. */
const UNGATED = -1;

function gatedAndUngated(text: string, start: number, end: number, bits: number, next?: { start: number; end: number }): [string, string] {
  const gated = bits === 0 ? [] : findVagueWording(text, start, end, bits, next);
  return [JSON.stringify(gated), JSON.stringify(findVagueWording(text, start, end, UNGATED, next))];
}

// Words and what may stand between them. Each gate reads whole tokens: a word glued to another ("criticssaid", or
// joined by an apostrophe, hyphen or dot, "It'others") is one token to the tokenizer and to the gates, though a
// pattern's \b may start a word inside it. The pairs also read the last or first run of a joined word ("rock-and
// critics say", "éit is said", "by most-favoured"): the look-alikes below.
const WORDS = [
  'It', 'it', 'éit', 'is', 'was', 'are', 'has', 'had', 'been', 'be', 'he’s', "it's", 'also', 'now', 'widely', 'often',
  'almost', 'universally', 'considered', 'regarded', 'seen', 'said', 'believed', 'to', 'have', 'by', 'a', 'few', 'many',
  'some', 'most', 'number', 'others', 'critics', 'residents', 'people', 'local', 'worried', 'and', 'éand', 'but', 'as',
  'say', 'believe', 'argued', 'reported', 'known', 'that', 'of', 'in', 'the', 'town', 'emerged', 'one', 'among',
  'sceptical', 'x',
];
const BETWEEN = [' ', ' ', ' ', '  ', '\u2028', ', ', '; ', ': ', ',', ' - ', '. ', ' “', '” ', '(', ') '];
const sentence = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...BETWEEN)), { minLength: 2, maxLength: 12 })
  .map((pairs) => pairs.flat().join(''));


describe('vague wording: anchor gates', () => {
  it('skip no pattern that matches, on sentences of pattern words, spaces and punctuation', () => {
    fc.assert(fc.property(sentence, (s) => {
      const [gated, ungated] = gatedAndUngated(s, 0, s.length, sentenceAnchorBits(tokenize(s, 0, s.length)));
      assert.equal(gated, ungated, JSON.stringify(s));
    }), { numRuns: 4000, seed: 11 });
  });

  it('skip no pattern that matches, on the look-alikes of each pair', () => {
    for (const s of ['Prices rose, and rock-and critics say the plan failed.', 'The treaty was hailed by most-favoured nations.',
      'The exit-it is said was closed.', 'He’s widely regarded as honest.', 'The senator is believed\u2028to have voted twice.',
      'It was seen by a few as a betrayal.', 'Worried residents say the bridge is unsafe.', 'Residents of the old town say so.',
      'Some think-tank experts said the plan was sound.', 'The plan is also widely seen as a failure.']) {
      const [gated, ungated] = gatedAndUngated(s, 0, s.length, sentenceAnchorBits(tokenize(s, 0, s.length)));
      assert.equal(gated, ungated, s);
      assert.notEqual(ungated, '[]', `${s}: a look-alike the patterns match`);
    }
  });

  it('skip no pattern that matches, on every sentence of the fixture articles', () => {
    let sentences = 0;
    for (const text of fixtureTexts()) {
      const ctx = createContext(buildProseDocument(text));
      const tokens = new SentenceTokens(ctx.doc.masked);
      ctx.sentences.forEach((s, k) => {
        sentences++;
        const [gated, ungated] = gatedAndUngated(text, s.start, s.end, sentenceAnchorBits(tokens.of(s)), ctx.sentences[k + 1]);
        assert.equal(gated, ungated, text.slice(s.start, s.end));
      });
    }
    assert.ok(sentences > 3000, `${sentences} sentences`);
  });
});

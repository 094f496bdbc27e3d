// Bare plural groups named by what their members do, which no list of group nouns holds (lexicon/bareGroups.ts).
// Sentences are invented.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';
import { isAgentNoun, isBareAgentGroup, usedAsNameIn } from '../../src/core/lexicon/bareGroups.js';

const sourceOf = (text: string, cue: string) => analyze(`# Rents\n\n${text}\n`).attributions.find((a) => a.cue.text === cue);

describe('bare agent groups', () => {
  it('a bare plural of an agent noun no list holds is a vague source, opening the sentence or not', () => {
    for (const [text, cue] of [
      ['Caravanners say the site fees doubled in 2024.', 'say'],
      ['Across the valley, bidders complain that the auction closed 14 minutes early.', 'complain'],
      ['First-time renters argue that deposits rose 30 percent last year.', 'argue'],
      ['The fees rose, pharmacists warned, after the levy took effect in April.', 'warned'],
    ]) {
      const a = sourceOf(text, cue);
      assert.equal(a?.vague, true, text);
    }
  });

  it('is not vague when the group is counted, definite, speaks for an institution, or the word is a surname here', () => {
    for (const [text, cue] of [
      ['Two renters said the deposit rose 30 percent.', 'said'],
      ['The bidders said the auction closed early.', 'said'],
      ['Officers said the van was found in Harlow on Sunday.', 'said'],
      ['Tom Sellers runs the stall. Sellers said the rent rose 30 percent.', 'said'],
    ]) {
      assert.notEqual(sourceOf(text, cue)?.vague, true, text);
    }
  });

  it('tells a sentence-opening plural from a name by how the article writes the word elsewhere', () => {
    assert.equal(usedAsNameIn('Tom Sellers runs the stall.', 'Sellers'), true);
    assert.equal(usedAsNameIn('# Market\n\nSellers say prices rose. Prices rose.', 'Sellers'), false);
    assert.equal(isBareAgentGroup('Sellers', () => true), false);
    assert.equal(isBareAgentGroup('Sellers', () => false), true);
    assert.equal(isBareAgentGroup('local sellers', () => false), true);
    assert.equal(isBareAgentGroup('sellers at the Harlow market', () => false), false);
  });

  it('a sentence led by a described agent no list holds leaves its pronoun unnamed', () => {
    const text = '# Rents\n\n“Viewings are full within the hour,” said Ruth Bamber, a lettings director.\n\nTom Reece, 31, a porter, said he was asked for six months’ rent upfront.\n\nListings fell by 9 per cent.\n\nOne letting agent in Hull, speaking on condition that neither she nor her firm be named, said some lenders were quietly waiving fees, a practice she described as “a quiet price war”.\n';
    const quotes = analyze(text).quotes;
    assert.equal(quotes[1].speaker?.name, null);
    assert.equal(isAgentNoun('broker'), true);
    assert.equal(isAgentNoun('government'), false);
    assert.equal(isAgentNoun('number'), false);
  });

  it('a group led by a gerund ("Cycling groups") names nobody, unless the article writes the word as a name', () => {
    assert.equal(sourceOf('Walking groups have complained for years about the weir.', 'complained')?.vague, true);
    assert.notEqual(sourceOf('Sen. Ana Harding spoke on Monday. Harding groups said the weir would be rebuilt.', 'said')?.vague, true);
  });
});


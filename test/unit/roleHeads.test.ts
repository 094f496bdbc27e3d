// The role a name is given decides who a later description means ("the CEO", "the chairman"). buildRoles works out
// a phrase's role words only when its last word may head a person's role (people/roles.ts): these hold that quick
// test to the words it stands in for, and roleWords' hand-written split to the regexes it replaced. Sentences are
// invented.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';
import { lastWordMayHeadPerson, roleWords } from '../../src/core/detectors/people/roles.js';
import { isPersonNoun, titleKey } from '../../src/core/lexicon/titles.js';

const speakerOf = (text: string, quote: string) => analyze(`# T\n\n${text}\n`).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker?.name ?? null;

/** The words roleWords read before it was hand-written: a regex split, a regex cut of the possessive. */
const regexKeys = (phrase: string) => phrase.split(/\s+/).filter((w) => w).map((w) => titleKey(w.replace(/['’]s?$/, '')));

// Words that head a role only with others (honorifics read past, the parts of a chief officer), person nouns,
// abbreviated titles, possessives, and words that head none.
const VOCABULARY = ['mr', 'Mrs.', 'hon', 'Monsieur', 'chief', 'executive', 'financial', 'operating', 'officer', 'Sen.', 'pc', 'the',
  'minister', 'Prime', 'club', 'chairman', 'said', 'told', 'agency’s', "board's", 'nurses’', "s'", "'s", 'analyst', 'plan'];
const SPACES = [' ', '  ', '\n', '\u00a0', '\t '];

function* phrases(): Generator<string> {
  // Every phrase of up to three vocabulary words, with varied spaces between and around them.
  let n = 0;
  for (const a of VOCABULARY) for (const b of ['', ...VOCABULARY]) for (const c of ['', ...VOCABULARY]) {
    const space = (k: number) => SPACES[(n + k) % SPACES.length];
    n++;
    yield [a, b, c].filter((w) => w).join(space(1)) + (n % 7 === 0 ? space(2) : '');
  }
}

describe('role heads of the names an article gives', () => {
  it('the quick test on a phrase\'s last word passes every phrase whose role words end in a person noun', () => {
    for (const phrase of phrases()) {
      const words = roleWords(phrase);
      if (words.length > 0 && isPersonNoun(words[words.length - 1])) assert.ok(lastWordMayHeadPerson(phrase), phrase);
    }
    // It is no mere "true": a verb closing the phrase fails it.
    assert.equal(lastWordMayHeadPerson('club chairman said'), false);
  });

  it('roleWords reads the words a regex split and a possessive cut would', () => {
    for (const phrase of phrases()) {
      const keys = regexKeys(phrase);
      // Whatever the honorifics and chief officers make of them, the words come from the same keys.
      const words = roleWords(phrase);
      if (!keys.some((k) => ['mr', 'mrs', 'hon', 'monsieur', 'chief', 'sen', 'pc'].includes(k))) assert.deepEqual(words, keys, phrase);
    }
    assert.deepEqual(roleWords(' Mrs. the agency’s chief financial officer '), ['the', 'agency', 'cfo']);
  });

  it('a lowercase role right before a name gives it, a chief officer under its initials too', () => {
    const chairman = 'The club thanked fans, said club chairman Rob Tell. The chairman said the season had been "a long one."';
    assert.equal(speakerOf(chairman, 'a long one'), 'Rob Tell');
    const executive = 'The board met on Friday with chief executive Dana Pryce. The CEO said the sale was "off the table."';
    assert.equal(speakerOf(executive, 'off the table'), 'Dana Pryce');
  });
});

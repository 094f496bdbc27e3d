// Property: patterns anchored at the end of a window before a name, searched only from where a match could start
// (text/tailMatch.ts), find what the plain patterns find searched from the window's start; and the " and " gate of
// the partner before a speaker (speakers/coordinated.ts) holds wherever that pattern matches. Held on strings of
// look-alike characters and on every window before a capital in the fixture articles.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsWithWordThenSpaces, execAtTail } from '../../src/core/text/tailMatch.js';
import { GIVEN_AND } from '../../src/core/detectors/people/sharedSurname.js';
import { PARTITIVE, PARTITIVE_PREPOSITIONS } from '../../src/core/detectors/attributions/base.js';
import { BEFORE, LOWER_TITLE, TITLE_RUN } from '../../src/core/detectors/people/roles.js';
import { OFFICE_OF, officeOfBefore } from '../../src/core/detectors/people/roleComplement.js';
import { andBefore, PARTNER_BEFORE } from '../../src/core/detectors/speakers/coordinated.js';
import { fixtureTexts } from './helpers/fixtureTexts.js';

/** Each pattern, the most runs of non-spaces its matches hold, and the window it is tried on. */
const TAILS: Array<[string, RegExp, number, number]> = [['TITLE_RUN', TITLE_RUN, 4, 50], ['BEFORE', BEFORE, 6, 70], ['LOWER_TITLE', LOWER_TITLE, 3, 40], ['OFFICE_OF', OFFICE_OF, 7, 60]];

/** An office of three words and a field of three, as long as OFFICE_OF reaches. */
const LONGEST_OFFICE = 'met Deputy Chief Dean of Rural Roads Agency ';

const plain = (re: RegExp, s: string): string[] | null => {
  const m = new RegExp(re.source, 'u').exec(s);
  return m && [String(m.index), ...m];
};
const tail = (re: RegExp, s: string, runs: number): string[] | null => {
  const m = execAtTail(re, s, runs);
  return m && [String(m.index), ...m];
};

const PIECES = ['The', 'the', 'His', 'agency’s', "Ruiz's", 'chief', 'Transport', 'Minister', 'Dean', 'of', 'for', 'Admissions',
  'U.S.', 'Ann-Marie', 'and', 'said', 'x', '3', '(', '“', ',', ', ', ' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '.'];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));

/** Windows of `length` characters ending before each capital that follows a space in the fixture articles. */
function* windowsBeforeCapitals(length: number): Generator<string> {
  for (const t of fixtureTexts()) {
    for (let at = 1; at < t.length; at++) {
      if (t.charCodeAt(at - 1) === 32 && /\p{Lu}/u.test(t[at])) yield t.slice(Math.max(0, at - length), at);
    }
  }
}

describe('tail-anchored patterns searched from their last runs', () => {
  for (const [name, re, runs] of TAILS) {
    it(`${name}: the same match as the plain pattern, on strings of look-alikes`, () => {
      fc.assert(fc.property(text, (s) => assert.deepEqual(tail(re, s, runs), plain(re, s), JSON.stringify(s))), { numRuns: 3000, seed: 11 });
    });
  }

  for (const [name, re, runs, length] of TAILS) {
    it(`${name}: the same match as the plain pattern before every capital of the fixture articles`, () => {
      let matched = 0;
      for (const s of windowsBeforeCapitals(length)) {
        const expected = plain(re, s);
        if (expected) matched++;
        assert.deepEqual(tail(re, s, runs), expected, JSON.stringify(s));
      }
      assert.ok(matched > 20, `${matched} matches`);
    });
  }

  it('the check can fail: one run too few misses matches the plain pattern finds', () => {
    for (const [name, re, runs, length] of TAILS) {
      let differ = 0;
      for (const s of [...windowsBeforeCapitals(length), ...fc.sample(text, { numRuns: 5000, seed: 11 }), LONGEST_OFFICE]) {
        if (JSON.stringify(tail(re, s, runs - 1)) !== JSON.stringify(plain(re, s))) differ++;
      }
      assert.ok(differ > 0, name);
    }
  });

  it('officeOfBefore (gated on "of" or "for" near the end): the plain pattern\'s office, on look-alikes and the fixtures', () => {
    let matched = 0;
    for (const s of [...windowsBeforeCapitals(60), ...fc.sample(text, { numRuns: 5000, seed: 12 }), LONGEST_OFFICE]) {
      const expected = plain(OFFICE_OF, s)?.[2];
      if (expected) matched++;
      assert.equal(officeOfBefore(s, s.length), expected, JSON.stringify(s));
    }
    assert.ok(matched > 5, `${matched} matches`);
  });

  it('a partner before the speaker: " and " ends every window the pattern matches', () => {
    let matched = 0;
    for (const s of windowsBeforeCapitals(80)) {
      if (!PARTNER_BEFORE.test(s)) continue;
      matched++;
      assert.ok(andBefore(s, s.length, 0), JSON.stringify(s));
    }
    assert.ok(matched > 5, `${matched} matches`);
  });

  // Gates before patterns ending in "word\s+$": each passes wherever its pattern matches.
  const SPACES = [' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\u3000'];
  const GATED: Array<[string, RegExp, readonly string[], string[]]> = [
    ['GIVEN_AND', GIVEN_AND, ['and', '&'], ['Ana', 'Tom', 'and', '&', 'land', 'the', ',']],
    ['PARTITIVE', PARTITIVE, PARTITIVE_PREPOSITIONS, ['Some ', 'many ', 'Those ', 'few ', 'in ', 'at ', 'within ', 'inside', 'in', 'trade', 'Main', ',']],
  ];
  for (const [name, re, words, pieces] of GATED) {
    it(`${name}: endsWithWordThenSpaces passes every string the pattern matches, and fails some it does not`, () => {
      const strings = fc.array(fc.constantFrom(...pieces, ...SPACES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
      let matched = 0;
      let rejected = 0;
      for (const s of fc.sample(strings, { numRuns: 20000, seed: 13 })) {
        const gate = words.some((w) => endsWithWordThenSpaces(s, s.length, w));
        if (re.test(s)) {
          matched++;
          assert.ok(gate, JSON.stringify(s));
        } else if (!gate) rejected++;
      }
      assert.ok(matched > 20 && rejected > 1000, `${matched} matched, ${rejected} rejected`);
    });
  }
});

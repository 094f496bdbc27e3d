// Property: the hand-written scanners that replaced Unicode regexes for speed find exactly what those regexes
// found, on strings built from the characters where they could differ (capitals, marks, astral letters, lone
// surrogates, apostrophes, hyphens, dots, name particles). The regexes are kept here as the specification.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { charFlags, LETTER, MARK, NUMBER, skipClasses, SPACE, UPPER } from '../../src/core/text/chars.js';
import { isAcronym, isTitleCase, nextCapitalised, type Found } from '../../src/core/detectors/people.js';
import { phraseWords, splitWords } from '../../src/core/lexicon/phrases.js';
import { capitalBeforeSpace, lowercaseWordAtEnd } from '../../src/core/detectors/people/roles.js';

const PIECES = [
  'A', 'B', 'Z', 'a', 'd', 'e', 'l', 'v', 's', 'S', 'Ki', 'Mbeki', '.', ' ', ' ', '  ', "'", '’', '-', '1', '٣',
  'É', 'é', 'ß', '\u0301', '𝐀', '𝐚', 'Σ', 'İ', '\n', ',', 'de ', 'van ', 'della ', ' al ', 'ter ', 'U.S.', '\u00a0',
  '\ud800', '\udc00', '_', '—', 'al-', 'el-',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

// roles.ts's title run and description before a name: capitalBeforeSpace and lowercaseWordAtEnd must let through
// every window they match.
const TITLE_RUN = /(?:^|[^\p{L}’'.-])((?:\p{Lu}[\p{L}.-]*\s){0,3}\p{Lu}[\p{L}.-]*) $/u;
const BEFORE = /(?:^|[\s(])((?:[Tt]he|[\p{Lu}][\p{L}’'.-]*['’]s?)\s+(?:[\p{L}][\p{L}’'-]*\s+){0,4}?\p{Ll}[\p{L}-]*),?\s*$/u;

const CAPITALISED = /(?<![\p{L}\p{M}\p{N}])[ae]l-\p{Lu}[\p{L}\p{M}\p{N}]*|(?:\p{Lu}\.){2,}|(?<![\p{L}\p{M}\p{N}'’])\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*['’]?|(?<=[\p{L}.] )(?:de|da|di|del|della|der|den|van|von|la|le|du|bin|ibn|al|el|dos|das|ter|af)(?= (?:(?:de|da|di|del|della|der|den|van|von|la|le|du|bin|ibn|al|el|dos|das|ter|af) )?\p{Lu})/gu;

function capitalisedByRegex(s: string, from: number, to: number): string[] {
  const slice = s.slice(from, to);
  return [...slice.matchAll(CAPITALISED)].map((m) => `${from + m.index}-${from + m.index + m[0].length}`);
}

function capitalisedByScanner(s: string, from: number, to: number): string[] {
  const out: string[] = [];
  const found: Found = { start: 0, end: from };
  while (nextCapitalised(s, found.end, from, to, found)) out.push(`${found.start}-${found.end}`);
  return out;
}

function titleCaseByRegex(s: string): boolean {
  if (s.length > 300) return false;
  const words = s.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 4) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.8;
}

describe('hand-written scanners', () => {
  it('skip runs of letters and digits (and marks, when asked) as the class regexes match them', () => {
    fc.assert(fc.property(text, fc.nat(24), (s, at) => {
      const from = Math.min(at, s.length);
      // Callers start at a code point, never inside a surrogate pair (where a /u regex steps back to the pair).
      if (/[\ud800-\udbff]/.test(s[from - 1] ?? '') && /[\udc00-\udfff]/.test(s[from] ?? '')) return;
      for (const [classes, run] of [[LETTER | NUMBER, /[\p{L}\p{N}]*/uy], [LETTER | MARK | NUMBER, /[\p{L}\p{M}\p{N}]*/uy]] as const) {
        run.lastIndex = from;
        assert.equal(skipClasses(s, from, s.length, classes), from + run.exec(s)![0].length, JSON.stringify(s));
      }
    }), { numRuns: 2000, seed: 7 });
  });

  it('classify characters as the Unicode property classes do', () => {
    for (const ch of ['A', 'a', '1', ' ', '\u00a0', '\u2003', '\u0301', 'É', 'ß', '٣', 'İ', '—', '’', '\ud800', '𝐀', '𝐚', '\u3000']) {
      const f = charFlags(ch.codePointAt(0)!);
      assert.equal((f & UPPER) !== 0, /\p{Lu}/u.test(ch), ch);
      assert.equal((f & LETTER) !== 0, /\p{L}/u.test(ch), ch);
      assert.equal((f & MARK) !== 0, /\p{M}/u.test(ch), ch);
      assert.equal((f & NUMBER) !== 0, /\p{N}/u.test(ch), ch);
      assert.equal((f & SPACE) !== 0, /\s/u.test(ch), ch);
    }
  });

  it('find the capitalised words and name particles the people regex found', () => {
    fc.assert(
      fc.property(text, fc.nat(3), fc.nat(3), (s, cutStart, cutEnd) => {
        const from = Math.min(cutStart, s.length);
        const to = Math.max(from, s.length - cutEnd);
        assert.deepEqual(capitalisedByScanner(s, from, to), capitalisedByRegex(s, from, to));
      }),
      { numRuns: 3000 },
    );
    assert.deepEqual(capitalisedByScanner('Ludwig van Beethoven met U.S. envoy O’Brien', 0, 43), ['0-6', '7-10', '11-20', '25-29', '36-43']);
    // Two particles in a row ("Pieter van der Berg").
    assert.deepEqual(capitalisedByScanner('Pieter van der Berg', 0, 19), ['0-6', '7-10', '11-14', '15-19']);
  });

  it('tell title-case headlines as the word regex did', () => {
    fc.assert(fc.property(text, (s) => assert.equal(isTitleCase(s, 0, s.length), titleCaseByRegex(s))), { numRuns: 3000 });
    assert.equal(isTitleCase('Sanders Vows To Fight On Until The Convention', 0, 45), true);
  });

  it('tell acronyms as the regexes did', () => {
    const word = fc.array(fc.constantFrom('A', 'B', '.', 'a', 'É', '𝐀', '𝐚', '\ud800', '1', 'Σ', 'İ'), { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
    fc.assert(fc.property(word, (w) => assert.equal(isAcronym(w), /^[\p{Lu}.]+$/u.test(w) && !/^\p{Lu}\.$/u.test(w))), { numRuns: 3000 });
    assert.deepEqual(['NYPD', 'U.N.', 'B.', 'Un'].map(isAcronym), [true, true, false, false]);
  });

  it('let through every window that ends in a title run (the quick test before the regex)', () => {
    fc.assert(fc.property(text, fc.nat(24), (s, cut) => {
      const from = Math.min(cut, s.length);
      if (TITLE_RUN.test(s.slice(from))) assert.ok(capitalBeforeSpace(s, from, s.length), JSON.stringify(s.slice(from)));
    }), { numRuns: 5000, seed: 11 });
    assert.deepEqual(['Transit Director ', 'said ', 'the U.S. ', 'Dr. ', '𝐀x ', 'Director'].map((w) => capitalBeforeSpace(w, 0, w.length)),
      [true, false, true, true, true, false]);
  });

  it('let through every window that ends in a description (the quick test before the regex)', () => {
    const words = fc.array(fc.constantFrom(...PIECES, 'The', 'the', 'agency', 'chief-of-staff', "'s", '’s', ', ', '(', 'x'), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(fc.property(words, fc.nat(24), (s, cut) => {
      const from = Math.min(cut, s.length);
      if (BEFORE.test(s.slice(from))) assert.ok(lowercaseWordAtEnd(s, from, s.length), JSON.stringify(s.slice(from)));
    }), { numRuns: 5000, seed: 12 });
    assert.deepEqual(["the agency's director, ", 'The trust’s chief nurse ', 'as he said ', 'Transport Minister ', 'director', 'a -'].map((w) => lowercaseWordAtEnd(w, 0, w.length)),
      [true, true, true, false, false, false]);
  });

  it('split words as the Unicode split regexes did', () => {
    fc.assert(
      fc.property(text, (s) => {
        assert.deepEqual(splitWords(s, false), s.split(/[^\p{L}\p{N}-]+/u).filter(Boolean));
        assert.deepEqual(splitWords(s, true), s.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean));
        assert.deepEqual(phraseWords(s), s.toLowerCase().replace(/’/g, "'").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean));
      }),
      { numRuns: 3000 },
    );
  });
});

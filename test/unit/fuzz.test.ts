// Fuzz: random Markdown full of hostile characters never makes analyze() throw, and every span it reports is its
// slice of the input (issue 11). Fixed seed and a bounded number of runs, so it is repeatable and takes seconds;
// a failure prints the shrunk input and the seed to reproduce it.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze.js';
import { assertSpansValid } from './helpers/spans.js';

const WORDS = ['the', 'minister', 'said', 'that', 'exports', 'rose', 'by', '12', 'percent', 'in', '2023', 'according', 'to',
  'officials', 'Critics', 'say', 'Mayor', 'Diaz', 'told', 'reporters', 'He', 'she', 'wrote', '$4.5', 'million', 'Dr.', 'U.S.'];

// Pieces chosen to hit every tokenizer and parser path: Markdown syntax, quote marks of every kind, control and
// invisible characters, lone surrogates, every line ending.
const HOSTILE = [
  '>', '> ', '>>>>', '- ', '* ', '+ ', '1. ', '2) ', '#', '## ', '    ', '\t', '[', ']', '(', ')', '[^1]', '[^1]: note',
  '[a](http://x.y/z)', '![i](p.png)', '[r]', '[r]: http://r', '<http://a.b>', 'www.example.org', 'a@b.co', '`', '```', '~~~',
  '*', '**', '_', '__', '~', '~~', '|', '| a | b |', '|---|---|', '\\', '&amp;', '&#0;', '<b>', '</b>', '<!--', '-->',
  '<!-- factmark-disable -->', '<!-- factmark-enable -->', '---', '+++', '"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›',
  '「', '」', '\u0000', '\uD800', '\uDC00', '\uD83D\uDE00', '\r', '\n', '\r\n', '\n\n', '\u200B', '\u200D', '\uFEFF',
  '\u200F', '\u202E', '\u061C', '\u00A0', '\u2028', '\u2029', 'é', 'e\u0301', '.', '!', '?', '…', ',', ';', ':', '—',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS).map((w) => `${w} `) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('>', '- ', '> - ', '  ', '[', '*', '`'), fc.integer({ min: 2, max: 80 })).map(([s, n]) => s.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 400 }).map((n) => 'x'.repeat(n)) },
  // Deeper than the call stack once went (F2), and past the guard's limits.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('>', '- ', '[a](b)'), fc.integer({ min: 1000, max: 6000 })).map(([s, n]) => s.repeat(n) + ' ') },
);

const markdown = fc.oneof(
  fc.array(piece, { maxLength: 120 }).map((parts) => parts.join('')),
  // Front matter before a body.
  fc.tuple(fc.constantFrom('---\n', '+++\n', '\uFEFF---\n'), fc.array(piece, { maxLength: 20 }), fc.constantFrom('---\n', '+++\n', ''), fc.array(piece, { maxLength: 60 }))
    .map(([open, head, close, body]) => open + head.join('') + '\n' + close + body.join('')),
);

describe('fuzz: analyze() on hostile Markdown', () => {
  it('never throws and reports only spans that are slices of the text', function () {
    this.timeout(60_000);
    fc.assert(fc.property(markdown, (text) => {
      assertSpansValid(text, analyze(text));
    }), { seed: 20261205, numRuns: 1000, endOnFailure: true });
  });

  it('keeps its spans true when the same text comes with CRLF or CR line endings', function () {
    this.timeout(60_000);
    fc.assert(fc.property(markdown, fc.constantFrom('\r\n', '\r'), (text, eol) => {
      const converted = text.replace(/\r\n|\r|\n/g, eol);
      assert.doesNotThrow(() => assertSpansValid(converted, analyze(converted)));
    }), { seed: 1105, numRuns: 200, endOnFailure: true });
  });
});

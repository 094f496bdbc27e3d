// Markdown that micromark reads in super-linear time or that nests deeper than the call stack (issue 11, F2 and
// F3): analyze() must not throw, every span must still be its slice of the text, and the guarded part is named
// by a too-complex warning. Sizes are kept small enough to run fast; the time figures are in
// `npm run bench -- --scaling`.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze.js';
import { MAX_BRACKETS, MAX_DEPTH } from '../../src/core/markdown/guard.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { assertSpansValid } from './helpers/spans.js';

const SENTENCE = 'The minister said exports rose by 12 percent in 2023.';

function tooComplex(text: string) {
  const analysis = analyze(text);
  assertSpansValid(text, analysis);
  return { analysis, problems: analysis.problems.filter((p) => p.code === 'too-complex') };
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

describe('too-complex Markdown (guard)', () => {
  it('reads a line nested in 5,000 blockquotes as plain text, with a warning at that line (F2)', () => {
    const text = `# Trade\n\nIntro.\n\n${'>'.repeat(5000)} ${SENTENCE}\n\nAfter.\n`;
    const { analysis, problems } = tooComplex(text);
    assert.equal(problems.length, 1);
    assert.equal(lineOf(text, problems[0].start), 5);
    assert.match(problems[0].message, /Line 5 is nested more than 32 levels/);
    // The sentence is still read: its cue and its claim are found, inside the line's content.
    const cue = analysis.attributions.find((a) => a.cue.text === 'said');
    assert.ok(cue && cue.cue.start > 5000, 'the attribution in the guarded line is found');
    assert.ok(analysis.claims.some((c) => c.text.includes('12 percent')), 'the claim in the guarded line is found');
  });

  it('reads a list nested 3,000 deep on one line, and one nested by indentation, as plain text', () => {
    const oneLine = `${'- '.repeat(3000)}${SENTENCE}\n`;
    assert.equal(tooComplex(oneLine).problems.length, 1);
    // Line i (from 0) is i + 1 levels deep: line 33 is the first past the limit.
    const indented = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- ${SENTENCE}`).join('\n') + '\n';
    const { problems } = tooComplex(indented);
    assert.equal(problems.length, 1, 'consecutive deep lines make one problem');
    assert.match(problems[0].message, /^Lines 33–60 are nested/);
  });

  it('guards from one level past the limit, and leaves 32 levels to the parser', () => {
    assert.equal(tooComplex(`${'> '.repeat(MAX_DEPTH)}${SENTENCE}\n`).problems.length, 0);
    assert.equal(tooComplex(`${'> '.repeat(MAX_DEPTH + 1)}${SENTENCE}\n`).problems.length, 1);
  });

  it('reads a paragraph with more links than the limit as plain text, and the rest of the article as Markdown (F3)', () => {
    const links = Array.from({ length: MAX_BRACKETS + 1 }, (_, i) => `[w${i}](https://example.org/${i})`).join(' ');
    const text = `${SENTENCE} ${links}\n\nThe mayor said [the budget](https://example.org/b) grew 5%.\n`;
    const { problems } = tooComplex(text);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].start, 0);
    assert.match(problems[0].message, /paragraph at line 1 has more than 1000 links/);
    const doc = buildProseDocument(text);
    assert.deepEqual(doc.citations.map((c) => c.url), ['https://example.org/b'], 'only the link after the guarded paragraph is parsed');
    assert.equal(doc.masked.length, text.length);
  });

  it('leaves a paragraph with a normal number of links to the parser', () => {
    const links = Array.from({ length: 100 }, (_, i) => `[w${i}](https://example.org/${i})`).join(' ');
    const text = `${SENTENCE} ${links}\n`;
    assert.equal(tooComplex(text).problems.length, 0);
    assert.equal(buildProseDocument(text).citations.length, 100);
  });

  it('reads a paragraph with too many footnote calls as plain text (F3), with CRLF line endings', () => {
    const calls = Array.from({ length: 1500 }, (_, i) => `w[^${i % 3}]`).join(' ');
    const text = `Intro.\r\n\r\n${SENTENCE} ${calls}\r\n\r\n[^0]: a\r\n[^1]: b\r\n[^2]: c\r\n`;
    const { problems } = tooComplex(text);
    assert.equal(problems.length, 1);
    assert.equal(lineOf(text, problems[0].start), 3);
  });

  it('reads a paragraph with too many emphasis marks as plain text', () => {
    const text = `${SENTENCE} ${'*a* '.repeat(600)}\n`;
    assert.equal(tooComplex(text).problems.length, 1);
  });

  it('leaves brackets and ">" in fenced code alone: code costs the parser nothing and is not prose', () => {
    const code = ['```json', ...Array.from({ length: 1200 }, () => '[[1], [2]]'), '>'.repeat(100), '```'].join('\n');
    const text = `${SENTENCE}\n\n${code}\n\nAfter.\n`;
    assert.equal(tooComplex(text).problems.length, 0);
    const quoted = `> ${['```', ...Array.from({ length: 1200 }, () => '[a] [b]'), '```'].join('\n> ')}\n`;
    assert.equal(tooComplex(quoted).problems.length, 0);
  });

  it('does not take a fence left open in a blockquote as hiding what follows the quote', () => {
    const text = `> \`\`\`\n> code\n\n${'>'.repeat(100)} ${SENTENCE}\n`;
    assert.equal(tooComplex(text).problems.length, 1);
  });
});

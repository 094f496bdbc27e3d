import assert from 'node:assert/strict';
import { buildProseDocument } from '../../src/core/markdown/prose.js';

describe('prose document', () => {
  it('keeps the article length and blanks code, HTML, front matter and URLs', () => {
    const text = [
      '---',
      'title: "Not a quote"',
      '---',
      '',
      'Prose with `code "x"` and a [link](https://example.com/"q") here.',
      '',
      '```',
      'said "nothing"',
      '```',
      '',
      '<!-- "hidden" -->',
      '',
      'See https://example.org/path for more.',
      '',
    ].join('\n');
    const doc = buildProseDocument(text);
    assert.equal(doc.masked.length, text.length);
    assert.ok(!doc.masked.includes('Not a quote'));
    assert.ok(!doc.masked.includes('code'));
    assert.ok(!doc.masked.includes('example.com'));
    assert.ok(!doc.masked.includes('nothing'));
    assert.ok(!doc.masked.includes('hidden'));
    assert.ok(!doc.masked.includes('example.org'));
    assert.ok(doc.masked.includes('Prose with'));
    assert.ok(doc.masked.includes('link'));
    assert.deepEqual(doc.citations.map((c) => c.url), ['https://example.com/"q"', 'https://example.org/path']);
    assert.deepEqual(doc.comments.map((c) => c.body), ['"hidden"']);
  });

  it('records paragraphs inside blockquotes and table cells as prose blocks', () => {
    const doc = buildProseDocument('> Quoted “text”.\n\n| a | b |\n|---|---|\n| one | two |\n');
    assert.deepEqual(doc.blocks.map((b) => [b.kind, b.blockquote]), [
      ['paragraph', true], ['tableCell', false], ['tableCell', false], ['tableCell', false], ['tableCell', false],
    ]);
  });
});

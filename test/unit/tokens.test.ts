import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/core/analyze.js';
import { SentenceTokens, tokenize, type Token } from '../../src/core/text/tokens.js';
import { LexemeSlot } from '../../src/core/text/lexemes.js';

describe('tokens', () => {
  it('splits words, joined forms and punctuation with offsets into the text', () => {
    const text = 'In the U.S., Japan’s 1,000 rock-and-roll fans -- said “no.”';
    const tokens = tokenize(text, 0, text.length);
    assert.deepEqual(tokens.map((t) => t.text), ['In', 'the', 'U.S', '.', ',', 'Japan’s', '1,000', 'rock-and-roll', 'fans', '--', 'said', '“', 'no', '.', '”']);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(tokens[0].lower, 'in');
    assert.deepEqual(tokens.filter((t) => !t.word).map((t) => t.text), ['.', ',', '--', '“', '.', '”']);
  });

  it('keeps a plural possessive’s apostrophe with its word, unless a single quotation mark opened before', () => {
    const words = (s: string) => tokenize(s, 0, s.length).map((t) => t.text);
    assert.deepEqual(words('the nurses’ union said'), ['the', 'nurses’', 'union', 'said']);
    assert.deepEqual(words("the Residents' Association"), ['the', "Residents'", 'Association']);
    // Closing quotation marks: a quote opened before, or no word after.
    assert.deepEqual(words('‘We backed the nurses’ said Ruiz'), ['‘', 'We', 'backed', 'the', 'nurses', '’', 'said', 'Ruiz']);
    assert.deepEqual(words("'We backed the nurses' said Ruiz"), ["'", 'We', 'backed', 'the', 'nurses', "'", 'said', 'Ruiz']);
    assert.deepEqual(words('the nurses’, 12'), ['the', 'nurses', '’', ',', '12']);
    // A quotation closed after its punctuation leaves the later possessive a possessive.
    assert.deepEqual(words('‘We won,’ said the nurses’ union'), ['‘', 'We', 'won', ',', '’', 'said', 'the', 'nurses’', 'union']);
  });

  it('gives every token of a word one shared lexeme, whose slots answer once per word', () => {
    const text = 'The Mayor said the mayor’s plan, the MAYOR said.';
    const tokens = tokenize(text, 0, text.length);
    const of = (word: string) => tokens.filter((t) => t.text === word).map((t) => t.lexeme);
    assert.equal(of('the')[0], of('the')[1]);
    assert.equal(of('said')[0], of('said')[1]);
    // Each spelling has its own entry, with the same lowercase form.
    assert.notEqual(of('The')[0], of('the')[0]);
    assert.deepEqual([of('The')[0].lower, of('Mayor')[0].lower, of('MAYOR')[0].lower], ['the', 'mayor', 'mayor']);
    for (const t of tokens) assert.deepEqual([t.text, t.lower], [t.lexeme.text, t.lexeme.lower]);
    const asked: string[] = [];
    const length = new LexemeSlot((lower) => (asked.push(lower), lower === 'said' ? undefined : lower.length));
    assert.deepEqual(tokens.filter((t) => t.word).map((t) => length.of(t.lexeme)), [3, 5, undefined, 3, 7, 4, 3, 5, undefined]);
    assert.deepEqual(asked, ['the', 'mayor', 'said', 'the', 'mayor’s', 'plan', 'mayor']);
    // Slots kept in the entry itself and slots past them answer apart.
    const more = Array.from({ length: 6 }, (_, k) => new LexemeSlot((lower) => `${k}:${lower}`));
    const plan = of('plan')[0];
    assert.deepEqual(more.map((slot) => slot.of(plan)), ['0:plan', '1:plan', '2:plan', '3:plan', '4:plan', '5:plan']);
    assert.equal(length.of(plan), 4);
  });

  it('keeps punctuation in its own form, though its lexeme holds the lower case a word of it would have', () => {
    const text = 'Plan Ⓐ failed';
    const mark = tokenize(text, 0, text.length)[1];
    assert.deepEqual([mark.word, mark.text, mark.lower, mark.lexeme.lower], [false, 'Ⓐ', 'Ⓐ', 'ⓐ']);
  });

  it('remembers a bounded number of lexemes: past 20,000 short words the table starts again', () => {
    const first = tokenize('zqx0', 0, 4)[0].lexeme;
    assert.equal(tokenize('a zqx0', 0, 6)[1].lexeme, first);
    const words = Array.from({ length: 20_000 }, (_, i) => `zq${i.toString(36)}`).join(' ');
    tokenize(words, 0, words.length);
    const again = tokenize('zqx0', 0, 4)[0].lexeme;
    assert.notEqual(again, first);
    assert.equal(again.lower, 'zqx0');
  });

  it('gives each sentence of a large document the same tokens as tokenize, reusing the objects', () => {
    const sentence = (i: number): string => `Sentence ${i} has ${'word '.repeat(i % 7)}and Mixed Case, "quotes" too. `;
    const masked = Array.from({ length: 4000 }, (_, i) => sentence(i)).join('');
    assert.ok(masked.length > 100_000, 'large enough to take the reusing path');
    const reader = new SentenceTokens(masked);
    let at = 0;
    let previous: Token[] = [];
    for (let i = 0; i < 4000; i++) {
      const range: { start: number; end: number; tokens?: Token[] } = { start: at, end: at + sentence(i).length - 1 };
      at += sentence(i).length;
      const tokens = reader.of(range);
      assert.deepEqual(tokens.map((t) => ({ ...t })), tokenize(masked, range.start, range.end).map((t) => ({ ...t })));
      if (i > 0) assert.ok(tokens.some((t) => previous.includes(t)), 'Token objects of the sentence before are reused');
      assert.equal(range.tokens, undefined, 'a large document keeps no tokens on the sentence');
      previous = [...tokens];
    }
  });

  it('keeps a small document’s tokens on the sentence for the next detector', () => {
    const masked = 'One short sentence. Another one.';
    const range: { start: number; end: number; tokens?: Token[] } = { start: 0, end: 19 };
    const tokens = new SentenceTokens(masked).of(range);
    assert.equal(range.tokens, tokens);
    assert.equal(new SentenceTokens(masked).of(range), tokens);
  });

  it('finds the same attributions and claims in an article whether it stands alone or ends a large document', () => {
    const article = readFileSync(new URL('../../examples/kishida.md', import.meta.url), 'utf8');
    const filler = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i} of filler text has no quotes and no sources at all.`).join('\n\n');
    const large = `${filler}\n\n${article}`;
    assert.ok(large.length > 100_000);
    const shift = large.length - article.length;
    const alone = analyze(article);
    const inLarge = analyze(large);
    const spans = (a: { start: number; end: number } | null, by: number) => (a ? [a.start + by, a.end + by] : null);
    assert.deepEqual(
      inLarge.attributions.filter((a) => a.cue.start >= shift).map((a) => [spans(a.source, 0), spans(a.cue, 0), spans(a.content, 0), a.cueKind]),
      alone.attributions.map((a) => [spans(a.source, shift), spans(a.cue, shift), spans(a.content, shift), a.cueKind]),
    );
    assert.deepEqual(
      inLarge.claims.filter((c) => c.start >= shift).map((c) => [c.start, c.end, c.status, c.score, c.reasons]),
      alone.claims.map((c) => [c.start + shift, c.end + shift, c.status, c.score, c.reasons]),
    );
    assert.ok(alone.attributions.length > 5 && alone.claims.length > 5);
  });

  it('finds the same in every fixture article when a long code block makes the document large', function () {
    // Every fixture (the spec corpus keeps growing) analysed twice, once past 100 KB: far longer than one test.
    this.timeout(120_000);
    // The code block adds no prose but takes the document past the size where token objects are reused.
    const padding = `\n\n\`\`\`\n${'const x = "not prose";\n'.repeat(6000)}\`\`\`\n`;
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const articles = ['examples', 'test/fixtures'].flatMap((dir) => readdirSync(root + dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md')).map((f) => `${root}${dir}/${f}`));
    assert.ok(articles.length >= 5);
    for (const path of articles) {
      const text = readFileSync(path, 'utf8');
      assert.ok((text + padding).length > 100_000);
      const { quotes, attributions, claims } = analyze(text);
      const padded = analyze(text + padding);
      assert.deepEqual({ quotes: padded.quotes, attributions: padded.attributions, claims: padded.claims }, { quotes, attributions, claims }, path);
    }
  });
});

// The quotes injection grammar, checked at the level of its regular expressions (these simple Oniguruma
// patterns mean the same in JavaScript): each begin/end pair finds the quotes a Markdown writer uses, and a
// single-mark quote never opens on an apostrophe. A full tokenizer run (vscode-textmate) is left to the UI test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const grammar = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../syntaxes/factmark-quotes.tmLanguage.json'), 'utf8'));
type Rule = { begin: string; end: string; contentName: string };
const rules: Rule[] = grammar.patterns.map((p: { include: string }) => grammar.repository[p.include.slice(1)]);

/** Quoted contents found in one line, applying the rules as a TextMate tokenizer would: leftmost begin wins. */
function quotesIn(line: string): string[] {
  const found: string[] = [];
  let at = 0;
  for (;;) {
    let best: { rule: Rule; index: number; length: number } | undefined;
    for (const rule of rules) {
      const re = new RegExp(rule.begin, 'gu');
      re.lastIndex = at;
      const m = re.exec(line);
      if (m && (!best || m.index < best.index)) best = { rule, index: m.index, length: m[0].length };
    }
    if (!best) return found;
    const from = best.index + best.length;
    const end = new RegExp(best.rule.end, 'gmu');
    end.lastIndex = from;
    const m = end.exec(line);
    const to = m ? m.index : line.length;
    found.push(line.slice(from, to));
    at = m ? to + m[0].length : line.length;
  }
}

describe('quotes grammar', () => {
  it('scopes curly, straight and corner-bracket quotes', () => {
    assert.deepEqual(quotesIn('Kishida said, “We will meet,” and left.'), ['We will meet,']);
    assert.deepEqual(quotesIn('She called it "a historic day" twice.'), ['a historic day']);
    assert.deepEqual(quotesIn('首相は「前提条件なしで会う」と述べた。'), ['前提条件なしで会う']);
    assert.deepEqual(quotesIn('He wrote ‘never again’ in 2002.'), ['never again']);
    assert.deepEqual(quotesIn('« Jamais » dit-il, puis 『二重』.'), [' Jamais ', '二重']);
  });

  it('does not open a quote on an apostrophe', () => {
    assert.deepEqual(quotesIn('Japan’s readiness and Korea’s reply'), []);
    assert.deepEqual(quotesIn('rock ’n’ roll in the ’90s'), []);
  });

  it('ends an unclosed quote at the end of the line', () => {
    assert.deepEqual(quotesIn('He said “this never ends'), ['this never ends']);
  });

  it('names the quoted text and the marks with standard scopes themes colour', () => {
    for (const r of rules) assert.match(r.contentName, /^string\.quoted\./);
    assert.match(JSON.stringify(grammar), /punctuation\.definition\.quote\.begin/);
  });
});

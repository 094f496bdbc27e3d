// Plain paragraphs are built without micromark (src/core/markdown/plainParagraphs.ts). These tests hold the tree
// to remark's own parse of the same text: on hand-picked texts where a plain-looking block is something else (code,
// a comment, front matter, a list's continuation, a setext heading) and on generated Markdown.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { parseWithPlainParagraphs } from '../../src/core/markdown/plainParagraphs.js';
import { generateArticle } from '../../scripts/bench/generate.js';

const processors = [
  unified().use(remarkParse),
  unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']),
];

/** Compares the trees; says whether the fast path held (remark parsed a masked text once, with no fallback). */
function assertSameTree(text: string): boolean {
  let held = true;
  for (const processor of processors) {
    const seen: string[] = [];
    const tree = parseWithPlainParagraphs(text, (t): Root => {
      seen.push(t);
      return processor.parse(t);
    });
    assert.deepEqual(JSON.parse(JSON.stringify(tree)), JSON.parse(JSON.stringify(processor.parse(text))), `differs on ${JSON.stringify(text)}`);
    held &&= seen.length === 1 && seen[0] !== text;
  }
  return held;
}

describe('plain paragraphs without micromark', () => {
  it('builds the paragraphs of ordinary prose, positions included', () => {
    const text = 'Residents said rents rose 4 percent.\nThe council disagreed.\n\n***\n\n“It is fine,” Ruiz said (on Tuesday).\n\nZürich café owners agreed';
    assert.equal(assertSameTree(text), true);
  });

  it('builds a text of plain paragraphs and blank lines without micromark at all', () => {
    for (const text of ['Residents said rents rose.', 'One line.\n', '\n\nAfter blank lines.\nAnd on.\n \n\t\nLast one here\n  ', 'Ab\n\nCdefghi\n\n\n']) {
      assertSameTree(text);
      let calls = 0;
      parseWithPlainParagraphs(text, (t) => (calls++, processors[0].parse(t)));
      assert.equal(calls, 0, JSON.stringify(text));
    }
  });

  it('masks a run of plain paragraphs with one comment, and moves what follows back to its lines', () => {
    const text = 'Residents said rents rose.\nThe council disagreed.\n\n \nA second paragraph here.\n\n# Heading\n\n- an item\n  over two lines\n\nA third paragraph\nover two lines.\n\nAnd a *fourth*.\n';
    assert.equal(assertSameTree(text), true);
    const seen: string[] = [];
    parseWithPlainParagraphs(text, (t) => (seen.push(t), processors[0].parse(t)));
    assert.equal(seen[0].split('<!---->').length - 1, 2, seen[0]);
    // The last run too, with white space after it: the root still ends at the text's end.
    const tail = 'A *start*.\n\nLast paragraph here\nover two lines.\n\n  \n';
    assert.equal(assertSameTree(tail), true);
    seen.length = 0;
    parseWithPlainParagraphs(tail, (t) => (seen.push(t), processors[0].parse(t)));
    assert.equal(seen[0], 'A *start*.\n\n<!---->\n\n  \n');
    // A run exactly as long as its comment still moves what follows by its lines.
    for (const other of ['Abc\n\nde\n\n<!--\n', 'Abc\n\nde\n\n# Head *x*\n', '```\n```\n\n<!--\n']) assertSameTree(other);
  });

  it('builds one-line paragraphs of block quotes and list items, and leaves the rest of them to micromark', () => {
    const text = 'Report\n===\n\n> “Rents rose,” she wrote.\n>\n> She added: "It [works](https://e.org/r)."\n\n- Professor Nair argued that.\n- He said it was *fine*.\n* “We will not,” Ruiz said.\n';
    assert.equal(assertSameTree(text), true);
    const seen: string[] = [];
    parseWithPlainParagraphs(text, (t) => (seen.push(t), processors[0].parse(t)));
    assert.equal(seen[0].split('<!--').length - 1, 4, seen[0]);
    for (const other of ['> Two quoted\n> lines here.', '> Lazy quoted line\nthat goes on.', '- Item then\n  more of it.', '- Item heading\n  ---', '> ```\n>\n> Fenced words here\n> ```',
      '<pre>\n- Listed in pre\n</pre>', '- Item\n\n    - Indented code item', 'Paragraph line\n- Item interrupting it', '    code\n- Item after code']) {
      assertSameTree(`${other}\n`);
    }
  });

  it('builds headings, one-line comments and simple fenced code between plain paragraphs without micromark', () => {
    const text = '# Council votes\n\nResidents said rents rose.\n\n<!-- editor: check figure -->\n\n```js\nconst x = "a";\n\n  if (x) y();\n```\n\n## The [report](https://e.org/r) in full\n\n```\n```\n\nEnd of it.\n';
    assertSameTree(text);
    let calls = 0;
    parseWithPlainParagraphs(text, (t) => (calls++, processors[0].parse(t)));
    assert.equal(calls, 0);
    for (const other of ['```js\nnever closed\n', '```\na\n````\n', '```\na\n  ```\n', '# Closed #\n', '#  Two spaces\n', '<!-- a -->\nPara after\n', '# Head\nPara after\n',
      '```js\ncode\n```\nPara after\n', '```\ntab\there\n```\n', '<!-- a --> b\n', '<!--> x -->\n', '## *Emphasis* here\n',
      '```a\n\n```b\n\n```\n\nAfter.\n', '```a\n\n```b\n\nAfter.\n', '```a\n\n```b\n\n\tx\n\n```\n\n```c\n```\n']) {
      assertSameTree(`Lead paragraph.\n\n${other}`);
    }
  });

  it('builds a paragraph whose lines end in one space, the spaces left out of its text', () => {
    const text = 'The plan is only a sketch. \nIt said so. \n\nNext one here.\n\nLast line ends so \n';
    assertSameTree(text);
    let calls = 0;
    parseWithPlainParagraphs(text, (t) => (calls++, processors[0].parse(t)));
    assert.equal(calls, 0);
    for (const other of ['Two spaces  \nbreak it.', 'A tab\t\nends it.', 'A [link](x) \nand space.', 'Space \n\n', 'Mid \nline [^1] \n']) assertSameTree(`Lead.\n\n${other}`);
  });

  it('leaves text syntax to micromark: links, emphasis, code, entities, autolinks, hard breaks', () => {
    for (const line of ['See [the report](https://e.org).', 'A *big* rise.', 'Use `x`.', 'Fish &amp; chips.', 'Mail a@b.co now.', 'Visit www.e.org now.', 'Two spaces  \nbreak', 'Strike ~~it~~ out.']) {
      assertSameTree(`Lead paragraph here.\n\n${line}\n\nClosing paragraph here.`);
    }
  });

  it('builds simple inline links too, and leaves any other bracket to micromark', () => {
    const text = 'Report\n===\n\nLead paragraph here.\n\nSpending rose, [the report](https://e.org/r/12.csv?x=1#p) shows.\nA second [link](a/b) and [café (2)](x%20y)\n\nEnd.';
    assert.equal(assertSameTree(text), true);
    const seen: string[] = [];
    parseWithPlainParagraphs(text, (t) => (seen.push(t), processors[0].parse(t)));
    assert.equal(seen.length === 1 && !seen[0].includes('['), true, 'the paragraph with links is built here');
    for (const line of ['See ![an image](https://e.org/i.png).', 'See [ spaced](x).', 'See [spaced ](x).', 'See [](x).', 'See [a]().', 'See [a](x "t").', 'See [a](<x>).',
      'See [a *b*](x).', 'See [^1](x).', 'See [a www.e.org](x).', 'See [a http://e.org](x).', 'See [a](x y).', 'See [a] (x).', 'See [a][b].', 'See [a]\n(x).', 'See [a](x', 'See [a](x))']) {
      assertSameTree(`Lead paragraph here.\n\n${line}\n\nClosing paragraph here.`);
    }
  });

  it('builds a paragraph with an undefined footnote call as text, and leaves a defined one to micromark', () => {
    const text = 'Report\n===\n\nLead paragraph here.\n\nThe council ignored 4779 complaints.[^2] It said so.[^b-1]\n\nEnd.';
    assert.equal(assertSameTree(text), true);
    const seen: string[] = [];
    parseWithPlainParagraphs(text, (t) => (seen.push(t), processors[0].parse(t)));
    assert.equal(seen.length === 1 && !seen[0].includes('[^'), true, 'the paragraph with calls is built here');
    for (const defined of ['[^2]: A note.', '[^2]: https://e.org', '> [ ^2 ]: x', '[^B-1]: x', 'Text [^2]: x']) assertSameTree(`${text}\n\n${defined}\n`);
    for (const line of ['See ![^2].', 'See [^2](x).', 'See [^2][x].', 'See [^2][].', 'See [^ 2].', 'See [^2 x].']) assertSameTree(`Lead.\n\n${line}\n\n[x]: y\n`);
  });

  it('falls back to one parse when a plain-looking block is something else', () => {
    const texts = [
      '```\ncode\n\nPlain-looking code\n\n```\n\nAfter it.',
      '<!--\n\nPlain-looking comment\n\n-->\n\nAfter it.',
      '---\ntitle: x\n\nplain looking yaml\n\n---\n\nBody text here.',
      '<pre>\n\nPlain-looking pre\n\n</pre>',
    ];
    for (const text of texts) assert.equal(assertSameTree(text), false, JSON.stringify(text));
  });

  it('reads lists, setext headings, indented code and list markers as micromark does', () => {
    for (const text of ['- item\n\n  Indented continuation\n\nNot indented para', 'Setext heading\n===\n\nPlain words here', '2016. A list item?\n\n2016 was a year\n\n1234567890. no list',
      'Para\n\n    code\n\nLast para', '> quote\n\nPlain after quote', 'ab\n\nabcdefg\n\nabc\ndef\n\nabcd\nde\n', 'Trailing para  ']) {
      assertSameTree(text);
    }
  });

  it('reads the generated benchmark article as remark does', () => {
    assert.equal(assertSameTree(generateArticle(20_000, 7)), true);
  });

  // Fixed seed for a reproducible CI.
  const line = fc.constantFrom('Plain words here', 'Another line.', '“Quote” she said', 'ab', 'abcdefgh', '2016. year', '(aside) text', 'Zürich', ' lead space',
    'tail space ', 'tab\there', '```', '~~~', '    code', '- item', '1. one', '> quote', '# Head', '===', '---', '<!--', '-->', '<div>', '<pre>',
    '[a]: http://x', '[^1]: note', '| a |', '+++', 'title: x', 'www.e.org', 'a@b.co', '*em*', '&amp;', 'x\\y',
    'a [link](http://e.org/x) here', '[b](c)', 'x ![i](j)', 'a [ b](c)', 'a [b](c d)', 'a [b]', '[b]: c', 'a [b](www.e.org)', 'a [b](c)[d](e)',
    'a call.[^1] here', 'b[^x]', '[^x]: def', '[^1]: def', 'z [^1](c)', '[ ^x]: d',
    '> Quoted words here', '>', '> ', '- Item words here', '* Starred item', '+ Plus item here', '- [ ] task item', '> - nested item',
    '  - indented item', '- 2016. year', '> [b](c) link', '- a [link](http://e.org/x) here', '> call.[^1] here', '- ab',
    '## Sub heading', '###### Six deep', '####### seven', '# Closed #', '#No space', '# [a](b) link', '<!-- a note -->', '<!-- open', '<!-->', '```js', '```c++',
    '````', '   ```', '``` js', '```js x', '  indented code', '  ', '\tx', 'say `hi`',
    'ends in a space ', 'two spaces  ', 'a tab\t', 'a [b](c) ', 'a call[^1] ', '2016. ', 'x ');
  const documents = fc.tuple(fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 5, arbitrary: line }), { minLength: 1, maxLength: 16 }), fc.boolean())
    .map(([lines, newline]) => lines.join('\n') + (newline ? '\n' : ''));

  it('gives remark’s tree on generated Markdown', () => {
    fc.assert(fc.property(documents, (text) => {
      assertSameTree(text);
    }), { seed: 20261206, numRuns: 400 });
  });
});

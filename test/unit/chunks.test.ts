// A long text is parsed in pieces (src/core/markdown/chunks.ts). These tests hold the joined tree, and the
// analysis built on it, to one parse of the whole text: on generated Markdown with every construct that could
// reach across a cut (fences and HTML holding blank lines, lists, blockquotes, link and footnote definitions
// before and after their references, front matter, CRLF), cut into pieces of a few dozen characters.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { analyzeProse } from '../../src/core/analyze.js';
import { cutPoints, parseInChunks } from '../../src/core/markdown/chunks.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { generateArticle } from '../../scripts/bench/generate.js';

const commonmark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
const gfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
const parseWith = (processor: typeof gfm) => (text: string): Root => processor.parse(text);

function plain(tree: Root): unknown {
  return JSON.parse(JSON.stringify(tree));
}

/** Compares the trees; says whether the text was really joined from pieces (not parsed whole as a fallback). */
function assertSameTree(text: string, chunkChars: number, withGfm: boolean): boolean {
  const parse = parseWith(withGfm ? gfm : commonmark);
  let whole = false;
  const watched = (t: string): Root => {
    whole ||= t === text;
    return parse(t);
  };
  assert.deepEqual(plain(parseInChunks(text, watched, withGfm, chunkChars)), plain(parse(text)), `pieces of ${chunkChars} differ on ${JSON.stringify(text)}`);
  return !whole;
}

describe('parsing in pieces', () => {
  it('cuts only before a letter after a blank line, outside fences and multi-line HTML', () => {
    const text = 'Intro.\n\n```\ncode\n\nStill code\n```\n\nOne.\n\n<!--\n\nHidden\n-->\n\nTwo.\n\n- item\n\n  Three.\n\n> q\n\n“Four.”\n\nFive.\n';
    const cuts = cutPoints(text, 1);
    assert.deepEqual(cuts.map((at) => text.slice(at, text.indexOf('\n', at))), ['Intro.', 'One.', 'Two.', 'Five.']);
  });

  it('gives the whole-text tree for cuts that name definitions in other pieces', () => {
    const text = 'See [the report][r] and [^1].\n\nMore [R] text.\n\n[r]: https://e.org\n\n[^1]: Note.\n\nEnd [^1] [r].\n';
    for (const withGfm of [false, true]) for (const size of [4, 8, 16]) assertSameTree(text, size, withGfm);
  });

  it('falls back to one parse when a cut falls inside something the scan missed', () => {
    // The scan takes "> ```" for the fence's end; in code it is only code. The separator after the piece
    // before "Not a cut" is then code too, so the text is parsed whole.
    const text = `${'Lead.\n\n'.repeat(4)}\`\`\`\n> \`\`\`\n\nNot a cut\n\`\`\`\n\nLead.\n`;
    assert.equal(assertSameTree(text, 4, true), false);
  });

  it('reads the generated benchmark article as one parse does', () => {
    const text = generateArticle(60_000, 7);
    assert.ok(assertSameTree(text, 2_000, true));
    assert.ok(assertSameTree(text, 2_000, false));
  });

  // Fixed seed for a reproducible CI; raise numRuns and change the seed locally to explore further.
  const inline = fc.constantFrom(
    'word', 'Said', '“q”', '*e*', '[r]', '[R]', '[a][r]', '[a][s]', '[^1]', '[^2]', '[^x]', '[s\nt]', '`[r]`', '[a](https://e.org)',
    '~~t~~', 'www.e.org', '<!-- c -->', '|', '\\[r]', '[', ']', '-->', '```',
  );
  const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => `Lead ${parts.join(' ')}`);
  const block = fc.oneof(
    { weight: 6, arbitrary: line },
    { weight: 2, arbitrary: fc.tuple(line, line).map(([a, b]) => `${a}\n${b}`) },
    {
      weight: 4, arbitrary: fc.constantFrom(
        '[r]: https://r.example', '[s t]: https://s.example', '> [R]: https://q.example', '- [s\nt]: x', '[^1]: Note.', '[^2]: Note\n\n    more [r].',
        '[^x]: [r]: y', '```\ncode\n\nLetters in code\n```', '~~~~\n\nText\n~~~', '- ```\n\nText', '<!--\n\nText in a comment\n-->',
        '<script>\n\nText\n</script>', '<pre>\n\nText', '<?x\n\nText ?>', '<div>\n\nText', '    indented\n\n    code',
        '- a\n\n- b', '1. a\n\n   Lead b', '> a\n>\n> b', '> a\nlazy', 'Setext\n===', '***', '| a | b |\n|---|---|\n| 1 | [r] |', '2) x',
        '<!---->', '- [x] task', 'Text\n    not code',
      ),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('> ', '- ', '1. ', '  ', '    '), line).map(([prefix, l]) => prefix + l) },
  );
  const separator = fc.constantFrom('\n\n', '\n', '\n\n\n', '\n  \n', '\r\n\r\n', '\r\n');
  const documents = fc.tuple(fc.array(fc.tuple(block, separator), { minLength: 2, maxLength: 14 }), fc.boolean())
    .map(([blocks, frontmatter]) => (frontmatter ? '---\ntitle: x\n---\n\n' : '') + blocks.map(([b, s]) => b + s).join(''));

  it('gives the whole-text tree on generated Markdown, in CommonMark and GFM', function () {
    this.timeout(120_000);
    let joined = 0;
    fc.assert(fc.property(documents, fc.integer({ min: 1, max: 120 }), fc.boolean(), (text, size, withGfm) => {
      if (assertSameTree(text, size, withGfm) && cutPoints(text, size).length > 2) joined++;
    }), { numRuns: 1500, seed: 20261206 });
    // Many runs must really be cut in three or more pieces and joined, or the property says little.
    assert.ok(joined > 400, `only ${joined} of 1500 runs were joined from pieces`);
  });

  it('gives the whole-text analysis on generated Markdown', function () {
    this.timeout(120_000);
    const parse = parseWith(gfm);
    fc.assert(fc.property(documents, fc.integer({ min: 1, max: 120 }), (text, size) => {
      const pieces = analyzeProse(buildProseDocument(text, parseInChunks(text, parse, true, size)));
      const whole = analyzeProse(buildProseDocument(text, parse(text)));
      assert.deepEqual(pieces, whole);
    }), { numRuns: 300, seed: 20261207 });
  });
});

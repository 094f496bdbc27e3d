// URLs and e-mail addresses in article and facts text stay plain text in the Markdown report (issue 11, F13):
// no renderer turns them into links, and they read back exactly, with no stray backslash. Checked with three
// renderers: remark-gfm (mdast), micromark with GFM (GitHub's rules), and markdown-it with linkify as VS Code's
// Markdown preview sets it up (fuzzyLink off). Backslash escapes alone fail the first two: GFM autolinks
// `https://a.example/x\_y` with the backslash in the href, and remark links `https\://…` anyway.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { exportArticles } from '../../src/core/export/index.js';
import { escapeMd } from '../../src/core/export/markdown.js';
import { factsOnlyInput } from '../fixtures/export/load.js';

interface MarkdownIt {
  render(src: string): string;
  linkify: { set(options: object): void };
}
// markdown-it (here through @vscode/vsce) ships no types; only its constructor and render are used.
const MarkdownItClass = createRequire(import.meta.url)('markdown-it') as new (options: object) => MarkdownIt;
const markdownIt = new MarkdownItClass({ linkify: true });
markdownIt.linkify.set({ fuzzyLink: false });

interface Rendered {
  /** Link targets the renderer made. */
  links: string[];
  /** What a reader sees. */
  text: string;
}

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

function viaRemark(md: string): Rendered {
  // remark-gfm's autolink literals are made while parsing (an mdast-util-from-markdown transform).
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
  const links: string[] = [];
  let text = '';
  walk(tree, (n) => {
    if (n.type === 'link') links.push(n.url);
    if (n.type === 'text' || n.type === 'inlineCode') text += n.value;
  });
  return { links, text };
}

function fromHtml(html: string): Rendered {
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();
  return { links, text };
}

const RENDERERS: [string, (md: string) => Rendered][] = [
  ['remark-gfm', viaRemark],
  ['micromark + gfm', (md) => fromHtml(micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }))],
  ['markdown-it, linkify as in VS Code', (md) => fromHtml(markdownIt.render(md))],
];

const folded = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('export: URLs in the Markdown report are plain text', () => {
  const SAMPLES = [
    'Figures at https://stats.example.org/a_b_c?x=1&y=2 and www.example.org/x_y, or write to bob_x@example.com.',
    'See:https://x.example/a (https://x.example/b). <https://x.example/c> mailto:desk@example.org xmpp:desk@example.org',
    '- https://x.example/`tick` first, then //cdn.example.com/lib_v2.js and HTTP://LOUD.EXAMPLE/_A_',
  ];

  for (const [name, render] of RENDERERS) {
    it(`${name}: a URL-laden text makes no link and reads back exactly`, () => {
      for (const sample of SAMPLES) {
        const seen = render(escapeMd(sample));
        assert.deepEqual(seen.links, [], `no link in ${sample}`);
        assert.equal(seen.text, sample, 'reads back exactly, no stray backslash');
      }
    });
  }

  it('in the report: note, speaker, claim text and source title keep their URLs as text; only the source URL is a link', () => {
    const base = factsOnlyInput('formulas');
    const url = 'https://evil.example/a_b';
    const facts = {
      ...base.facts!,
      sources: base.facts!.sources.map((s) => (s.id === 's1' ? { ...s, title: `Ledger at ${url}` } : s)),
      facts: base.facts!.facts.map((f) => (f.id === 'f1' ? { ...f, note: `Compare www.evil.example/x_y`, speaker: `bob_x@evil.example` } : f)),
    };
    const md = exportArticles('markdown', [{ ...base, facts }]).content;
    for (const [name, render] of RENDERERS) {
      const seen = render(md);
      assert.deepEqual(seen.links.filter((l) => /evil/.test(l)), [], `${name}: no link to a URL from the text`);
      for (const literal of [`Ledger at ${url}`, 'Compare www.evil.example/x_y', 'bob_x@evil.example']) {
        assert.ok(seen.text.includes(literal), `${name} shows ${literal}`);
      }
    }
  });

  it('any mix of URL pieces and markup characters: no link, and the text reads back (property test)', () => {
    const unit = fc.constantFrom(
      'https://', 'http://', 'ftp://', 'www.', 'mailto:', '//', 'a', 'x.org', '_', '*', '.', '@', '`', '\\', '(', ')', ' ',
      '<', '>', '/', ':', '-', '1', '#', '[', ']', '~', '&', '=', '!', '|', '\n',
    );
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 16 }), (text) => {
        const md = escapeMd(text);
        for (const [name, render] of RENDERERS) {
          const seen = render(md);
          assert.deepEqual(seen.links, [], `${name}: ${JSON.stringify(text)} → ${JSON.stringify(md)}`);
          assert.equal(seen.text, folded(text), `${name}: ${JSON.stringify(text)} → ${JSON.stringify(md)}`);
        }
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});

// The pathological input families of the scaling benchmark (issue 11): each makes a text of about `chars`
// characters that once made analyze() or remark super-linear or crash, plus a normal article for comparison.
import { generateArticle } from './generate.js';

export interface Family {
  name: string;
  make(chars: number): string;
}

const F1 = 'the minister said that exports rose by 12 percent in 2023 according to officials and ';
const F1_CAPITALISED = 'The Minister Said That Exports Rose By 12 Percent In 2023 According To Officials And ';
const SENTENCE = ' The minister said exports rose by 12 percent.\n';

function fill(chars: number, unit: (i: number) => string, prefix = '', suffix = ''): string {
  const parts = [prefix];
  let size = prefix.length + suffix.length;
  for (let i = 0; size < chars; i++) {
    const u = unit(i);
    parts.push(u);
    size += u.length;
  }
  parts.push(suffix);
  return parts.join('');
}

const FOOTNOTES = Array.from({ length: 100 }, (_, i) => `[^${i}]: Note ${i}.`).join('\n\n');

export const FAMILIES: Family[] = [
  { name: 'F1 one line, no full stop', make: (n) => fill(n, () => F1) },
  { name: 'F1 capitalised words', make: (n) => fill(n, () => F1_CAPITALISED) },
  { name: 'deep blockquote (one line)', make: (n) => '>'.repeat(Math.max(1, n - SENTENCE.length)) + SENTENCE },
  { name: 'deep list (one line)', make: (n) => '- '.repeat(Math.max(1, (n - SENTENCE.length) >> 1)) + SENTENCE },
  { name: 'links in one paragraph', make: (n) => fill(n, (i) => `[word ${i}](https://example.org/${i}) `, 'The minister said ', '\n') },
  { name: 'footnote calls in one paragraph', make: (n) => fill(n - FOOTNOTES.length - 2, (i) => `word[^${i % 100}] `, 'The minister said ', `\n\n${FOOTNOTES}\n`) },
  // The generated article's Markdown with every sentence end turned into a comma.
  { name: 'long text without sentence ends', make: (n) => generateArticle(n).replace(/[.!?](?=[\s”"’»]|$)/g, ',') },
  { name: 'generated article', make: (n) => generateArticle(n) },
];

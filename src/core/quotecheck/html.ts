// HTML snapshots (a saved press release or speech page): parsed with rehype-parse, a real HTML parser, and reduced
// to its text with hast-util-to-text, which knows which elements break lines. Scripts, styles and other hidden
// content never reach the text. The result is then read like a plain document, so labelled paragraphs
// ("<p><b>KISHIDA:</b> …") are speaker turns.
import rehypeParse from 'rehype-parse';
import { toText } from 'hast-util-to-text';
import { unified } from 'unified';
import { readPlain } from './transcript.js';
import type { SnapshotDoc } from './types.js';

export function readHtml(html: string): SnapshotDoc {
  const tree = unified().use(rehypeParse).parse(html);
  const doc = readPlain(toText(tree), 'text');
  // Lines of the extracted text are not lines of the file.
  return { ...doc, format: 'html', passages: doc.passages.map(({ line: _line, ...p }) => p) };
}

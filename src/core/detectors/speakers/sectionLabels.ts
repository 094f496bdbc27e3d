// Readers' letters, vox pops and round-ups give each speaker a section: a bold line with a name (and perhaps a town
// or an age) — "**Margaret, Barnsley**" — over the quotations that person gave, with perhaps a line of prose
// between. A quotation that opens its paragraph with no frame of its own is that section's person's.
import type { DetectorContext } from '../../context.js';
import type { Quote } from '../../types.js';
import type { Found } from './phrases.js';

/** How far back (in characters) a section's label is looked for. */
const REACH = 1500;
/** A paragraph that is only bold text: its words and where they start. */
const LABEL = /^\*\*([^*\n]{1,80})\*\*[ \t]*$/gmu;
/** A name: one to three capitalised words (a title first allowed), before any comma. */
const NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}$/u;

/** The person whose section holds the quote, when the quote opens its paragraph; else null. */
export function sectionSpeaker(ctx: DetectorContext, quote: Quote): Found | null {
  const text = ctx.doc.text;
  const lineStart = text.lastIndexOf('\n', quote.start - 1) + 1;
  if (text.slice(lineStart, quote.start).trim() !== '') return null;
  const from = Math.max(0, quote.start - REACH);
  const before = text.slice(from, lineStart);
  let label: RegExpExecArray | null = null;
  for (const m of before.matchAll(LABEL)) label = m;
  if (!label) return null;
  const labelStart = from + label.index;
  // A heading between the label and the quote ends its section.
  if (/^#{1,6}\s/mu.test(text.slice(labelStart, lineStart))) return null;
  const words = label[1].split(',')[0].trim();
  if (!NAME.test(words) || label[1].includes('?') || label[1].includes(':')) return null;
  const start = labelStart + 2 + label[1].indexOf(words);
  return { start, end: start + words.length, text: words, name: ctx.people.resolve(words, start) };
}

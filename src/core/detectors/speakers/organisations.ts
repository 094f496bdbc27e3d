// "The port authority said …" after "the Calloway Port Authority" earlier in the article: a definite description
// whose words end an organisation's capitalised name given before it names that organisation, as a role noun
// names the person it was linked to ("the minister" → Ines Takoda).
import * as names from '../../lexicon/names.js';

const { ORG_WORDS } = names;

/** How far back (in characters) the organisation's full name is looked for. */
const REACH = 6000;

/** The organisation a lowercase definite description ("the port authority", "the trust") stands for, or null. */
export function organisationNamed(text: string, description: string, at: number): string | null {
  const m = /^the\s+((?:[a-z][a-z’'-]*\s+){0,2}[a-z][a-z’'-]*)$/i.exec(description.trim());
  if (!m || /\p{Lu}/u.test(m[1])) return null;
  const words = m[1].split(/\s+/);
  if (!ORG_WORDS.has(words[words.length - 1])) return null;
  const tail = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('\\s+');
  const before = new RegExp(`((?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4})${tail}\\b`, 'gu');
  let found: string | null = null;
  for (const hit of text.slice(Math.max(0, at - REACH), at).matchAll(before)) {
    const head = hit[1].trim().split(/\s+/).filter((w, k) => !(k === 0 && /^the$/i.test(w)));
    if (head.length > 0) found = [...head, ...words.map((w) => w[0].toUpperCase() + w.slice(1))].join(' ');
  }
  return found;
}

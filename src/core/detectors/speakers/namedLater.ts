// The news lead that names its subject a paragraph later: "A former treasurer of a children's charity told
// colleagues the money was “a loan” …" then "Colin Ashby, 58, … while treasurer of the trust". An indefinite (or
// headline) description of a role stands for the first person named after it in a sentence that gives the same role.
import type { DetectorContext } from '../../context.js';
import * as titles from '../../lexicon/titles.js';
import { sentenceAt } from '../people.js';

const { isRoleNoun } = titles;

/** How far after the description (in characters) the person is looked for: the lead and the next paragraphs. */
const REACH = 1500;

/** The role noun heading a description ("a former treasurer of a charity" → "treasurer"), if it reads as one. */
function roleHead(description: string): string | null {
  const words = description.trim().split(/\s+/);
  // "A former treasurer …" or a headline's "Former charity treasurer": an indefinite article, or a capital first
  // word and nothing capitalised before the head.
  const indefinite = /^(?:a|an)$/i.test(words[0]);
  // A definite description ("the minister") refers back, which role links resolve (people/roles.ts).
  if (!indefinite && (!/^\p{Lu}\p{Ll}+$/u.test(words[0]) || /^(?:the|this|that|his|her|its|their|our)$/i.test(words[0]))) return null;
  let end = words.findIndex((w, k) => k > 0 && /^(?:of|in|at|for|from|with|who|that)$/.test(w));
  if (end < 0) end = words.length;
  if (end < 2 || words.slice(1, end).some((w) => /^\p{Lu}/u.test(w))) return null;
  const head = words[end - 1].toLowerCase().replace(/[’']s$/, '');
  return isRoleNoun(head) ? head : null;
}

/** The person a role description at `at` stands for, named after it in a sentence giving the same role; or null. */
export function namedLater(ctx: DetectorContext, description: string, at: number): string | null {
  const head = roleHead(description);
  if (!head) return null;
  const word = new RegExp(`\\b${head}\\b`, 'i');
  for (const m of ctx.people.mentions) {
    if (m.start <= at + description.length) continue;
    if (m.start > at + REACH) break;
    if (!m.name.includes(' ')) continue;
    const k = sentenceAt(ctx.sentences, m.start);
    const sentence = k >= 0 ? ctx.doc.text.slice(ctx.sentences[k].start, ctx.sentences[k].end) : '';
    if (word.test(sentence)) return m.name;
  }
  return null;
}

// The news lead that names its subject a paragraph later: "A former treasurer of a children's charity told
// colleagues the money was “a loan” …" then "Colin Ashby, 58, … while treasurer of the trust". An indefinite (or
// headline) description of a role stands for the first person named after it in a sentence that gives the same role.
import type { DetectorContext } from '../../context.js';
import * as titles from '../../lexicon/titles.js';
import { sentenceAt } from '../people.js';
import { builtPattern } from '../../text/builtPatterns.js';

const { isRoleNoun } = titles;

/** How far after the description (in characters) the person is looked for: the lead and the next paragraphs. */
const REACH = 1500;

const QUANTIFIERS = /^(?:one|another|some|several|two|three|four|many|few|most|other|each|every|no|any|both)$/i;

/** The role noun heading a description ("a former treasurer of a charity" → "treasurer"), if it reads as one. */
function roleHead(description: string): string | null {
  const words = description.trim().split(/\s+/);
  // "A former treasurer …" or a headline's "Former charity treasurer": an indefinite article, or a capital first
  // word and nothing capitalised before the head.
  const indefinite = /^(?:a|an)$/i.test(words[0]);
  // "One cabinet minister said", "Another official told": one of several, whom the article leaves unnamed; no
  // headline opens with a count.
  if (QUANTIFIERS.test(words[0])) return null;
  // A definite description ("the minister") refers back, which role links resolve (people/roles.ts).
  if (!indefinite && (!/^\p{Lu}\p{Ll}+$/u.test(words[0]) || /^(?:the|this|that|his|her|its|their|our)$/i.test(words[0]))) return null;
  let end = words.findIndex((w, k) => k > 0 && /^(?:of|in|at|for|from|with|who|that)$/.test(w));
  if (end < 0) end = words.length;
  if (end < 2 || words.slice(1, end).some((w) => /^\p{Lu}/u.test(w))) return null;
  return words[end - 1].toLowerCase().replace(/[’']s$/, '');
}

/** The person a role description at `at` stands for, named after it in a sentence giving the same role; or null. */
export function namedLater(ctx: DetectorContext, description: string, at: number): string | null {
  const head = roleHead(description);
  if (!head || !/^\p{Ll}+$/u.test(head)) return null;
  // A noun no list calls a role ("A night guard told a jury …") needs the article to set it beside the name: "The
  // guard, Samuel Ekwueme, said", "Samuel Ekwueme, a night guard, …".
  const role = isRoleNoun(head);
  const end = at + description.length;
  for (const m of ctx.people.mentions) {
    if (m.start <= end) continue;
    if (m.start > at + REACH) break;
    if (!m.name.includes(' ')) continue;
    const k = sentenceAt(ctx.sentences, m.start);
    if (k < 0) continue;
    // The role given again, not the description's own words ("A spokesperson for the council told Judge Hana
    // Petrova": the judge is the one spoken to, in the description's sentence).
    const from = ctx.sentences[k].start;
    const sentence = ctx.doc.text.slice(from, ctx.sentences[k].end).toLowerCase();
    if (role ? hasWordOutside(sentence, head, at - from, end - from) : apposedTo(ctx.doc.text, head, m.start, m.end)) return m.name;
  }
  return null;
}

/** Is the name at [start, end) set in apposition with the noun `head` ("the guard, Samuel Ekwueme," or "Samuel
 *  Ekwueme, a night guard")? */
function apposedTo(text: string, head: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  const after = text.slice(end, end + 60).toLowerCase();
  return builtPattern('apposed before', [head], () => new RegExp(`\\bthe\\s+(?:[a-z-]+\\s+)?${head},\\s*$`)).test(before)
    || builtPattern('apposed after', [head], () => new RegExp(`^,\\s*(?:\\d+,\\s*)?(?:a|an|the)\\s+(?:[a-z-]+\\s+){0,3}${head}\\b`)).test(after);
}

/** Does `word` stand as a whole word in `text` outside text[skipFrom, skipTo)? */
function hasWordOutside(text: string, word: string, skipFrom: number, skipTo: number): boolean {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    if (k + word.length > skipFrom && k < skipTo) continue;
    if (!isWordChar(text.charCodeAt(k - 1)) && !isWordChar(text.charCodeAt(k + word.length))) return true;
  }
  return false;
}

/** A letter, digit or underscore in ASCII (as \\w matches one), for whole-word tests. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

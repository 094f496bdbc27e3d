// Feature writing describes a speaker before naming them: "A tall man in a yellow jacket is coiling rope. “…,” he
// says. … His name is Dev Raman." A he or she whose nearest antecedent is such an indefinite description stands
// for the person a following sentence names: "His name is X", "She is X".
import type { DetectorContext, PersonMention } from '../../context.js';
import type { Gender } from '../../lexicon/pronouns.js';
import * as titles from '../../lexicon/titles.js';
import * as sorted from '../../text/sorted.js';

const { isRoleNoun } = titles;
const { firstStartingAt } = sorted;

/** People nouns that head a description ("a small woman in a pink cap", "an old man mending nets"). */
const PEOPLE = new Set(['man', 'woman', 'boy', 'girl', 'lady', 'gentleman', 'person', 'figure', 'teenager', 'child']);

// An indefinite description: "a"/"an", up to four modifiers, a people noun.
const ARTICLE = /\b[Aa]n? /g;
const PHRASE_ENDS = new Set(['in', 'with', 'of', 'at', 'on', 'from', 'by', 'who', 'that', 'and', 'or', 'is', 'was']);

// The sentence that names them opens "His name is", "Her name's", "He is", "She's".
const NAMING = { male: /^\s*(?:His (?:real |full )?name is|He is|He’s|He's) $/, female: /^\s*(?:Her (?:real |full )?name is|She is|She’s|She's) $/ };

/** How many sentences after the pronoun's the naming sentence may come. */
const AHEAD = 3;

/**
 * The person named after a description that the pronoun at `offset` (in sentence `idx`) goes back to: the
 * description in the pronoun's sentence or the one before, with no person named between it and the pronoun.
 */
export function namedAfterDescription(ctx: DetectorContext, mentions: readonly PersonMention[], gender: Gender, idx: number, offset: number): string | undefined {
  const { sentences } = ctx;
  const { masked } = ctx.doc;
  const from = sentences[Math.max(0, idx - 1)].start;
  const described = lastDescription(masked.slice(from, offset));
  if (described < 0) return undefined;
  const at = from + described;
  const between = firstStartingAt(mentions, at);
  if (between < mentions.length && mentions[between].start < offset) return undefined;
  for (let k = idx + 1; k < Math.min(sentences.length, idx + 1 + AHEAD); k++) {
    const s = sentences[k];
    const j = firstStartingAt(mentions, s.start);
    const m = mentions[j];
    if (!m || m.start >= s.end || !NAMING[gender].test(masked.slice(s.start, m.start))) continue;
    // "She is Dorota Kell's sister" names someone else.
    if (/^['’]s\b/.test(masked.slice(m.end, m.end + 3))) continue;
    return m.name;
  }
  return undefined;
}

/** Where the last indefinite description of a person in `text` starts, or -1. */
function lastDescription(text: string): number {
  let found = -1;
  ARTICLE.lastIndex = 0;
  for (let m = ARTICLE.exec(text); m; m = ARTICLE.exec(text)) {
    // The head is one of the next five words, before any preposition or punctuation ends the phrase.
    const words = /^(?:[\p{Ll}-]+ ?){1,5}/u.exec(text.slice(m.index + m[0].length))?.[0].trim().split(' ') ?? [];
    for (const w of words) {
      if (PEOPLE.has(w) || isRoleNoun(w)) found = m.index;
      if (PEOPLE.has(w) || isRoleNoun(w) || PHRASE_ENDS.has(w)) break;
    }
  }
  return found;
}

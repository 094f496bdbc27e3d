// Descriptions as speakers: a definite description or a titled name that owns a colon frame's noun ("The council’s
// reply was brief:"), and the sources that can speak for themselves when the article names no person for them.
import type { DetectorContext } from '../../context.js';
import * as names from '../../lexicon/names.js';
import * as speakerWords from '../../lexicon/speakerWords.js';
import * as titles from '../../lexicon/titles.js';
import type { Found } from './phrases.js';
import type { Tok } from './tokens.js';

const { NOT_NAME_WORDS, ORG_WORDS } = names;
const { DETERMINERS } = speakerWords;
const { isPersonNoun } = titles;

/**
 * "The council’s reply was brief", "The agency’s director’s answer was short", "Mr van der Berg’s reply": a
 * definite description (or a titled name) owning the frame's noun speaks — everything before the last possessive
 * ending of the opening phrase.
 */
export function describedPossessor(ctx: DetectorContext, list: Tok[], first: Tok): Found | null {
  const from = list.indexOf(first);
  let owner = -1;
  for (let k = from + 1; k < list.length && k - from <= 6 && list[k].word && !list[k].quoted; k++) if (/['’]s$/.test(list[k].text)) owner = k;
  if (owner < 0) return null;
  const end = list[owner].end - 2;
  const text = ctx.doc.text.slice(first.start, end);
  if (!/\s/.test(text)) return null;
  return { start: first.start, end, text, name: ctx.people.resolve(text, first.start) };
}

/** A source that can speak for itself when no person is named: a proper name, a role ("the director", "a
 *  spokesperson for the council"), an organisation ("the council") or an age epithet ("the 54-year-old"). */
export function isSpeakerDescription(found: Found): boolean {
  if (found.name !== found.text) return true;
  const words = found.text.split(' ');
  // A proper name the person index does not hold: an organisation ("Velmora said …").
  if (words.every((w) => /^\p{Lu}/u.test(w)) && !NOT_NAME_WORDS.has(words[0].toLowerCase())) return true;
  // Opened by a determiner ("the director") or by a name's possessive ("Petrova’s lawyer").
  if (words.length < 2 || words.length > 6 || !(DETERMINERS.has(words[0].toLowerCase()) || /^\p{Lu}.*['’]s$/u.test(words[0]))) return false;
  const head = (words.indexOf('for') > 0 ? words[words.indexOf('for') - 1] : words[words.length - 1]).toLowerCase();
  return isPersonNoun(head) || ORG_WORDS.has(head) || head.endsWith('-year-old');
}

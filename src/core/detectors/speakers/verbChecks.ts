// Whether a word beside a quote is its reporting verb: a quote-only verb that ends its clause ("she sighed."), one
// that leads into the quote ("shot back:"), and the words that look like cues and are not ("has one thing to add:",
// "a sprinter called Tobi").
import type { DetectorContext } from '../../context.js';
import * as pronouns from '../../lexicon/pronouns.js';
import * as speakerWords from '../../lexicon/speakerWords.js';
import * as people from '../people.js';
import { goesOn } from './cues.js';
import type { Tok } from './tokens.js';

// Module-level copies of the imported bindings (a getter call per use under tsx).
const { SUBJECT_PRONOUNS } = pronouns;
const { QUOTE_ONLY_VERBS } = speakerWords;
const { mentionsBetween } = people;

/** Does the word at k end its clause ("she sighed.", "he fired back,", "she laughed softly", "Ashdown orders as the
 *  gates close")? A quote-only verb inside a phrase is a noun or a modifier ("the chief fire officer"). */
export function endsClause(list: Tok[], k: number): boolean {
  const next = list[k + 1];
  return !next || !next.word || next.quoted || PARTICLES.has(next.lower) || CLAUSE_AFTER.has(next.lower) || /ly$/.test(next.lower);
}
const PARTICLES = new Set(['back', 'out', 'up', 'on', 'again', 'in']);
/** Words that open a clause of circumstance after the verb. */
const CLAUSE_AFTER = new Set(['as', 'when', 'while', 'before', 'after', 'until', 'once']);

/** Index of a quote-only verb ("shot back,", "beamed:") that ends the words before the quote, or -1. */
export function leadInVerb(pre: Tok[], from: number): number {
  let k = pre.length - 1;
  if (k < from || (pre[k].text !== ',' && pre[k].text !== ':')) return -1;
  k--;
  if (k > from && (pre[k].lower === 'back' || pre[k].lower === 'out' || pre[k].lower === 'up' || pre[k].lower === 'on')) k--;
  return k > from && (QUOTE_ONLY_VERBS.has(pre[k].lower) || goesOn(pre, k)) && !pre[k].quoted ? k : -1;
}

export const HAVING = new Set(['has', 'have', 'had']);

/** "has one thing to add", "had a few words to say": an infinitive cue whose noun is what someone has to say. */
export function hadToSay(pre: Tok[], k: number): boolean {
  if (pre[k - 1]?.lower !== 'to') return false;
  for (let j = k - 3; j >= Math.max(0, k - 6); j--) if (pre[j].word && HAVING.has(pre[j].lower)) return true;
  return false;
}

/** "a 19-year-old sprinter called Tobi,": "called" or "named" after a noun and before a person's name. */
export function namingCall(ctx: DetectorContext, pre: Tok[], k: number): boolean {
  const t = pre[k];
  if ((t.lower !== 'called' && t.lower !== 'named') || !pre[k - 1]?.word || pre[k - 1].text !== pre[k - 1].lower || SUBJECT_PRONOUNS.has(pre[k - 1].lower)) return false;
  const next = pre[k + 1];
  return next !== undefined && !next.quoted && mentionsBetween(ctx.people.mentions, next.start, next.end)[0]?.start === next.start;
}

/** “…,” Ruiz retaliated. / “…,” an angry Ruiz snapped and left: a past-tense verb right after a capitalised name,
 *  right after the quotation, reports it whatever the verb (manners of speaking are an open list). */
export function namedThenActed(post: Tok[], k: number): boolean {
  const prev = post[k - 1];
  return k > 0 && prev.word && /^\p{Lu}/u.test(prev.text) && /^\p{Ll}+ed$/u.test(post[k].text) && !post[k].quoted;
}

/** Does the verb at k end the frame: the clause ends, or "and" opens another ("Ruiz barked and a guard …")? */
export function closesFrame(post: Tok[], k: number): boolean {
  return endsClause(post, k) || post[k + 1]?.lower === 'and';
}

/** What a written text is: the subject of "read" in "“…,” read a statement from the Harlow Trust". */
const WRITTEN = new Set(['statement', 'letter', 'note', 'notice', 'message', 'release', 'post', 'sign', 'banner', 'placard', 'headline', 'caption', 'memo', 'email', 'tweet', 'report', 'submission', 'filing', 'editorial', 'column', 'leaflet', 'flyer', 'poster', 'ad', 'advert', 'advertisement']);

/** "“…,” read a statement from X", "“…,” reads an editorial in Y": an inverted "read" whose subject, right after it,
 *  is a written text. */
export function readsWritten(post: Tok[], k: number): boolean {
  if ((post[k]?.lower !== 'read' && post[k]?.lower !== 'reads') || post[k].quoted) return false;
  for (let j = k + 1; j < post.length && j <= k + 3; j++) {
    if (!post[j].word) return false;
    if (WRITTEN.has(post[j].lower)) return true;
  }
  return false;
}

/** "“…!” beamed Ana Ruiz", "“…,” sighed the mayor": an inverted verb of manner in the past, its subject (a name or a
 *  determiner's phrase) right after it. */
export function invertedManner(post: Tok[], k: number): boolean {
  const verb = post[k];
  const next = post[k + 1];
  return !!verb && !!next && !verb.quoted && verb.word && /ed$/.test(verb.lower) && QUOTE_ONLY_VERBS.has(verb.lower) && next.word && !next.quoted && (/^\p{Lu}/u.test(next.text) || DETERMINER_AFTER.has(next.lower));
}
const DETERMINER_AFTER = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'their']);

/** "had been told", "was told": the subject before a passive of telling heard the words, it did not say them. */
export function toldPassive(pre: Tok[], k: number): boolean {
  return /^(?:told|informed|assured|warned|advised)$/.test(pre[k].lower) && /^(?:been|was|were|is|are|being)$/.test(pre[k - 1]?.lower ?? '');
}

/** Does a finite verb or an auxiliary follow `at` (", said Pennine Vale had been told …": a clause's subject)? */
export function verbFollows(masked: string, at: number): boolean {
  return VERB_AFTER.test(masked.slice(at, at + 12));
}
const VERB_AFTER = /^\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|may|must|did|does|do)\b/;


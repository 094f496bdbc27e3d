// The noun phrase right after a cue ("said Matsuno", "according to a 2024 report", "told reporters", "told the jury
// the club paid …": the listener ends where the reported clause's subject opens).
import type { Token } from './shared.js';
import * as shared from './shared.js';

const { DETERMINERS, NP_BOUNDARIES, ONE_WORD_LISTENERS, PREPOSITIONS, SOURCE_PRONOUNS, SUBJECT_PRONOUNS, TIME_WORDS, TITLE_ABBREVIATIONS, endsPossessive, looksFinite, startsCapital, startsLowercase } = shared;

/** Words that can only open a noun phrase (not "annual" or "latest", which DETERMINERS also holds). */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my']);
/** Prepositions PREPOSITIONS leaves out, after which a determiner goes on in the phrase ("one aide inside the company"). */
const PLACE_PREPOSITIONS = new Set(['inside', 'outside', 'within', 'near', 'beside', 'behind', 'beyond', 'throughout', 'toward', 'towards', 'around', 'along', 'alongside', 'above', 'below', 'beneath', 'upon', 'onto', 'via', 'despite', 'including', 'except', 'opposite', 'past', 'versus', 'until', 'following', 'regarding', 'concerning']);
/** Words a determiner may follow inside one noun phrase ("all the players", "half the budget"). */
const PREDETERMINERS = new Set(['all', 'both', 'half', 'such', 'what', 'quite', 'rather', 'twice', 'double']);

/** A single capital letter: a middle initial ("B" of "Alan B. Krueger") or the last letter of "U.S.". */
function isInitial(text: string): boolean {
  return text.length === 1 && startsCapital(text);
}

/** The noun phrase starting at token i, as token indices [start, end), or null. */
export function nounPhraseAfter(toks: readonly Token[], i: number): [number, number] | null {
  let k = i;
  if (k >= toks.length || !toks[k].word || NP_BOUNDARIES.has(toks[k].lower) || TIME_WORDS.has(toks[k].lower)) return null;
  // "according to her lawyer": "her" before a noun is a possessive opening the phrase, not the phrase.
  if ((SOURCE_PRONOUNS.has(toks[k].lower) || ONE_WORD_LISTENERS.has(toks[k].lower)) && !possessiveHer(toks, k)) return [k, k + 1];
  let n = 0;
  while (k < toks.length && n < 10) {
    const w = toks[k];
    if (!w.word) {
      if ((w.text === '’' || w.text === '-' || w.text === '.' || w.text === '&') && toks[k + 1]?.start === w.end) {
        k++;
        continue;
      }
      // "said Dunmore & Sons": an ampersand between capitalised words joins a firm's name.
      if (w.text === '&' && k > i && startsCapital(toks[k - 1].text) && toks[k + 1]?.word && startsCapital(toks[k + 1].text)) {
        k++;
        continue;
      }
      // "Mr. Rhodes", "Sen. Warren": the title's dot does not end the name.
      // "Alan B. Krueger", "a former U.S. official": an initial's dot does not end the name either.
      if (w.text === '.' && k > i && (TITLE_ABBREVIATIONS.has(toks[k - 1].lower) || isInitial(toks[k - 1].text)) && toks[k + 1]?.word && startsCapital(toks[k + 1].text)) {
        k++;
        continue;
      }
      break;
    }
    // "according to the Committee for Free Reporting": "for" between capitals goes on with a body's name.
    const inName = w.lower === 'of' || (w.lower === 'for' && startsCapital(toks[k - 1].text) && startsCapital(toks[k + 1]?.text ?? ''));
    if (n > 0 && (NP_BOUNDARIES.has(w.lower) || TIME_WORDS.has(w.lower)) && !inName) break;
    if (n > 0 && w.lower === 'of' && !(toks[k + 1]?.word)) break;
    // "told the Gazette prices rose": after a name, a bare plural and its verb are the next clause.
    if (n > 0 && toks[k - 1].word && startsCapital(toks[k - 1].text) && startsLowercase(w.text) && w.lower.endsWith('s') && looksFinite(toks[k + 1])) break;
    // "told the Gazette the plan failed", "told the jury the club paid", "told the court he had paid": a determiner
    // or a subject pronoun after a name or a noun opens the next phrase ("all the", "of the", "the club's" go on).
    if (n > 0 && (PHRASE_OPENERS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower)) && toks[k - 1].word && !DETERMINERS.has(toks[k - 1].lower) && !endsPossessive(toks[k - 1].lower) && !PREPOSITIONS.has(toks[k - 1].lower) && !PLACE_PREPOSITIONS.has(toks[k - 1].lower) && !PREDETERMINERS.has(toks[k - 1].lower)) break;
    // "told the Gazette more than 60 percent …": a comparison opens what follows the phrase.
    if (n > 0 && (w.lower === 'more' || w.lower === 'fewer' || w.lower === 'less') && toks[k + 1]?.lower === 'than') break;
    n++;
    k++;
  }
  while (k > i && (toks[k - 1].lower === 'of' || toks[k - 1].lower === 'the' || toks[k - 1].lower === 'and')) k--;
  return k > i ? [i, k] : null;
}

/** Is "her" at k a possessive ("her lawyer", "her campaign manager"), not an object ("told her that", "told her
 *  repeatedly", "told her the plan failed")? */
function possessiveHer(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  return toks[k].lower === 'her' && next !== undefined && next.word && startsLowercase(next.text) && !DETERMINERS.has(next.lower) && !PREPOSITIONS.has(next.lower) && !SUBJECT_PRONOUNS.has(next.lower) && !PHRASE_OPENERS.has(next.lower) && !shared.isAdverb(next.lower) && next.lower !== 'that' && !looksFinite(next);
}


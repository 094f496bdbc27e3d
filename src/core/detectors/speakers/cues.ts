// Cue words as the speaker finder reads them: a reporting verb in verb position ("said", not "the reports"),
// multi-word prepositional cues ("according to"), and the ranking of cues by clause.
import * as speakerWords from '../../lexicon/speakerWords.js';
import type { Tok } from './tokens.js';
import { givenNameGender } from '../../lexicon/names.js';

const { VERB_FILLERS, DETERMINERS, VERB_CONTEXT, PREPOSITIONAL_WORDS, SUBORDINATORS, IRREGULAR_PAST } = speakerWords;

/** Prepositions that take a noun phrase, so that a cue form right after them is a noun ("amid calls"). */
const NOUN_PREPOSITIONS = new Set(['amid', 'despite', 'after', 'following', 'over', 'against', 'about', 'among', 'without', 'with', 'for', 'from', 'under', 'between', 'into', 'in', 'on', 'at']);

/** A cue in a subordinate clause ("when Patriot signaled …, Barrett said") yields to the main clause's. */
export function cueRank(list: Tok[], k: number, cues: ReadonlyMap<string, unknown>): number {
  // "Asked by X to respond, Carson said": a participle opening the sentence frames the main clause's cue.
  const opening = k === 0 && /^\p{Lu}\p{Ll}+ed$/u.test(list[k].text);
  return (opening || inSubordinateClause(list, k) ? 2 : 0) + (cues.get(list[k].lower) === 'cognition' ? 1 : 0);
}

export function isCueAt(list: Tok[], k: number, cues: ReadonlyMap<string, unknown>): boolean {
  const t = list[k];
  if (!t.word || t.quoted) return false;
  if (cues.has(t.lower)) {
    // "said" is a verb; "the reports", "his claims", "mental state", "via email" are nouns.
    const prev = list[k - 1];
    if (prev && (DETERMINERS.has(prev.lower) || /['’]s$/i.test(prev.text) || prev.lower === 'of')) return false;
    // "Amid calls to close the road,", "after reports that": after a preposition, a form that is no participle is
    // a noun ("by saying", "after warning" stay cues).
    if (prev && NOUN_PREPOSITIONS.has(prev.lower) && !/(?:ed|ing)$/.test(t.lower)) return false;
    if (prev && inName(t, prev, list[k - 2])) return false;
    // "The real question, he said,", "a final warning": a bare form after a determiner and a singular word is a
    // noun with its adjective ("The unions claim" keeps its plural subject's verb).
    if (prev && isBareForm(t.lower) && prev.word && prev.text === prev.lower && !prev.lower.endsWith('s') && DETERMINERS.has(list[k - 2]?.lower ?? '')) return false;
    if (isBareForm(t.lower) && !(prev && (VERB_CONTEXT.has(prev.lower) || /ly$/.test(prev.lower) || list[k + 1]?.text === ','))) return false;
    return true;
  }
  return prepositionalCue(list, k) > 0;
}

/**
 * "the United States “must…”", "the Islamic State, stating": a capitalised cue word after "the" and a capitalised
 * word is part of a name. A title-case headline drops the article ("Mayor Says “…”"), so it still reads.
 */
function inName(t: Tok, prev: Tok, before: Tok | undefined): boolean {
  const upper = (x: Tok) => x.word && x.text !== x.lower;
  // "the United States", "the Association of Lakeland States", "Gulf Coast States"; "Omar Said", a surname after a
  // given name.
  return upper(t) && upper(prev) && ((before !== undefined && (before.lower === 'the' || before.lower === 'of' || upper(before))) || givenNameGender(prev.lower) !== undefined);
}

/** Whether the cue at k sits in a clause opened by a subordinating conjunction ("when X signaled …"). */
function inSubordinateClause(list: Tok[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && list[j].text !== ',' && !list[j].quoted && k - j < 30) {
    if (SUBORDINATORS.has(list[j].lower)) return true;
    j--;
  }
  return false;
}

/** A verb form that is also the base form (and so often a noun): "state", "call", "report", "email". */
function isBareForm(word: string): boolean {
  return !/(ed|s|ing)$/.test(word) && !IRREGULAR_PAST.has(word);
}

/** Number of tokens of a multi-word cue starting at k ("according to" → 2), 0 when none. */
export function prepositionalCue(list: Tok[], k: number): number {
  const first = list[k]?.lower;
  for (const words of PREPOSITIONAL_WORDS) {
    if (words[0] !== first) continue;
    // A loop, not words.every(closure): this runs for every "as" and "in" of the windows.
    let j = 1;
    while (j < words.length && list[k + j]?.lower === words[j]) j++;
    if (j === words.length) return words.length;
  }
  return 0;
}

export function cueLength(list: Tok[], k: number): number {
  return prepositionalCue(list, k) || 1;
}

export function allFillers(list: Tok[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!VERB_FILLERS.has(list[j].lower)) return false;
  return true;
}

/** "she went on", "Ms Tanabe goes on:": going on with one's words reports a quote right next to it, as "continued" does. */
export function goesOn(list: Tok[], k: number): boolean {
  const verb = list[k].lower;
  return (verb === 'went' || verb === 'goes') && list[k + 1]?.lower === 'on' && !list[k].quoted;
}

/** Is there a frame set off by commas (", Dr Ruiz added,") before token k: a cue right before a comma, with a comma
 *  at most five tokens before it? */
export function commaFrameBefore(list: Tok[], k: number, cues: ReadonlyMap<string, unknown>): boolean {
  for (let c = k - 1; c > 0; c--) {
    if (list[c + 1]?.text !== ',' || !isCueAt(list, c, cues)) continue;
    for (let j = c - 1; j >= 0 && c - j <= 5; j--) if (list[j].text === ',') return true;
  }
  return false;
}

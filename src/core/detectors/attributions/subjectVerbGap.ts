// What may stand between a cue and the subject that is its source: a linking adverb set off by commas ("The two
// lawmakers, however, argue"), the verb an infinitive of saying hangs on ("declined to say", "Critics like to say"),
// and "well" in "It is well known that".
import type { Token } from './shared.js';
import * as shared from './shared.js';

// Module-level copy of the shared binding: under tsx every use of an import is a getter call.
const { MODALS } = shared;

/** Adverbs a writer sets off by commas inside a clause ("X, however, said"). */
export const LINKING_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'meanwhile', 'too', 'also', 'moreover', 'nonetheless', 'nevertheless', 'instead', 'likewise', 'still']);

/** Base forms of verbs an infinitive of saying may follow ("like to say", "tend to argue"). */
const GOVERNING_BASE = new Set(['like', 'love', 'tend', 'prefer', 'hate', 'refuse', 'decline', 'continue', 'begin', 'seem', 'appear', 'hope', 'plan', 'want', 'need', 'try']);
const NEGATIONS = new Set(['not', "n't", 'n’t']);

/**
 * Can token j govern an infinitive of saying whose source is its subject: a past, -ing, -s or similar form ("declined
 * to say", "went on to say"), or a plural subject's base form ("Critics like to say")? Not a base form after a modal,
 * negated or not: "would like to say more", "would not like to say", "They’d like to say" say nothing yet.
 */
export function governsInfinitive(toks: readonly Token[], j: number): boolean {
  const w = toks[j].lower;
  if (/(ed|ent|ew|ook|ing|s|ant|ave|ould)$/.test(w)) return true;
  if (!GOVERNING_BASE.has(w)) return false;
  let k = j - 1;
  while (k >= 0 && NEGATIONS.has(toks[k].lower)) k--;
  const before = toks[k]?.lower ?? '';
  return !MODALS.has(before) && !/['’]d$/.test(before);
}

/** "It is well known that …": "well" right before a verb of knowing is the passive's adverb, not its source. */
export function wellKnown(toks: readonly Token[], j: number, i0: number): boolean {
  return j === i0 - 1 && toks[j].lower === 'well' && WELL_KNOWN.has(toks[i0].lower);
}
const WELL_KNOWN = new Set(['known', 'established', 'documented', 'understood', 'accepted', 'recognised', 'recognized']);

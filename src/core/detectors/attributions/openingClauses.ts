// Clauses a cue may stand in before the main clause, whose content ends at the clause's comma: a relative clause
// ("The senator, whose finish was seen as a blow, said …") or an opening adverbial one ("When a donor asks about the
// debate, Kettering sighs").
import type { Token } from './shared.js';

const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);
/** Openers of an adverbial clause before the main one (not "as", which opens a frame: "As Ruiz said, …"). */
const CLAUSE_SUBORDINATORS = new Set(['when', 'while', 'although', 'though', 'because', 'whenever']);
/**
 * Openers that are prepositions too: a clause only when a pronoun or a name follows ("After she said …, the council
 * voted"). In "After the vote Ruiz said the bill, which …, would cut rents" the cue is the main clause's.
 */
const PREPOSITION_SUBORDINATORS = new Set(['after', 'before', 'until', 'once']);
const CLAUSE_SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** Is token i inside a relative clause opened by ", who / whose / which" or inside an opening adverbial clause, with
 *  no comma since? */
export function inClauseBeforeMain(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (toks[k].text === ',' || toks[k].text === ';') return false;
    if (RELATIVE_OPENERS.has(toks[k].lower)) return k > 0 && toks[k - 1].text === ',';
    if (CLAUSE_SUBORDINATORS.has(toks[k].lower) || (PREPOSITION_SUBORDINATORS.has(toks[k].lower) && clauseSubject(toks[k + 1]))) return k === 0 || toks[k - 1].text === ',';
  }
  return false;
}

/** A pronoun, or a capitalised word that is no possessive ("Ruiz", not "Tuesday's"). */
function clauseSubject(t: Token | undefined): boolean {
  if (!t?.word) return false;
  return CLAUSE_SUBJECT_PRONOUNS.has(t.lower) || (/^\p{Lu}/u.test(t.text) && !/['’]s?$/.test(t.text));
}

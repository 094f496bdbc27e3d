// The spans of a name inside a clause's opening subject, as functions over a sentence's tokens: the words that join
// a name's parts ("Alan B. Krueger", "Lunn & Partners", "Pieter van der Berg"), a lowercase title before a name set
// off by a comma, and a dateline before the clause.
import type { Token } from '../../text/tokens.js';
import { PARTICLES } from '../people/scan.js';
import { isRoleNoun } from '../../lexicon/titles.js';
import * as shared from './shared.js';

const { DOCUMENT_SOURCES, NP_BOUNDARIES, PREPOSITIONS, SOURCE_PRONOUNS, endsPossessive, startsCapital, startsLowercase } = shared;
const DASHES = new Set(['—', '–', '--', '―']);

/** Does token e join the name's words on either side: an initial's dot ("Alan B. Krueger") or an ampersand ("Lunn
 *  & Partners")? */
export function joinsName(toks: readonly Token[], e: number): boolean {
  const next = toks[e + 1];
  if (!next?.word || !startsCapital(next.text)) return false;
  return (toks[e].text === '.' && toks[e].start === toks[e - 1].end) || (toks[e].text === '&' && startsCapital(toks[e - 1].text));
}

/** "van", "der" in "Pieter van der Berg": a name particle before more of the name (a capital or another particle). */
export function particleInName(toks: readonly Token[], e: number, before: number): boolean {
  let k = e;
  while (k < before && toks[k].word && PARTICLES.has(toks[k].lower)) k++;
  return k > e && k < before && toks[k].word && startsCapital(toks[k].text);
}

/**
 * "Independent battery researcher Marguerite Sallis, who …, said": a capitalised first word, a lowercase title of at
 * most three words, then the name closing the subject at a comma. Returns the name's end, or `e` unchanged.
 */
export function titledNameEnd(toks: readonly Token[], e: number, before: number): number {
  // "Rivera’s campaign treasurer", "Rovers' chief executive": a possessive (singular or plural) before the role.
  const possessive = e > 0 && (endsPossessive(toks[e - 1].text) || /s['’]$/.test(toks[e - 1].text));
  const from = e;
  let n = from;
  // "Founder and chief executive Priya Nandakumar": "and" joins two offices before the name.
  const joins = (k: number) => toks[k].lower === 'and' && toks[k + 1]?.word === true && startsLowercase(toks[k + 1].text);
  // "Ironvale's vice-president for community relations, Marcus Dellahunt": a possessive's role may take its remit.
  const remit = (k: number) => possessive && k > from && (toks[k].lower === 'for' || toks[k].lower === 'of') && toks[k + 1]?.word === true && startsLowercase(toks[k + 1].text);
  while (n < before && n - from < (possessive ? 6 : 3) && toks[n].word && startsLowercase(toks[n].text) && (!NP_BOUNDARIES.has(toks[n].lower) || joins(n) || remit(n)) && (!PREPOSITIONS.has(toks[n].lower) || remit(n)) && !SOURCE_PRONOUNS.has(toks[n].lower)) n++;
  // "Rivera’s campaign treasurer, Dana Whitfield, said": a possessive's lowercase role, then the name in apposition.
  // "Its Foreign Ministry spokesperson, Lisbet Aarmund, wrote": so does a body's role noun.
  const apposed = n > from && (possessive || isRoleNoun(toks[n - 1].lower)) && toks[n]?.text === ',' && toks[n + 1]?.word === true && startsCapital(toks[n + 1].text);
  if (apposed) n++;
  if (n === from || !toks[n]?.word || !startsCapital(toks[n].text)) return e;
  let end = n;
  while (end < before && toks[end].word && startsCapital(toks[end].text)) end++;
  return end - n >= (apposed ? 1 : 2) && toks[end]?.text === ',' ? end : e;
}

/** Past a dateline opening the sentence ("WASHINGTON —", "Oslo (Reuters) –"): capitalised words, perhaps a
 *  wire service in brackets, then a dash. */
export function afterDateline(toks: readonly Token[], from: number): number {
  let k = from;
  while (k < from + 4 && toks[k]?.word && startsCapital(toks[k].text)) k++;
  if (k === from) return from;
  if (toks[k]?.text === '(') {
    const close = k + 2;
    if (toks[close]?.text !== ')') return from;
    k = close + 1;
  }
  return DASHES.has(toks[k]?.text ?? '') ? k + 1 : from;
}

/** "The Health and Safety Executive's inspection report,": a body's possessive name ending at `e`, then a document
 *  of its own of at most three lowercase words closed by a comma; the document's end, or null. */
export function ownedDocumentEnd(toks: readonly Token[], e: number, before: number): number | null {
  if (e === 0 || !endsPossessive(toks[e - 1].text)) return null;
  let k = e;
  while (k < before && k - e < 3 && toks[k].word && startsLowercase(toks[k].text)) k++;
  return k > e && toks[k]?.text === ',' && DOCUMENT_SOURCES.has(toks[k - 1].lower) ? k : null;
}

/** "Children's charities welcomed the code but said …": a possessive name ending at `e`, then one or two lowercase
 *  words closing the subject before its verb (a past form, or the cue at `before`); the subject's end, or null. */
export function ownedGroupEnd(toks: readonly Token[], e: number, before: number): number | null {
  if (e === 0 || !endsPossessive(toks[e - 1].text)) return null;
  let k = e;
  while (k < before && k - e < 2 && toks[k].word && startsLowercase(toks[k].text) && !NP_BOUNDARIES.has(toks[k].lower) && !/ed$/.test(toks[k].lower)) k++;
  return k > e && (k === before || (toks[k]?.word === true && /^\p{Ll}+ed$/u.test(toks[k].text))) ? k : null;
}


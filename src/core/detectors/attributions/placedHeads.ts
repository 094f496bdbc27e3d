// What stands between a source's head and the phrase found after it: the words that place an unnamed source
// ("close to", "familiar with", "briefed on", "involved in"), how a reporter reached a group ("reached by phone"),
// and a document's maker or where it was lodged ("a filing by the ministry", "a filing with the SEC").
import type { Token } from './shared.js';
import * as shared from './shared.js';
import { MAKING_PARTICIPLES } from '../../lexicon/cues.js';
import { REACHED_VERBS } from '../../lexicon/vague.js';

const { DOCUMENT_SOURCES, LODGED_DOCUMENTS } = shared;

/** A participle or adjective that, before the preposition at `p`, places the source ("familiar" of "familiar with"). */
export function placingWordBefore(toks: readonly Token[], p: number): boolean {
  const prep = toks[p].lower;
  const word = toks[p - 1]?.lower ?? '';
  return (prep === 'to' && word === 'close') || (prep === 'with' && word === 'familiar') || (prep === 'on' && word === 'briefed')
    || (prep === 'in' && word === 'involved') || (prep === 'by' && REACHED_VERBS.includes(word));
}

/** Is token p the "by" of a document's maker, or the "with" of where a filing was lodged? */
export function documentMakerAt(toks: readonly Token[], p: number): boolean {
  const noun = toks[p - 1];
  if (!noun?.word || !DOCUMENT_SOURCES.has(noun.lower)) return false;
  const prep = toks[p].lower;
  return prep === 'by' || (LODGED_DOCUMENTS.has(noun.lower) && /^(?:with|to|before)$/.test(prep));
}

const MAKING = new RegExp(`^(?:${MAKING_PARTICIPLES})$`);

/** Is token p the "by" of a document's maker after a one-word participle ("figures released by the Red Crescent")?
 *  ("carried out by" and "drawn up by" are two tokens and not read here.) */
export function madeByAt(toks: readonly Token[], p: number): boolean {
  return toks[p].lower === 'by' && MAKING.test(toks[p - 1]?.lower ?? '') && DOCUMENT_SOURCES.has(toks[p - 2]?.lower ?? '');
}

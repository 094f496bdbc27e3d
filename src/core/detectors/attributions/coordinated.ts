// Two names joined by "and" as one source ("“…,” said Ana Ruiz and Tom Lee.", "Ruiz and Lee said"): the noun-phrase
// finders stop at "and", which left the first name alone after the cue and the second alone before it.
import type { Token } from '../../text/tokens.js';
import { PARTICLES } from '../people/scan.js';
import { isPronoun } from '../people/coordinated.js';
import { startsCapital } from './shared.js';

/** A token inside a name: a capitalised word, a particle, or a mark joined to the word before ("-", ".", "’"). */
function inName(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (t.word) return startsCapital(t.text) || PARTICLES.has(t.lower);
  return (t.text === '-' || t.text === '.' || t.text === '’') && k > 0 && toks[k - 1].end === t.start;
}

/** Is toks[a, b) a name of at most six tokens, closing with a capitalised word and opening with one or with a
 *  particle ("van der Berg")? */
function isName(toks: readonly Token[], a: number, b: number): boolean {
  if (b <= a || b - a > 6 || !toks[a].word || !toks[b - 1].word || !startsCapital(toks[b - 1].text) || (b - a === 1 && isPronoun(toks[a].text))) return false;
  for (let k = a; k < b; k++) if (!inName(toks, k)) return false;
  return true;
}

/** "said Ana Ruiz and Tom Lee": a name after the cue going on past "and" to a second name. */
export function pairAfter(toks: readonly Token[], np: [number, number] | null): [number, number] | null {
  if (!np) return np;
  const [a, b] = np;
  if (toks[b]?.lower !== 'and' || !isName(toks, a, b)) return np;
  let e = b + 1;
  while (e - b <= 6 && inName(toks, e)) e++;
  while (e > b + 1 && !startsCapital(toks[e - 1].text)) e--;
  return isName(toks, b + 1, e) ? [a, e] : np;
}

/** "Ruiz and Lee said": a name before the cue reaching back past "and" to a name that opens the clause (after
 *  nothing, a comma, a colon, a dash or a quotation mark; "Okafor met Ruiz and Lee" is no pair). */
export function pairBefore(toks: readonly Token[], np: [number, number] | null): [number, number] | null {
  if (!np) return np;
  const [a, b] = np;
  if (toks[a - 1]?.lower !== 'and' || !isName(toks, a, b)) return np;
  let s = a - 1;
  while (a - 1 - s < 6 && inName(toks, s - 1)) s--;
  const clauseOpens = !toks[s - 1]?.word || (/^(?:and|but)$/.test(toks[s - 1].lower) && toks[s - 2]?.text === ',');
  if (!isName(toks, s, a - 1) || !clauseOpens) return np;
  return [s, b];
}

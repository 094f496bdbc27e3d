// A named lead and a group that is theirs, speaking together: "Quintero-Haas and her co-authors wrote", "Ruiz and
// his team said". The source is both, the lead first; the lead names it.
import type { Token } from '../../text/tokens.js';
import { startsCapital } from './shared.js';

/** Where the lead's name starts when the phrase at `a` is "his|her|their …" after "<Name> and", or null. */
export function leadBeforeTeam(toks: readonly Token[], a: number): number | null {
  if (!/^(?:his|her|their)$/.test(toks[a]?.lower ?? '') || toks[a - 1]?.lower !== 'and' || !toks[a - 2]?.word || !startsCapital(toks[a - 2].text)) return null;
  let k = a - 2;
  while (k > 0 && a - k < 6 && toks[k - 1].word && startsCapital(toks[k - 1].text)) k--;
  return k;
}

// An index of a cue list by its entries' second words, so that a long list is read only where it can match.
import type { CueEntry, Token } from './shared.js';

/**
 * A cue list by the second word of its entries. A few first words open hundreds of cues ("make", "made", "issue":
 * "make the case", "issue a statement"…), and walking them all at every such word was most of the cue search.
 * For each second word, the entries that can match when that word comes next (it is their second word, or they
 * have none) in the list's order; `singles` when the next token is no entry's second word or there is none.
 */
interface CueIndex {
  bySecond: Map<string, CueEntry[]>;
  singles: CueEntry[];
}

/** Lists longer than this are read through an index (shorter ones cost less to walk). */
const INDEX_FROM = 8;
const indexes = new WeakMap<CueEntry[], CueIndex>();

function indexOf(list: CueEntry[]): CueIndex {
  let index = indexes.get(list);
  if (index) return index;
  const bySecond = new Map<string, CueEntry[]>();
  for (const e of list) if (e.words.length > 1 && !bySecond.has(e.words[1])) bySecond.set(e.words[1], list.filter((f) => f.words.length === 1 || f.words[1] === e.words[1]));
  index = { bySecond, singles: list.filter((e) => e.words.length === 1) };
  indexes.set(list, index);
  return index;
}

/** The entries of a list that can match when `next` follows their first word (a long list through its index). */
export function entriesBefore(list: CueEntry[], next: Token | undefined): CueEntry[] {
  if (list.length <= INDEX_FROM) return list;
  const index = indexOf(list);
  return (next && index.bySecond.get(next.lower)) || index.singles;
}

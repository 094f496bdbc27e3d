// A poll's share of its respondents as a source: "nearly 7 in 10 answered", "about three in 10 saying". The phrase
// read back from the cue stops at "in" and leaves the bare "10", a number; the share is the source. And a group
// polled by a named pollster ("Economists surveyed by Halden Wire"), one source with it.
import type { Token } from './shared.js';
import { startsDigit } from './shared.js';

const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Words that open a share before its count: "about", "nearly", "more than", "fewer than". */
const SHARE_OPENERS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'some', 'over', 'than']);
const COMPARATIVES = new Set(['more', 'fewer', 'less']);

/** Is the token a count ("4", "three")? */
export function isCount(t: Token | undefined): boolean {
  return t !== undefined && t.word && (startsDigit(t.text) || COUNT_WORDS.has(t.lower));
}

/** First token of the share whose count is token k ("about 7 in 10", "more than six in 10"). */
export function shareStart(toks: readonly Token[], k: number): number {
  let a = k;
  while (a > 0 && SHARE_OPENERS.has(toks[a - 1].lower)) {
    a--;
    if (toks[a].lower === 'than' && a > 0 && COMPARATIVES.has(toks[a - 1].lower)) a--;
  }
  return a;
}

/** Participles of polling a group before its pollster ("economists surveyed by Halden Wire"). */
const POLLED_BY = new Set(['surveyed', 'polled', 'questioned', 'interviewed']);

/** Before "by" at `by`: a plural group and a participle of polling it ("Economists surveyed | by Halden Wire")? */
export function polledGroupBefore(toks: readonly Token[], by: number): boolean {
  return by >= 2 && POLLED_BY.has(toks[by - 1].lower) && toks[by - 2].word && toks[by - 2].lower.endsWith('s');
}

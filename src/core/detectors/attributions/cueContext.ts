// Words around a verb cue that decide whether it reports: a list after a frame ("including"), officials who record a
// finding, people known rather than things known, and quantities that cannot speak.
import type { CueMatch, Token } from './shared.js';
import { startsDigit } from './shared.js';

/** Words in -ing that open a list or a reckoning, not a participle: "…, the Times said, including speeches and …". */
export const INCLUDING = new Set(['including', 'excluding', 'notwithstanding', 'regarding', 'concerning']);
/** Officials whose record of a finding reports it ("The coroner recorded that …"); hearings are HEARING_NOUNS. */
export const RECORDERS = new Set(['judge', 'magistrate', 'sheriff', 'clerk', 'registrar', 'referee', 'umpire']);
/** Objects of "know" that are people known, not things known ("Those who knew him say"); not "her" or "you", which may
 *  open the clause known ("knew her contract would expire"). */
export const KNOWN_PEOPLE = new Set(['him', 'them', 'me', 'us']);
/** A sum's scale ("a 40 million plan"); a bare count may be people ("620 say the levy should pass"). */
const SCALES = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'dozen', 'm', 'bn', 'k']);
/** Words of a quantity: scales and the words of a share ("4 million", "40 percent", "two dozen"). */
const QUANTITY_WORDS = new Set([...SCALES, 'percent', 'per', 'cent']);
/** Numbers written out ("eleven hundred pounds"). */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/**
 * Is a source phrase, toks[a, b), a quantity that cannot speak ("$4 million" before "plan")? A source is never a sum
 * of money: the cue word was a noun the quantity describes. A share of people speaks ("52 percent said the levy
 * should pass"), and so may a bare count ("620 say"); a scaled count before a bare form is a noun's ("a 40 million plan").
 */
export function quantityOnly(toks: readonly Token[], [a, b]: [number, number], m: CueMatch): boolean {
  let money = false;
  let share = false;
  let scale = false;
  let written = false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.word ? !(startsDigit(t.text) || QUANTITY_WORDS.has(t.lower) || NUMBER_WORDS.has(t.lower)) : !/^[$£€.,%-]$/.test(t.text)) return false;
    money ||= /^[$£€]$/.test(t.text);
    share ||= t.text === '%' || t.lower === 'percent' || t.lower === 'cent';
    scale ||= SCALES.has(t.lower);
    written ||= NUMBER_WORDS.has(t.lower);
  }
  // "eleven hundred pounds": the cue word is the currency the sum is counted in; a count in words before a bare form
  // is people speaking ("Two hundred say").
  return money || toks[m.i0].lower === 'pounds' || (scale && !share && !written && toks[m.i0].lower === m.entry.base);
}

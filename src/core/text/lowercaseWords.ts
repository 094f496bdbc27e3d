// Whether an article writes a word in lowercase somewhere: evidence that a capitalised word opening a sentence is a
// common word there ("Bike advocates have argued …" in an article about a bike lane), not a name ("Pentagon
// officials"). Asked a few times per article at most, so each ask looks for the word where it is written rather than
// collecting every lowercase word of the article first (that collection cost more than all the asks).
import { writtenAt } from './writtenAt.js';

/** A lowercase word as the article's words are cut: a lowercase letter, then letters and hyphens. */
const LOWERCASE_WORD = /^\p{Ll}[\p{L}-]*$/u;
/** Where such a word starts: no letter, apostrophe or hyphen before it. */
const WORD_START = /(?<![\p{L}’'-])/uy;
/** Where it ends: no letter or hyphen after it. */
const WORD_END = /(?![\p{L}-])/uy;

/** Is `word` one of the words of `doc.masked` that start with a lowercase letter (whole, as
 *  `(?<![\p{L}’'-])\p{Ll}[\p{L}-]*` cuts them)? */
export function writesLowercase(doc: { readonly masked: string }, word: string): boolean {
  return LOWERCASE_WORD.test(word) && writtenAt(doc.masked, word, WORD_START, WORD_END);
}

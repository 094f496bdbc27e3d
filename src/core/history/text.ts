// Text → search terms for the claim history. Claims arrive as article sentences, facts-file text, ClaimReview
// `claimReviewed` strings and pasted or embedded tweets, so the normaliser drops what only tweets carry (links,
// @handles, `pic.twitter.com/…`, the "(@handle) January 6, 2020" signature of an embedded tweet), splits
// #CamelCase hashtags into words, lower-cases, removes stop words and Porter-stems (npm `stemmer`), so
// "vaccines" finds "vaccine" and "released" finds "releases".
import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopWords.js';

/** No word boundary in front: a tweet glues links to the word before ("#WW3pic.twitter.com/…", "#Minecrafthttps://…"). */
const URL = /(?:https?:\/\/|\bwww\.)\S+|pic\.twitter\.com\/\S+/gi;
/** "(@handle) January 6, 2020" at the end of an embedded tweet: the date is when it was posted, not the claim. */
const TWEET_SIGNATURE = /\(@\w+\)\s+([A-Z][a-z]+) \d{1,2}, (\d{4})\s*$/;
const HANDLE = /@(\w+)/g;
const HASHTAG = /#(\w+)/g;
/** A number with separators ("1,200", "3.5"), an acronym with dots ("U.S."), or a word with inner apostrophes; a dot
 *  between longer words is a missing space ("Soleimani.PS"), not one word. */
export const WORD = /\p{N}+(?:[.,]\p{N}+)+|\p{L}(?:\.\p{L})+(?![\p{L}\p{N}])\.?|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The claim as plain prose: no links, handles or tweet signature; hashtags as words. */
export function cleanClaimText(text: string): string {
  return text
    .replace(TWEET_SIGNATURE, ' ')
    .replace(URL, ' ')
    .replace(HANDLE, (_, handle: string) => ' ' + splitCamelCase(handle.replace(/_/g, ' ')) + ' ')
    .replace(HASHTAG, (_, tag: string) => ' ' + splitCamelCase(tag) + ' ');
}

/** "#FakeNewsMedia" → "Fake News Media"; "#COVID19" → "COVID 19". */
export function splitCamelCase(tag: string): string {
  return tag.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Za-z])(\d)/g, '$1 $2').replace(/(\d)([A-Za-z])/g, '$1 $2');
}

/** When an embedded tweet was posted, as "august 2019" (from its signature), if the text ends with one. */
export function postedMonthOf(text: string): string | undefined {
  const signature = TWEET_SIGNATURE.exec(text);
  return signature ? `${signature[1].toLowerCase()} ${signature[2]}` : undefined;
}

/** Words of already cleaned text, in order, as written (numbers keep inner commas and dots: "1,200", "3.5"). */
export function wordsOf(clean: string): string[] {
  return clean.match(WORD) ?? [];
}

const stems = new Map<string, string>();

/** Lower-cased, stemmed form of one word; numbers lose thousands separators ("1,200" → "1200"). */
export function termOf(word: string): string {
  const lower = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '');
  if (/^\d[\d,.]*$/.test(lower)) return lower.replace(/,/g, '').replace(/\.$/, '');
  if (/[.,]/.test(lower)) return lower.replace(/[.,]/g, ''); // "U.S." is "us", not the stem of "u.s"
  let stem = stems.get(lower);
  if (stem === undefined) {
    stem = stemmer(lower);
    // A bounded memo: claim vocabularies are small, but a pathological input must not grow it without end.
    if (stems.size < 50_000) stems.set(lower, stem);
  }
  return stem;
}

/** Search terms of a claim: cleaned, split, stop words dropped, stemmed. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of wordsOf(cleanClaimText(text))) {
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower) || (lower.length === 1 && !/\d/.test(lower))) continue;
    terms.push(termOf(word));
  }
  return terms;
}

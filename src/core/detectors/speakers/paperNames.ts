// "The Washington Post first reported the deal. … “…,” the Post said.": a newspaper the article named in full and
// then calls by the last word of its name after "the" is named in full wherever that short form speaks, as a person
// named by surname is.
import { NOT_NAME_WORDS, givenNameGender } from '../../lexicon/names.js';
import { builtPattern } from '../../text/builtPatterns.js';

/** The last words of newspapers' names, which "the" before them makes a short name for the paper. */
const PAPER_WORDS = 'Post|Times|Journal|Herald|Gazette|Tribune|Courier|Chronicle|Echo|Observer|Telegraph|Sentinel|Advertiser|Examiner|Inquirer|Enquirer|Bulletin|Globe|Mail|Mirror|Standard|Dispatch|Argus|Clarion|Courant|Gleaner|Register';
const SHORT = new RegExp(String.raw`^[Tt]he\s+(${PAPER_WORDS})$`, 'u');

/** How far back (in characters) the full name is looked for. */
const REACH = 8000;

/** The full name ("Washington Post") a paper's short name ("the Post") stands for at `at`, or null when the article
 *  gave it no longer name before. */
export function paperNamed(text: string, speaker: string, at: number): string | null {
  const word = SHORT.exec(speaker.trim())?.[1];
  if (!word) return null;
  // One to three capitalised words before the paper's word, not a longer name's start ("the Post Office").
  const full = builtPattern('paper', [word], () => new RegExp(String.raw`(?<![\p{L}’'-])([Tt]he\s+)?((?:\p{Lu}[\p{L}’'.&-]*\s+){1,3})${word}(?![\p{L}’'-])(?!\s+\p{Lu})`, 'gu'));
  const from = Math.max(0, at - REACH);
  let found: string | null = null;
  for (const m of text.slice(from, at).matchAll(full)) {
    const words = m[2].trim().split(/\s+/);
    // "On Monday Washington Post …": without "The" before it, a sentence's opening words are no part of the name.
    while (!m[1] && words.length && NOT_NAME_WORDS.has(words[0].toLowerCase())) words.shift();
    // "Tom Mirror": a person, not a paper.
    if (words.length && givenNameGender(words[0]) === undefined) found = `${words.join(' ')} ${word}`;
  }
  return found;
}

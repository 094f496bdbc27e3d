// "Gideon Marsh has his doubts. “It will flood the lane.”", "For Gideon Marsh, it is personal. “My house …”": a short
// sentence about a named person, right before a quote that opens its sentence with no cue of its own, introduces the
// speaker as a cue would. Only a short sentence led by the person (or by "For X,"): a longer one tells of them.
import type { DetectorContext } from '../../context.js';
import { TITLE_WORDS, titleKey } from '../../lexicon/titles.js';
import { mentionsBetween } from '../people.js';
import { viewHolder } from './asFrames.js';
import { personSpeaker, type Found } from './phrases.js';
import type { Tok } from './tokens.js';

/** The most words the introducing sentence may have. */
const MAX_WORDS = 8;

/** The person a short sentence (its tokens) is led by, or null. */
export function shortIntroduction(ctx: DetectorContext, toks: Tok[]): Found | null {
  // A live blog's time stamp first ("**14:35** Lena Holt …") is no word of the sentence.
  let k = 0;
  while (k < toks.length - 1 && /^[\d:.*]+$/.test(toks[k].text)) k++;
  const words = toks.slice(k).filter((t) => t.word).length - appositionWords(toks);
  if (words < 3 || words > MAX_WORDS || toks[toks.length - 1].text !== '.') return null;
  const view = viewHolder(ctx, toks, true);
  if (view) return view;
  while (k < toks.length - 1 && toks[k].word && TITLE_WORDS.has(titleKey(toks[k].text)) && /^\p{Lu}/u.test(toks[k].text)) k++;
  const person = mentionsBetween(ctx.people.mentions, toks[k].start, toks[k].end)[0];
  if (!person || person.start !== toks[k].start) return null;
  // The person's verb right after the name: "Gideon Marsh has …", not "Gideon Marsh's house …"; or after an
  // apposition describing them ("Lena Holt, the race director, has just spoken to us.").
  let at = toks.findIndex((t) => t.start >= person.end);
  const apposed = at >= 0 ? appositionEnd(toks, at) : -1;
  if (apposed > 0) at = apposed;
  const next = toks[at];
  // "Lena Holt, the race director, and Tom Reed met the press": a list of people is no one speaker.
  if (apposed > 0 && /^(?:and|or|but|nor)$/.test(next?.lower ?? '')) return null;
  return next && next.word && (apposed > 0 || next.start > person.end) && next.text === next.lower ? personSpeaker(person) : null;
}

/** Where a description set off by commas at toks[at] ends (the token after its closing comma), or -1: ", the race
 *  director," or ", a 54-year-old nurse," (lowercase, up to six words). */
function appositionEnd(toks: Tok[], at: number): number {
  if (toks[at]?.text !== ',' || !/^\p{Ll}/u.test(toks[at + 1]?.text ?? '')) return -1;
  for (let k = at + 1; k < toks.length && k - at <= 7; k++) {
    if (toks[k].text === ',') return k + 1;
    if (!toks[k].word) return -1;
  }
  return -1;
}

/** The words of a description set off by commas at the sentence's first comma, which the length limit does not count. */
function appositionWords(toks: Tok[]): number {
  const at = toks.findIndex((t) => t.text === ',');
  const end = at > 0 ? appositionEnd(toks, at) : -1;
  return end > 0 ? end - at - 2 : 0;
}

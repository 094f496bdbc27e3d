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
  const words = toks.filter((t) => t.word).length;
  if (words < 3 || words > MAX_WORDS || toks[toks.length - 1].text !== '.') return null;
  const view = viewHolder(ctx, toks, true);
  if (view) return view;
  let k = 0;
  while (k < toks.length - 1 && toks[k].word && TITLE_WORDS.has(titleKey(toks[k].text)) && /^\p{Lu}/u.test(toks[k].text)) k++;
  const person = mentionsBetween(ctx.people.mentions, toks[k].start, toks[k].end)[0];
  if (!person || person.start !== toks[k].start) return null;
  // The person's verb right after the name: "Gideon Marsh has …", not "Gideon Marsh's house …" or an apposition.
  const next = toks.find((t) => t.start >= person.end);
  return next && next.word && next.start > person.end && next.text === next.lower ? personSpeaker(person) : null;
}

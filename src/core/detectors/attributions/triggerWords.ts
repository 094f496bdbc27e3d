// Which words the scanning cues of otherCues.ts wait for a sentence holds, as bits: each of those cues walks every
// token of the sentence comparing its lowercase form with a word list, and most sentences hold none of the words.
// Read once per sentence off each word's lexeme, the bits let a cue whose word is absent return at once; where it
// is present, the cue walks the tokens as before.
import { LexemeSlot } from '../../text/lexemes.js';
import type { Token } from './shared.js';
import * as shared from './shared.js';
import { AGENT_PARTICIPLES } from './verbCues.js';
import { FIGURE_NOUNS } from './figureWords.js';

const { HEARING_NOUNS, POLL_NOUNS } = shared;

/** "in" (inPoll, which also needs a POLL_NOUN after it). */
export const IN_WORD = 1;
/** "put", "puts" (putsAt). */
export const PUT_WORD = 2;
/** A FIGURE_NOUNS word (possessedFigure). */
export const FIGURE_NOUN = 4;
/** A HEARING_NOUNS word (hearingHeard). */
export const HEARING_NOUN = 8;
/** An AGENT_PARTICIPLES word (byNamedAgent). */
export const AGENT_PARTICIPLE = 16;
/** A POLL_NOUNS word (inPoll). */
export const POLL_NOUN = 32;

const TRIGGERS = new LexemeSlot((lower: string): number =>
  (lower === 'in' ? IN_WORD : 0) | (lower === 'put' || lower === 'puts' ? PUT_WORD : 0) | (FIGURE_NOUNS.has(lower) ? FIGURE_NOUN : 0)
  | (HEARING_NOUNS.has(lower) ? HEARING_NOUN : 0) | (AGENT_PARTICIPLES.has(lower) ? AGENT_PARTICIPLE : 0) | (POLL_NOUNS.has(lower) ? POLL_NOUN : 0));

/**
 * The bits of the words among `toks`. Only words count: every trigger is a word, and a word token's `lower` is its
 * lexeme's (punctuation keeps its own form).
 */
export function triggerBits(toks: readonly Token[]): number {
  let bits = 0;
  for (const t of toks) if (t.word) bits |= TRIGGERS.of(t.lexeme);
  return bits;
}

// The vague wording of a sentence (lexicon/vagueWording.ts), found once per analysis: the attribution finder judges
// its sources by it (attributions/sourceWording.ts) and the vague-sources detector reports it (vagueSources.ts), so
// the sentences that hold a source would otherwise run the patterns twice.
import type { DetectorContext } from '../context.js';
import * as wording from '../lexicon/vagueWording.js';
import type { VagueWordingMatch } from '../lexicon/vagueWording.js';
import type { SentenceTokens } from '../text/tokens.js';

const { findVagueWording, sentenceAnchorBits } = wording;

const NONE: readonly VagueWordingMatch[] = [];

/** Every match of the vague-wording patterns in sentence k, of every kind, in the order findVagueWording gives. */
export function vagueWordingOf(ctx: DetectorContext, tokens: SentenceTokens, k: number): readonly VagueWordingMatch[] {
  const found = (ctx.vagueWording ??= []);
  let matches = found[k];
  if (matches === undefined) {
    const s = ctx.sentences[k];
    const bits = sentenceAnchorBits(tokens.of(s));
    matches = bits === 0 ? NONE : findVagueWording(ctx.doc.text, s.start, s.end, bits, ctx.sentences[k + 1]);
    found[k] = matches;
  }
  return matches;
}

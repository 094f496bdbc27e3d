// The tagging pass of the attribution finder: each sentence prepared with the rule proposals around it
// (tagFeatures.ts), tagged by the learned model (tagger.ts), and the tagged runs assembled with the rules'
// attributions (assemble.ts). The trainer prepares its sentences with the same `forEachTagSentence`.
import type { Attribution, DetectorContext, Sentence, WordCues } from './shared.js';
import * as shared from './shared.js';
import { assemble, collectRuns, emptyTagSpans } from './assemble.js';
import { layTags, prepareSentence, ruleSpans, type MinedPhrase, type TagSentence } from './tagFeatures.js';
import { Tagger, type TaggerModel } from './tagger.js';

const { SentenceTokens, quoteRanges } = shared;

/** How far before a sentence a rule span may start and still reach into it (contents run on with quotations). */
const REACH = 6000;

/**
 * Calls `visit` with every sentence (with `onlyWithCues`, those where a rule cue starts: when the tagger only
 * moves the boundaries of rule attributions, other sentences cannot change anything, and tagging them was most
 * of the tagger's time) of the document prepared for tagging. On a large document the tokens are
 * valid during the call only (see SentenceTokens).
 */
export function forEachTagSentence(ctx: DetectorContext, rules: readonly Attribution[], phrases: ReadonlyMap<string, MinedPhrase[]>, visit: (s: TagSentence, index: number, sentence: Sentence) => void, onlyWithCues = false): void {
  const quotes = quoteRanges(ctx);
  const spans = ruleSpans(rules).sort((a, b) => a.ranges[0][0] - b.ranges[0][0]);
  const tokens = new SentenceTokens(ctx.doc.masked);
  let first = 0;
  ctx.sentences.forEach((sentence, index) => {
    while (first < spans.length && spans[first].ranges[0][0] < sentence.start - REACH) first++;
    let last = first;
    let cues = false;
    for (; last < spans.length && spans[last].ranges[0][0] < sentence.end; last++) if (spans[last].role === 1 && spans[last].ranges[0][0] >= sentence.start) cues = true;
    if (onlyWithCues && !cues) return;
    const toks = tokens.of(sentence);
    const rule = new Uint8Array(toks.length);
    layTags(toks, spans.slice(first, last), rule);
    visit(prepareSentence(toks, rule, quotes, phrases), index, sentence);
  });
}

/** The document's attributions: the rules' proposals tagged and assembled (see assemble.ts). */
export function tagAttributions(ctx: DetectorContext, rules: readonly Attribution[], words: ReadonlyMap<string, WordCues>, model: TaggerModel): Attribution[] {
  const runs = emptyTagSpans();
  const tagger = new Tagger(model, words);
  let tags = new Uint8Array(256);
  let margins = new Float64Array(256);
  forEachTagSentence(ctx, rules, model.phrases, (s, index) => {
    if (tags.length < s.toks.length) {
      tags = new Uint8Array(2 * s.toks.length);
      margins = new Float64Array(2 * s.toks.length);
    }
    tagger.tag(s, tags);
    tagger.cueMargins(s.toks.length, margins);
    collectRuns(runs, s.toks, tags, index, margins, s.rule);
  }, !model.combine.addCues && !model.combine.contentBounds);
  return assemble(ctx, rules, runs, words, model.combine);
}

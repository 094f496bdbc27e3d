// The tagging pass of the attribution finder: each sentence prepared with the rule proposals around it
// (tagFeatures.ts), tagged by the learned model (tagger.ts), and the tagged runs assembled with the rules'
// attributions (assemble.ts). The trainer prepares its sentences with the same `forEachTagSentence`.
import type { Attribution, DetectorContext, Sentence, Token, WordCues } from './shared.js';
import * as shared from './shared.js';
import { assemble, collectRuns, emptyTagSpans } from './assemble.js';
import { B_CUE, layTags, prepareSentence, ruleSpans, type MinedPhrase, type TagSentence } from './tagFeatures.js';
import { Tagger, type TaggerModel } from './tagger.js';

const { SentenceTokens, quoteRanges } = shared;

/** How far before a sentence a rule span may start and still reach into it (contents run on with quotations). */
const REACH = 6000;

/**
 * Which sentences are tagged: every one (mining cue phrases from train), those holding a word of the cue lexicon,
 * a mined cue phrase or a rule cue (the tagger finds cues only where a cue word stands, and tagging the rest was
 * most of its time), or only those where a rule cue starts (when the tagger only moves rule boundaries).
 */
export type TagScope = 'all' | 'cueWords' | 'ruleCues';

/** Does the sentence hold a word of the cue lexicon or the first word of a mined cue phrase? */
function holdsCueWord(toks: readonly Token[], words: ReadonlyMap<string, WordCues>, phrases: ReadonlyMap<string, MinedPhrase[]>): boolean {
  for (const t of toks) {
    if (!t.word) continue;
    const w = words.get(t.lower);
    if ((w !== undefined && (w.cues !== undefined || w.late !== undefined)) || phrases.has(t.lower)) return true;
  }
  return false;
}

/** The first token with a cue tag, from the tagger (`tags`) or from the rules (`rule`); n when there is none. */
function firstCue(tags: Uint8Array, rule: Uint8Array, n: number): number {
  for (let i = 0; i < n; i++) if (tags[i] === B_CUE || tags[i] === B_CUE + 1 || rule[i] === B_CUE) return i;
  return n;
}

/**
 * Calls `visit` with each sentence in `scope` (see TagScope) of the document, prepared for tagging. On a large
 * document the tokens are valid during the call only (see SentenceTokens).
 */
export function forEachTagSentence(ctx: DetectorContext, rules: readonly Attribution[], words: ReadonlyMap<string, WordCues>, phrases: ReadonlyMap<string, MinedPhrase[]>, visit: (s: TagSentence, index: number, sentence: Sentence) => void, scope: TagScope = 'all'): void {
  const quotes = quoteRanges(ctx);
  // Sorted once by start: each sentence reads the window of spans that can reach it.
  const spans = ruleSpans(rules).sort((a, b) => a.ranges[0][0] - b.ranges[0][0]);
  const tokens = new SentenceTokens(ctx.doc.masked);
  let first = 0;
  ctx.sentences.forEach((sentence, index) => {
    while (first < spans.length && spans[first].ranges[0][0] < sentence.start - REACH) first++;
    let last = first;
    let cues = false;
    for (; last < spans.length && spans[last].ranges[0][0] < sentence.end; last++) if (spans[last].role === 1 && spans[last].ranges[0][0] >= sentence.start) cues = true;
    if (scope === 'ruleCues' && !cues) return;
    const toks = tokens.of(sentence);
    if (scope === 'cueWords' && !cues && !holdsCueWord(toks, words, phrases)) return;
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
  forEachTagSentence(ctx, rules, words, model.phrases, (s, index) => {
    if (tags.length < s.toks.length) {
      tags = new Uint8Array(2 * s.toks.length);
      margins = new Float64Array(2 * s.toks.length);
    }
    tagger.tag(s, tags);
    // Margins are read for cue runs only, the tagger's and the rules': none before the first of them.
    const first = firstCue(tags, s.rule, s.toks.length);
    if (first < s.toks.length) tagger.cueMargins(s.toks.length, margins, first);
    collectRuns(runs, s.toks, tags, index, margins, s.rule);
  }, !model.combine.addCues && !model.combine.contentBounds ? 'ruleCues' : 'cueWords');
  return assemble(ctx, rules, runs, words, model.combine);
}

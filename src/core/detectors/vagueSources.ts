// Vague and anonymous sourcing as findings of their own, whether or not the sentence holds a check-worthy claim.
// Two steps around claim status: `vagueSourcesDetector` (before it) finds the wording in every sentence and takes
// the attributions already judged vague or anonymous; claim status folds a finding into an unsourced claim of the
// same sentence ("absorbed": the claim's own diagnostic says it); `vagueProblemsDetector` (after it) reports the
// rest as problems `vague-source` / `anonymous-source`.
import type { Detector, DetectorContext } from '../context.js';
import type { Attribution, VagueSource } from '../types.js';
import * as attributions from './attributions.js';
import * as tokenizer from '../text/tokens.js';
import * as sorted from '../text/sorted.js';
import { studyAuthorsAt } from './attributions/studyAuthors.js';
import { vagueWordingOf } from './sentenceVagueWording.js';

const { SentenceTokens } = tokenizer;
const { firstStartingAt } = sorted;
const { reportsWords } = attributions;

export const vagueSourcesDetector: Detector = {
  id: 'vagueSources',
  description: 'Wording that hides who speaks: impersonal passives, unnamed groups, unnamed studies, anonymous sources.',
  run(ctx) {
    const found: VagueSource[] = [];
    const text = ctx.doc.text;
    // The sentence's words from the shared tokenizer (already cut by earlier detectors on small documents).
    const tokens = new SentenceTokens(ctx.doc.masked);
    for (let k = 0; k < ctx.sentences.length; k++) {
      for (const { start: from, end: to, kind } of vagueWordingOf(ctx, tokens, k)) {
        found.push({ start: from, end: to, text: text.slice(from, to), kind, reason: kind === 'anonymous' ? 'anonymous-source' : 'vague-source' });
      }
    }
    // "The researchers found" after a study named by its maker: that study's authors (attributions/studyAuthors.ts).
    for (let i = found.length - 1; i >= 0; i--) if (studyAuthorsAt(ctx, found[i].start, found[i].text)) found.splice(i, 1);
    const judging = found.filter((f) => f.kind === 'anonymous' || f.kind === 'unnamed-evidence').sort((x, y) => x.start - y.start);
    for (const a of ctx.attributions) {
      // A source the attribution finder judged by its wording (attributions/sourceWording.ts) is reported by that
      // wording ("people familiar with"), not by its source and cue.
      if (a.source && overlapsAny(judging, a.source)) continue;
      const f = fromAttribution(a);
      if (f) found.push(f);
    }
    // Most articles have no vague wording: the quotes and questions are only gathered when there is some.
    ctx.vagueSources = found.length === 0 ? found : keepFirstOfOverlaps(found.filter(reportable(ctx)));
  },
};

export const vagueProblemsDetector: Detector = {
  id: 'vagueProblems',
  description: 'Reports the vague and anonymous sourcing no unsourced claim already reports.',
  run(ctx) {
    for (const f of ctx.vagueSources) if (!f.absorbed) ctx.problems.push(problemOf(f));
  },
};

/**
 * Whether a finding hides the article's source, not someone else's: vague words inside a quotation whose speaker is
 * known are that speaker's (“Some people say the bridge is unsafe, and they are wrong,” said Mayor Ana Ruiz), and a
 * direct question states nothing ("When will parents know what experts believe?").
 */
function reportable(ctx: DetectorContext): (f: VagueSource) => boolean {
  const spoken = ctx.quotes.filter((q) => q.speaker !== null);
  const questions = ctx.sentences.filter((s) => isQuestion(ctx.doc.masked, s.start, s.end));
  return (f) => !within(spoken, f) && !within(questions, f);
}

/** Does one of the spans (sorted by start; quotations may nest) hold all of `f`? */
function within(spans: ReadonlyArray<{ start: number; end: number }>, f: { start: number; end: number }): boolean {
  for (let k = firstStartingAt(spans, f.start + 1) - 1; k >= 0; k--) {
    if (spans[k].end >= f.end) return true;
    // A quotation holding a nested one starts before it; a few steps back reach it.
    if (f.start - spans[k].start > 4000) return false;
  }
  return false;
}

/**
 * A direct question: it ends with "?" and opens, after an interview label ("Q:") or an opening quotation mark,
 * with a question word or an auxiliary ("When will…?", "Do experts agree…?"). Not a statement that ends by asking
 * ("Critics say the plan fails, so why go on?").
 */
function isQuestion(masked: string, start: number, end: number): boolean {
  if (!QUESTION_END.test(masked.slice(Math.max(start, end - 4), end))) return false;
  return QUESTION_START.test(masked.slice(start, Math.min(end, start + 40)));
}

const QUESTION_END = /\?[\s”’"'*_)]*$/u;
const QUESTION_START = /^[\s*_“‘"'(]*(?:[\p{L}.]{1,20}:[\s*_]*)?[“‘"']?(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|must|has|have|had|isn’t|isn't|aren’t|aren't|don’t|don't|doesn’t|doesn't|didn’t|didn't|won’t|won't|can’t|can't)\b/iu;

/** Does the span overlap one of the findings (sorted by start)? */
function overlapsAny(sorted: readonly VagueSource[], span: { start: number; end: number }): boolean {
  for (let k = firstStartingAt(sorted, span.end) - 1; k >= 0; k--) {
    if (sorted[k].end > span.start) return true;
    // A finding is a few words long: one starting this far before the span cannot reach it.
    if (span.start - sorted[k].start > 4000) return false;
  }
  return false;
}

/**
 * The source and cue of an attribution already judged vague or anonymous, when it reports words or beliefs.
 */
function fromAttribution(a: Attribution): VagueSource | null {
  // A sourceless vague attribution ("it is clear that", "it appears") is no hidden speaker; the impersonal passives
  // that are ("it is said that") are found by their wording.
  if ((!a.vague && !a.anonymous) || !a.source || !reportsWords(a)) return null;
  const first = a.source.start < a.cue.start ? a.source : a.cue;
  const last = a.source.end > a.cue.end ? a.source : a.cue;
  const text = first === last ? first.text : `${first.text} … ${last.text}`;
  return { start: first.start, end: last.end, text, kind: a.anonymous ? 'anonymous' : 'vague-attribution', reason: a.anonymous ? 'anonymous-source' : 'vague-source' };
}

/** In offset order; of overlapping findings the earliest stays, unless a later one is anonymous. */
function keepFirstOfOverlaps(found: VagueSource[]): VagueSource[] {
  const order = found.map((f, i) => ({ f, i })).sort((x, y) => x.f.start - y.f.start || x.i - y.i);
  const kept: VagueSource[] = [];
  let reach = -1;
  for (const { f } of order) {
    // Sorted by start: a finding overlaps a kept one exactly when it starts before the furthest kept end. Anonymity
    // is the more specific judgement: "according to people familiar with" is anonymous, not merely vague.
    if (f.start < reach) {
      const last = kept[kept.length - 1];
      if (f.reason === 'anonymous-source' && last.reason !== 'anonymous-source') {
        kept[kept.length - 1] = f;
        reach = Math.max(reach, f.end);
      }
      continue;
    }
    kept.push(f);
    reach = f.end;
  }
  return kept;
}

function problemOf(f: VagueSource): DetectorContext['problems'][number] {
  const phrase = f.text.length > 60 ? `${f.text.slice(0, 59)}…` : f.text;
  return f.reason === 'anonymous-source'
    ? { severity: 'info', code: 'anonymous-source', start: f.start, end: f.end, message: `Anonymous source: “${phrase}” is a source no reader can check. Record who it is in the facts file, or corroborate it.` }
    : { severity: 'warning', code: 'vague-source', start: f.start, end: f.end, message: `Vague source: “${phrase}” does not say who. Name the source or cite one.` };
}

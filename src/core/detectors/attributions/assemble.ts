// Assembly: the rule finder's attributions and the tagger's BIO tags made into source / cue / content triples.
// The rules find more attributions, the tagger places boundaries better (issue 16), so by default a rule
// attribution takes the boundaries of the tagger's span that overlaps each of its parts, and the tagger adds
// cues the rules missed. Which of these steps run is CombineSettings, chosen on the held-back slice of train.
import type { Attribution, CueKind, DetectorContext, Span, Token, WordCues } from './shared.js';
import * as shared from './shared.js';
import { B_CUE, B_SOURCE, O } from './tagFeatures.js';
import type { CombineSettings } from './tagger.js';
import { firstStartingAt } from '../../text/sorted.js';

const { HEARING_NOUNS, RESOLVABLE_SOURCE, contentKind, isVagueSource, spaceRuns } = shared;

/** A run of one role's tags, as characters of the article, in the sentence it was found in. */
interface TagSpan {
  start: number;
  end: number;
  sentence: number;
  /** For cues: the tagger's largest cue margin over the span's tokens (Tagger.cueMargins). */
  margin: number;
}

export interface TagSpans {
  source: TagSpan[];
  cue: TagSpan[];
  content: TagSpan[];
  /** The rules' cues as tagged runs of the sentence, with the tagger's margin for them being cues. */
  ruleCue: TagSpan[];
}

export function emptyTagSpans(): TagSpans {
  return { source: [], cue: [], content: [], ruleCue: [] };
}

/**
 * Adds the runs of B/I tags of each role in one tagged sentence (sentences in document order), and the rules' cue
 * runs (`rule`: the rule tags of the tokens) with the margins the tagger gives them.
 */
export function collectRuns(out: TagSpans, toks: readonly Token[], tags: Uint8Array, sentence: number, margins: Float64Array, rule: Uint8Array): void {
  for (let i = 0; i < toks.length; i++) {
    const tag = tags[i];
    if (tag === O || (tag & 1) === 0) continue;
    let j = i + 1;
    while (j < toks.length && tags[j] === tag + 1) j++;
    const list = tag === B_SOURCE ? out.source : tag === B_CUE ? out.cue : out.content;
    // A cue is words: "said:" and "wrote," lose the punctuation the tagger took in with them.
    let [first, last] = [i, j - 1];
    if (tag === B_CUE) {
      while (first < last && !toks[first].word) first++;
      while (last > first && !toks[last].word) last--;
    }
    if (tag !== B_CUE || toks[first].word) list.push({ start: toks[first].start, end: toks[last].end, sentence, margin: maxOf(margins, i, j) });
    i = j - 1;
  }
  for (let i = 0; i < toks.length; i++) {
    if (rule[i] !== B_CUE) continue;
    let j = i + 1;
    while (j < toks.length && rule[j] === B_CUE + 1) j++;
    out.ruleCue.push({ start: toks[i].start, end: toks[j - 1].end, sentence, margin: maxOf(margins, i, j) });
    i = j - 1;
  }
}

function maxOf(values: Float64Array, from: number, to: number): number {
  let m = -Infinity;
  for (let k = from; k < to; k++) m = Math.max(m, values[k]);
  return m;
}

function overlapping(list: readonly TagSpan[], span: Span): TagSpan[] {
  return list.filter((t) => t.start < span.end && t.end > span.start);
}

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The tagger's span with the most characters in common with `span`, or null. */
function bestOverlap(list: readonly TagSpan[], span: Span): TagSpan | null {
  let best: TagSpan | null = null;
  let most = 0;
  for (const t of overlapping(list, span)) {
    const shared = Math.min(t.end, span.end) - Math.max(t.start, span.start);
    if (shared > most) {
      most = shared;
      best = t;
    }
  }
  return best;
}

/**
 * Does the rules' source name someone ("Kishida", "Senator Ana Ruiz"), not a pronoun or a description? Such an
 * attribution is never dropped: a fact-checker loses more from a named speaker gone missing than from one extra
 * attribution (on the held-back slice keeping them costs nothing: objective .7374 → .7372).
 */
function namedSource(a: Attribution): boolean {
  return a.source !== null && /^\p{Lu}/u.test(a.source.text) && !/^(?:He|She|They|It|We|I|You|The|A|An|This|That|These|Those)\b/.test(a.source.text);
}

/** Is the cue one the user added (options.extraCues)? The model never saw those, so it leaves them alone. */
function userCue(a: Attribution, words: ReadonlyMap<string, WordCues>, extra: readonly string[]): boolean {
  if (extra.length === 0) return false;
  return a.cue.text.toLowerCase().split(/\s+/).some((w) => words.get(w)?.cues?.some((c) => extra.includes(c.base)) === true);
}

/**
 * May the tagger's cue replace the rule cue? Only when it covers at least half of it (a rule cue of several parts,
 * "echoed this commitment, stating", is not cut down to one of them) and stays clear of the rule's source and
 * content ("offers" does not become "offers to" over the content "to meet Kim").
 */
function takesCueBounds(text: string, a: Attribution, cue: TagSpan): boolean {
  const shared = Math.min(cue.end, a.cue.end) - Math.max(cue.start, a.cue.start);
  if (2 * shared < a.cue.end - a.cue.start) return false;
  // Nor does it take in a capitalised word the rule cue left out ("weighed in Sunday over").
  if (/\p{Lu}/u.test(text.slice(cue.start, a.cue.start) + text.slice(a.cue.end, cue.end))) return false;
  return ![a.source, a.content].some((s) => s !== null && s.start < cue.end && s.end > cue.start);
}

const HEARING_SOURCE = new RegExp(`\\b(?:${[...HEARING_NOUNS].join('|')})\\b`, 'i');

/**
 * May the tagger drop this rule attribution? Not when its source names someone (see namedSource), not a
 * citation ("according to", "per") or a document source ("In her book,", "in two recent polls"), not a phrase or a possessor's noun, and not when its content lies outside the cue's sentence ("Those figures come
 * from X.") or across a colon ("The numbers, from X: …"): the tagger reads one sentence at a time and learned
 * few colon-introduced contents, so it cannot judge those.
 */
function droppable(ctx: DetectorContext, a: Attribution): boolean {
  if (namedSource(a) || a.cueKind === 'according-to' || a.cueKind === 'report') return false;
  // A phrasal cue from the rules' table ("has gone after", "took aim at") is too rare in train for the tagger.
  if (/\s/.test(a.cue.text)) return false;
  // So is what a court or jury heard (evidence given before it; PolNeAR has almost no court reporting).
  if (HEARING_SOURCE.test(a.source?.text ?? '') && /^(?:heard|hears)$/i.test(a.cue.text)) return false;
  // Nor a speech noun with its possessor ("the governor's decision to…", PolNeAR: "decision" a cue 9 times in 18).
  if (a.source !== null && /['’]s?$/.test(a.source.text)) return false;
  if (a.content === null) return true;
  const i = firstStartingAt(ctx.sentences, a.cue.start + 1) - 1;
  const sentence = ctx.sentences[i];
  if (sentence === undefined || a.content.start < sentence.start || a.content.end > sentence.end) return false;
  const between = a.content.start >= a.cue.end ? ctx.doc.text.slice(a.cue.end, a.content.start) : ctx.doc.text.slice(a.content.end, a.cue.start);
  return !between.includes(':');
}

/** A rule attribution with the tagger's boundaries where the settings say so; null when it is dropped. */
function adjust(ctx: DetectorContext, a: Attribution, spans: TagSpans, settings: CombineSettings): Attribution | null {
  const text = ctx.doc.text;
  const cue = bestOverlap(spans.cue, a.cue);
  // Dropped only when the tagger rejects the whole attribution: no cue over the rule cue, no source over its source.
  const rejected = cue === null && (a.source === null || bestOverlap(spans.source, a.source) === null);
  if (rejected && settings.dropCues && droppable(ctx, a) && (bestOverlap(spans.ruleCue, a.cue)?.margin ?? 0) < (settings.dropMargin ?? 0)) {
    return null;
  }
  const out = { ...a };
  if (cue && settings.cueBounds && takesCueBounds(text, a, cue)) out.cue = spanOf(text, cue.start, cue.end);
  // A source the rules found by name keeps their boundaries: PolNeAR's sources swallow appositions ("Ana Ruiz, the
  // port's director"), a fact-checker wants the name the rules resolved.
  const source = a.source && settings.sourceBounds && !namedSource(a) ? bestOverlap(spans.source, a.source) : null;
  if (source && a.source && !(source.start < out.cue.end && source.end > out.cue.start)) out.source = spanOf(text, source.start, source.end);
  if (a.content && settings.contentBounds) {
    const pieces = overlapping(spans.content, a.content);
    if (pieces.length > 0) {
      const start = pieces[0].start;
      const end = pieces[pieces.length - 1].end;
      // Not over the cue: a content either side of its cue keeps the rules' span.
      if (end <= out.cue.start || start >= out.cue.end) out.content = spanOf(text, start, end);
    }
  }
  out.contentKind = contentKind(out.content);
  return out;
}

/** The tagger's span of a role nearest to the cue in its sentence, not overlapping it. */
function nearest(list: readonly TagSpan[], cue: TagSpan): TagSpan | null {
  let best: TagSpan | null = null;
  let gap = Infinity;
  for (const t of list) {
    if (t.sentence !== cue.sentence || (t.start < cue.end && t.end > cue.start)) continue;
    const d = t.end <= cue.start ? cue.start - t.end : t.start - cue.end;
    if (d < gap) {
      gap = d;
      best = t;
    }
  }
  return best;
}

function cueKindOf(words: ReadonlyMap<string, WordCues>, cue: string): CueKind {
  const lower = cue.toLowerCase();
  if (lower.startsWith('according')) return 'according-to';
  const first = words.get(lower.split(' ')[0]);
  return first?.cues?.[0].kind ?? 'speech';
}

/** Words that cannot be a source on their own ("many questions about", "who wrote", "whether anyone disclosed"). */
const NO_SOURCE = new Set(['many', 'some', 'most', 'few', 'all', 'several', 'others', 'who', 'which', 'that', 'it', 'there', 'this', 'these', 'those', 'anyone', 'anybody']);

const PASSIVE_START = /^(?:is|are|was|were|be|been|being|has been|have been|had been)\b/i;

/** "it is worth noting that…", "it goes without saying that…": the writer's own aside, as verbCues.ts reads it. */
const WRITER_ASIDE = /\b(?:worth|without)\s+$/i;

/**
 * A new attribution around a cue only the tagger found, or null: not when its source cannot be someone ("There
 * are many questions about") or the cue is the writer's aside ("It is worth noting").
 */
function fromTagger(ctx: DetectorContext, spans: TagSpans, cue: TagSpan, words: ReadonlyMap<string, WordCues>, sureMargin: number): Attribution | null {
  const text = ctx.doc.text;
  const s = nearest(spans.source, cue);
  if (s !== null && NO_SOURCE.has(text.slice(s.start, s.end).toLowerCase())) return null;
  // Nor a cue that starts with such a word: "some stating" is a source and a cue run together.
  if (NO_SOURCE.has(text.slice(cue.start, cue.end).split(/\s/)[0].toLowerCase())) return null;
  if (WRITER_ASIDE.test(text.slice(Math.max(0, cue.start - 12), cue.start))) return null;
  // Without a source, only an impersonal or passive cue ("it is expected", "was widely seen as"): a sourceless
  // active verb has a subject the tagger did not take for a party ("The prices seem to support").
  if (s === null && !PASSIVE_START.test(text.slice(cue.start, cue.end)) && cue.margin < 2 * sureMargin) return null;
  const c = nearest(spans.content, cue);
  const source = s ? spanOf(text, s.start, s.end) : null;
  const content = c ? spanOf(text, c.start, c.end) : null;
  const cueSpan = spanOf(text, cue.start, cue.end);
  const vague = source !== null && isVagueSource(source.text, ctx.options.extraVagueSources);
  const a: Attribution = { id: '', source, cue: cueSpan, content, cueKind: cueKindOf(words, cueSpan.text), contentKind: contentKind(content), vague };
  if (source && spaceRuns(source.text, 2) <= 1 && RESOLVABLE_SOURCE.test(source.text)) {
    const resolved = ctx.people.resolve(source.text, source.start);
    if (resolved && resolved !== source.text) a.sourceName = resolved;
  }
  return a;
}

/**
 * Is the tagged span in running prose: a paragraph, also inside a list item or a blockquote? The tagger learned
 * from news paragraphs; a headline or a table cell ("Senate votes: ...") is not where it may add a cue.
 */
function inProse(ctx: DetectorContext, span: TagSpan): boolean {
  return ctx.sentences[span.sentence]?.block.kind === 'paragraph';
}

/** The attributions of the document: the rules' adjusted by the tagger's spans, and the tagger's own cues. */
export function assemble(ctx: DetectorContext, rules: readonly Attribution[], spans: TagSpans, words: ReadonlyMap<string, WordCues>, settings: CombineSettings): Attribution[] {
  const out: Attribution[] = [];
  for (const a of rules) {
    const adjusted = userCue(a, words, ctx.options.extraCues) ? a : adjust(ctx, a, spans, settings);
    if (adjusted) out.push(adjusted);
  }
  if (settings.addCues) {
    const ruleCues = rules.map((a) => a.cue);
    for (const cue of spans.cue) {
      if (cue.margin < (settings.addMargin ?? 0) || !inProse(ctx, cue) || ruleCues.some((r) => r.start < cue.end && r.end > cue.start)) continue;
      const added = fromTagger(ctx, spans, cue, words, settings.addMargin ?? 0);
      if (added) out.push(added);
    }
  }
  out.sort((a, b) => a.cue.start - b.cue.start);
  return out;
}

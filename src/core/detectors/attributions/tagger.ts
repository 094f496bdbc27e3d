// The learned attribution tagger: a linear-chain model (averaged structured perceptron, trained by
// `npm run train` on PolNeAR train) that gives each token of a sentence a BIO tag for source, cue or content.
// Scores are sums of feature weights (tagFeatures.ts); the best tag sequence is found by Viterbi, with an I tag
// allowed only after the B or I of its own role. The model is plain JSON imported at build time: no file is read
// and nothing is fetched at run time, so Node and the browser bundle behave the same.
import { B_CUE, O, TAG_COUNT, TAGS, TEMPLATES, type MinedPhrase, type TagSentence } from './tagFeatures.js';
import { Scorer, scorerTables } from './tagScorer.js';
import type { WordCues } from './shared.js';

/** How tagger and rules combine (see assemble.ts); chosen on the held-back slice of train by the trainer. */
export interface CombineSettings {
  /** Replace a rule cue's boundaries with those of the tagger's cue that overlaps it. */
  cueBounds: boolean;
  /** Replace a rule source's boundaries with those of the tagger's source that overlaps it. */
  sourceBounds: boolean;
  /** Replace a rule content's boundaries with those of the tagger's content that overlaps it. */
  contentBounds: boolean;
  /** Add the tagger's cues that no rule found, with the tagger's source and content next to them. */
  addCues: boolean;
  /** Drop rule attributions whose cue the tagger tags O throughout (and whose margin is below dropMargin). */
  dropCues: boolean;
  /** With addCues: the least cue margin (Tagger.cueMargins) a cue only the tagger found needs to be added. */
  addMargin?: number;
  /** With dropCues: a rule cue is dropped only when its largest cue margin is below this (≤ 0). */
  dropMargin?: number;
}

/** The model file (models/attribution-tagger.json) as written by the trainer. */
export interface TaggerModelFile {
  version: 1;
  tags: string[];
  templates: string[];
  /** Feature values of each template; rows are numbered template by template, in this order. */
  vocab: string[][];
  /** TAG_COUNT integer weights per row. */
  weights: number[];
  /** (TAG_COUNT + 1) × TAG_COUNT: from the start (row 0) or a tag (row 1 + tag) to a tag. */
  transitions: number[];
  /** Cue phrases mined from train: words joined by spaces, and their share ('low' | 'mid' | 'high'). */
  phrases: string[][];
  combine: CombineSettings;
  provenance: Record<string, unknown>;
}

/** A model ready to score: one map per template from value to row. */
export interface TaggerModel {
  maps: Array<Map<string, number>>;
  weights: Float64Array;
  transitions: Float64Array;
  phrases: Map<string, MinedPhrase[]>;
  combine: CombineSettings;
}

export function compileModel(file: TaggerModelFile): TaggerModel {
  if (file.version !== 1 || file.tags.join() !== TAGS.join() || file.templates.join() !== TEMPLATES.join()) {
    throw new Error('attribution tagger model does not match this version of the features; run `npm run train`');
  }
  let row = 0;
  const maps = file.vocab.map((values) => new Map(values.map((v) => [v, row++] as [string, number])));
  if (file.weights.length !== row * TAG_COUNT || file.transitions.length !== (TAG_COUNT + 1) * TAG_COUNT) {
    throw new Error('attribution tagger model is truncated; run `npm run train`');
  }
  const model: TaggerModel = {
    maps,
    weights: Float64Array.from(file.weights),
    transitions: Float64Array.from(file.transitions),
    phrases: phraseIndex(file.phrases),
    combine: file.combine,
  };
  scorerTables(model);
  return model;
}

/** Mined phrases by first word, longest first. */
export function phraseIndex(phrases: ReadonlyArray<readonly string[]>): Map<string, MinedPhrase[]> {
  const index = new Map<string, MinedPhrase[]>();
  for (const [text, share] of phrases) {
    const words = text.split(' ');
    const list = index.get(words[0]) ?? [];
    list.push({ words, share });
    index.set(words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Can tag `to` follow tag `from` (-1: the sentence start)? An I tag continues its own role only. */
export function allowed(from: number, to: number): boolean {
  if (to === O || (to & 1) === 1) return true;
  return from === to || from === to - 1;
}

if (TAG_COUNT !== 7) throw new Error('the Viterbi step (step) is written out for seven tags');

/** allowed(p - 1, t) at p × TAG_COUNT + t: the transitions' layout, row 0 for the sentence start. */
const ALLOWED = Uint8Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, k) => Number(allowed(Math.floor(k / TAG_COUNT) - 1, k % TAG_COUNT)));

/**
 * The tags allowed after each tag t, in tag order, at list[from[t]] … list[from[t + 1] - 1]: the backward pass of
 * cueMargins visits only these (after a B or I tag, five of seven; after O, four).
 */
function links(ok: (p: number, t: number) => boolean): { from: Uint8Array; list: Uint8Array } {
  const from = new Uint8Array(TAG_COUNT + 1);
  const list: number[] = [];
  for (let t = 0; t < TAG_COUNT; t++) {
    from[t] = list.length;
    for (let p = 0; p < TAG_COUNT; p++) if (ok(p, t)) list.push(p);
  }
  from[TAG_COUNT] = list.length;
  return { from, list: Uint8Array.from(list) };
}
const NEXT = links((t, p) => allowed(p, t));

/**
 * One Viterbi step for the seven tags (O, then B and I of each role): alpha and back of the token at `at` from
 * alpha of the one at `prev`. O and B tags may follow any tag, an I tag only its role's B or I, so an I tag weighs
 * two predecessors instead of seven; the first best predecessor wins ties, as in a loop over every tag with
 * -Infinity where allowed() says no.
 */
function step(alpha: Float64Array, back: Uint8Array, tr: Float64Array, scores: Float64Array, prev: number, at: number): void {
  // O and the B tags: any predecessor (row p + 1 of tr holds the transitions from tag p).
  for (let t = 0; t < 7; t += t === 0 ? 1 : 2) {
    let top = alpha[prev] + tr[7 + t];
    let arg = 0;
    for (let p = 1; p < 7; p++) {
      const v = alpha[prev + p] + tr[(p + 1) * 7 + t];
      if (v > top) {
        top = v;
        arg = p;
      }
    }
    alpha[at + t] = top + scores[at + t];
    back[at + t] = arg;
  }
  // The I tags: only their role's B (t - 1) or I (t).
  for (let t = 2; t < 7; t += 2) {
    const b = alpha[prev + t - 1] + tr[t * 7 + t];
    const c = alpha[prev + t] + tr[(t + 1) * 7 + t];
    const top = c > b ? c : b;
    alpha[at + t] = top + scores[at + t];
    back[at + t] = c > b ? t : t - 1;
  }
}

/** Tags a sentence: writes one tag index per token into `out` (reused buffers make this allocation-free). */
export class Tagger {
  private readonly scorer: Scorer;
  private back = new Uint8Array(64 * TAG_COUNT);
  /** The model's transitions with -Infinity where allowed() says no, copied per sentence (training changes them). */
  private readonly tr = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  /** Best score of a prefix ending in each tag (Viterbi forward), per token; cueMargins reads it too. */
  private alpha = new Float64Array(64 * TAG_COUNT);
  private beta = new Float64Array(64 * TAG_COUNT);

  constructor(private readonly model: TaggerModel, words: ReadonlyMap<string, WordCues>) {
    this.scorer = new Scorer(model, words);
  }

  tag(s: TagSentence, out: Uint8Array): void {
    const n = s.toks.length;
    if (n === 0) return;
    this.scorer.score(s);
    this.decode(this.scorer.scores, n, out);
  }

  /**
   * Viterbi over per-token scores (n × TAG_COUNT): the best allowed tag sequence into `out`. A transition allowed()
   * forbids is -Infinity, which never beats the best so far (ties keep the first tag, as when it was skipped).
   */
  decode(scores: Float64Array, n: number, out: Uint8Array): void {
    if (this.back.length < n * TAG_COUNT) this.back = new Uint8Array(2 * n * TAG_COUNT);
    if (this.alpha.length < n * TAG_COUNT) this.alpha = new Float64Array(2 * n * TAG_COUNT);
    const { back, alpha, tr } = this;
    const model = this.model.transitions;
    for (let k = 0; k < tr.length; k++) tr[k] = ALLOWED[k] === 1 ? model[k] : -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) alpha[t] = tr[t] + scores[t];
    for (let i = 1; i < n; i++) step(alpha, back, tr, scores, (i - 1) * TAG_COUNT, i * TAG_COUNT);
    const end = (n - 1) * TAG_COUNT;
    let last = 0;
    for (let t = 1; t < TAG_COUNT; t++) if (alpha[end + t] > alpha[end + last]) last = t;
    for (let i = n - 1; i >= 0; i--) {
      out[i] = last;
      last = back[i * TAG_COUNT + last];
    }
  }

  /**
   * After `tag`: how sure the model is that each token is part of a cue, into `out` (one per token). The margin is
   * the best score of a sequence with the token tagged B- or I-cue minus the best with any other tag (max-marginals
   * from the Viterbi forward scores and a backward pass): positive on the cue tokens of the best sequence, negative
   * elsewhere, and large when the choice was clear. Only tokens from `from` on get theirs (the backward pass stops
   * there); those before keep what `out` held.
   */
  cueMargins(n: number, out: Float64Array, from = 0): void {
    if (this.beta.length < n * TAG_COUNT) this.beta = new Float64Array(2 * n * TAG_COUNT);
    const { alpha, beta, tr } = this;
    const scores = this.scorer.scores;
    beta.fill(0, (n - 1) * TAG_COUNT, n * TAG_COUNT);
    for (let i = n - 2; i >= from; i--) {
      const at = (i + 1) * TAG_COUNT;
      for (let p = 0; p < TAG_COUNT; p++) {
        let top = -Infinity;
        for (let k = NEXT.from[p]; k < NEXT.from[p + 1]; k++) {
          const t = NEXT.list[k];
          const v = tr[(p + 1) * TAG_COUNT + t] + scores[at + t] + beta[at + t];
          if (v > top) top = v;
        }
        beta[i * TAG_COUNT + p] = top;
      }
    }
    for (let i = from; i < n; i++) {
      let cue = -Infinity;
      let other = -Infinity;
      for (let t = 0; t < TAG_COUNT; t++) {
        const v = alpha[i * TAG_COUNT + t] + beta[i * TAG_COUNT + t];
        if (t === B_CUE || t === B_CUE + 1) cue = Math.max(cue, v);
        else other = Math.max(other, v);
      }
      out[i] = cue - other;
    }
  }
}

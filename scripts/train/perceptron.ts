// An averaged structured perceptron for the attribution tagger (Collins 2002): decode each training sentence
// with the current weights (Viterbi, the same decoder as inference), and where the best sequence differs from
// gold, add the gold features' weights and subtract the predicted ones. The averaged weights (the mean over
// every step, kept with the usual lazy-update trick) are the model. Features are counted on the training
// sentences first; those seen fewer than `minCount` times get no weight (the model's only size control).
import { TAG_COUNT, TEMPLATES, tokenFeatures, type FeatureSink } from '../../src/core/detectors/attributions/tagFeatures.js';
import { Tagger, type TaggerModel } from '../../src/core/detectors/attributions/tagger.js';
import type { WordCues } from '../../src/core/detectors/attributions/shared.js';
import { mulberry32 } from '../random.js';
import type { TrainSentence } from './taggerCorpus.js';

/** Every distinct feature value of each template, numbered in the order first seen, with its count. */
export class FeatureCounts implements FeatureSink {
  readonly values: Array<Map<string, number>> = TEMPLATES.map(() => new Map());
  readonly counts: number[] = [];
  private ids: number[] = [];

  add(template: number, value: string): void {
    const map = this.values[template];
    let id = map.get(value);
    if (id === undefined) {
      id = this.counts.length;
      map.set(value, id);
      this.counts.push(0);
    }
    this.ids.push(id);
  }

  /** Feature ids of every token of the sentence (offsets[i]..offsets[i+1]); counted when `count`. */
  extract(t: TrainSentence, words: ReadonlyMap<string, WordCues>, count: boolean): { ids: Int32Array; offsets: Int32Array } {
    this.ids = [];
    const n = t.s.toks.length;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      tokenFeatures(t.s, i, words, this);
      offsets[i + 1] = this.ids.length;
    }
    if (count) for (const id of this.ids) this.counts[id]++;
    return { ids: Int32Array.from(this.ids), offsets };
  }
}

export interface Encoded {
  gold: Uint8Array;
  /** Model rows of each token's features (-1: no row), offsets per token. */
  rows: Int32Array;
  offsets: Int32Array;
}

/** Rows for the features counted at least minCount times, numbered template by template; and each template's values. */
export function assignRows(counts: FeatureCounts, minCount: number): { rowOf: Int32Array; vocab: string[][] } {
  const rowOf = new Int32Array(counts.counts.length).fill(-1);
  let row = 0;
  const vocab = counts.values.map((map) => {
    const kept: string[] = [];
    for (const [value, id] of map) {
      if (counts.counts[id] < minCount) continue;
      rowOf[id] = row++;
      kept.push(value);
    }
    return kept;
  });
  return { rowOf, vocab };
}

/** Weights and their running sums for averaging. */
export class Perceptron {
  readonly w: Float64Array;
  readonly tr = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  private readonly wSum: Float64Array;
  private readonly trSum = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  private step = 1;

  constructor(readonly rows: number) {
    this.w = new Float64Array(rows * TAG_COUNT);
    this.wSum = new Float64Array(rows * TAG_COUNT);
  }

  private bump(weights: Float64Array, sums: Float64Array, at: number, by: number): void {
    weights[at] += by;
    sums[at] += this.step * by;
  }

  /** One pass over the sentences in a seeded order; returns how many were decoded wrong. */
  epoch(data: readonly Encoded[], decoder: Tagger, seed: number): number {
    const order = data.map((_, i) => i);
    const random = mulberry32(seed);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    let scores = new Float64Array(256 * TAG_COUNT);
    let pred = new Uint8Array(256);
    for (const k of order) {
      const e = data[k];
      const n = e.gold.length;
      if (scores.length < n * TAG_COUNT) {
        scores = new Float64Array(2 * n * TAG_COUNT);
        pred = new Uint8Array(2 * n);
      }
      this.score(e, scores);
      decoder.decode(scores, n, pred);
      if (this.update(e, pred)) wrong++;
      this.step++;
    }
    return wrong;
  }

  private score(e: Encoded, scores: Float64Array): void {
    const n = e.gold.length;
    scores.fill(0, 0, n * TAG_COUNT);
    for (let i = 0; i < n; i++) {
      for (let f = e.offsets[i]; f < e.offsets[i + 1]; f++) {
        const r = e.rows[f];
        if (r < 0) continue;
        for (let t = 0; t < TAG_COUNT; t++) scores[i * TAG_COUNT + t] += this.w[r * TAG_COUNT + t];
      }
    }
  }

  private update(e: Encoded, pred: Uint8Array): boolean {
    const n = e.gold.length;
    let differs = false;
    for (let i = 0; i < n; i++) {
      const g = e.gold[i];
      const p = pred[i];
      const gPrev = i === 0 ? 0 : e.gold[i - 1] + 1;
      const pPrev = i === 0 ? 0 : pred[i - 1] + 1;
      if (g !== p) {
        differs = true;
        for (let f = e.offsets[i]; f < e.offsets[i + 1]; f++) {
          const r = e.rows[f];
          if (r < 0) continue;
          this.bump(this.w, this.wSum, r * TAG_COUNT + g, 1);
          this.bump(this.w, this.wSum, r * TAG_COUNT + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.tr, this.trSum, gPrev * TAG_COUNT + g, 1);
        this.bump(this.tr, this.trSum, pPrev * TAG_COUNT + p, -1);
      }
    }
    return differs;
  }

  /** The averaged weights (w − sum/step), as new arrays. */
  averaged(): { weights: Float64Array; transitions: Float64Array } {
    const weights = this.w.map((v, i) => v - this.wSum[i] / this.step);
    const transitions = this.tr.map((v, i) => v - this.trSum[i] / this.step);
    return { weights, transitions };
  }
}

/** A TaggerModel over these weights, for decoding with the inference code. */
export function modelOver(vocab: string[][], weights: Float64Array, transitions: Float64Array, base: Pick<TaggerModel, 'phrases' | 'combine'>): TaggerModel {
  let row = 0;
  const maps = vocab.map((values) => new Map(values.map((v) => [v, row++] as [string, number])));
  return { maps, weights, transitions, phrases: base.phrases, combine: base.combine };
}

// `npm run train`: learns the attribution tagger (models/attribution-tagger.json) on PolNeAR **train** only.
// The held-back slice of train (scripts/eval/data.ts `isHeldBack`) is never trained on: it chooses the number of
// epochs and how the tagger and the rules combine. Dev is never read here (`npm run eval` reports it).
// Seeded and deterministic: the same data gives the same file. The feature-count threshold (the model's size
// control) is fixed below, before training.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { TAG_COUNT, TAGS, TEMPLATES } from '../src/core/detectors/attributions/tagFeatures.js';
import { Tagger, phraseIndex, type CombineSettings, type TaggerModel, type TaggerModelFile } from '../src/core/detectors/attributions/tagger.js';
import { tagAttributions } from '../src/core/detectors/attributions/tagSentences.js';
import { cueTable, wordCues } from '../src/core/detectors/attributions/shared.js';
import type { Analysis } from '../src/core/types.js';
import { evalDataPresent, evalDirLabel, isHeldBack, polnearTrainPath, readJsonl, repoRoot, type PolnearArticle } from './eval/data.js';
import { evaluatePolnear, ROLES, type PolnearResult } from './eval/polnear.js';
import { assignRows, FeatureCounts, modelOver, Perceptron, type Encoded } from './train/perceptron.js';
import { minePhrases, prepareArticles, sentencesOf, type PreparedArticle } from './train/taggerCorpus.js';

const SEED = 16;
const EPOCHS = 15;
/** Features seen fewer times than this in the training sentences get no weight. */
const MIN_COUNT = 30;
/** Multi-word cues annotated fewer times than this are not mined. */
const MIN_PHRASE = 3;
const DEFAULT_COMBINE: CombineSettings = { cueBounds: true, sourceBounds: true, contentBounds: false, addCues: true, dropCues: true, addMargin: 2000, dropMargin: 0 };
export const TAGGER_PATH = join(repoRoot, 'models', 'attribution-tagger.json');

const words = wordCues(cueTable([]));
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const log = (s: string): void => void process.stdout.write(s + '\n');

/**
 * Objective on the held-back slice: the mean of the four targets (cue, exact cue, source, content F1), with the
 * exact source and content F1 as a small tie-breaker.
 */
function objective(r: PolnearResult): number {
  return (r.spans.cue.f1 + r.exact.cue.f1 + r.spans.source.f1 + r.spans.content.f1) / 4 + (r.exact.source.f1 + r.exact.content.f1) / 100;
}

function summary(r: PolnearResult): string {
  return ROLES.map((role) => `${role} ${r.spans[role].f1.toFixed(3)}/${r.exact[role].f1.toFixed(3)}`).join('  ');
}

/** Held-back figures of a model: the attribution finder with the tagger, scored like `npm run eval`. */
function scoreHeldBack(held: readonly PreparedArticle[], model: TaggerModel | null): PolnearResult {
  const byText = new Map<string, Analysis>();
  for (const p of held) {
    const attributions = model ? tagAttributions(p.ctx, p.rules, words, model) : p.rules;
    byText.set(p.article.text, { quotes: [], attributions, claims: [], problems: [] });
  }
  return evaluatePolnear(held.map((p) => p.article), (text) => byText.get(text)!);
}

function encode(prepared: readonly PreparedArticle[], counts: FeatureCounts, count: boolean): Array<{ gold: Uint8Array; ids: Int32Array; offsets: Int32Array }> {
  return prepared.flatMap((p) => p.sentences.map((t) => ({ gold: t.gold, ...counts.extract(t, words, count) })));
}

/**
 * The combinations tried on the held-back slice, in two rounds: first which boundaries of the rules' attributions
 * the tagger moves (cue, source, content); then, with the best of those, whether it adds cues the rules missed
 * (only those whose cue margin reaches a threshold: unsure additions cost more precision than they bring recall)
 * and whether it drops rule cues it tags O.
 */
const ADD_MARGINS = [1000, 2000, 3000, 5000];
const boundCombines = (): CombineSettings[] => Array.from({ length: 8 }, (_, m) => ({
  cueBounds: (m & 1) !== 0, sourceBounds: (m & 2) !== 0, contentBounds: (m & 4) !== 0, addCues: false, dropCues: false,
}));
const cueCombines = (bounds: CombineSettings): CombineSettings[] => [undefined, ...ADD_MARGINS].flatMap((addMargin) => [false, true].map((dropCues) => ({
  ...bounds, addCues: addMargin !== undefined, dropCues, ...(addMargin !== undefined ? { addMargin } : {}), ...(dropCues ? { dropMargin: 0 } : {}),
})));

function quantise(values: Float64Array, scale: number): number[] {
  return Array.from(values, (v) => Math.round(v * scale));
}

/**
 * Weights as the model file stores them: integers, the largest ±4000. Held-back scoring uses these, so the margin
 * thresholds chosen there are in the units inference sees.
 */
function deployed(w: { weights: Float64Array; transitions: Float64Array }): { weights: number[]; transitions: number[] } {
  let max = 0;
  for (const v of [...w.weights, ...w.transitions]) max = Math.max(max, Math.abs(v));
  const scale = 4000 / max;
  return { weights: quantise(w.weights, scale), transitions: quantise(w.transitions, scale) };
}

const modelOf = (vocab: string[][], w: { weights: number[]; transitions: number[] }, base: Pick<TaggerModel, 'phrases' | 'combine'>): TaggerModel =>
  modelOver(vocab, Float64Array.from(w.weights), Float64Array.from(w.transitions), base);

function main(): void {
  if (!evalDataPresent()) {
    log(`${evalDirLabel} not found: the training data is not part of this repo. Nothing to train.`);
    return;
  }
  const started = performance.now();
  const articles = readJsonl<PolnearArticle>(polnearTrainPath);
  const prepared = prepareArticles(articles);
  const train = prepared.filter((p) => !isHeldBack(p.article.id));
  const held = prepared.filter((p) => isHeldBack(p.article.id));
  const phrases = minePhrases(train, MIN_PHRASE);
  const index = phraseIndex(phrases);
  for (const p of prepared) p.sentences = sentencesOf(p.article, p.ctx, p.rules, index, 'cueWords');
  log(`${train.length} training articles, ${held.length} held back; ${phrases.length} mined cue phrases`);

  const counts = new FeatureCounts();
  const trainRaw = encode(train, counts, true);
  const { rowOf, vocab } = assignRows(counts, MIN_COUNT);
  for (const min of [3, 5, 8, 12, 20]) log(`  features seen at least ${min} times: ${counts.counts.filter((c) => c >= min).length}`);
  const rows = vocab.reduce((n, v) => n + v.length, 0);
  const data: Encoded[] = trainRaw.map((e) => ({ gold: e.gold, offsets: e.offsets, rows: e.ids.map((id) => rowOf[id]) }));
  log(`${counts.counts.length} features seen, ${rows} kept (count ≥ ${MIN_COUNT}); ${data.length} sentences`);

  const rulesOnly = scoreHeldBack(held, null);
  log(`held-back, rules alone: ${summary(rulesOnly)}  objective ${objective(rulesOnly).toFixed(4)}`);
  const perceptron = new Perceptron(rows);
  const base = { phrases: index, combine: DEFAULT_COMBINE };
  const decoder = new Tagger(modelOver(vocab, perceptron.w, perceptron.tr, base), words);
  let best: { epoch: number; score: number; weights: number[]; transitions: number[] } = { epoch: 0, score: -1, weights: [], transitions: [] };
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const wrong = perceptron.epoch(data, decoder, SEED + epoch);
    const avg = deployed(perceptron.averaged());
    const r = scoreHeldBack(held, modelOf(vocab, avg, base));
    log(`epoch ${epoch}: ${wrong} sentences wrong; held-back ${summary(r)}  objective ${objective(r).toFixed(4)}`);
    if (objective(r) > best.score) best = { epoch, score: objective(r), ...avg };
  }

  // Only combinations that lose no role against the rules (overlap or exact), best objective first.
  const keeps = (r: PolnearResult) => ROLES.every((role) => r.spans[role].f1 >= rulesOnly.spans[role].f1 && r.exact[role].f1 >= rulesOnly.exact[role].f1);
  const weights = best;
  const rank = (combines: CombineSettings[]) => combines.map((combine) => {
    const r = scoreHeldBack(held, modelOf(vocab, weights, { phrases: index, combine }));
    return { combine, result: r, score: objective(r) };
  }).sort((a, b) => Number(keeps(b.result)) - Number(keeps(a.result)) || b.score - a.score);
  const trials = rank(cueCombines(rank(boundCombines())[0].combine));
  for (const t of trials.slice(0, 6)) log(`  ${keeps(t.result) ? 'keeps' : 'loses'} ${JSON.stringify(t.combine)}: ${summary(t.result)}  objective ${t.score.toFixed(4)}`);
  const chosen = trials[0];
  log(`chosen: epoch ${best.epoch}, ${JSON.stringify(chosen.combine)}: ${summary(chosen.result)}  objective ${chosen.score.toFixed(4)}`);

  const seconds = (performance.now() - started) / 1000;
  const file: TaggerModelFile = {
    version: 1,
    tags: [...TAGS],
    templates: [...TEMPLATES],
    vocab,
    weights: best.weights,
    transitions: best.transitions,
    phrases,
    combine: chosen.combine,
    provenance: {
      builtBy: 'npm run train (scripts/train-tagger.ts)',
      data: { file: '../shared/eval/polnear/train.jsonl', sha256: sha256(polnearTrainPath), corpus: 'networkdynamics/PolNeAR c3eee833c035bf7b8c84f55b58c0bf7346cfae76' },
      trainedOn: `${train.length} train articles (held-back slice of ${held.length} excluded)`,
      gitCommit: gitCommit(),
      settings: { seed: SEED, epochsTried: EPOCHS, epochChosen: best.epoch, minFeatureCount: MIN_COUNT, minPhraseCount: MIN_PHRASE, features: rows, tags: TAG_COUNT },
      heldBack: { rulesAlone: figures(rulesOnly), withTagger: figures(chosen.result) },
      trainSeconds: Math.round(seconds),
      date: new Date().toISOString().slice(0, 10),
    },
  };
  writeFileSync(TAGGER_PATH, JSON.stringify(file) + '\n');
  log(`wrote ${TAGGER_PATH} in ${seconds.toFixed(0)} s`);
}

function figures(r: PolnearResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const role of ROLES) {
    out[role] = Number(r.spans[role].f1.toFixed(3));
    out[`${role}Exact`] = Number(r.exact[role].f1.toFixed(3));
  }
  return out;
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

main();

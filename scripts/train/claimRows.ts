// Clauses as the claim detector sees them, for training: a document run through the core up to the claim
// detector, each clause's evidence and context kept, and its learned features listed the way claimModel.ts
// reads them.
import { createContext } from '../../src/core/analyze.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { detectors } from '../../src/core/registry.js';
import { eachClause } from '../../src/core/detectors/claims.js';
import { clauseContexts } from '../../src/core/detectors/claimContext.js';
import { DENSE_FEATURES, denseIndices, FIRST_CONTEXT_FEATURE, hashedIndices, type ClauseContext, type ClauseEvidence, type HashGroup } from '../../src/core/detectors/claimModel.js';
import type { Sentence } from '../../src/core/markdown/sentences.js';
import { clearWordCaches } from '../../src/core/text/wordCache.js';

export interface ClauseRow {
  start: number;
  end: number;
  e: ClauseEvidence;
  c: ClauseContext;
  /** The mean word vector of the clause's own words, per vocabulary size (set by withMeanVectors). */
  means?: Map<number, Float64Array>;
}

/** Every clause of a Markdown text with its evidence and context, exactly as inside analyze(). */
export function documentClauses(text: string): ClauseRow[] {
  const ctx = createContext(buildProseDocument(text), { includeAllClaims: true });
  try {
    for (const d of detectors) {
      if (d.id === 'claims') break;
      d.run(ctx);
    }
    const found: Array<{ start: number; end: number; sentence: Sentence; e: ClauseEvidence }> = [];
    eachClause(ctx, (start, end, sentence, e) => found.push({ start, end, sentence, e }));
    const contexts = clauseContexts(found.map((f) => ({ sentence: f.sentence, fired: f.e.fired })), ctx.sentences);
    return found.map((f, i) => ({ start: f.start, end: f.end, e: f.e, c: contexts[i] }));
  } finally {
    clearWordCaches();
  }
}

export interface FeatureSettings {
  groups: HashGroup[];
  hashBits: number;
  /** Use the context features (paragraph, neighbours), or only the clause's own. */
  context: boolean;
  /** The mean word vector over the clause's own words among the `vocabulary` most frequent (0: no word vectors). */
  vocabulary: number;
}

/** The embedding's dimensions (GloVe 100d). */
export const VECTOR_DIMS = 100;

function hashedCount(settings: FeatureSettings): number {
  return settings.groups.length ? 1 << settings.hashBits : 0;
}

/** Index of the first word-vector dimension. */
export function firstVectorFeature(settings: FeatureSettings): number {
  return DENSE_FEATURES.length + hashedCount(settings);
}

export function featureCount(settings: FeatureSettings): number {
  return firstVectorFeature(settings) + (settings.vocabulary ? VECTOR_DIMS : 0);
}

/**
 * Features of one clause: dense features first, then the hashed table (offset by the dense count), then the mean
 * word vector's dimensions with their values (the others are 1).
 */
export function featureVector(row: ClauseRow, settings: FeatureSettings): { features: Int32Array; values?: Float64Array } {
  const dense = denseIndices(row.e, row.c).filter((i) => settings.context || i < FIRST_CONTEXT_FEATURE);
  const hashed = hashedIndices(row.e, settings.groups, settings.hashBits).map((i) => i + DENSE_FEATURES.length);
  if (!settings.vocabulary) return { features: Int32Array.from([...dense, ...hashed]) };
  const mean = row.means?.get(settings.vocabulary);
  if (!mean) throw new Error(`no mean vectors for a vocabulary of ${settings.vocabulary}`);
  const first = firstVectorFeature(settings);
  const binary = dense.length + hashed.length;
  const features = new Int32Array(binary + VECTOR_DIMS);
  const values = new Float64Array(binary + VECTOR_DIMS).fill(1);
  features.set([...dense, ...hashed]);
  for (let d = 0; d < VECTOR_DIMS; d++) {
    features[binary + d] = first + d;
    values[binary + d] = mean[d];
  }
  return { features, values };
}

/** Sets each clause's mean vector over its own words among the `vocabulary` most frequent of the embedding (zeros when none is). */
export function withMeanVectors(rows: ClauseRow[], embeddings: { dims: number; vectors: Float32Array; index: Map<string, number> }, vocabulary: number): void {
  for (const row of rows) {
    const mean = new Float64Array(VECTOR_DIMS);
    let n = 0;
    for (const w of row.e.own) {
      const i = embeddings.index.get(w);
      if (i === undefined || i >= vocabulary) continue;
      n++;
      for (let d = 0; d < VECTOR_DIMS; d++) mean[d] += embeddings.vectors[i * embeddings.dims + d];
    }
    if (n) for (let d = 0; d < VECTOR_DIMS; d++) mean[d] /= n;
    (row.means ??= new Map()).set(vocabulary, mean);
  }
}

// The re-ranker's learned file (models/history-ranker.json, built by `npm run train:history`): a logistic model
// over the features of features.ts, the retrieval settings it was chosen with, and where it came from.
import { FEATURE_NAMES } from './features.js';
import type { SearchSettings } from './search.js';

export interface RankerModel {
  version: 1;
  features: readonly string[];
  weights: number[];
  bias: number;
  /** How many candidates the library retrieves for re-ranking. */
  candidates: number;
  search: SearchSettings;
  provenance?: Record<string, unknown>;
}

/** Probability-like score of a pair: the logistic of the weighted features. */
export function rankerScore(model: RankerModel, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += model.weights[i] * features[i];
  return 1 / (1 + Math.exp(-z));
}

/** Checks a parsed model file against the features this build computes; a mismatch is a build error, not data. */
export function validateModel(model: RankerModel): RankerModel {
  const same = model.features.length === FEATURE_NAMES.length && model.features.every((f, i) => f === FEATURE_NAMES[i]);
  if (model.version !== 1 || !same || model.weights.length !== FEATURE_NAMES.length) {
    throw new Error(`history ranker model does not match this build's features (${FEATURE_NAMES.join(', ')}); rerun npm run train:history`);
  }
  return model;
}

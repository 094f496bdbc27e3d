// L2-regularised logistic regression over sparse features (binary, or with values), fitted by L-BFGS: deterministic (no sampling),
// so a run with the same data and settings gives the same weights.

/**
 * One training example: the indices of its features that are 1 (an index repeated counts again), label, weight.
 * A pair (for a ranking loss) also lists `minus`, the features of the item it should outrank: its
 * log-odds are the difference of the two items' (so the bias cancels), and its label is 1.
 */
export interface Row {
  features: Int32Array;
  /** Real values of the features, in the same order (absent: every feature is 1). */
  values?: Float64Array;
  minus?: Int32Array;
  minusValues?: Float64Array;
  label: 0 | 1;
  weight: number;
}

export interface Fit {
  weights: Float64Array;
  bias: number;
  iterations: number;
  loss: number;
}

export function logit(weights: Float64Array, bias: number, features: Int32Array, values?: Float64Array): number {
  let z = bias;
  if (values) for (let j = 0; j < features.length; j++) z += weights[features[j]] * values[j];
  else for (let j = 0; j < features.length; j++) z += weights[features[j]];
  return z;
}

/** Adds g · value of each feature to the gradient. */
function addGradient(grad: Float64Array, g: number, features: Int32Array, values?: Float64Array): void {
  if (values) for (let j = 0; j < features.length; j++) grad[features[j]] += g * values[j];
  else for (let j = 0; j < features.length; j++) grad[features[j]] += g;
}

/** Weighted mean log-loss + Σ λᵢ/2·(wᵢ − priorᵢ)² (the bias is not penalised) and its gradient; the bias is the last entry. */
function objective(rows: Row[], size: number, lambda: Float64Array, prior: Float64Array, x: Float64Array): [number, Float64Array] {
  const grad = new Float64Array(size + 1);
  const w = x.subarray(0, size);
  const bias = x[size];
  let total = 0;
  let loss = 0;
  for (const r of rows) {
    const minus = r.minus;
    let z = logit(w, minus ? 0 : bias, r.features, r.values);
    if (minus) z -= logit(w, 0, minus, r.minusValues);
    // log(1 + e^z) computed without overflow.
    const softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    loss += r.weight * (softplus - r.label * z);
    const g = r.weight * (1 / (1 + Math.exp(-z)) - r.label);
    addGradient(grad, g, r.features, r.values);
    if (minus) addGradient(grad, -g, minus, r.minusValues);
    else grad[size] += g;
    total += r.weight;
  }
  let penalty = 0;
  for (let i = 0; i < size; i++) {
    const d = w[i] - prior[i];
    grad[i] = grad[i] / total + lambda[i] * d;
    penalty += lambda[i] * d * d;
  }
  grad[size] /= total;
  return [loss / total + penalty / 2, grad];
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * Fits weights for features 0..size-1 by L-BFGS (memory 10) with a backtracking (Armijo) line search; feature i
 * is pulled towards prior[i] with strength lambda[i] (a few dense rule features can afford a weaker penalty than
 * thousands of hashed words, and may be pulled towards weights chosen by hand rather than towards 0).
 */
export function fitLogistic(rows: Row[], size: number, lambda: Float64Array, prior: Float64Array, maxIterations = 300): Fit {
  let x: Float64Array = new Float64Array(size + 1);
  x.set(prior);
  let [f, g]: [number, Float64Array] = objective(rows, size, lambda, prior, x);
  const history: Array<{ s: Float64Array; y: Float64Array; rho: number }> = [];
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const direction = twoLoop(g, history);
    const slope = dot(g, direction);
    let step = 1;
    let next: Float64Array;
    let fNext: number;
    let gNext: Float64Array;
    for (;;) {
      next = x.map((v, i) => v - step * direction[i]);
      [fNext, gNext] = objective(rows, size, lambda, prior, next);
      if (fNext <= f - 1e-4 * step * slope || step < 1e-10) break;
      step /= 2;
    }
    const s = next.map((v, i) => v - x[i]);
    const y = gNext.map((v, i) => v - g[i]);
    const sy = dot(s, y);
    if (sy > 1e-12) history.push({ s, y, rho: 1 / sy });
    if (history.length > 10) history.shift();
    const converged = Math.abs(f - fNext) < 1e-9 * Math.max(1, Math.abs(f));
    x = next;
    f = fNext;
    g = gNext;
    if (converged) break;
  }
  return { weights: x.slice(0, size), bias: x[size], iterations, loss: f };
}

/** The L-BFGS two-loop recursion: an approximation of H⁻¹·g from the last steps. */
function twoLoop(g: Float64Array, history: Array<{ s: Float64Array; y: Float64Array; rho: number }>): Float64Array {
  const q = Float64Array.from(g);
  const alphas: number[] = [];
  for (let k = history.length - 1; k >= 0; k--) {
    const { s, y, rho } = history[k];
    const a = rho * dot(s, q);
    alphas[k] = a;
    for (let i = 0; i < q.length; i++) q[i] -= a * y[i];
  }
  if (history.length > 0) {
    const { s, y } = history[history.length - 1];
    const gamma = dot(s, y) / dot(y, y);
    for (let i = 0; i < q.length; i++) q[i] *= gamma;
  }
  for (let k = 0; k < history.length; k++) {
    const { s, y, rho } = history[k];
    const b = rho * dot(y, q);
    for (let i = 0; i < q.length; i++) q[i] += s[i] * (alphas[k] - b);
  }
  return q;
}

/**
 * Platt scaling: a and b such that logistic(a·z + b) fits the labels of held-back scores z, each class weighted to
 * half the total (so 0.5 means "as likely as not, at even odds"), by Newton's method on the two parameters.
 */
export function plattScale(scores: number[], labels: number[]): { a: number; b: number } {
  const positives = labels.filter((l) => l === 1).length;
  const wPos = 0.5 / positives;
  const wNeg = 0.5 / (labels.length - positives);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (let i = 0; i < scores.length; i++) {
      const w = labels[i] === 1 ? wPos : wNeg;
      const p = 1 / (1 + Math.exp(-(a * scores[i] + b)));
      const d = w * (p - labels[i]);
      const h = w * p * (1 - p);
      ga += d * scores[i];
      gb += d;
      haa += h * scores[i] * scores[i];
      hab += h * scores[i];
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

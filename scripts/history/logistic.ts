// The re-ranker's fit: pairwise logistic regression (RankNet-style: within each query, every relevant candidate
// against every other, on feature differences), which learns an ordering; then Platt scaling of the resulting
// score on all candidates, so the shipped score reads as a probability of "same claim". Full-batch gradient
// descent on standardised features with L2: small, deterministic, dependency-free.

export interface Fit {
  weights: number[];
  bias: number;
}

export interface Group {
  rows: number[][];
  labels: number[];
}

export function fitRanker(groups: readonly Group[], l2: number): Fit {
  const pairs: number[][] = [];
  const pairLabels: number[] = [];
  for (const g of groups) {
    g.labels.forEach((yi, i) => {
      if (yi !== 1) return;
      g.labels.forEach((yj, j) => {
        if (yj === 1) return;
        const diff = g.rows[i].map((x, d) => x - g.rows[j][d]);
        pairs.push(diff, diff.map((x) => -x));
        pairLabels.push(1, 0);
      });
    });
  }
  const order = fitLogistic(pairs, pairLabels, l2, false);
  const scores = groups.flatMap((g) => g.rows.map((x) => dot(order.weights, x)));
  const platt = fitLogistic(scores.map((s) => [s]), groups.flatMap((g) => g.labels), 0, true);
  return { weights: order.weights.map((w) => w * platt.weights[0]), bias: platt.bias };
}

const dot = (w: readonly number[], x: readonly number[]): number => x.reduce((s, v, d) => s + w[d] * v, 0);

/** Plain logistic regression; `withBias` false for pairwise differences (a bias would only learn the 50/50 prior). */
export function fitLogistic(rows: readonly number[][], labels: readonly number[], l2: number, withBias: boolean, epochs = 600): Fit {
  const dims = rows[0]?.length ?? 0;
  const mean = new Array<number>(dims).fill(0);
  const scale = new Array<number>(dims).fill(0);
  for (const x of rows) x.forEach((v, d) => (mean[d] += v / rows.length));
  for (const x of rows) x.forEach((v, d) => (scale[d] += (v - mean[d]) ** 2 / rows.length));
  for (let d = 0; d < dims; d++) {
    scale[d] = Math.sqrt(scale[d]) || 1;
    if (!withBias) mean[d] = 0; // differences are centred by construction
  }
  const z = rows.map((x) => x.map((v, d) => (v - mean[d]) / scale[d]));
  const w = new Array<number>(dims).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array<number>(dims).fill(0);
    let gradBias = 0;
    z.forEach((x, i) => {
      const error = 1 / (1 + Math.exp(-(b + dot(w, x)))) - labels[i];
      for (let d = 0; d < dims; d++) grad[d] += error * x[d] / z.length;
      gradBias += error / z.length;
    });
    for (let d = 0; d < dims; d++) w[d] -= grad[d] + l2 * w[d];
    if (withBias) b -= gradBias;
  }
  // Back to raw features: w·(x − mean)/scale + b.
  const weights = w.map((v, d) => v / scale[d]);
  return { weights, bias: b - weights.reduce((s, v, d) => s + v * mean[d], 0) };
}

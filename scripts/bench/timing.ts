// Timing helpers for `npm run bench`: warm up, run several times, report the median.

export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

/**
 * Times several functions on the same input, interleaved run by run so that none of them always gets the
 * warmer JIT, the fresher heap or the quieter moment of a busy machine.
 */
export function timeInterleaved(fns: Array<() => unknown>, { warmup, runs }: { warmup: number; runs: number }): Timing[] {
  for (let i = 0; i < warmup; i++) fns.forEach((fn) => fn());
  const samples = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, j) => {
      const t0 = performance.now();
      fn();
      samples[j].push(performance.now() - t0);
    });
  }
  return samples.map((s) => summarize(s));
}

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { medianMs, minMs: sorted[0], runs: sorted.length };
}

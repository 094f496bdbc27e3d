// Timing helpers for `npm run bench`: warm up, run several times, report medians of wall-clock and CPU time.
// CPU time (process.cpuUsage) is the steadier figure on a busy machine: other processes stretch wall time,
// not the CPU this process spends.

export interface Timing {
  medianMs: number;
  minMs: number;
  cpuMedianMs: number;
  runs: number;
}

/**
 * Times several functions on the same input, interleaved run by run so that none of them always gets the
 * warmer JIT, the fresher heap or the quieter moment of a busy machine.
 */
export function timeInterleaved(fns: Array<() => unknown>, { warmup, runs }: { warmup: number; runs: number }): Timing[] {
  for (let i = 0; i < warmup; i++) fns.forEach((fn) => fn());
  const wall = fns.map(() => [] as number[]);
  const cpu = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    // Rotate the order every run, so that no function always pays for the garbage one particular other left.
    fns.forEach((_, k) => {
      const j = (k + i) % fns.length;
      const fn = fns[j];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn();
      wall[j].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[j].push((c.user + c.system) / 1000);
    });
  }
  return fns.map((_, j) => ({ medianMs: median(wall[j]), minMs: Math.min(...wall[j]), cpuMedianMs: median(cpu[j]), runs }));
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Where analyze() spends its time: the same steps as src/core/analyze.ts, timed one by one (parse, prose
// document, sentences and context, then each detector in registry order). Keep in step with analyze.ts.
import type { Core } from './core.js';
import { median } from './timing.js';

type Steps = Pick<Core, 'parseProseTree' | 'buildProseDocument' | 'createContext' | 'detectors'>;

/** Median milliseconds per stage over `runs` runs (after one warm-up run). */
export function stageTimes(core: Steps, text: string, runs: number): Array<{ stage: string; ms: number }> {
  const { parseProseTree, buildProseDocument, createContext, detectors } = core;
  const samples = new Map<string, number[]>();
  const record = <T>(stage: string, fn: () => T): T => {
    const t0 = performance.now();
    const value = fn();
    samples.set(stage, [...(samples.get(stage) ?? []), performance.now() - t0]);
    return value;
  };
  for (let i = 0; i <= runs; i++) {
    const tree = record('parse (CommonMark, GFM where needed)', () => parseProseTree(text));
    const doc = record('prose document', () => buildProseDocument(text, tree));
    const ctx = record('sentences (detector context)', () => createContext(doc));
    for (const d of detectors) record(`detector ${d.id}`, () => d.run(ctx));
    if (i === 0) samples.clear(); // the first run was the warm-up
  }
  return [...samples].map(([stage, s]) => ({ stage, ms: median(s) }));
}

// Where analyze() spends its time: the same steps as src/core/analyze.ts, timed one by one (parse, prose
// document, sentences, then each detector in registry order). Keep in step with analyze.ts if it changes.
import type { DetectorContext } from '../../src/core/context.js';
import { emptyPersonIndex } from '../../src/core/detectors/people.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { parseProseTree } from '../../src/core/markdown/proseTree.js';
import { splitSentences } from '../../src/core/markdown/sentences.js';
import { resolveOptions } from '../../src/core/options.js';
import { detectors } from '../../src/core/registry.js';
import { median } from './timing.js';

/** Median milliseconds per stage over `runs` runs (after one warm-up run). */
export function stageTimes(text: string, runs: number): Array<{ stage: string; ms: number }> {
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
    const sentences = record('sentences', () => splitSentences(doc));
    const ctx: DetectorContext = {
      doc, sentences, options: resolveOptions({}), people: emptyPersonIndex(),
      quotes: [], attributions: [], claims: [], problems: [],
    };
    for (const d of detectors) record(`detector ${d.id}`, () => d.run(ctx));
    if (i === 0) samples.clear(); // the first run was the warm-up
  }
  return [...samples].map(([stage, s]) => ({ stage, ms: median(s) }));
}

// Facts at scale (issue 11, F10): how anchoring, re-anchoring and writing a facts file grow with the number of
// facts. For 6,250 … 50,000 facts on a generated article of 20 characters per fact (so 50,000 facts sit on
// 1 MB, overlapping as real annotations do), it times
//   anchor     applyFacts on the unchanged article (what `factmark check` runs: anchoring + claim statuses);
//   re-anchor  the same after one sentence is prepended, so every recorded offset is stale;
//   write      what the editor does next: reanchorEdits + one setVerdict per fact through applyEdits, then
//              serializeFacts (shown apart, with parseFacts of the result, which belong to the store's owner);
// and prints the growth per doubling. Figures, not assertions; target from the issue: re-anchor + write ≤ 3 s.
//   npx tsx scripts/bench/factsScale.ts
import { pathToFileURL } from 'node:url';
import { analyze } from '../../src/core/analyze.js';
import { applyFacts } from '../../src/core/facts/apply.js';
import { applyEdits, reanchorEdits, targetFromSpan, type FactsEdit } from '../../src/core/facts/edits.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { serializeFacts } from '../../src/core/facts/serialize.js';
import type { Fact, FactsFile } from '../../src/core/facts/types.js';
import { fixed, formatTable } from '../eval/table.js';
import { generateArticle } from './generate.js';
import { mulberry32 as random } from '../random.js';

export const FACTS_SCALE_SIZES = [6250, 12500, 25000, 50000];
const CHARS_PER_FACT = 20;
const PREPENDED = 'Editor’s note: this article was updated after publication to correct a figure.\n\n';

export interface FactsScaleRow {
  facts: number;
  articleChars: number;
  anchorMs: number;
  reanchorAfterEditMs: number;
  /** reanchorEdits + applyEdits (one reanchor and one setVerdict per fact). */
  editsMs: number;
  serializeMs: number;
  /** editsMs + serializeMs. */
  writeMs: number;
  /** parseFacts of the written text, for reference (not part of the target). */
  parseMs: number;
  /** Process CPU time of re-anchor + write (steadier than wall time on a busy machine). */
  cpuMs: number;
  /** Facts left orphaned after the prepended sentence (the invented ones, by construction). */
  orphans: number;
}

/**
 * `count` facts on `text`, spans of 2–12 words: 80 % recorded by the editor (quote, context, offsets), 10 %
 * hand-written with offsets but no context, 10 % with the quote only; one in a thousand quotes a sentence that
 * is not in the article (an orphan, which must still be reported).
 */
export function generateFacts(text: string, count: number, seed = 11): FactsFile {
  const rnd = random(seed);
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const facts: Fact[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `f${i}`;
    if (i % 1000 === 500) {
      facts.push({ id, kind: 'claim', target: { exact: `A sentence the editor cut, number ${i}, about nothing in particular.` }, verdict: 'unverified' });
      continue;
    }
    const w = Math.floor(rnd() * (words.length - 12));
    const full = targetFromSpan(text, words[w]!.start, words[w + 1 + Math.floor(rnd() * 11)]!.end);
    const roll = rnd();
    const target = roll < 0.8 ? full : roll < 0.9 ? { exact: full.exact, start: full.start, end: full.end } : { exact: full.exact };
    facts.push({ id, kind: 'claim', target, verdict: 'unverified', sources: i % 2 ? ['s1'] : [] });
  }
  return { version: 1, article: 'bench.md', sources: [{ id: 's1', title: 'Benchmark source' }], facts };
}

function timed<T>(fn: () => T, cpu?: { ms: number }): [T, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (cpu) cpu.ms += (c.user + c.system) / 1000;
  return [out, wall];
}

export function measureFactsScale(count: number): FactsScaleRow {
  const text = generateArticle(count * CHARS_PER_FACT, count);
  const file = generateFacts(text, count);
  const edited = PREPENDED + text;
  // The analysis is the detectors' business and is computed outside the timings.
  const analysis = analyze(text);
  const editedAnalysis = analyze(edited);

  const cpu = { ms: 0 };
  const [, anchorMs] = timed(() => applyFacts(analysis, text, file));
  const [applied, reanchorAfterEditMs] = timed(() => applyFacts(editedAnalysis, edited, file), cpu);
  const [next, editsMs] = timed(() => {
    const edits: FactsEdit[] = reanchorEdits(file, edited, applied.anchors);
    for (const f of file.facts) edits.push({ type: 'setVerdict', factId: f.id, verdict: 'true' });
    return applyEdits(file, edits);
  }, cpu);
  const [written, serializeMs] = timed(() => serializeFacts(next), cpu);
  const [, parseMs] = timed(() => parseFacts(written));
  return {
    facts: count, articleChars: text.length, anchorMs, reanchorAfterEditMs, editsMs, serializeMs, writeMs: editsMs + serializeMs, parseMs, cpuMs: cpu.ms,
    orphans: applied.anchors.filter((a) => a.status === 'orphan').length,
  };
}

/** Every size in `sizes` (default 6,250 … 50,000 facts), smallest first. */
export function runFactsScale(sizes: number[] = FACTS_SCALE_SIZES): FactsScaleRow[] {
  return sizes.map((n) => measureFactsScale(n));
}

/** The rows as a table, with the growth of re-anchor + write per doubling of the facts. */
export function formatFactsScale(rows: FactsScaleRow[]): string {
  const table = formatTable(
    ['facts', 'article', 'anchor', 're-anchor after edit', 'edits', 'serialize', 'write', 're-anchor + write', 'cpu', 'growth', 'orphans', 'parse (info)'],
    rows.map((r, i) => {
      const total = r.reanchorAfterEditMs + r.writeMs;
      const prev = rows[i - 1];
      const growth = prev && prev.facts * 2 === r.facts ? `${fixed(r.cpuMs / prev.cpuMs, 2)}×` : '';
      return [r.facts.toLocaleString('en-US'), `${Math.round(r.articleChars / 1024)} KB`, fixed(r.anchorMs, 0), fixed(r.reanchorAfterEditMs, 0),
        fixed(r.editsMs, 0), fixed(r.serializeMs, 0), fixed(r.writeMs, 0), fixed(total, 0), fixed(r.cpuMs, 0), growth, String(r.orphans), fixed(r.parseMs, 0)];
    }),
  );
  return `${table}\nms, one run each. Target (issue 11): 50,000 facts re-anchor + write ≤ 3000 ms. cpu: process CPU time of re-anchor + write; growth: of that cpu time per doubling of the facts.\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  process.stdout.write(formatFactsScale(runFactsScale(sizes.length > 0 ? sizes : undefined)));
}

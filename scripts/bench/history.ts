// `npm run bench -- --only history`: the claim history's budgets from issue 14 — index 10,000 earlier checks
// ≤ 1 s, match one claim ≤ 5 ms, the history for 10,000 checks ≤ 5 MB of heap. The checks are the CheckThat!
// verified claims written as 100 facts files of 100 facts in memory (never on disk, never in the repo); without
// the evaluation data, generated claims of the same shape.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ClaimHistory } from '../../src/core/history/history.js';
import { checkThatDevPath, readTweets, readVerifiedClaims, verifiedClaimsPath } from '../eval/checkthat.js';
import { fixed, formatTable } from '../eval/table.js';
import { mulberry32 } from '../history/split.js';
import { median } from './timing.js';

const CHECKS = 10_000;
const PER_FILE = 100;

function claimTexts(): { claims: string[]; queries: string[]; from: string } {
  if (existsSync(verifiedClaimsPath) && existsSync(checkThatDevPath)) {
    return {
      claims: readVerifiedClaims().slice(0, CHECKS).map((c) => c.claim),
      queries: readTweets(checkThatDevPath).map((t) => t.text),
      from: 'CheckThat! 2020 verified claims and dev tweets',
    };
  }
  const random = mulberry32(14);
  const words = 'city council spent million euros road repairs budget school hospital vaccine election vote tax police crime rate unemployment rose fell percent year president minister said report'.split(' ');
  const sentence = (): string => Array.from({ length: 14 }, () => random() < 0.15 ? String(Math.floor(random() * 1000)) : words[Math.floor(random() * words.length)]).join(' ');
  return { claims: Array.from({ length: CHECKS }, sentence), queries: Array.from({ length: 200 }, sentence), from: 'generated claims' };
}

function factsFiles(claims: string[]): Array<{ path: string; text: string }> {
  const files = [];
  for (let f = 0; f * PER_FILE < claims.length; f++) {
    const facts = claims.slice(f * PER_FILE, (f + 1) * PER_FILE).map((exact, i) => ({
      id: `f${i}`, kind: 'claim', target: { exact }, verdict: 'false', sources: ['s1'], checkedAt: '2024-01-01',
    }));
    const file = { version: 1, article: `article-${f}.md`, sources: [{ id: 's1', title: 'Source', url: 'https://example.org/s1' }], facts };
    files.push({ path: `articles/article-${f}.facts.json`, text: JSON.stringify(file, null, 2) });
  }
  return files;
}

function build(files: Array<{ path: string; text: string }>): ClaimHistory {
  const history = new ClaimHistory();
  for (const file of files) history.setFile(file.path, 'facts', file.text);
  return history;
}

function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export function benchHistory(): void {
  const { claims, queries, from } = claimTexts();
  const files = factsFiles(claims);
  const gc = collectGarbage();
  build(files); // warm-up: JIT and the stemmer's memo
  const indexMs: number[] = [];
  let history = build(files);
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    history = build(files);
    indexMs.push(performance.now() - t0);
  }
  for (const q of queries.slice(0, 20)) history.match(q);
  const matchMs = queries.map((q) => {
    const t0 = performance.now();
    history.match(q);
    return performance.now() - t0;
  });
  gc();
  const before = process.memoryUsage().heapUsed;
  let kept: ClaimHistory | undefined = build(files);
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  kept.match(queries[0]);
  kept = undefined;

  process.stdout.write(`Claim history: ${history.size.toLocaleString('en-US')} checks in ${files.length} facts files (${from}); ` +
    'wall-clock medians, noisy on a shared machine.\n\n');
  const sorted = [...matchMs].sort((a, b) => a - b);
  process.stdout.write(formatTable(['measure', 'value', 'target'], [
    ['index 10,000 checks (parse + index), ms', fixed(median(indexMs), 0), '≤ 1000'],
    [`match one claim, median of ${matchMs.length}, ms`, fixed(median(matchMs), 2), '≤ 5'],
    ['match one claim, 95th percentile, ms', fixed(sorted[Math.floor(sorted.length * 0.95)], 2), ''],
    ['heap held by the history, MB', fixed(heapMb, 1), '≤ 5'],
  ]));
}

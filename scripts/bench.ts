// `npm run bench`: how much analyze() costs on top of parsing. For each input, the median time of analyze()
// and of a bare unified().use(remarkParse).parse() on the same text in the same run, and their ratio.
// Figures, not assertions: the targets from issue #2 are printed alongside for reference.
//   npm run bench                 the comparison table
//   npm run bench -- --stages     also time each step of analyze() on the 1 MB article
//   npm run bench -- --scaling    instead: growth per doubling on pathological inputs up to 4 MB (bench/scaling.ts)
//   npm run bench -- --only history   the claim history's budgets (index, match, heap) only
//   npm run bench -- --ab <dir> [--rounds N]   instead: CPU time of this checkout's analyze() against the checkout
//                                 in <dir>, e.g. a worktree of main (bench/ab.ts)
//   npm run bench -- --tagger     analyze() with the learned attribution tagger on (with --ab: both sides;
//                                 --tagger=b: this checkout only, to weigh turning it on against the other's default)
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { loadCore } from './bench/core.js';
import { generateArticle } from './bench/generate.js';
import { runScaling } from './bench/scaling.js';
import { runAb } from './bench/ab.js';
import { benchHistory } from './bench/history.js';
import { stageTimes } from './bench/stages.js';
import { benchQuoteCheck } from './bench/quotecheck.js';
import { timeInterleaved, type Timing } from './bench/timing.js';
import { polnearDevPath, readPolnearDev } from './eval/data.js';
import { fixed, formatTable } from './eval/table.js';

interface Input {
  name: string;
  texts: string[];
  warmup: number;
  runs: number;
  target: string;
}

async function main(): Promise<void> {
  if (process.argv.includes('--scaling')) return runScaling();
  const ab = process.argv.indexOf('--ab');
  const rounds = process.argv.indexOf('--rounds');
  const options = { attributionTagger: process.argv.includes('--tagger') || process.argv.includes('--tagger=b') };
  if (ab >= 0) {
    const other = { attributionTagger: process.argv.includes('--tagger') };
    return runAb(process.argv[ab + 1] ?? '', rounds >= 0 ? Number(process.argv[rounds + 1]) : undefined, { other, mine: options });
  }
  const only = process.argv.indexOf('--only');
  if (only >= 0 && process.argv[only + 1] === 'history') {
    benchHistory();
    return;
  }
  const { analyze, bareParse, parseProseTree, ...steps } = await loadCore();
  const inputs: Input[] = [
    { name: 'generated 1 MB article', texts: [generateArticle(1024 * 1024)], warmup: 2, runs: 15, target: 'ratio ≤ 1.3' },
    { name: 'generated 5 KB article', texts: [generateArticle(5 * 1024, 7)], warmup: 20, runs: 101, target: 'analyze ≤ 5 ms' },
  ];
  if (existsSync(polnearDevPath)) {
    const texts = readPolnearDev().map((a) => a.text);
    // Six warm-up rounds, as --ab has: after one, analyze() was still 1.5–2× its steady time for the next few rounds
    // (the JIT still optimising the detectors, which the 1 MB article does not all reach), so the median of five
    // measured the JIT's tail rather than the code; the bare parse, a smaller and already warm program, has no tail.
    inputs.splice(1, 0, { name: `PolNeAR dev (${texts.length} articles, total)`, texts, warmup: 6, runs: 7, target: '' });
  } else {
    process.stdout.write(`${polnearDevPath} not found: the PolNeAR dev texts are not part of this repo; benchmarking generated articles only.\n`);
  }

  // Say how busy the machine is: on a loaded machine wall times stretch, CPU times much less.
  process.stdout.write(`Node ${process.version}; ${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(1)}; ` +
    'median of several runs after warm-up; the core and remark-parse bundled by esbuild as in dist/' +
    `; attribution tagger ${options.attributionTagger ? 'on' : 'off'}.\n\n`);
  const rows: string[][] = [];
  for (const input of inputs) {
    const chars = input.texts.reduce((n, t) => n + t.length, 0);
    const [parse, full, coreParse] = timeInterleaved([
      () => input.texts.forEach((t) => bareParse(t)),
      () => input.texts.forEach((t) => analyze(t, options)),
      () => input.texts.forEach((t) => parseProseTree(t)),
    ], input);
    rows.push(row(input, chars, full, parse, coreParse));
  }
  process.stdout.write(formatTable(
    ['input', 'chars', 'runs', 'analyze', 'remark-parse', 'ratio', 'analyze cpu', 'parse cpu', 'cpu ratio', 'core parse', 'target'], rows));
  process.stdout.write('\nMedians in ms. analyze: the whole core, including its own parse. remark-parse: bare unified().use(remarkParse).parse.\n' +
    'cpu: process CPU time (steadier than wall time on a busy machine).\n' +
    'core parse: the parse analyze() runs (remark-parse; remark-gfm + remark-frontmatter only for the blocks that need them), to show parse vs detector cost.\n');

  process.stdout.write(`\n${benchQuoteCheck()}`);

  if (process.argv.includes('--stages')) {
    const stages = stageTimes({ parseProseTree, ...steps }, inputs[0].texts[0], 3);
    const total = stages.reduce((n, s) => n + s.ms, 0);
    process.stdout.write(`\nStages of analyze() on the ${inputs[0].name} (median of 3):\n`);
    process.stdout.write(formatTable(['stage', 'ms', 'share'], stages.map((s) => [s.stage, fixed(s.ms, 1), `${fixed((100 * s.ms) / total, 1)}%`])));
  }
}

function row(input: Input, chars: number, full: Timing, parse: Timing, coreParse: Timing): string[] {
  return [input.name, chars.toLocaleString('en-US'), String(full.runs),
    fixed(full.medianMs, 2), fixed(parse.medianMs, 2), `${fixed(full.medianMs / parse.medianMs, 2)}×`,
    fixed(full.cpuMedianMs, 2), fixed(parse.cpuMedianMs, 2), `${fixed(full.cpuMedianMs / parse.cpuMedianMs, 2)}×`,
    fixed(coreParse.medianMs, 2), input.target];
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});

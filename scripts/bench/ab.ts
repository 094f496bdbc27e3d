// `npm run bench -- --ab <dir> [--rounds N]`: this checkout's analyze() against another checkout's (say a worktree
// of main), in one process, so that both see the same machine load. Text by text, each side's analyze() and its
// bare remark-parse take turns in a rotating order; figures are CPU time, which a busy machine stretches far less
// than wall time. Even so, expect a few percent of noise between identical checkouts on a loaded machine: judge
// small changes over more rounds. With `--tagger`, both sides analyze with the learned attribution tagger on;
// with `--tagger=b`, this checkout only (what turning it on costs against the other checkout's default).
import { loadCore } from './core.js';
import { generateArticle } from './generate.js';
import { polnearDevPath, readPolnearDev } from '../eval/data.js';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fixed, formatTable } from '../eval/table.js';

interface AbInput {
  name: string;
  texts: string[];
  /** Unmeasured rounds first: the JIT keeps making analyze() faster over the first several. */
  warmup: number;
  rounds: number;
}

interface AbOptions {
  other: { attributionTagger: boolean };
  mine: { attributionTagger: boolean };
}

export async function runAb(otherDir: string, rounds = 15, options: AbOptions = { other: { attributionTagger: false }, mine: { attributionTagger: false } }): Promise<void> {
  const other = await loadCore(resolve(otherDir), 'core-other');
  const mine = await loadCore();
  const inputs: AbInput[] = [{ name: 'generated 5 KB article', texts: [generateArticle(5 * 1024, 7)], warmup: 200, rounds: 25 * rounds + 26 }];
  if (existsSync(polnearDevPath)) inputs.unshift({ name: 'PolNeAR dev', texts: readPolnearDev().map((a) => a.text), warmup: 6, rounds });
  const rows = inputs.map((input) => {
    // Each side against its own bundle's remark-parse: a parser that shares its code (and its warmth in the JIT)
    // with one side's analyze() only would favour that side.
    const [parseA, a, parseB, b, bOverA] = cpuRounds(input, [other.bareParse, (t) => other.analyze(t, options.other), mine.bareParse, (t) => mine.analyze(t, options.mine)]);
    const perText = (ms: number) => fixed(ms / input.texts.length, 3);
    return [input.name, String(input.texts.length), String(input.rounds), perText((parseA + parseB) / 2), perText(a), perText(b),
      `${fixed(a / parseA, 2)}×`, `${fixed(b / parseB, 2)}×`, `${fixed(bOverA, 3)}`];
  });
  const tagger = (o: { attributionTagger: boolean }) => `attribution tagger ${o.attributionTagger ? 'on' : 'off'}`;
  process.stdout.write(`A: ${resolve(otherDir)}, ${tagger(options.other)}; B: this checkout, ${tagger(options.mine)}; load average ${loadavg()[0].toFixed(1)}.\n`);
  process.stdout.write(formatTable(['input', 'texts', 'rounds', 'parse cpu', 'A cpu', 'B cpu', 'A/parse', 'B/parse', 'B/A'], rows));
  process.stdout.write('\nCPU ms per text, each text at its fastest round (after warm-up rounds).\n');
}

/**
 * CPU ms of each function over all texts, each text counted at its fastest round (a busy machine only ever adds
 * time, so the minimum is the steadiest estimate of what the code costs), and the ratio of the fourth to the
 * second (this analyze() to the other).
 */
function cpuRounds(input: AbInput, fns: Array<(text: string) => unknown>): number[] {
  const fastest = fns.map(() => input.texts.map(() => Infinity));
  for (let round = -input.warmup; round < input.rounds; round++) {
    input.texts.forEach((text, t) => {
      fns.forEach((_, k) => {
        const j = (k + t + round + input.warmup) % fns.length;
        const c0 = process.cpuUsage();
        fns[j](text);
        const c = process.cpuUsage(c0);
        if (round >= 0) fastest[j][t] = Math.min(fastest[j][t], (c.user + c.system) / 1000);
      });
    });
  }
  const totals = fastest.map((perText) => perText.reduce((sum, ms) => sum + ms, 0));
  return [...totals, totals[3] / totals[1]];
}

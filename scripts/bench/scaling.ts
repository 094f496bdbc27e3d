// `npm run bench -- --scaling` (issue 11): how analyze() grows on the pathological input families
// (families.ts) and on a normal article, at sizes doubling from 64 KB to 4 MB. Each size runs in its own process
// with a time cap, so a hang is reported as "timeout" and a crash as "crash" instead of ending the run. Then the
// issue's other figures: the 1 MB single-line article, the size of its `check --format json` output, and facts
// at scale. Targets are printed next to the figures; only a crash makes the process fail.
//   npm run bench -- --scaling [--max-kb=4096] [--timeout-s=60]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixed, formatTable } from '../eval/table.js';
import { FAMILIES } from './families.js';
import { formatFactsScale, runFactsScale } from './factsScale.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FLAG_GROWTH = 2.5;
const ONE_MB = 1024 * 1024;

interface Measure {
  kb: number;
  status: 'ok' | 'timeout' | 'crash' | 'skipped';
  chars?: number;
  ms?: number;
  cpuMs?: number;
  tooComplex?: number;
  error?: string;
}

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The child script, bundled like the shipped core (see core.ts). */
async function bundleChild(): Promise<string> {
  const outfile = join(repoRoot, '.bench', 'scalingChild.mjs');
  await build({
    entryPoints: [join(repoRoot, 'scripts', 'bench', 'scalingChild.ts')], outfile, absWorkingDir: repoRoot, bundle: true, format: 'esm',
    platform: 'node', target: 'es2022', mainFields: ['module', 'main'], logLevel: 'warning', legalComments: 'none',
  });
  return outfile;
}

function measure(child: string, family: number, kb: number, timeoutMs: number): Measure {
  const run = spawnSync(process.execPath, ['--max-old-space-size=4096', child, String(family), String(kb * 1024)], {
    encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024,
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { kb, status: 'timeout' };
  if (run.status !== 0) return { kb, status: 'crash', error: firstLine(run.stderr || String(run.error ?? `signal ${run.signal}`)) };
  return { kb, status: 'ok', ...(JSON.parse(run.stdout) as Omit<Measure, 'kb' | 'status'>) };
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => /Error|error|memory/.test(l))?.trim() ?? text.split('\n')[0].trim();
}

function familyRows(name: string, results: Measure[]): string[][] {
  return results.map((r, i) => {
    const prev = results[i - 1];
    const growth = r.status === 'ok' && prev?.status === 'ok' ? r.cpuMs! / prev.cpuMs! : undefined;
    const shown = r.status === 'ok' ? [fixed(r.ms!, 0), fixed(r.cpuMs!, 0)] : [r.status, r.error ?? ''];
    const flag = growth !== undefined && growth > FLAG_GROWTH ? `> ${FLAG_GROWTH}× !` : r.status === 'timeout' || r.status === 'crash' ? '!' : '';
    return [i === 0 ? name : '', `${r.kb} KB`, ...shown, growth === undefined ? '' : `${fixed(growth, 2)}×`, r.tooComplex ? String(r.tooComplex) : '', flag];
  });
}

/** `check --format json` on the 1 MB single-line article, through the built CLI: output size / input size. */
function jsonOutputRatio(text: string, timeoutMs: number): string {
  const built = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, encoding: 'utf8' });
  if (built.status !== 0) return `build failed: ${firstLine(built.stderr)}`;
  const dir = mkdtempSync(join(tmpdir(), 'factmark-scaling-'));
  try {
    const file = join(dir, 'one-line.md');
    writeFileSync(file, text);
    const run = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--format', 'json', file], {
      encoding: 'buffer', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 2 * 1024 * 1024 * 1024,
    });
    if (run.error) return `${(run.error as NodeJS.ErrnoException).code ?? run.error.message}`;
    if (run.status !== 0 && run.status !== 1) return `crash (exit ${run.status}): ${firstLine(run.stderr.toString())}`;
    return `${fixed(run.stdout.length / Buffer.byteLength(text), 2)}× (${(run.stdout.length / ONE_MB).toFixed(1)} MB out for ${(Buffer.byteLength(text) / ONE_MB).toFixed(1)} MB in)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runScaling(): Promise<void> {
  const maxKb = option('max-kb', 4096);
  const timeoutMs = option('timeout-s', 60) * 1000;
  const child = await bundleChild();
  process.stdout.write(`Node ${process.version}; ${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(1)}. One run per size, ` +
    `each in its own process, capped at ${timeoutMs / 1000} s. growth: of CPU time per doubling; flagged above ${FLAG_GROWTH}×.\n\n`);
  const rows: string[][] = [];
  let crashed = false;
  let oneMbF1: Measure | undefined;
  for (const [index, family] of FAMILIES.entries()) {
    const results: Measure[] = [];
    for (let kb = 64; kb <= maxKb; kb *= 2) {
      // After a timeout the larger sizes would only time out too.
      const r = results.some((p) => p.status === 'timeout') ? { kb, status: 'skipped' as const } : measure(child, index, kb, timeoutMs);
      crashed ||= r.status === 'crash';
      results.push(r);
      if (index === 0 && kb === 1024) oneMbF1 = r;
      process.stderr.write(`${family.name} ${kb} KB: ${r.status === 'ok' ? `${fixed(r.ms!, 0)} ms` : r.status}\n`);
    }
    rows.push(...familyRows(family.name, results));
  }
  process.stdout.write(formatTable(['family', 'size', 'analyze ms', 'cpu ms', 'growth', 'too-complex', 'flag'], rows));
  process.stdout.write(`Target (issue 11): every family ≤ ${FLAG_GROWTH}× per doubling up to 4 MB.\n\n`);

  const f1 = oneMbF1?.status === 'ok' ? `${fixed(oneMbF1.ms!, 0)} ms (cpu ${fixed(oneMbF1.cpuMs!, 0)} ms)` : oneMbF1?.status ?? 'not measured (--max-kb below 1024)';
  process.stdout.write(`1 MB single-line article (F1): analyze ${f1}; target ≤ 3000 ms.\n`);
  process.stdout.write(`check --format json on it: output ${jsonOutputRatio(FAMILIES[0].make(ONE_MB), timeoutMs)}; target ≤ 5×.\n\n`);

  process.stdout.write('Facts at scale (F10):\n');
  process.stdout.write(formatFactsScale(runFactsScale()));
  if (crashed) {
    process.stdout.write('\nAt least one size crashed (see "crash" above).\n');
    process.exitCode = 1;
  }
}

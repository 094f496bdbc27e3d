// `npm test`: every check a submission must pass, in order, with one closing tally.
// Stages: setup → lint → typecheck → build → unit (mocha) → in-editor suites (scripts/e2e, when present).
// setup installs system prerequisites on demand (Debian chromium etc., code-server): unit tests drive chromium too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const stages = [
  ...(existsSync('scripts/e2e/setup.mjs') ? [{ name: 'setup', cmd: 'node', args: ['scripts/e2e/setup.mjs'] }] : []),
  { name: 'lint', cmd: 'npx', args: ['eslint', 'src', 'test', 'scripts'] },
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-p', '.', '--noEmit'] },
  { name: 'build', cmd: 'node', args: ['scripts/build.mjs'] },
  { name: 'unit', cmd: 'npx', args: ['mocha'], counts: true },
];
if (existsSync('scripts/e2e/run.mjs')) stages.push({ name: 'in-editor', cmd: 'node', args: ['scripts/e2e/run.mjs'], counts: true });

let passed = 0;
let failed = 0;
for (const stage of stages) {
  const started = Date.now();
  process.stdout.write(`\n=== ${stage.name} ===\n`);
  const r = spawnSync(stage.cmd, stage.args, { stdio: stage.counts ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (stage.counts) {
    process.stdout.write(r.stdout ?? '');
    // mocha prints "N passing" / "N failing"; sum every suite the stage ran.
    for (const m of (r.stdout ?? '').matchAll(/^\s*(\d+) passing/gm)) passed += Number(m[1]);
    for (const m of (r.stdout ?? '').matchAll(/^\s*(\d+) failing/gm)) failed += Number(m[1]);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stdout.write(`\n${stage.name} failed (exit ${r.status ?? r.signal}) after ${seconds}s\n`);
    if (!stage.counts || failed === 0) failed += 1;
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
    process.exit(1);
  }
  process.stdout.write(`${stage.name}: ok in ${seconds}s\n`);
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);

// `npm test`'s 'in-editor' stage: Factmark in a real VS Code, three ways.
//   1. integration (no folder)  mocha suite in the extension host, @vscode/test-electron → code-shim → code-server
//   2. integration (workspace)  the same suite with test/fixtures/workspace open
//   3. ui                       playwright-core + Debian chromium driving code-server's workbench (test/ui)
//   4. web                      the web build in VS Code for the Web's worker via @vscode/test-web (test/web)
// Installs what it needs first (setup.mjs), compiles the tests (compile.mjs), runs the stages one after another
// (2 cores), relays each stage's mocha output ("N passing" / "N failing", which scripts/test.mjs adds up), and
// stops every process it started, also on failure or Ctrl-C. Exit code 0 only when every stage passed.
//
//   node scripts/e2e/run.mjs [--only integration,ui,web] [--update-screenshot] [--keep]
//     --update-screenshot  also copy the UI test's screenshot to docs/images/editor.png (for the README)
//     --keep               keep .vscode-test/runs/* (logs, profiles) for debugging
//     --no-build           test dist/ as it is (npm test has just built it)
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO, removeRunDirs, runEnv } from './config.mjs';
import { ensureAll } from './setup.mjs';
import { compileTests } from './compile.mjs';
import { MARKER_VAR, onSignal, sweep } from './processes.mjs';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : undefined;
const keep = argv.includes('--keep');
if (keep) process.env.FACTMARK_E2E_KEEP = '1';
if (argv.includes('--update-screenshot')) process.env.FACTMARK_UPDATE_SCREENSHOT = '1';
// A fresh id for this run: every child inherits it, and the final sweep stops whatever still carries it.
process.env[MARKER_VAR] = process.pid.toString(36);

const mochaBin = path.join(REPO, 'node_modules/mocha/bin/mocha.js');
const STAGES = [
  { name: 'integration (no folder)', group: 'integration', args: ['scripts/e2e/integration.mjs', '--no-folder'], timeout: 300 },
  { name: 'integration (workspace)', group: 'integration', args: ['scripts/e2e/integration.mjs', '--workspace'], timeout: 300 },
  { name: 'ui', group: 'ui', timeout: 300,
    args: [mochaBin, '--no-config', '--node-option', 'import=tsx', '--extension', 'ts', '--reporter', 'spec',
      '--timeout', '60000', '--slow', '10000', 'test/ui/**/*.test.ts'] },
  { name: 'web', group: 'web', args: ['scripts/e2e/web.mjs'], timeout: 240 },
].filter((s) => !only || only.includes(s.group));

// Lines from VS Code / test-web that carry no information about the tests.
const NOISE = [/Ignoring fetching additional builtin extensions/, /^\W*\[0mGET /, /package\.nls\.json' failed/,
  /Loading development extension at/, /Updating additional builtin extensions cache/, /^\[Service Worker\]/,
  /ChatSessionStore: Migrating/, /^Creation of workbench contribution/,
  /Unable to read file 'vscode-test-web:\/\/mount\/\.vscode\//, /ERR_STREAM_PREMATURE_CLOSE/, /Ignoring the error while validating workspace folder/];

const log = (msg) => console.log(`[e2e] ${msg}`);
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Set on SIGINT/SIGTERM/SIGHUP: no further stage starts while the cleanup runs. */
let stopping = false;

/** Runs one stage as a child process, relaying its output; resolves with its exit code and mocha counts. */
function runStage(stage) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, stage.args, { cwd: REPO, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const counts = { passing: 0, failing: 0 };
    let pending = '';
    const onLine = (line) => {
      if (NOISE.some((re) => re.test(line))) return;
      const m = /^\s*(\d+) (passing|failing)/.exec(line);
      if (m) counts[m[2]] += Number(m[1]);
      process.stdout.write(line + '\n');
    };
    child.stdout.on('data', (d) => {
      const lines = (pending + d).split('\n');
      pending = lines.pop();
      lines.forEach(onLine);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    const timer = setTimeout(() => {
      log(`${stage.name}: no result after ${stage.timeout}s, stopping it`);
      child.kill('SIGTERM');
    }, stage.timeout * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pending) onLine(pending);
      resolve({ code: code ?? (signal ? 128 : 1), ...counts });
    });
  });
}

async function main() {
  const started = Date.now();
  onSignal(async () => {
    stopping = true;
    await sweep();
    removeRunDirs();
  });

  log('setup');
  const t0 = Date.now();
  const installs = ensureAll({ web: !only || only.includes('web') });
  const cold = Object.entries(installs).filter(([, s]) => s > 0);
  log(cold.length ? `installed on demand: ${cold.map(([k, s]) => `${k} ${s.toFixed(1)}s`).join(', ')}`
    : `setup: everything already installed (${Date.now() - t0} ms)`);

  if (!argv.includes('--no-build')) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('extension build failed');
  }
  await compileTests();
  log(`build + compile tests: ${secs(Date.now() - t0)}`);

  Object.assign(process.env, runEnv());
  const results = [];
  for (const stage of STAGES) {
    if (stopping) break;
    log(`── ${stage.name} ──`);
    const t = Date.now();
    const r = await runStage(stage);
    const stray = await sweep();
    if (stray.length) log(`${stage.name}: stopped ${stray.length} process(es) the stage left behind:\n  ${stray.join('\n  ')}`);
    if (r.code !== 0 && r.failing === 0) {
      // A crash before mocha could report: count it as one failure so the tally cannot say all is well.
      console.log(`  1 failing (${stage.name} exited with ${r.code} before reporting)`);
      r.failing = 1;
    }
    results.push({ ...stage, ...r, ms: Date.now() - t });
  }

  log('summary');
  for (const r of results) {
    log(`  ${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.name.padEnd(24)} ${String(r.passing).padStart(3)} passed ${String(r.failing).padStart(2)} failed  ${secs(r.ms)}`);
  }
  log(`  in-editor total ${secs(Date.now() - started)}${cold.length ? ` (of which installs ${cold.map(([k, s]) => `${k} ${s.toFixed(1)}s`).join(', ')})` : ''}`);
  return results.every((r) => r.code === 0) ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  console.error(`[e2e] ${err instanceof Error ? err.stack : err}`);
  console.log('  1 failing (in-editor harness error)');
} finally {
  const stray = await sweep();
  if (stray.length) log(`stopped ${stray.length} leftover process(es):\n  ${stray.join('\n  ')}`);
  removeRunDirs();
}
process.exit(exitCode);

// Stage: the mocha integration suite inside a real VS Code's extension host, started by @vscode/test-electron.
//   node scripts/e2e/integration.mjs --no-folder | --workspace
// Here VS Code cannot be downloaded, so test-electron launches scripts/e2e/code-shim.mjs as its "VS Code
// executable" (code-server + headless chromium). FACTMARK_VSCODE=desktop lets test-electron download and run
// desktop VS Code instead (FACTMARK_VSCODE_VERSION picks the version, default: stable), on machines that can.
// The tests get a fresh copy of test/fixtures/workspace (FACTMARK_FIXTURES), so quick fixes never touch the repo.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runDir, FIXTURE_WORKSPACE, OUT, REPO, runEnv } from './config.mjs';

const withFolder = process.argv.includes('--workspace');
mkdirSync(runDir(), { recursive: true });
const dir = mkdtempSync(runDir(withFolder ? 'integration-ws-' : 'integration-nofolder-'));
const fixtures = path.join(dir, 'workspace');
cpSync(FIXTURE_WORKSPACE, fixtures, { recursive: true });

const desktop = process.env.FACTMARK_VSCODE === 'desktop';
let code = 1;
try {
  Object.assign(process.env, runEnv());
  code = await runTests({
    ...(desktop ? { version: process.env.FACTMARK_VSCODE_VERSION ?? 'stable' }
      : { vscodeExecutablePath: path.join(REPO, 'scripts/e2e/code-shim.mjs') }),
    extensionDevelopmentPath: REPO,
    extensionTestsPath: path.join(OUT, 'integration/index.js'),
    launchArgs: [
      ...(withFolder ? [fixtures] : []),
      `--user-data-dir=${path.join(dir, 'user-data')}`,
      `--extensions-dir=${path.join(dir, 'extensions')}`,
      '--disable-extensions',
    ],
    extensionTestsEnv: { FACTMARK_FIXTURES: fixtures, FACTMARK_TEST_MODE: withFolder ? 'workspace' : 'no-folder' },
  });
} catch (err) {
  console.error(`integration (${withFolder ? 'workspace' : 'no folder'}): ${err instanceof Error ? err.message : err}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);

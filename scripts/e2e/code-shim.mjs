#!/usr/bin/env node
// A "VS Code executable" for @vscode/test-electron (`vscodeExecutablePath`) and @vscode/test-cli
// (`useInstallation.fromPath`) on machines where desktop VS Code cannot be downloaded: it maps the desktop CLI
// (`--extensionDevelopmentPath=`, `--extensionTestsPath=`, `--user-data-dir=`, `--extensions-dir=`, [folder]) onto
// a private code-server plus headless chromium, relays the test output, and exits with the tests' exit code.
// code-server takes the development/tests paths in the workbench URL's `payload`; when the tests end the workbench
// calls window.codeAutomationExit(code), which we provide before the page loads.
import { mkdirSync, mkdtempSync, rmSync, appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { runDir } from './config.mjs';
import { startCodeServer, workbenchUrl } from './code-server.mjs';
import { launchBrowser } from './browser.mjs';
import { onSignal } from './processes.mjs';

const TIMEOUT_MS = Number(process.env.FACTMARK_E2E_TIMEOUT_MS ?? 240000);

function parseArgs(argv) {
  const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const positional = argv.filter((a) => !a.startsWith('-'));
  return {
    extensionDevelopmentPath: flag('extensionDevelopmentPath'),
    extensionTestsPath: flag('extensionTestsPath'),
    userDataDir: flag('user-data-dir'),
    extensionsDir: flag('extensions-dir'),
    folder: positional.length ? path.resolve(positional[positional.length - 1]) : undefined,
  };
}

// Workbench noise that says nothing about the tests.
const NOISE = /Creating a socket|connection token|open-vsx|\[Extension Host\] (debugger|Debugger)|ExtensionService#_doActivateExtension/;

/** Prints the end of a log to stderr, so a failure in CI comes with its context (run dirs are removed after). */
function tail(file, label, lines = 25) {
  try {
    const text = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    console.error(`--- last ${lines} lines of the ${label} (${file}) ---\n${text}\n---`);
  } catch {
    // no log
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionDevelopmentPath || !args.extensionTestsPath) {
    console.error('code-shim: need --extensionDevelopmentPath= and --extensionTestsPath=');
    return 2;
  }
  mkdirSync(runDir(), { recursive: true });
  const dir = mkdtempSync(runDir('shim-'));
  const browserLog = path.join(dir, 'browser-console.log');
  let server;
  let browser;
  const cleanup = async () => {
    await browser?.close();
    await server?.stop();
    if (process.env.FACTMARK_E2E_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  };
  onSignal(cleanup);
  try {
    server = await startCodeServer({
      dir,
      userDataDir: args.userDataDir ?? path.join(dir, 'user-data'),
      extensionsDir: args.extensionsDir ?? path.join(dir, 'extensions'),
    });
    browser = await launchBrowser(dir);
    const { page } = browser;
    let resolveExit;
    const exited = new Promise((r) => (resolveExit = r));
    page.on('console', (m) => appendFileSync(browserLog, `${m.type()}: ${m.text()}\n`));
    await page.exposeFunction('codeAutomationLog', (_type, logArgs) => {
      const line = format(...(logArgs ?? []));
      if (!NOISE.test(line)) process.stdout.write(line.endsWith('\n') ? line : line + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    await page.goto(workbenchUrl(server, args), { waitUntil: 'domcontentloaded' });
    let timer;
    const code = await Promise.race([exited,
      new Promise((r) => (timer = setTimeout(() => r('timeout'), TIMEOUT_MS)))]);
    clearTimeout(timer);
    if (code === 'timeout') {
      console.error(`code-shim: the tests did not finish within ${TIMEOUT_MS / 1000}s`);
      tail(browserLog, 'browser console');
      tail(server.log, 'code-server log');
      return 1;
    }
    return code === 0 ? 0 : 1;
  } catch (err) {
    if (server) tail(server.log, 'code-server log');
    throw err;
  } finally {
    await cleanup();
  }
}

main().then((code) => process.exit(code), (err) => {
  console.error('code-shim:', err?.stack ?? err);
  process.exit(1);
});

// Debian's chromium, headless, driven by playwright-core (never a downloaded browser), with a fresh profile.
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, runEnv } from './config.mjs';

// Without the background-networking flags chromium keeps trying to reach Google's hosts on this closed network.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void> }>} */
export async function launchBrowser(dir, { width = 1400, height = 900 } = {}) {
  const profile = mkdtempSync(path.join(dir, 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width, height }, args: CHROMIUM_ARGS, env: runEnv(),
    // The harness handles signals itself and closes the browser in its own cleanup.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const page = context.pages()[0] ?? await context.newPage();
  return {
    context, page,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

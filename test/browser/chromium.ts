// Debian's headless chromium driven by playwright-core, for tests and scripts that look at exported HTML.
// Never a downloaded browser: this machine (and CI) reaches only the npm registry and Debian's packages.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

// The background-networking flags stop chromium from calling Google's hosts at start-up on a closed network.
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Launches headless chromium, or throws a message that says how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium (as root: apt-get update && apt-get install -y chromium); npm test installs it on a fresh machine`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

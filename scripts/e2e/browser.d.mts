// Types for browser.mjs, for the TypeScript tests that import it (test/ui).
import type { BrowserContext, Page } from 'playwright-core';
export const CHROMIUM_ARGS: string[];
export function launchBrowser(dir: string, size?: { width?: number; height?: number }): Promise<{
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}>;

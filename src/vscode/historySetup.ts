// The claim history's wiring: the first scan right after activation (never before the first analysis), and the
// Claims view redrawn when the history changes (coalesced: a scan indexes many files in a row).
import type { App } from './app.js';
import { openArticles } from './app.js';

/** How long the Claims view waits for more history changes before it redraws. */
const REDRAW_MS = 200;

export function setupHistory(app: App): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const redraw = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => app.claims.refresh(), REDRAW_MS);
  };
  app.context.subscriptions.push(app.history.onDidChange(redraw), { dispose: () => clearTimeout(timer) });
  // Off the critical path: the scan starts once activation has returned and reads one file per turn.
  setTimeout(() => app.history.rescan(openArticles()), 0);
}

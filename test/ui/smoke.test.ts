// UI smoke test: Factmark in code-server's workbench (VS Code 1.100) driven by playwright-core and Debian's
// chromium, checking what only a rendered editor shows. Started by scripts/e2e/run.mjs (stage 'ui'); on its own:
//   npx mocha --no-config --node-option import=tsx --extension ts --timeout 60000 test/ui/smoke.test.ts
// Every wait is on a DOM condition with a deadline (playwright's waitFor), never a fixed time.
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_WORKSPACE, REPO, runDir } from '../../scripts/e2e/config.mjs';
import { startCodeServer, workbenchUrl, type CodeServer } from '../../scripts/e2e/code-server.mjs';
import { launchBrowser } from '../../scripts/e2e/browser.mjs';

const ARTICLE = 'kishida.md';
const SCREENSHOT = path.join(REPO, 'test-results/editor.png');
const README_IMAGE = path.join(REPO, 'docs/images/editor.png');

describe('UI smoke (code-server + chromium)', function () {
  let dir: string;
  let workspace: string;
  let server: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let page: Page;

  before(async function () {
    this.timeout(120000);
    mkdirSync(runDir(), { recursive: true });
    dir = mkdtempSync(runDir('ui-'));
    workspace = path.join(dir, 'workspace');
    cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
    server = await startCodeServer({ dir });
    browser = await launchBrowser(dir);
    page = browser.page;
    // The repo is loaded as the extension under development, exactly as built (dist/).
    await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: REPO }));
    await page.locator(`.explorer-folders-view .monaco-list-row:has-text("${ARTICLE}")`).waitFor({ timeout: 60000 });
  });

  after(async function () {
    this.timeout(30000);
    await browser?.close();
    await server?.stop();
    if (process.env.FACTMARK_E2E_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  });

  it('opens the seed article in the editor through Quick Open', async function () {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type(ARTICLE);
    await page.locator(`.quick-input-list .monaco-list-row:has-text("${ARTICLE}")`).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-lines:has-text("Kishida offers to meet")').waitFor({ timeout: 30000 });
    const tab = await page.locator('.tabs-container .tab.active').innerText();
    assert.match(tab, /kishida\.md/);
  });

  it('takes the screenshot for the README', async function () {
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    if (process.env.FACTMARK_UPDATE_SCREENSHOT === '1') {
      mkdirSync(path.dirname(README_IMAGE), { recursive: true });
      copyFileSync(SCREENSHOT, README_IMAGE);
    }
  });
});

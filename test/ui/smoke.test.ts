// UI smoke test: Factmark in code-server's workbench (VS Code 1.100) driven by playwright-core and Debian's
// chromium, checking what only a rendered editor shows: highlight colours, the hover card, a palette command.
// Started by scripts/e2e/run.mjs (stage 'ui'); alone, after `npm run build`:
//   npx mocha --no-config --node-option import=tsx --extension ts --timeout 60000 test/ui/smoke.test.ts
// Every wait is on a DOM condition with a deadline (playwright's waitFor), never a fixed time.
import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { FIXTURE_WORKSPACE, REPO, runDir } from '../../scripts/e2e/config.mjs';
import { startCodeServer, workbenchUrl, type CodeServer } from '../../scripts/e2e/code-server.mjs';
import { launchBrowser } from '../../scripts/e2e/browser.mjs';

const ARTICLE = 'kishida.md';
const CLAIM = 'limited interest';
const SCREENSHOT = path.join(REPO, 'test-results/editor.png');
const README_IMAGE = path.join(REPO, 'docs/images/editor.png');

interface Rgba { r: number; g: number; b: number; a: number }

type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

/** The kind of the active colour theme, from the workbench's root classes (vs, vs-dark, hc-black, hc-light). */
async function themeKind(page: Page): Promise<ThemeKind> {
  const classes = (await page.locator('.monaco-workbench').first().getAttribute('class')) ?? '';
  if (/\bhc-light\b/.test(classes)) return 'highContrastLight';
  if (/\bhc-black\b/.test(classes)) return 'highContrast';
  return /\bvs-dark\b/.test(classes) ? 'dark' : 'light';
}

/** A colour's default for the given theme kind, from package.json's contributes.colors. */
function colourDefault(id: string, kind: ThemeKind): Rgba {
  const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { contributes: { colors: { id: string; defaults: Record<ThemeKind, string> }[] } };
  const hex = manifest.contributes.colors.find((c) => c.id === id)?.defaults[kind];
  assert.ok(hex && /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(hex), `${id} has a ${kind} default #rrggbb[aa]`);
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return { r: n(1), g: n(3), b: n(5), a: hex.length === 9 ? n(7) / 255 : 1 };
}

/** CSS computed colour ("rgb(…)" / "rgba(…)") → Rgba. */
function parseCss(css: string): Rgba | undefined {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
  return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : undefined;
}

const sameColour = (a: Rgba | undefined, b: Rgba) =>
  !!a && a.r === b.r && a.g === b.g && a.b === b.b && Math.abs(a.a - b.a) < 0.01;

/** Screen rectangle of the first rendered occurrence of `text` in the editor (Monaco renders spaces as U+00A0). */
async function textBox(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.evaluate((needle) => {
    for (const line of Array.from(document.querySelectorAll('.editor-instance .view-line'))) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const flat = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
      const at = flat.indexOf(needle);
      if (at < 0) continue;
      const locate = (offset: number): [Text, number] => {
        for (const n of nodes) {
          if (offset <= n.data.length) return [n, offset];
          offset -= n.data.length;
        }
        return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length));
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, text);
  assert.ok(box, `"${text}" is not rendered in the editor`);
  return box;
}

/** Overlay decorations (background/border decorations are divs in .view-overlays) with their colour and box. */
function overlays(page: Page) {
  return page.$$eval('.editor-instance .view-overlays div[class*="ced-"]', (els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { bg: getComputedStyle(e).backgroundColor, x: r.x, y: r.y, width: r.width, height: r.height };
  }));
}

async function runPaletteCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await page.locator(`.quick-input-list .monaco-list-row:has-text("${title}")`).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Opens a workspace file through Quick Open (Ctrl+P), picking the row whose path matches `relative`. */
async function quickOpen(page: Page, relative: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(relative);
  const name = path.basename(relative);
  const dirName = path.dirname(relative);
  const rows = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name });
  const row = dirName === '.' ? rows.first() : rows.filter({ hasText: dirName }).first();
  await row.waitFor();
  await row.click();
}

describe('UI smoke (code-server + chromium)', function () {
  let dir: string;
  let workspace: string;
  let server: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let page: Page;
  let editor: Locator;

  before(async function () {
    this.timeout(120000);
    mkdirSync(runDir(), { recursive: true });
    dir = mkdtempSync(runDir('ui-'));
    workspace = path.join(dir, 'workspace');
    cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
    server = await startCodeServer({ dir });
    browser = await launchBrowser(dir);
    page = browser.page;
    // tsx compiles this file with esbuild's keepNames, which wraps functions passed to page.evaluate in __name().
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    // The repo is loaded as the extension under development, exactly as built (dist/).
    await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: REPO }));
    await page.locator(`.explorer-folders-view .monaco-list-row:has-text("${ARTICLE}")`).waitFor({ timeout: 60000 });
    editor = page.locator('.editor-instance').first();
  });

  after(async function () {
    this.timeout(30000);
    if (this.currentTest?.state === 'failed' || process.env.FACTMARK_E2E_KEEP === '1') {
      await page?.screenshot({ path: path.join(REPO, 'test-results/ui-failure.png') }).catch(() => {});
    }
    await browser?.close();
    await server?.stop();
    if (process.env.FACTMARK_E2E_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  });

  it('opens the seed article through Quick Open', async function () {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await quickOpen(page, ARTICLE);
    await editor.locator('.view-lines:has-text("Kishida offers to meet")').waitFor({ timeout: 30000 });
    assert.match(await page.locator('.tabs-container .tab.active').innerText(), /kishida\.md/);
  });

  it('renders highlights: an unsourced-claim background over "limited interest" and quote backgrounds', async function () {
    const kind = await themeKind(page);
    const unsourced = colourDefault('factmark.unsourcedClaimBackground', kind);
    const quote = colourDefault('factmark.quoteBackground', kind);
    // Decorations arrive after activation and analysis: wait for the first overlay in the unsourced colour,
    // and if it never comes, say which colours were drawn instead.
    await page.waitForFunction((c) => Array.from(document.querySelectorAll('.editor-instance .view-overlays div[class*="ced-"]'))
      .some((e) => getComputedStyle(e).backgroundColor.replace(/\s/g, '').startsWith(`rgba(${c.r},${c.g},${c.b},`)), unsourced, { timeout: 30000 })
      .catch(async () => {
        const seen = [...new Set((await overlays(page)).map((o) => o.bg))];
        assert.fail(`no overlay in the unsourced-claim colour ${JSON.stringify(unsourced)} (${kind} theme); drawn: ${seen.join(' | ') || 'none'}`);
      });
    const drawn = await overlays(page);
    const claimBox = await textBox(page, CLAIM);
    const cx = claimBox.x + claimBox.width / 2;
    const cy = claimBox.y + claimBox.height / 2;
    const over = drawn.filter((o) => cx >= o.x && cx <= o.x + o.width && cy >= o.y && cy <= o.y + o.height);
    assert.ok(over.some((o) => sameColour(parseCss(o.bg), unsourced)),
      `no unsourced-claim background under "${CLAIM}"; overlays there: ${JSON.stringify(over)}`);
    assert.ok(drawn.some((o) => sameColour(parseCss(o.bg), quote)), 'no quote background rendered');
  });

  it('"Factmark: Show Claims" from the palette opens the Claims view with the article\'s claims by status', async function () {
    await runPaletteCommand(page, 'Factmark: Show Claims');
    const row = page.locator('.pane-body .monaco-list-row').filter({ hasText: 'Unsourced' }).first();
    await row.waitFor({ timeout: 15000 });
    // The group row carries the count of unsourced claims; the status bar item sums up the same count.
    const status = await page.locator('.statusbar-item').filter({ hasText: /\d+ unsourced/ }).first().innerText();
    const count = /(\d+) unsourced/.exec(status)?.[1];
    assert.ok(count && Number(count) > 0, `status bar: ${status}`);
    assert.ok((await row.innerText()).includes(count), `group row "${await row.innerText()}" vs status bar "${status}"`);
  });

  it(`hovering "${CLAIM}" shows the unsourced claim card`, async function () {
    const box = await textBox(page, CLAIM);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
    // The widget shows the diagnostic first and Factmark's card when its (async) provider answers: wait for the card.
    const card = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Factmark' }).filter({ hasText: 'Link source' }).first();
    await card.waitFor({ state: 'visible', timeout: 15000 });
    const text = await card.innerText();
    assert.match(text, /Unsourced claim/);
    assert.match(text, /Set verdict/);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    if (process.env.FACTMARK_UPDATE_SCREENSHOT === '1') {
      mkdirSync(path.dirname(README_IMAGE), { recursive: true });
      copyFileSync(SCREENSHOT, README_IMAGE);
    }
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  it('"Factmark: Export Article as…" from the palette suggests kishida.claims.csv and writes the CSV there', async function () {
    await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
    await runPaletteCommand(page, 'Factmark: Export Article as');
    await page.locator('.quick-input-list .monaco-list-row:has-text("CSV")').first().waitFor();
    await page.keyboard.type('CSV');
    await page.keyboard.press('Enter');
    // code-server's save dialog is VS Code's simple file dialog: the suggested path is filled in; accept it.
    const input = page.locator('.quick-input-widget input');
    await page.waitForFunction(() => (document.querySelector('.quick-input-widget input') as HTMLInputElement | null)?.value.endsWith('kishida.claims.csv'), undefined, { timeout: 15000 });
    assert.match(await input.inputValue(), /kishida\.claims\.csv$/);
    await page.keyboard.press('Enter');
    // The command opens what it wrote: wait for its tab, then read the file it put on disk.
    await page.locator('.tabs-container .tab:has-text("kishida.claims.csv")').waitFor({ timeout: 20000 });
    const csv = readFileSync(path.join(workspace, 'kishida.claims.csv'), 'utf8');
    assert.match(csv.split('\n')[0], /kind/i);
    assert.ok(csv.includes(CLAIM), `the CSV has no row for "${CLAIM}"`);
  });

  it(`with its facts file (linked/), "${CLAIM}" is drawn in the linked-claim colour`, async function () {
    await quickOpen(page, 'linked/kishida.md');
    await page.locator('.tabs-container .tab.active:has-text("kishida.md")').waitFor();
    const linked = colourDefault('factmark.linkedClaimBackground', await themeKind(page));
    await page.waitForFunction((c) => Array.from(document.querySelectorAll('.editor-instance .view-overlays div[class*="ced-"]'))
      .some((e) => getComputedStyle(e).backgroundColor.replace(/\s/g, '').startsWith(`rgba(${c.r},${c.g},${c.b},`)), linked, { timeout: 30000 })
      .catch(async () => assert.fail(`no overlay in the linked-claim colour; drawn: ${[...new Set((await overlays(page)).map((o) => o.bg))].join(' | ')}`));
    const box = await textBox(page, CLAIM);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const under = (await overlays(page)).filter((o) => cx >= o.x && cx <= o.x + o.width && cy >= o.y && cy <= o.y + o.height);
    assert.ok(under.some((o) => sameColour(parseCss(o.bg), linked)), `overlays under "${CLAIM}": ${JSON.stringify(under)}`);
  });
});

// The HTML report of a hostile article, opened in real headless chromium: the text shows literally, no script
// runs, no request leaves the page. A control page with the same payload unescaped proves the listeners catch
// what they are meant to catch, so a silent pass cannot come from a blind test.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { exportArticles, HTML_CSP } from '../../src/core/export/index.js';
import { launchChromium } from '../browser/chromium.js';
import { screenshotHtml } from '../browser/screenshot.js';
import { fixtureInput } from '../fixtures/export/load.js';
import { goldenFileName, renderGolden } from '../fixtures/export/golden.js';

interface Watch {
  dialogs: string[];
  console: string[];
  requests: string[];
  errors: string[];
}

describe('HTML report in headless chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let dir: string;

  before(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'factmark-html-'));
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the HTML from a file:// URL and records every dialog, console message, request and page error. */
  async function open(name: string, html: string): Promise<{ page: Page; watch: Watch }> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage();
    const watch: Watch = { dialogs: [], console: [], requests: [], errors: [] };
    page.on('dialog', (d) => {
      watch.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => void watch.console.push(m.text()));
    page.on('pageerror', (e) => void watch.errors.push(e.message));
    page.on('request', (r) => {
      if (r.url() !== url) watch.requests.push(r.url());
    });
    // Nothing may reach the network even if a test fails: every request other than the page itself is aborted.
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url, { waitUntil: 'load' });
    return { page, watch };
  }

  it('shows hostile article and facts text literally, runs no script and makes no request', async () => {
    const html = exportArticles('html', [fixtureInput('hostile')]).content;
    const { page, watch } = await open('hostile.html', html);

    const seen = await page.evaluate(() => ({
      text: document.body.innerText,
      title: document.title,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      active: document.querySelectorAll('script, img, iframe, object, embed, b, form, input, link, base').length,
      hrefs: Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href')),
      handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).map((a) => a.name)).filter((n) => n.startsWith('on')),
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    }));

    for (const literal of [
      '<script>window.__pwned = true; alert("body")</script>',
      '<script>window.__pwned = true</script>Audit',
      '<img src=x onerror=alert(3)>',
      '<img src=x onerror=alert(6)> & <a href="javascript:alert(7)">click</a>',
      "javascript:alert('source')",
      'data:text/html,<script>alert(5)</script>',
      'Port data " onclick="alert(4)',
      '"<b onmouseover=alert(2)>complete</b>"',
      "<script>alert('speaker')</script>",
      '</dd><script>alert(8)</script>',
    ]) {
      assert.ok(seen.text.includes(literal), `page text should show ${JSON.stringify(literal)} literally`);
    }
    assert.equal(seen.title, 'Fact-check report: <script>alert("title")</script> Harbour report');
    assert.equal(seen.pwned, undefined, 'no script set the window flag');
    assert.equal(seen.active, 0, 'no element came from article or facts text');
    assert.deepEqual(seen.handlers, [], 'no event handler attributes');
    assert.ok(seen.hrefs.length > 0, 'the http(s) source is a link');
    for (const href of seen.hrefs) assert.match(href ?? '', /^https?:\/\//, 'every link is http(s)');
    assert.equal(seen.csp, HTML_CSP);
    assert.deepEqual(watch.dialogs, [], 'no dialog opened');
    assert.deepEqual(watch.console, [], 'nothing logged');
    assert.deepEqual(watch.errors, [], 'no page error');
    assert.deepEqual(watch.requests, [], 'no request besides the page itself');
  });

  it('control: the same payload unescaped is caught by these listeners', async () => {
    const hostile = readFileSync(join(fixtureDir(), 'hostile.md'), 'utf8');
    const raw = `<!DOCTYPE html><html><body>${hostile}<img src="http://127.0.0.1:9/x.png"></body></html>`;
    const { page, watch } = await open('control.html', raw);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    assert.equal(pwned, true);
    assert.ok(watch.dialogs.length > 0, 'the control page opened a dialog');
    assert.ok(watch.requests.length > 0, 'the control page asked for a resource');
  });

  it('renders the seed article\'s report to a PNG, as scripts/screenshot-report.ts does for the README', async () => {
    const html = (await renderGolden()).get(goldenFileName('html'));
    assert.ok(html);
    const png = join(dir, 'report.png');
    await screenshotHtml(html, png, { width: 800, height: 600 });
    const bytes = readFileSync(png);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
    assert.equal(bytes.readUInt32BE(16), 800, 'screenshot width');
    assert.equal(bytes.readUInt32BE(20), 600, 'screenshot height');
  });
});

function fixtureDir(): string {
  return new URL('../fixtures/export/', import.meta.url).pathname;
}

// A ClaimReview export embedded in a page the way docs/exports.md says (<script type="application/ld+json">),
// opened in real headless chromium: the hostile title, speaker and organisation run no script, the page keeps
// exactly one script element, and the element's text parses to the exported data. A control page with the same
// items written by plain JSON.stringify proves the page and its listeners do catch the attack (issue 11, F11).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { exportArticles } from '../../src/core/export/index.js';
import { launchChromium } from '../browser/chromium.js';
import { HOSTILE_SPEAKER, HOSTILE_TITLE, hostileClaimReviewInput } from '../fixtures/export/hostileClaimReview.js';

interface Seen {
  pwned: unknown;
  scripts: number;
  data: unknown;
  end: boolean;
  dialogs: string[];
}

describe('ClaimReview JSON-LD embedded in a page, in headless chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let dir: string;

  before(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'factmark-jsonld-'));
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The publishing page of docs/exports.md: the export pasted verbatim into a JSON-LD script element. */
  async function embed(name: string, jsonLd: string): Promise<Seen> {
    const file = join(dir, name);
    writeFileSync(file, `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour fact check</title>
<script type="application/ld+json">
${jsonLd}</script>
</head>
<body>
<p id="end">The fact check.</p>
</body>
</html>
`);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const url = pathToFileURL(file).href;
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url, { waitUntil: 'load' });
    const seen = await page.evaluate(() => {
      const script = document.querySelector('script[type="application/ld+json"]');
      let data: unknown;
      try {
        data = JSON.parse(script?.textContent ?? '');
      } catch {
        data = 'unparseable';
      }
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scripts: document.querySelectorAll('script').length,
        data,
        end: document.getElementById('end') !== null,
      };
    });
    await page.close();
    return { ...seen, dialogs };
  }

  it('runs no script and reads back exactly the exported items', async () => {
    const { content } = exportArticles('claimreview', [hostileClaimReviewInput()]);
    const seen = await embed('review.html', content);
    assert.equal(seen.pwned, undefined, 'no script set the window flag');
    assert.deepEqual(seen.dialogs, [], 'no dialog opened');
    assert.equal(seen.scripts, 1, 'the JSON-LD element is the only script element');
    assert.ok(seen.end, 'the rest of the page is still the page');
    assert.deepEqual(seen.data, JSON.parse(content), 'the element text parses to the export');
    const items = seen.data as { itemReviewed?: { author?: { name?: string }; appearance?: { headline?: string } } }[];
    assert.ok(items.some((i) => i.itemReviewed?.author?.name === HOSTILE_SPEAKER), 'the speaker reads back unchanged');
    assert.ok(items.every((i) => i.itemReviewed?.appearance?.headline === HOSTILE_TITLE), 'the title reads back unchanged');
  });

  it('control: the same items written by plain JSON.stringify run the script', async () => {
    const items = JSON.parse(exportArticles('claimreview', [hostileClaimReviewInput()]).content) as unknown;
    const seen = await embed('control.html', JSON.stringify(items, null, 2));
    assert.notEqual(seen.pwned, undefined, 'the control page ran script from the data');
    assert.ok(seen.dialogs.length > 0, 'the control page opened a dialog');
    assert.ok(seen.scripts > 1, 'the data broke out of its element');
  });
});

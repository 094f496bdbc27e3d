// Renders an HTML report in headless chromium and saves a PNG of it (the README's picture of the report).
import { writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.js';

export async function screenshotHtml(html: string, pngPath: string, { width = 1000, height = 1300 } = {}): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    // The report needs nothing from the network; refuse anything it might ask for.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    writeFileSync(pngPath, await page.screenshot({ type: 'png', fullPage: false }));
  } finally {
    await browser.close();
  }
}

// `npx tsx scripts/screenshot-report.ts [OUT.png]`: the seed article's HTML report (the golden html export),
// rendered in headless Debian chromium, saved for the README (default docs/images/report.png).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { screenshotHtml } from '../test/browser/screenshot.js';
import { goldenFileName, renderGolden } from '../test/fixtures/export/golden.js';

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'docs/images/report.png';
  const html = (await renderGolden()).get(goldenFileName('html'));
  if (!html) throw new Error('no html export');
  mkdirSync(dirname(out), { recursive: true });
  await screenshotHtml(html, out, { width: 1000, height: 1400 });
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`screenshot-report: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});

// `npm run golden:update`: rewrites the golden exports of the seed article (test/fixtures/export/golden/) and the
// golden analysis snapshots (test/fixtures/golden/analysis/) after an intended change to the analysis, the facts
// file or an export format. Review the diff before committing.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { GOLDEN_DIR, renderGolden } from '../test/fixtures/export/golden.js';
import { ANALYSIS_GOLDEN_DIR, renderAnalysisGolden } from '../test/fixtures/golden/analysis.js';

function write(dir: string, label: string, files: Map<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of files) {
    const path = `${dir}${name}`;
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    writeFileSync(path, content);
    process.stdout.write(`${before === content ? 'unchanged' : before === undefined ? 'created  ' : 'updated  '} ${label}${name}\n`);
  }
}

async function main(): Promise<void> {
  write(GOLDEN_DIR, 'test/fixtures/export/golden/', await renderGolden());
  const analysis = renderAnalysisGolden();
  write(ANALYSIS_GOLDEN_DIR, 'test/fixtures/golden/analysis/', analysis);
  for (const name of readdirSync(ANALYSIS_GOLDEN_DIR).filter((f) => !analysis.has(f))) {
    rmSync(`${ANALYSIS_GOLDEN_DIR}${name}`);
    process.stdout.write(`removed   test/fixtures/golden/analysis/${name}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`update-golden: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});

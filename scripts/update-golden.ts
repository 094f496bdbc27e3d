// `npm run golden:update`: rewrites the golden exports of the seed article (test/fixtures/export/golden/) after
// an intended change to the analysis, the facts file or an export format. Review the diff before committing.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { GOLDEN_DIR, renderGolden } from '../test/fixtures/export/golden.js';

async function main(): Promise<void> {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const [name, content] of await renderGolden()) {
    const path = `${GOLDEN_DIR}${name}`;
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    writeFileSync(path, content);
    process.stdout.write(`${before === content ? 'unchanged' : before === undefined ? 'created  ' : 'updated  '} test/fixtures/export/golden/${name}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`update-golden: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});

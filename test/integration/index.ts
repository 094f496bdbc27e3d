// Entry point the extension host loads (--extensionTestsPath): runs every compiled `*.test.js` next to it with
// mocha's TDD interface (suite/test/suiteSetup), the shape of the lsp-sample runner. Compiled by scripts/e2e.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 30000 });
  if (process.env.FACTMARK_GREP) mocha.grep(process.env.FACTMARK_GREP);
  const files = (fs.readdirSync(__dirname, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
}

// Entry point of the web-worker extension host (@vscode/test-web --extensionTestsPath): one esbuild bundle of
// browser mocha and the test files, imported in order — setup first, then the suites.
import './setup.js';
import './web.test.js';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
}

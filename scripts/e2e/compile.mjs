// Compiles the in-editor tests with esbuild into out/test/ (inside the extension folder, as test-web requires):
//   out/test/integration/  one CommonJS bundle per test file + index.js, for the (Node) extension host;
//                          `vscode` and `mocha` stay external (the host provides vscode, mocha is in node_modules);
//   out/test/web/index.js  one bundle for the web-worker extension host (browser mocha, no Node built-ins).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { OUT, REPO } from './config.mjs';

function testFiles(dir) {
  return readdirSync(path.join(REPO, dir), { recursive: true })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(REPO, dir, f));
}

export async function compileTests() {
  rmSync(OUT, { recursive: true, force: true });
  const common = { bundle: true, sourcemap: 'inline', target: 'es2022', logLevel: 'warning', absWorkingDir: REPO };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [path.join(REPO, 'test/integration/index.ts'), ...testFiles('test/integration')],
      outbase: path.join(REPO, 'test/integration'),
      outdir: path.join(OUT, 'integration'),
      platform: 'node', format: 'cjs', external: ['vscode', 'mocha'],
    }),
    esbuild.build({
      ...common,
      entryPoints: [path.join(REPO, 'test/web/index.ts')],
      outfile: path.join(OUT, 'web/index.js'),
      platform: 'browser', format: 'cjs', external: ['vscode'],
      define: { global: 'globalThis' },
    }),
  ]);
  await esbuild.stop(); // its service process would otherwise live on until this process exits
}

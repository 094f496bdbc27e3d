// Bundles the CLI, the desktop extension (Node) and the web extension (web worker) from src/ with esbuild.
// Type checking is separate (`npm run typecheck`): esbuild only strips types, which keeps builds fast.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'es2022', legalComments: 'none' };

// jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow: prefer ESM `module` entries.
const nodeMainFields = ['module', 'main'];

// One extension bundle serves both hosts: desktop VS Code loads it as `main` (Node extension host), vscode.dev as
// `browser` (web worker). src/vscode touches files only through vscode.workspace.fs and the browser builds of its
// dependencies (vfile's path helpers) run in Node too, so a second, Node-resolved copy would only double the models
// inlined in the VSIX.
const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', mainFields: nodeMainFields, banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'], conditions: ['worker'], define: { 'process.env.NODE_ENV': '"production"' } },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
}

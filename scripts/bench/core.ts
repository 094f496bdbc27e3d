// Loads the code under benchmark as the product ships it: src/core bundled by esbuild (as scripts/build.mjs
// bundles dist/), not the per-file tsx transform the tests use, whose extra indirection (every imported
// binding read through a getter) would be measured as if it were the core's own cost.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type Core = typeof import('./coreEntry.js');

export async function loadCore(): Promise<Core> {
  const outfile = join(repoRoot, '.bench', 'core.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(repoRoot, 'scripts', 'bench', 'coreEntry.ts')], outfile, absWorkingDir: repoRoot, bundle: true, format: 'esm', platform: 'node',
    target: 'es2022', mainFields: ['module', 'main'], logLevel: 'warning', legalComments: 'none',
  });
  return (await import(pathToFileURL(outfile).href)) as Core;
}

// Loads the code under benchmark as the product ships it: src/core bundled by esbuild (as scripts/build.mjs
// bundles dist/), not the per-file tsx transform the tests use, whose extra indirection (every imported
// binding read through a getter) would be measured as if it were the core's own cost.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type Core = typeof import('./coreEntry.js');

/**
 * Bundles and imports the core of a checkout: this one by default, or another (`--ab <dir>`), whose
 * dependencies are taken from this checkout's node_modules when it has none of its own.
 */
export async function loadCore(root = repoRoot, name = 'core'): Promise<Core> {
  const outfile = join(repoRoot, '.bench', `${name}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, 'scripts', 'bench', 'coreEntry.ts')], outfile, absWorkingDir: root, bundle: true, format: 'esm', platform: 'node',
    target: 'es2022', mainFields: ['module', 'main'], logLevel: 'warning', legalComments: 'none', nodePaths: [join(repoRoot, 'node_modules')],
  });
  return (await import(pathToFileURL(outfile).href)) as Core;
}

// Loads the code under benchmark as the product ships it: src/core bundled by esbuild (as scripts/build.mjs
// bundles dist/), not the per-file tsx transform the tests use, whose extra indirection (every imported
// binding read through a getter) would be measured as if it were the core's own cost.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Core = typeof import('./coreEntry.js');

export async function loadCore(): Promise<Core> {
  const outfile = resolve('.bench/core.mjs');
  mkdirSync('.bench', { recursive: true });
  await build({
    entryPoints: ['scripts/bench/coreEntry.ts'], outfile, bundle: true, format: 'esm', platform: 'node',
    target: 'es2022', mainFields: ['module', 'main'], logLevel: 'warning', legalComments: 'none',
  });
  return (await import(pathToFileURL(outfile).href)) as Core;
}

// Expands the glob patterns of `--history` (Node 20 has no fs.glob): `*` and `?` within a path segment, `**` for
// any number of segments, `{a,b}` alternatives. The walk starts at the pattern's literal prefix and skips
// node_modules and dot-folders. A pattern without wildcards names one file as it is.
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { globRegExp, hasGlob } from '../core/history/glob.js';

const SKIP = new Set(['node_modules']);
const MAX_FILES = 100_000;

export async function expandGlobs(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    if (!hasGlob(pattern)) {
      found.add(pattern);
      continue;
    }
    const segments = pattern.split('/');
    const literal = segments.findIndex(hasGlob);
    const base = segments.slice(0, literal).join('/') || '.';
    const matcher = globRegExp(pattern);
    for await (const file of walk(resolve(cwd, base))) {
      const rel = relative(cwd, file).split(sep).join('/');
      if (matcher.test(rel) || matcher.test(`./${rel}`)) found.add(rel);
      if (found.size >= MAX_FILES) break;
    }
  }
  return [...found].sort();
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // a base folder that does not exist matches nothing
  }
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name) && !entry.name.startsWith('.')) yield* walk(join(dir, entry.name));
    } else if (entry.isFile()) {
      yield join(dir, entry.name);
    }
  }
}

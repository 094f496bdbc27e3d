// Node's file system as the facts store's FactsFs (src/core/facts/fsTypes.ts), with the primitives that make a
// write safe: O_EXCL creation for the lock file, link() to place a file only under a free name (EEXIST otherwise;
// atomic, unlike a check-then-rename), realpath so a symlinked facts file keeps being a link to the file that
// gets the edit, and the permission bits so a 0600 file stays 0600.
import { chmod, link, lstat, open, readFile, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { FactsFs } from '../core/facts/fsTypes.js';

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | undefined)?.code;

/** Node's fs/promises as a FactsFs; relative paths resolve against `cwd`. */
export function nodeFactsFs(cwd: string = process.cwd()): FactsFs {
  const abs = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    async readFile(path) {
      try {
        return new Uint8Array(await readFile(abs(path)));
      } catch (err) {
        if (code(err) === 'ENOENT') return undefined;
        throw err;
      }
    },
    writeFile: (path, bytes) => writeFile(abs(path), bytes),
    rename: (from, to) => rename(abs(from), abs(to)),
    delete: (path) => rm(abs(path), { force: true }),
    async createExclusive(path, bytes) {
      let handle;
      try {
        handle = await open(abs(path), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
      } catch (err) {
        if (code(err) === 'EEXIST') return false;
        throw err;
      }
      try {
        await handle.writeFile(bytes);
      } finally {
        await handle.close();
      }
      return true;
    },
    async renameNoReplace(from, to) {
      try {
        await link(abs(from), abs(to));
        return true;
      } catch (err) {
        if (code(err) === 'EEXIST') return false;
        throw err;
      }
    },
    realPath: (path) => resolveLinks(abs(path)),
    async stat(path) {
      try {
        const target = await stat(abs(path));
        const own = await lstat(abs(path));
        const mode = target.mode & 0o777;
        // Writable by us: the owner's bit when we own it; root writes anything, so the bit is the intent there too.
        return { mode, readonly: (mode & 0o200) === 0, symlink: own.isSymbolicLink() && !target.isFile(), size: target.size };
      } catch (err) {
        if (code(err) === 'ENOENT') return undefined;
        throw err;
      }
    },
    setMode: (path, mode) => chmod(abs(path), mode),
  };
}

/** realpath, and for a link whose target does not exist yet, the path that target will have. */
async function resolveLinks(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (err) {
    if (code(err) !== 'ENOENT') throw err;
  }
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    try {
      current = resolve(dirname(current), await readlink(current));
    } catch {
      return current; // not a link (or missing): this is where the file goes
    }
  }
  return current;
}

// The CLI reads only regular files. Opening a FIFO for reading blocks until a writer appears (forever, after
// `mkfifo f.md`), a device such as /dev/zero never ends, and a socket cannot be opened at all. The kind is checked
// twice: stat before opening, for a clear answer about sockets; fstat on the open descriptor, opened with
// O_NONBLOCK so that a FIFO swapped in after the stat cannot block the open, and is still refused.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { FactsFs } from '../core/facts/store.js';
import { nodeFactsFs } from './nodeFactsFs.js';

/** A path that exists but is not a regular file (FIFO, device, socket): refused before any byte is read. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string, readonly kind: string) {
    super(`not a regular file (${kind}); factmark reads only regular files`);
    this.name = 'NotRegularFileError';
  }
}

/** What a non-regular file is, in words. */
export function fileKind(s: Stats): string {
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  if (s.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/** The bytes of a regular file; rejects with NotRegularFileError for anything else, or with the Node error. */
export async function readRegularFile(path: string): Promise<Buffer> {
  const before = await stat(path);
  // A directory keeps Node's own EISDIR from the read, which the CLI already words as "is a directory".
  if (!before.isFile() && !before.isDirectory()) throw new NotRegularFileError(path, fileKind(before));
  // O_NONBLOCK does not exist on Windows, where FIFOs are not files anyway.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const after = await handle.stat();
    if (!after.isFile() && !after.isDirectory()) throw new NotRegularFileError(path, fileKind(after));
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * The sidecar's file system with reads guarded the same way, so a facts file (`--facts PATH` or the default
 * ARTICLE.facts.json) that is a FIFO or a device is refused too. Everything else is nodeFactsFs as it is.
 */
export function regularFactsFs(cwd: string): FactsFs {
  const abs = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    ...nodeFactsFs(cwd),
    async readFile(path) {
      try {
        return new Uint8Array(await readRegularFile(abs(path)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
    },
  };
}

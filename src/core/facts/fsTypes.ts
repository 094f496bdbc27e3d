// What the facts store needs from a file system. The first four are required; the rest are optional so a minimal
// file system (a test's in-memory map) still works, with fewer guarantees: without `createExclusive` edits are
// queued only within one store (no lock file), without `renameNoReplace` the final step is a plain rename.

export interface FactsFileInfo {
  /** Permission bits when the file system has them (POSIX mode & 0o777). */
  mode?: number;
  /** The file cannot be written by us (0444, or a read-only file system entry). */
  readonly: boolean;
  /** The name is a symbolic link that `realPath` could not resolve (so the store will not replace it). */
  symlink: boolean;
  /** Size in bytes, when known (the quote check reports a snapshot over its size limit without reading it). */
  size?: number;
}

export interface FactsFs {
  /** The file's bytes, or undefined when it does not exist. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Replaces `to` with `from` (atomic on the same volume). Rejects when `from` does not exist. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; no error when it is already gone. */
  delete?(path: string): Promise<void>;
  /** Creates `path` holding `bytes` only when nothing is there: true if created, false if something was. */
  createExclusive?(path: string, bytes: Uint8Array): Promise<boolean>;
  /** Gives `from`'s content the name `to` only when `to` does not exist: true if done, false if `to` exists.
   *  `from` may remain afterwards (the caller deletes it). */
  renameNoReplace?(from: string, to: string): Promise<boolean>;
  /** The path with symbolic links resolved (the file a write must land in), also when the target is missing. */
  realPath?(path: string): Promise<string>;
  /** Facts about the file; undefined when it does not exist. */
  stat?(path: string): Promise<FactsFileInfo | undefined>;
  setMode?(path: string, mode: number): Promise<void>;
}

/** A random name part, unique across processes and windows (not a per-instance counter: two stores would share it). */
export function uniqueSuffix(): string {
  return globalThis.crypto.randomUUID().slice(0, 18);
}

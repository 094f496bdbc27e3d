// The CLI's only window on the outside world. Commands take a CliIo instead of touching `process` or `fs`,
// so tests (and other front ends) can run them against in-memory files and capture what they print.
import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { NotRegularFileError, readRegularFile } from './regularFile.js';

export interface CliIo {
  /** Writes to standard output (no newline added). */
  stdout(text: string): void;
  /** Writes to standard error (no newline added). */
  stderr(text: string): void;
  /** True when standard output is a terminal: text output may then be coloured. */
  isTTY: boolean;
  /** Environment variables (NO_COLOR, FORCE_COLOR…). */
  env: Record<string, string | undefined>;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /**
   * Reads a UTF-8 file; `path` may be relative to `cwd`. Rejects with the Node error (code ENOENT, EISDIR…), or a
   * NotRegularFileError for a FIFO, device or socket.
   */
  readFile(path: string): Promise<string>;
  /** Writes a UTF-8 file; `path` may be relative to `cwd`. */
  writeFile(path: string, data: string): Promise<void>;
  /** Absolute URL of the installed docs/rules.md (SARIF helpUri); found next to the CLI when absent. */
  rulesDoc?: string;
}

/** The real process: stdout/stderr streams, the working directory, the file system. */
export function nodeIo(): NodeCliIo {
  const out = guardedWriter(process.stdout);
  const err = guardedWriter(process.stderr);
  const cwd = process.cwd();
  const abs = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    stdout: out.write,
    stderr: err.write,
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd,
    readFile: async (path) => (await readRegularFile(abs(path))).toString('utf8'),
    writeFile: (path, data) => writeFile(abs(path), data, 'utf8'),
    outputError: () => out.failure(),
  };
}

export interface NodeCliIo extends CliIo {
  /** Why standard output could not be written (a full disk, say), if it failed; a reader that left is no failure. */
  outputError(): NodeJS.ErrnoException | undefined;
}

/**
 * Writes to a standard stream that may go away. A reader that leaves (`factmark … | head -1`, EPIPE) ends the
 * writing quietly: no stack trace, and above all no crash that would lose what the other stream still has to
 * deliver (stderr closing first must not cost stdout). Any other write error also stops the writing, and is kept
 * for the exit status.
 */
function guardedWriter(stream: NodeJS.WriteStream): { write(text: string): void; failure(): NodeJS.ErrnoException | undefined } {
  let closed = false;
  let failure: NodeJS.ErrnoException | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code !== 'EPIPE') failure ??= error;
  });
  return {
    write: (text) => {
      if (!closed) stream.write(text);
    },
    failure: () => failure,
  };
}

/** True for an error from the file system (it has an errno-style code), as opposed to a bug in the analysis. */
export function isFsError(err: unknown): boolean {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code as string);
}

/** A readable reason for a failed file operation: "no such file or directory" rather than a stack. */
export function describeFsError(err: unknown): string {
  if (err instanceof NotRegularFileError) return err.message;
  const e = err as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EISDIR: 'is a directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOTDIR: 'a parent is not a directory',
    EMFILE: 'too many open files',
    ENOSPC: 'no space left on device',
    ENXIO: 'no such device or address',
  };
  if (e && typeof e.code === 'string') return `${reasons[e.code] ?? e.message} (${e.code})`;
  return e instanceof Error ? e.message : String(err);
}

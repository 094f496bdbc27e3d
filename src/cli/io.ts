// The CLI's only window on the outside world. Commands take a CliIo instead of touching `process` or `fs`,
// so tests (and other front ends) can run them against in-memory files and capture what they print.
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';

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
  /** Reads a UTF-8 file; `path` may be relative to `cwd`. Rejects with the Node error (code ENOENT, EISDIR…). */
  readFile(path: string): Promise<string>;
  /** Writes a UTF-8 file; `path` may be relative to `cwd`. */
  writeFile(path: string, data: string): Promise<void>;
}

/** The real process: stdout/stderr streams, the working directory, the file system. */
export function nodeIo(): CliIo {
  // A reader that goes away (`factmark check … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  const cwd = process.cwd();
  const abs = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd,
    readFile: (path) => readFile(abs(path), 'utf8'),
    writeFile: (path, data) => writeFile(abs(path), data, 'utf8'),
  };
}

/** A readable reason for a failed file operation: "no such file or directory" rather than a stack. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EISDIR: 'is a directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOTDIR: 'a parent is not a directory',
    EMFILE: 'too many open files',
  };
  if (e && typeof e.code === 'string') return `${reasons[e.code] ?? e.message} (${e.code})`;
  return e instanceof Error ? e.message : String(err);
}

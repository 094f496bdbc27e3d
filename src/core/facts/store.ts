// Reading and writing a facts file through an injected file system, so the CLI (Node fs) and the editor
// (vscode.workspace.fs) share one set of rules:
//  - a read remembers the exact bytes it saw, decoded as strict UTF-8;
//  - one writer per file: writes through one store are queued per path, and every write holds the file's lock
//    (lock.ts) so stores in other processes and windows wait their turn;
//  - a write refuses with 'conflict' when the file no longer holds the bytes the edit was made from (someone
//    saved, `git pull`), with 'broken' when the file on disk does not parse (a hand edit in progress is never
//    overwritten), with 'readonly' for a read-only file;
//  - the new bytes replace the old only through the compare-and-place commit (commit.ts): a reader never sees
//    half a file and an outside change is never overwritten unseen; a symlink's target is written, not the link.
import { commitBytes } from './commit.js';
import { applyEdits, type FactsEdit } from './edits.js';
import { uniqueSuffix, type FactsFs } from './fsTypes.js';
import { acquireLock, defaultPause, type LockOptions } from './lock.js';
import { parseFactsBytes, type ParseResult } from './parse.js';
import { emptyFactsFile, serializeFacts } from './serialize.js';
import type { FactsFile } from './types.js';

export type { FactsFileInfo, FactsFs } from './fsTypes.js';

/** What a read saw: the bytes (undefined: no file yet) and their reading. */
export interface FactsSnapshot {
  path: string;
  bytes: Uint8Array | undefined;
  text: string | undefined;
  parsed: ParseResult | undefined;
}

export type FactsStoreErrorCode = 'conflict' | 'broken' | 'readonly' | 'symlink';

export class FactsStoreError extends Error {
  constructor(readonly code: FactsStoreErrorCode, readonly path: string, message: string) {
    super(message);
    this.name = 'FactsStoreError';
  }
}

export const DEFAULT_SIDECAR_PATTERN = '${name}.facts.json';

/** `dir/article.md` → `dir/article.facts.json`; `${name}` in the pattern is the file name without its extension. */
export function sidecarPathFor(articlePath: string, pattern: string = DEFAULT_SIDECAR_PATTERN): string {
  const cut = Math.max(articlePath.lastIndexOf('/'), articlePath.lastIndexOf('\\')) + 1;
  const dir = articlePath.slice(0, cut);
  const base = articlePath.slice(cut);
  const dot = base.lastIndexOf('.');
  const name = dot > 0 ? base.slice(0, dot) : base;
  const usable = pattern.includes('${name}') && !/[/\\]/.test(pattern) ? pattern : DEFAULT_SIDECAR_PATTERN;
  return dir + usable.split('${name}').join(name);
}

const encoder = new TextEncoder();

/** Pauses before re-reading a file that vanished (about 250 ms in all). */
const MISSING_WAITS_MS = [5, 20, 50, 75, 100];

export interface FactsStoreOptions extends LockOptions {
  /** Who holds the lock file while this store writes; one per window or process. */
  owner?: string;
}

export class FactsStore {
  private readonly owner: string;
  /** Per path, the end of the queue of this store's writes to it. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Paths this store has read or written a file at (see readExisting). */
  private readonly seen = new Set<string>();

  constructor(private readonly fs: FactsFs, private readonly options: FactsStoreOptions = {}) {
    this.owner = options.owner ?? uniqueSuffix();
  }

  async read(path: string): Promise<FactsSnapshot> {
    const bytes = await this.fs.readFile(path);
    if (bytes === undefined) return { path, bytes, text: undefined, parsed: undefined };
    return { path, bytes, ...parseFactsBytes(bytes) };
  }

  /** Writes `file` over what `snapshot` read. Returns the snapshot of what is now on disk. */
  write(snapshot: FactsSnapshot, file: FactsFile): Promise<FactsSnapshot> {
    return this.exclusive(snapshot.path, () => this.commit(snapshot, file));
  }

  /**
   * Read, compute edits from what was read, write — all while holding the file, so edits through stores never
   * conflict with each other; on a conflict with an outside writer, start again from a fresh read (up to
   * `attempts` times). `makeEdits` sees a new, empty file when there is none yet.
   */
  update(path: string, makeEdits: (file: FactsFile) => FactsEdit[], options: { attempts?: number; article?: string } = {}): Promise<FactsSnapshot> {
    const attempts = options.attempts ?? 3;
    return this.exclusive(path, async () => {
      for (let attempt = 1; ; attempt++) {
        const snapshot = await this.readExisting(path);
        const base = snapshot.parsed?.file ?? emptyFactsFile(options.article);
        try {
          return await this.commit(snapshot, snapshot.parsed?.broken ? base : applyEdits(base, makeEdits(base)));
        } catch (err) {
          if (!(err instanceof FactsStoreError && err.code === 'conflict') || attempt >= attempts) throw err;
        }
      }
    });
  }

  /**
   * A read for an edit. A file this store has seen exist and now finds missing may only be away for a moment:
   * a writer that replaces it by moving it aside (as commit.ts does, or a tool that knows nothing of our lock).
   * Starting a new file then would put one fact where all of them were, and that writer, finding a file in its
   * place, would drop the old one as superseded. So such a file is read again a few times, over about a quarter
   * of a second, before it is believed gone.
   */
  private async readExisting(path: string): Promise<FactsSnapshot> {
    let snapshot = await this.read(path);
    for (let wait = 0; snapshot.bytes === undefined && this.seen.has(path) && wait < MISSING_WAITS_MS.length; wait++) {
      await (this.options.pause ?? defaultPause)(MISSING_WAITS_MS[wait]!);
      snapshot = await this.read(path);
    }
    if (snapshot.bytes !== undefined) this.seen.add(path);
    return snapshot;
  }

  /** Runs `task` after this store's earlier tasks on `path`, holding the file's lock. */
  private exclusive<T>(path: string, task: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const target = (await this.fs.realPath?.(path)) ?? path;
      const lock = await acquireLock(this.fs, target, this.owner, this.options);
      try {
        return await task();
      } finally {
        await lock?.release();
      }
    };
    const previous = this.queues.get(path) ?? Promise.resolve();
    const result = previous.then(run, run);
    const tail = result.catch(() => undefined);
    this.queues.set(path, tail);
    void tail.then(() => {
      if (this.queues.get(path) === tail) this.queues.delete(path);
    });
    return result;
  }

  private async commit(snapshot: FactsSnapshot, file: FactsFile): Promise<FactsSnapshot> {
    const { path } = snapshot;
    if (snapshot.parsed?.broken) {
      const first = snapshot.parsed.problems.find((p) => p.category === 'syntax' || p.category === 'schema');
      const where = first ? ` at line ${first.line}, column ${first.column} (${first.message})` : '';
      throw new FactsStoreError('broken', path, `${path} has errors${where}; fix them first, nothing was written.`);
    }
    const text = serializeFacts(file);
    const bytes = encoder.encode(text);
    const target = (await this.fs.realPath?.(path)) ?? path;
    const outcome = await commitBytes(this.fs, target, snapshot.bytes, bytes);
    if (!outcome.ok) throw commitError(path, outcome.reason, outcome.kept);
    this.seen.add(path);
    return writtenSnapshot(path, bytes);
  }
}

/**
 * What a write left on disk. Its reading is computed on first use: the caller usually just re-reads later, and
 * parsing a 50,000-fact file costs about as much as everything else in the write.
 */
function writtenSnapshot(path: string, bytes: Uint8Array): FactsSnapshot {
  let reading: ReturnType<typeof parseFactsBytes> | undefined;
  const read = () => (reading ??= parseFactsBytes(bytes));
  return {
    path,
    bytes,
    get text() {
      return read().text;
    },
    get parsed() {
      return read().parsed;
    },
  };
}

function commitError(path: string, reason: 'changed' | 'readonly' | 'symlink', kept: string | undefined): FactsStoreError {
  if (reason === 'readonly') return new FactsStoreError('readonly', path, `${path} is read-only; nothing was written. Make it writable to edit facts.`);
  if (reason === 'symlink') {
    return new FactsStoreError('symlink', path, `${path} is a symbolic link that cannot be followed here; nothing was written, so the link stays as it is.`);
  }
  const saved = kept ? ` The version it replaced is kept in ${kept}.` : '';
  return new FactsStoreError('conflict', path, `${path} changed on disk since it was read; nothing was written.${saved} Re-read it and try again.`);
}

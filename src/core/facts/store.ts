// Reading and writing a facts file through an injected file system, so the CLI (Node fs) and the editor
// (vscode.workspace.fs) share one set of rules:
//  - a read remembers the exact bytes it saw;
//  - a write first re-reads: if the bytes changed since the read (someone saved, `git pull`), it refuses with
//    'conflict' and the caller re-reads and retries; if the file on disk does not parse, it refuses with 'broken'
//    (a hand edit in progress is never overwritten);
//  - otherwise it writes a temporary file next to the target and renames it over, so a reader never sees half a file.
import { applyEdits, type FactsEdit } from './edits.js';
import { parseFacts, type ParseResult } from './parse.js';
import { emptyFactsFile, serializeFacts } from './serialize.js';
import type { FactsFile } from './types.js';

export interface FactsFs {
  /** The file's bytes, or undefined when it does not exist. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Replaces `to` with `from` (atomic on the same volume). */
  rename(from: string, to: string): Promise<void>;
  /** Removes a leftover temporary file after a failed rename; optional. */
  delete?(path: string): Promise<void>;
}

/** What a read saw: the bytes (undefined: no file yet) and their reading. */
export interface FactsSnapshot {
  path: string;
  bytes: Uint8Array | undefined;
  text: string | undefined;
  parsed: ParseResult | undefined;
}

export type FactsStoreErrorCode = 'conflict' | 'broken';

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

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export class FactsStore {
  private tempCounter = 0;

  constructor(private readonly fs: FactsFs) {}

  async read(path: string): Promise<FactsSnapshot> {
    const bytes = await this.fs.readFile(path);
    if (bytes === undefined) return { path, bytes, text: undefined, parsed: undefined };
    const text = decoder.decode(bytes);
    return { path, bytes, text, parsed: parseFacts(text) };
  }

  /** Writes `file` over what `snapshot` read. Returns the snapshot of what is now on disk. */
  async write(snapshot: FactsSnapshot, file: FactsFile): Promise<FactsSnapshot> {
    const current = await this.fs.readFile(snapshot.path);
    if (!sameBytes(current, snapshot.bytes)) {
      throw new FactsStoreError('conflict', snapshot.path,
        `${snapshot.path} changed on disk since it was read; nothing was written. Re-read it and try again.`);
    }
    if (current !== undefined) {
      const onDisk = snapshot.parsed ?? parseFacts(decoder.decode(current));
      if (onDisk.broken) {
        const first = onDisk.problems.find((p) => p.category === 'syntax' || p.category === 'schema');
        const where = first ? ` (line ${first.line}, column ${first.column}: ${first.message})` : '';
        throw new FactsStoreError('broken', snapshot.path, `${snapshot.path} has errors${where}; fix them first, nothing was written.`);
      }
    }
    const text = serializeFacts(file);
    const bytes = encoder.encode(text);
    const temp = `${snapshot.path}.${++this.tempCounter}.tmp`;
    await this.fs.writeFile(temp, bytes);
    try {
      await this.fs.rename(temp, snapshot.path);
    } catch (err) {
      await this.fs.delete?.(temp).catch(() => undefined);
      throw err;
    }
    return { path: snapshot.path, bytes, text, parsed: parseFacts(text) };
  }

  /**
   * Read, compute edits from what was read, write; on a conflict, start again from a fresh read (up to `attempts`
   * times). `makeEdits` sees a new, empty file when there is none yet.
   */
  async update(path: string, makeEdits: (file: FactsFile) => FactsEdit[], options: { attempts?: number; article?: string } = {}): Promise<FactsSnapshot> {
    const attempts = options.attempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      const snapshot = await this.read(path);
      const base = snapshot.parsed?.file ?? emptyFactsFile(options.article);
      try {
        return await this.write(snapshot, applyEdits(base, makeEdits(base)));
      } catch (err) {
        if (!(err instanceof FactsStoreError && err.code === 'conflict') || attempt >= attempts) throw err;
      }
    }
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Reading the snapshots a facts file names, through the same file system layer as the facts file itself (Node for
// the CLI, vscode.workspace.fs in the editor, so virtual workspaces work). A snapshot that cannot be used becomes a
// problem at its source in the facts file; nothing is ever written.
import type { FactsFs } from '../facts/fsTypes.js';
import type { FactsFile, FactsLocation, FactsProblem } from '../facts/types.js';
import { DEFAULT_SNAPSHOT_MAX_BYTES, tooLarge } from './decode.js';
import { resolveSnapshotPath } from './paths.js';
import { readSnapshot, type SnapshotRead } from './snapshot.js';

export interface LoadedSnapshot {
  sourceId: string;
  /** As written in the facts file. */
  snapshot: string;
  /** Resolved against the facts file (a path or a URI string, like the facts path). */
  path: string;
  read: SnapshotRead;
}

export type SnapshotFs = Pick<FactsFs, 'readFile' | 'stat'>;

export async function loadSnapshots(fs: SnapshotFs, factsPath: string, file: FactsFile, maxBytes = DEFAULT_SNAPSHOT_MAX_BYTES): Promise<LoadedSnapshot[]> {
  const out: LoadedSnapshot[] = [];
  for (const source of file.sources) {
    if (typeof source.snapshot !== 'string' || source.snapshot === '') continue;
    const path = resolveSnapshotPath(factsPath, source.snapshot);
    const base = { sourceId: source.id, snapshot: source.snapshot, path: path ?? source.snapshot };
    if (!path) {
      out.push({ ...base, read: { ok: false, code: 'snapshot-unreadable', message: 'must be a path relative to the facts file' } });
      continue;
    }
    out.push({ ...base, read: await readOne(fs, path, maxBytes) });
  }
  return out;
}

async function readOne(fs: SnapshotFs, path: string, maxBytes: number): Promise<SnapshotRead> {
  try {
    const info = await fs.stat?.(path);
    if (info?.size !== undefined && info.size > maxBytes) return tooLarge(info.size, maxBytes) as SnapshotRead;
    const bytes = await fs.readFile(path);
    if (!bytes) return { ok: false, code: 'snapshot-missing', message: 'does not exist' };
    return readSnapshot(path, bytes, maxBytes);
  } catch (err) {
    return { ok: false, code: 'snapshot-unreadable', message: `cannot be read (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** One error per unusable snapshot, at its source in the facts file. */
export function snapshotProblems(loaded: readonly LoadedSnapshot[], locations?: { sources: Record<string, FactsLocation> }): FactsProblem[] {
  return loaded.flatMap((s) => {
    if (s.read.ok) return [];
    const at = locations?.sources[s.sourceId] ?? { offset: 0, length: 0, line: 1, column: 1 };
    return [{
      severity: 'error' as const, category: 'reference' as const, code: s.read.code, sourceId: s.sourceId, ...at,
      message: `Snapshot "${s.snapshot}" of source "${s.sourceId}" ${s.read.message}. Its quotes are not checked.`,
    }];
  });
}

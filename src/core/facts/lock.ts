// One writer per facts file across processes and windows: a lock file `<facts file>.lock` created exclusively,
// holding its owner's id and the time it was taken. A writer holds it for one read–edit–write (milliseconds), so
// a lock older than STALE_AFTER_MS was left by a writer that crashed or was killed, and is broken. The age comes
// from the lock's own content, not from file times, so it means the same on every file system; clocks of
// machines sharing a network folder must agree to within that margin.
//
// The lock queues writers; it is not what keeps data safe. Breaking a stale lock can, in a rare race, let two
// writers believe they hold it; the compare-and-place commit (commit.ts) still turns that into a conflict
// reported to one of them, never into a lost write.
import { uniqueSuffix, type FactsFs } from './fsTypes.js';

/** Long enough for a 50,000-fact write on a slow disk, short enough that a crash costs one short wait. */
export const STALE_AFTER_MS = 10_000;

export interface LockOptions {
  /** The clock (tests move it instead of waiting). */
  now?: () => number;
  /** Waits between attempts (tests pass one that resolves at once). */
  pause?: (ms: number) => Promise<void>;
}

export interface HeldLock {
  release(): Promise<void>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Waits `ms` on the real clock (the store's waits for a vanished file use it too). */
export const defaultPause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for and takes the lock of `path`. Resolves to undefined when `fs` cannot create files exclusively. */
export async function acquireLock(fs: FactsFs, path: string, owner: string, options: LockOptions = {}): Promise<HeldLock | undefined> {
  const create = fs.createExclusive?.bind(fs);
  if (!create) return undefined;
  const now = options.now ?? Date.now;
  const pause = options.pause ?? defaultPause;
  const lockPath = `${path}.lock`;
  let seen: { bytes: Uint8Array; since: number } | undefined;
  for (let attempt = 0; ; attempt++) {
    const mine = encoder.encode(JSON.stringify({ owner, time: now() }));
    if (await create(lockPath, mine)) return { release: () => releaseLock(fs, lockPath, mine) };
    const held = await fs.readFile(lockPath);
    if (held !== undefined && !sameBytes(held, seen?.bytes)) seen = { bytes: held, since: now() };
    if (held !== undefined && isStale(held, seen!.since, now())) await breakStale(fs, lockPath, held);
    // Short and jittered, growing to 50 ms: a write takes milliseconds, and two waiters should not wake together.
    else await pause(Math.min(50, 2 + attempt * 2) * (0.5 + Math.random()));
  }
}

/** Old by the time written in it; a lock without one (its writer crashed mid-write, or is writing it right now)
 *  is old once it has looked the same for as long. */
function isStale(bytes: Uint8Array, seenSince: number, now: number): boolean {
  let time: unknown;
  try {
    time = (JSON.parse(decoder.decode(bytes)) as { time?: unknown }).time;
  } catch {
    time = undefined;
  }
  return now - (typeof time === 'number' ? time : seenSince) > STALE_AFTER_MS;
}

/** Moves the stale lock aside under a unique name, then checks it was the stale one (not a lock someone took
 *  meanwhile); if it was not, puts it back. */
async function breakStale(fs: FactsFs, lockPath: string, stale: Uint8Array): Promise<void> {
  const aside = `${lockPath}.${uniqueSuffix()}.stale`;
  try {
    await fs.rename(lockPath, aside);
  } catch {
    return; // someone else broke or released it first
  }
  const moved = await fs.readFile(aside);
  if (moved !== undefined && !sameBytes(moved, stale)) await (fs.renameNoReplace?.(aside, lockPath) ?? Promise.resolve(false));
  await fs.delete?.(aside);
}

/** Removes the lock if it is still ours (a writer that outlived STALE_AFTER_MS must not remove its successor's). */
async function releaseLock(fs: FactsFs, lockPath: string, mine: Uint8Array): Promise<void> {
  const held = await fs.readFile(lockPath);
  if (held !== undefined && sameBytes(held, mine)) await fs.delete?.(lockPath);
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

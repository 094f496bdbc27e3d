// The last step of a facts-file write: replace the file only if it still holds the bytes the edit was made from,
// with no moment in which someone else's change can be overwritten unseen.
//  1. the new bytes go to a uniquely named temp file next to the file (mode copied from the file);
//  2. the file is moved aside under a unique name (a rename: atomic, and only one mover can win it);
//  3. the moved bytes are compared with the expected ones; different → put them back, 'conflict';
//  4. the temp file is placed under the file's name only if that name is still free (Node: link(), which fails
//     with EEXIST) — an outside writer that recreated the file in between keeps its bytes, 'conflict'.
// Every failure removes the temp file. Without `renameNoReplace`, step 2–4 fall back to re-check then rename,
// which leaves the small window the other steps close.
import { uniqueSuffix, type FactsFs } from './fsTypes.js';
import { sameBytes } from './lock.js';

export type CommitOutcome =
  | { ok: true }
  /** `kept`: where the displaced file's bytes were left when they could not be put back (never deleted). */
  | { ok: false; reason: 'changed' | 'readonly' | 'symlink'; kept?: string };

export async function commitBytes(fs: FactsFs, path: string, expected: Uint8Array | undefined, next: Uint8Array): Promise<CommitOutcome> {
  const info = expected === undefined ? undefined : await fs.stat?.(path);
  if (info?.readonly) return { ok: false, reason: 'readonly' };
  if (info?.symlink) return { ok: false, reason: 'symlink' };
  const temp = `${path}.${uniqueSuffix()}.tmp`;
  try {
    await fs.writeFile(temp, next);
    if (info?.mode !== undefined) await fs.setMode?.(temp, info.mode);
    const place = fs.renameNoReplace?.bind(fs);
    if (!place) return await recheckThenRename(fs, path, expected, temp);
    if (expected === undefined) return (await place(temp, path)) ? { ok: true } : { ok: false, reason: 'changed' };
    return await swap(fs, path, expected, temp, place);
  } finally {
    await fs.delete?.(temp).catch(() => undefined);
  }
}

async function swap(
  fs: FactsFs, path: string, expected: Uint8Array, temp: string, place: (from: string, to: string) => Promise<boolean>,
): Promise<CommitOutcome> {
  const aside = `${path}.${uniqueSuffix()}.old`;
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(path, aside);
      break;
    } catch (err) {
      // Gone or different: someone deleted it or is replacing it. Same bytes: maybe another writer had it aside
      // for a moment and put it back, so try once more before believing the error.
      if (!sameBytes(await fs.readFile(path), expected)) return { ok: false, reason: 'changed' };
      if (attempt === 2) throw err;
    }
  }
  const displaced = await fs.readFile(aside);
  if (!sameBytes(displaced, expected)) return { ok: false, reason: 'changed', ...(await putBack(fs, aside, path, place)) };
  let placed: boolean;
  try {
    placed = await place(temp, path);
  } catch (err) {
    await putBack(fs, aside, path, place);
    throw err;
  }
  if (!placed) {
    // Recreated by an outside writer while ours was aside: theirs is newer and stays. What we moved aside is the
    // version both of us started from, superseded by theirs; it is removed like any replaced version.
    await fs.delete?.(aside);
    return { ok: false, reason: 'changed' };
  }
  await fs.delete?.(aside);
  return { ok: true };
}

/** Returns the displaced bytes to the file's name; if that name was taken meanwhile, leaves them where they are. */
async function putBack(fs: FactsFs, aside: string, path: string, place: (from: string, to: string) => Promise<boolean>): Promise<{ kept?: string }> {
  if (await place(aside, path)) {
    await fs.delete?.(aside);
    return {};
  }
  return { kept: aside };
}

async function recheckThenRename(fs: FactsFs, path: string, expected: Uint8Array | undefined, temp: string): Promise<CommitOutcome> {
  if (!sameBytes(await fs.readFile(path), expected)) return { ok: false, reason: 'changed' };
  await fs.rename(temp, path);
  return { ok: true };
}

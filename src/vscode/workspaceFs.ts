// The facts store's file system (src/core/facts/fsTypes.ts FactsFs), implemented with vscode.workspace.fs only, so
// reading and writing facts files works the same in desktop VS Code, remote and virtual workspaces and on
// vscode.dev (no Node built-ins). Paths are URI strings (`file:///…`, `vscode-vfs://…`).
//
// What this gives, honestly: vscode.workspace.fs has no O_EXCL and no link(). `rename(…, {overwrite: false})` is
// the closest: providers check that the target is free and then rename, two steps, so two windows racing for the
// same name in the same instant can both succeed (the second replacing the first). The lock file therefore
// reads itself back to confirm its owner, and data safety does not rest on it: moving the facts file aside is a
// real rename (only one mover wins), so a double lock holder gets a conflict, not a lost write. What is not
// covered: an outside write landing between that check and the rename (microseconds), the file's mode (there is
// no chmod: a new file gets the default mode), and symlinks (no realpath: a linked facts file is refused rather
// than replaced by a plain file).
import * as vscode from 'vscode';
import { uniqueSuffix, type FactsFs } from '../core/facts/fsTypes.js';
import { sameBytes } from '../core/facts/lock.js';

function uri(path: string): vscode.Uri {
  return vscode.Uri.parse(path, true);
}

/** Errors arrive as FileSystemError locally, but only by code or name through remote and web hosts. */
function hasCode(err: unknown, code: 'FileNotFound' | 'FileExists', pattern: RegExp): boolean {
  if (err instanceof vscode.FileSystemError && err.code === code) return true;
  const e = err as { code?: unknown; name?: unknown; message?: unknown } | undefined;
  return pattern.test(`${e?.code ?? ''} ${e?.name ?? ''} ${e?.message ?? ''}`);
}

export function isNotFound(err: unknown): boolean {
  return hasCode(err, 'FileNotFound', /FileNotFound|EntryNotFound|ENOENT/);
}

function isExists(err: unknown): boolean {
  return hasCode(err, 'FileExists', /FileExists|EntryExists|EEXIST/);
}

async function renameNoReplace(from: string, to: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.rename(uri(from), uri(to), { overwrite: false });
    return true;
  } catch (err) {
    if (isExists(err)) return false;
    throw err;
  }
}

export const workspaceFs: FactsFs = {
  async readFile(path) {
    try {
      return await vscode.workspace.fs.readFile(uri(path));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  },
  async writeFile(path, bytes) {
    await vscode.workspace.fs.writeFile(uri(path), bytes);
  },
  async rename(from, to) {
    await vscode.workspace.fs.rename(uri(from), uri(to), { overwrite: true });
  },
  async delete(path) {
    try {
      await vscode.workspace.fs.delete(uri(path), { useTrash: false });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  },
  renameNoReplace,
  async createExclusive(path, bytes) {
    // Written whole under a unique name first, so the lock never exists half-written.
    const temp = `${path}.${uniqueSuffix()}.tmp`;
    try {
      await vscode.workspace.fs.writeFile(uri(temp), bytes);
      if (!(await renameNoReplace(temp, path))) return false;
      // The check-then-rename above can let a second window replace our lock in the same instant: confirm it.
      return sameBytes(await workspaceFs.readFile(path), bytes);
    } finally {
      await workspaceFs.delete!(temp).catch(() => undefined);
    }
  },
  async stat(path) {
    try {
      const s = await vscode.workspace.fs.stat(uri(path));
      const readonly = ((s.permissions ?? 0) & vscode.FilePermission.Readonly) !== 0;
      return { readonly, symlink: (s.type & vscode.FileType.SymbolicLink) !== 0, size: s.size };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  },
};

const decoder = new TextDecoder('utf-8');

/** A file's text, or undefined when it does not exist. */
export async function readText(target: vscode.Uri): Promise<string | undefined> {
  const bytes = await workspaceFs.readFile(target.toString());
  return bytes && decoder.decode(bytes);
}

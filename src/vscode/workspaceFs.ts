// The facts store's file system (src/core/facts/store.ts FactsFs), implemented with vscode.workspace.fs only, so
// reading and writing facts files works the same in desktop VS Code, remote and virtual workspaces and on
// vscode.dev (no Node built-ins). Paths are URI strings (`file:///…`, `vscode-vfs://…`).
import * as vscode from 'vscode';
import type { FactsFs } from '../core/facts/store.js';

function uri(path: string): vscode.Uri {
  return vscode.Uri.parse(path, true);
}

/** Not-found errors arrive as FileSystemError locally, but only by code or name through remote and web hosts. */
export function isNotFound(err: unknown): boolean {
  if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return true;
  const e = err as { code?: unknown; name?: unknown; message?: unknown } | undefined;
  return /FileNotFound|EntryNotFound|ENOENT/.test(`${e?.code ?? ''} ${e?.name ?? ''} ${e?.message ?? ''}`);
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
    await vscode.workspace.fs.delete(uri(path), { useTrash: false });
  },
};

const decoder = new TextDecoder('utf-8');

/** A file's text, or undefined when it does not exist. */
export async function readText(target: vscode.Uri): Promise<string | undefined> {
  const bytes = await workspaceFs.readFile(target.toString());
  return bytes && decoder.decode(bytes);
}

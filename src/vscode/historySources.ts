// Which files feed the claim history in the editor: every `*.facts.json` of the workspace (or, with no folder
// open, of the open articles' folders), plus the files, folders and globs the configuration names — the `history`
// key of the nearest .factmark.jsonc (relative to it), else the `factmark.history.paths` setting (relative to the
// workspace folder). Everything is listed through vscode.workspace.fs, so virtual workspaces work too.
import * as vscode from 'vscode';
import { globRegExp, hasGlob, historyKindOf } from '../core/history/glob.js';
import type { ConfigFiles } from './configFiles.js';
import { readSettings } from './settings.js';

/** One configured entry: a file, folder or glob, and the folder it is relative to. */
export interface HistoryRoot {
  base: vscode.Uri;
  entry: string;
}

const SKIP = new Set(['node_modules']);
/** A folder entry that points at a whole disk must not stall the extension host. */
const MAX_FILES = 20_000;

/** The configured entries that apply to an article: its .factmark.jsonc's `history`, else the setting. */
export async function rootsForArticle(article: vscode.Uri, configs?: ConfigFiles): Promise<HistoryRoot[]> {
  const found = await configs?.forArticle(article);
  if (found?.values.history) {
    const base = vscode.Uri.joinPath(vscode.Uri.parse(found.path, true), '..');
    return found.values.history.map((entry) => ({ base, entry }));
  }
  const base = vscode.workspace.getWorkspaceFolder(article)?.uri ?? vscode.Uri.joinPath(article, '..');
  return readSettings(article).historyPaths.map((entry) => ({ base, entry }));
}

/** The setting's entries for each workspace folder (articles need not be open for these to count). */
export function rootsOfFolders(): HistoryRoot[] {
  return (vscode.workspace.workspaceFolders ?? []).flatMap((f) => readSettings(f.uri).historyPaths.map((entry) => ({ base: f.uri, entry })));
}

export function rootKey(root: HistoryRoot): string {
  return `${root.base.toString()}|${root.entry}`;
}

/** Splits an entry into the folder to start from and the glob below it ("../reviews/*.json" → "../reviews", "*.json"). */
export function splitRoot(root: HistoryRoot): { folder: vscode.Uri; pattern?: string } {
  const entry = root.entry.replace(/\\/g, '/');
  const start = entry.startsWith('/') ? root.base.with({ path: '/' }) : root.base;
  const segments = entry.split('/').filter((s) => s !== '');
  const literal = segments.findIndex(hasGlob);
  if (literal < 0) return { folder: vscode.Uri.joinPath(start, ...segments) };
  return { folder: vscode.Uri.joinPath(start, ...segments.slice(0, literal)), pattern: segments.slice(literal).join('/') };
}

/** The history files an entry names: the file itself, every JSON file under a folder, or the glob's matches. */
export async function filesOfRoot(root: HistoryRoot): Promise<vscode.Uri[]> {
  const { folder, pattern } = splitRoot(root);
  if (pattern === undefined) {
    const type = await statType(folder);
    if (type === vscode.FileType.File) return historyKindOf(folder.path) ? [folder] : [];
    if (type !== vscode.FileType.Directory) return [];
    return (await walk(folder, '')).filter((f) => historyKindOf(f.uri.path)).map((f) => f.uri);
  }
  const matcher = globRegExp(pattern);
  return (await walk(folder, '')).filter((f) => matcher.test(f.rel) && historyKindOf(f.uri.path)).map((f) => f.uri);
}

/** Every facts file of the workspace folders, and of the given folders outside them (not recursive). */
export async function workspaceFactsFiles(looseFolders: Iterable<vscode.Uri>): Promise<vscode.Uri[]> {
  const found = vscode.workspace.workspaceFolders?.length ? await vscode.workspace.findFiles('**/*.facts.json', '**/node_modules/**') : [];
  for (const folder of looseFolders) {
    const entries = await vscode.workspace.fs.readDirectory(folder).then((e) => e, () => [] as [string, vscode.FileType][]);
    for (const [name, type] of entries) if (type === vscode.FileType.File && name.endsWith('.facts.json')) found.push(vscode.Uri.joinPath(folder, name));
  }
  return found;
}

async function statType(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type & ~vscode.FileType.SymbolicLink;
  } catch {
    return undefined;
  }
}

/** Files below a folder with their '/'-separated path relative to it; skips node_modules and dot-folders. */
async function walk(folder: vscode.Uri, rel: string, out: { uri: vscode.Uri; rel: string }[] = []): Promise<{ uri: vscode.Uri; rel: string }[]> {
  const entries = await vscode.workspace.fs.readDirectory(folder).then((e) => e, () => [] as [string, vscode.FileType][]);
  for (const [name, type] of entries) {
    if (out.length >= MAX_FILES) break;
    const path = rel ? `${rel}/${name}` : name;
    if (type & vscode.FileType.Directory) {
      if (!SKIP.has(name) && !name.startsWith('.')) await walk(vscode.Uri.joinPath(folder, name), path, out);
    } else if (type & vscode.FileType.File) out.push({ uri: vscode.Uri.joinPath(folder, name), rel: path });
  }
  return out;
}

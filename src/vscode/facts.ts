// An article's facts file as the editor sees it: where it is, its parsed content (from an open editor when it
// has one, else from disk, as strict UTF-8), and the one way to change it — the core's edits, written by the
// core's FactsStore over vscode.workspace.fs: queued per file in this window, under the file's lock across
// windows, refused on conflict, when broken or read-only (see src/core/facts/store.ts).
import * as vscode from 'vscode';
import type { FactsEdit } from '../core/facts/edits.js';
import { parseFacts, type ParseResult } from '../core/facts/parse.js';
import { FactsStore, FactsStoreError, sidecarPathFor } from '../core/facts/store.js';
import type { FactsFile } from '../core/facts/types.js';
import { workspaceFs } from './workspaceFs.js';

export interface FactsState {
  uri: vscode.Uri;
  exists: boolean;
  text?: string;
  /** The parse (problems at line:column, locations, `broken`); undefined when the file does not exist. */
  parsed?: ParseResult;
  /** The file as data, best effort when broken (fit for display, never for rewriting); null when missing. */
  file: FactsFile | null;
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function factsUriFor(article: vscode.Uri, pattern: string): vscode.Uri {
  return vscode.Uri.joinPath(article, '..', sidecarPathFor(baseName(article), pattern));
}

export class FactsFiles {
  private readonly cache = new Map<string, FactsState>();
  private readonly store = new FactsStore(workspaceFs);

  /** Forget what was read, after the file changed on disk or in an editor. */
  invalidate(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }

  invalidateAll(): void {
    this.cache.clear();
  }

  async load(uri: vscode.Uri): Promise<FactsState> {
    const key = uri.toString();
    const cached = this.cache.get(key);
    if (cached) return cached;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    // An untitled article (or any scheme without a file system) has no facts file next to it.
    const readable = vscode.workspace.fs.isWritableFileSystem(uri.scheme) !== undefined;
    let state: FactsState = { uri, exists: false, file: null };
    if (open) {
      const text = open.getText();
      const parsed = parseFacts(text);
      state = { uri, exists: true, text, parsed, file: parsed.file ?? null };
    } else if (readable) {
      // Through the store: bytes that are not UTF-8 come back as a located problem, never as U+FFFD.
      const { text, parsed } = await this.store.read(key);
      if (parsed) state = { uri, exists: true, text, parsed, file: parsed.file ?? null };
    }
    this.cache.set(key, state);
    return state;
  }

  /**
   * Writes the edits `makeEdits` computes from the file as it is on disk (a new, empty file when there is none).
   * Concurrent edits to one file are queued, never lost. Refuses, writing nothing, when the file is unsaved in an
   * editor, broken (not JSON, not UTF-8, schema errors), read-only, or keeps changing on disk.
   * Returns a message for the user when nothing was written.
   */
  async edit(factsUri: vscode.Uri, articleName: string, makeEdits: (file: FactsFile) => FactsEdit[]): Promise<string | undefined> {
    const name = baseName(factsUri);
    const dirty = vscode.workspace.textDocuments.find((d) => d.uri.toString() === factsUri.toString() && d.isDirty);
    if (dirty) return `${name} has unsaved changes. Save it first; nothing was written.`;
    try {
      await this.store.update(factsUri.toString(), makeEdits, { article: articleName });
      return undefined;
    } catch (err) {
      if (err instanceof FactsStoreError) return err.message.split(factsUri.toString()).join(name);
      throw err;
    } finally {
      this.invalidate(factsUri);
    }
  }
}

// Shared helpers for the integration suites (test/integration/**/*.test.ts), which run inside VS Code's extension
// host twice: with no folder open and with a fresh copy of test/fixtures/workspace open. Every wait is on an event
// or on the extension's own API (whenIdle), with a deadline that fails with what was last seen — never on time.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FactmarkApi } from '../../src/vscode/api.js';

export const EXTENSION_ID = 'factmark.factmark';

/** 'workspace' when test/fixtures/workspace is open, 'no-folder' otherwise (set by scripts/e2e/integration.mjs). */
export const MODE = process.env.FACTMARK_TEST_MODE === 'workspace' ? 'workspace' : 'no-folder';

/** The fixture folder of this run: the open workspace folder, or (no folder open) the same files on disk. */
export function fixtureUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  // Never fall back to test/fixtures itself: tests write into their fixtures, and the repo must stay clean.
  assert.ok(folder ?? process.env.FACTMARK_FIXTURES, 'no folder open and FACTMARK_FIXTURES unset: run through scripts/e2e/run.mjs');
  return vscode.Uri.joinPath(folder ?? vscode.Uri.file(process.env.FACTMARK_FIXTURES!), ...segments);
}

/** Activates Factmark (if a Markdown file has not already) and returns the API activate() exports. */
export async function factmark(): Promise<FactmarkApi> {
  const ext = vscode.extensions.getExtension<FactmarkApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** Opens a fixture in an editor and waits until Factmark's analysis of it has settled. */
export async function openFixture(...segments: string[]): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; api: FactmarkApi }> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(...segments));
  const editor = await vscode.window.showTextDocument(doc);
  const api = await factmark();
  await api.whenIdle(doc.uri);
  return { doc, editor, api };
}

/** Resolves with `what()` once `ready` holds, checking now and after each `event`; fails after `ms` with `describe()`. */
export function waitFor<T>(event: vscode.Event<unknown>, what: () => T, ready: (value: T) => boolean, describe: (value: T) => string, ms = 20000): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const value = what();
      if (!ready(value)) return false;
      done();
      resolve(value);
      return true;
    };
    const subscription = event(() => void check());
    const deadline = setTimeout(() => {
      done();
      reject(new Error(`gave up after ${ms} ms waiting for ${describe(what())}`));
    }, ms);
    const done = () => {
      subscription.dispose();
      clearTimeout(deadline);
    };
    check();
  });
}

/** Factmark's diagnostics for `uri` once `ready` accepts them (event-driven: onDidChangeDiagnostics). */
export function factmarkDiagnostics(uri: vscode.Uri, ready: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factmark'),
    ready,
    (d) => `Factmark diagnostics on ${uri.path} (now ${d.length}: ${d.map(codeOf).join(', ')})`,
  );
}

/** A diagnostic's code as a string (Factmark's codes carry a link target). */
export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** UTF-16 offset of the `nth` occurrence of `needle` in the document. */
export function offsetOf(doc: vscode.TextDocument, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${nth}) not in ${doc.uri.path}`);
  }
  return at;
}

/** The text of every hover shown at `offset`, as VS Code's hover command returns it. */
export async function hoverText(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

/** Closes every editor (between tests that need a clean window). */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

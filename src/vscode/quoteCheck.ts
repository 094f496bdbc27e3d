// The quote check in the editor: the snapshots a facts file names, read through vscode.workspace.fs like the facts
// file itself (so virtual workspaces and vscode.dev work), kept until the facts file, a snapshot or the settings
// change, and the core's quote check run on each analysis.
import * as vscode from 'vscode';
import type { FactsApplied } from '../core/facts/apply.js';
import type { FactsFile, FactsLocation } from '../core/facts/types.js';
import { loadSnapshots, type LoadedSnapshot } from '../core/quotecheck/load.js';
import { NO_QUOTE_CHECK, runQuoteCheck, type QuoteCheckOutcome } from '../core/quotecheck/run.js';
export { withQuoteProblems } from '../core/quotecheck/run.js';
import { workspaceFs } from './workspaceFs.js';

const cache = new Map<string, Promise<LoadedSnapshot[]>>();
/** Each snapshot read (its URI string) → the facts files naming it, so a change on disk re-checks their articles. */
const readers = new Map<string, Set<string>>();

/** Forget the snapshots read for a facts file (it changed), or all of them. */
export function forgetSnapshots(factsUri?: vscode.Uri): void {
  if (factsUri) cache.delete(factsUri.toString());
  else cache.clear();
}

/** The facts files whose quote check read this snapshot (none for any other file). */
export function factsFilesReading(snapshotUri: vscode.Uri): vscode.Uri[] {
  return [...(readers.get(snapshotUri.toString()) ?? [])].map((u) => vscode.Uri.parse(u));
}

let onRead: ((snapshot: vscode.Uri) => void) | undefined;

/** Called with each snapshot read (the watcher in snapshotWatcher.ts starts watching it). */
export function onSnapshotRead(listener: ((snapshot: vscode.Uri) => void) | undefined): void {
  onRead = listener;
}

function remember(factsKey: string, loaded: LoadedSnapshot[]): void {
  for (const s of loaded) {
    const key = vscode.Uri.parse(s.path, true).toString();
    const set = readers.get(key) ?? new Set<string>();
    set.add(factsKey);
    readers.set(key, set);
    onRead?.(vscode.Uri.parse(key, true));
  }
}

export async function editorQuoteCheck(
  factsUri: vscode.Uri, text: string, file: FactsFile, applied: FactsApplied, maxBytes: number,
  locations?: { sources: Record<string, FactsLocation> },
): Promise<QuoteCheckOutcome> {
  let loaded: LoadedSnapshot[] = [];
  if (file.sources.some((s) => typeof s.snapshot === 'string')) {
    const key = factsUri.toString();
    let pending = cache.get(key);
    if (!pending) {
      pending = loadSnapshots(workspaceFs, key, file, maxBytes);
      cache.set(key, pending);
      void pending.then((loaded) => remember(key, loaded));
    }
    loaded = await pending;
  }
  const outcome = runQuoteCheck(text, applied.analysis, file, applied.anchors, loaded, locations);
  return outcome.checks.length + outcome.rechecks.length + outcome.factsProblems.length === 0 ? NO_QUOTE_CHECK : outcome;
}

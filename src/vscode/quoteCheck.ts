// The quote check in the editor: the snapshots a facts file names, read through vscode.workspace.fs like the facts
// file itself (so virtual workspaces and vscode.dev work), kept until the facts file or the settings change, and
// the core's quote check run on each analysis.
import * as vscode from 'vscode';
import type { FactsApplied } from '../core/facts/apply.js';
import type { FactsFile, FactsLocation } from '../core/facts/types.js';
import { loadSnapshots, type LoadedSnapshot } from '../core/quotecheck/load.js';
import { NO_QUOTE_CHECK, runQuoteCheck, type QuoteCheckOutcome } from '../core/quotecheck/run.js';
export { withQuoteProblems } from '../core/quotecheck/run.js';
import { workspaceFs } from './workspaceFs.js';

const cache = new Map<string, Promise<LoadedSnapshot[]>>();

/** Forget the snapshots read for a facts file (it changed), or all of them. */
export function forgetSnapshots(factsUri?: vscode.Uri): void {
  if (factsUri) cache.delete(factsUri.toString());
  else cache.clear();
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
    }
    loaded = await pending;
  }
  const outcome = runQuoteCheck(text, applied.analysis, file, applied.anchors, loaded, locations);
  return outcome.checks.length + outcome.rechecks.length + outcome.factsProblems.length === 0 ? NO_QUOTE_CHECK : outcome;
}

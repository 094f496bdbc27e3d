// What activate() returns: a small API for the integration tests (and other extensions) to observe Factmark
// without timing guesses — wait until a document's analysis settled, read what was found and drawn.
import type * as vscode from 'vscode';
import type { Highlights } from '../core/present/highlights.js';
import type { HistoryMatch } from '../core/history/types.js';
import type { DocResult } from './analysisService.js';

export interface ClaimsViewItem {
  label: string;
  description?: string;
  contextValue?: string;
  children: ClaimsViewItem[];
}

export interface FactmarkApi {
  /** Resolves when no analysis is scheduled or running for the document; its latest result. */
  whenIdle(uri: vscode.Uri): Promise<DocResult | undefined>;
  lastAnalysis(uri: vscode.Uri): DocResult | undefined;
  /** Offsets of the highlights last painted for the document (empty lists while highlights are toggled off). */
  highlights(uri: vscode.Uri): Highlights | undefined;
  highlightsEnabled(): boolean;
  /** The Claims view's tree as shown now. */
  claimsView(): ClaimsViewItem[];
  /** The status-bar item's text and whether it is shown. */
  statusBar(): { text: string; visible: boolean; command?: string };
  /** Fires after every published analysis. */
  onDidAnalyze: vscode.Event<DocResult>;
  /** The claim history (earlier checks from facts and ClaimReview files), built off the critical path. */
  history: {
    /** Resolves once every queued history update (scan, changed file) has been applied. */
    whenIdle(): Promise<void>;
    /** Fires after each change to the history. */
    onDidChange: vscode.Event<void>;
    /** Number of earlier checks held. */
    size(): number;
    /** The earlier checks of the claim (in the document's last analysis) whose text contains `claimText`. */
    matches(uri: vscode.Uri, claimText: string): HistoryMatch[];
  };
  /** Time activate() took, in milliseconds. */
  activationMillis: number;
}


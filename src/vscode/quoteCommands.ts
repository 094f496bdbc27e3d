// Commands of the quote check: "Factmark: Confirm Re-check" (the fact takes the article's current wording and
// today's date, written through the facts store's atomic writer) and opening a source snapshot at a passage
// (from a hover link; only snapshots the current quote check read can be opened).
import * as vscode from 'vscode';
import { confirmRecheckEdits } from '../core/quotecheck/confirm.js';
import type { AnalysisService } from './analysisService.js';
import { editFacts } from './editFacts.js';

export interface ConfirmRecheckArgs {
  uri?: string;
  factId?: string;
}

export class QuoteCommands {
  constructor(private readonly service: AnalysisService) {}

  /** Confirms the re-check of `factId` (or of the fact at the cursor); resolves to true when the file was written. */
  async confirmRecheck(args: ConfirmRecheckArgs = {}): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const uri = args.uri ? vscode.Uri.parse(args.uri, true) : editor?.document.uri;
    const doc = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc) return this.refuse('open the article first.');
    const result = await this.service.ensure(doc);
    const rechecks = result?.facts.quoteCheck?.rechecks ?? [];
    const offset = editor && editor.document === doc ? doc.offsetAt(editor.selection.active) : -1;
    const recheck = rechecks.find((r) => (args.factId ? r.factId === args.factId : r.start <= offset && offset <= r.end));
    if (!result || !recheck) return this.refuse('no fact here needs a re-check.');
    const text = doc.getText();
    const today = new Date().toISOString().slice(0, 10);
    const factsUri = result.factsState.uri;
    return editFacts(this.service, factsUri, doc.uri, (file) => confirmRecheckEdits(file, text, recheck.factId, today));
  }

  async openSnapshot(args: { snapshot?: string; line?: number } = {}): Promise<void> {
    const known = this.service.all().some((r) => r.facts.quoteCheck?.checks.some((c) => c.snapshot === args.snapshot));
    if (!args.snapshot || !known) {
      await this.refuse('that snapshot is not one the quote check read.');
      return;
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.snapshot, true));
    const line = Math.max(0, Math.min(doc.lineCount - 1, (args.line ?? 1) - 1));
    const range = new vscode.Range(line, 0, line, doc.lineAt(line).text.length);
    await vscode.window.showTextDocument(doc, { selection: range, preview: true });
  }

  private async refuse(message: string): Promise<false> {
    void vscode.window.showWarningMessage(`Factmark: ${message}`);
    return false;
  }
}

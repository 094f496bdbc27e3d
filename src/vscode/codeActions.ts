// Quick fixes on a claim: link a source, set a verdict, mark it as not a claim or an opinion, add it to the
// facts file. Each runs the matching command with the claim's span, so the edit goes through the facts core.
import * as vscode from 'vscode';
import { describeOrigin } from '../core/history/reuse.js';
import type { AnalysisService } from './analysisService.js';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';
import type { HistoryService } from './history.js';

export class FactmarkCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly service: AnalysisService, private readonly history?: HistoryService) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const result = this.service.get(doc.uri);
    if (!result) return [];
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const claims = result.analysis.claims.filter((c) => c.start <= end && start <= c.end);
    const actions: vscode.CodeAction[] = [];
    for (const claim of claims) {
      const args = { uri: doc.uri.toString(), start: claim.start, end: claim.end };
      const diagnostics = context.diagnostics.filter(
        (d) => d.source === DIAGNOSTIC_SOURCE && doc.offsetAt(d.range.start) === claim.start && doc.offsetAt(d.range.end) === claim.end,
      );
      const make = (title: string, command: string, preferred = false) => {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { title, command, arguments: [args] };
        action.diagnostics = diagnostics;
        action.isPreferred = preferred;
        actions.push(action);
      };
      make('Factmark: Link a source…', 'factmark.linkSource', diagnostics.length > 0);
      make('Factmark: Set verdict…', 'factmark.setVerdict');
      make('Factmark: Mark as not a claim', 'factmark.markNotAClaim');
      make('Factmark: Mark as opinion', 'factmark.markOpinion');
      if (!claim.factId) make('Factmark: Add to facts file', 'factmark.addToFacts');
      // Only a match that is the same claim: a partial one (a number, date or name differs) is not a verdict to reuse.
      const earlier = this.history?.matchesFor(result, claim).find((m) => m.status === 'checked');
      if (earlier) {
        const title = `Factmark: Reuse verdict and sources (${earlier.check.verdict}, ${describeOrigin(earlier.check)})`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { title, command: 'factmark.reuseVerdict', arguments: [{ ...args, key: earlier.check.key }] };
        action.diagnostics = diagnostics;
        actions.push(action);
      }
    }
    return actions;
  }
}

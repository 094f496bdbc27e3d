// Publishes Factmark's findings to the Problems panel: in the article (unsourced claims, vague sources, core
// problems, a notice about orphaned facts or a skipped large file) and in its facts file (parse and schema problems
// at their line:column, orphaned facts, dangling source ids). Codes link to docs/rules.md shipped in the package.
import * as vscode from 'vscode';
import { articleDiagnostics, type DiagnosticData, type DiagnosticSeverity } from '../core/present/diagnostics.js';
import type { FactsProblem } from '../core/facts/types.js';
import { ruleLevel } from '../core/config/types.js';
import type { DocResult } from './analysisService.js';
import { baseName } from './facts.js';
import { rangeInText, toRange } from './positions.js';

export const DIAGNOSTIC_SOURCE = 'factmark';

const SEVERITY: Record<DiagnosticSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  /** Facts file published for each article, so closing the article clears it too. */
  private readonly factsOf = new Map<string, vscode.Uri>();

  constructor(private readonly docsUri: vscode.Uri) {}

  private make(range: vscode.Range, d: DiagnosticData): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: d.code, target: this.docsUri.with({ fragment: d.code }) };
    return diagnostic;
  }

  /** Publishes a result for an open document. */
  publish(doc: vscode.TextDocument, result: DocResult): void {
    this.collection.set(doc.uri, this.articleDiagnostics(result, (s, e) => toRange(doc, s, e)));
    this.publishFacts(doc.uri, result);
  }

  /** Publishes a result computed from text that is not open (Check workspace). */
  publishText(uri: vscode.Uri, text: string, result: DocResult): void {
    this.collection.set(uri, this.articleDiagnostics(result, (s, e) => rangeInText(text, s, e)));
    this.publishFacts(uri, result);
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
    const facts = this.factsOf.get(uri.toString());
    if (facts) this.collection.delete(facts);
    this.factsOf.delete(uri.toString());
  }

  dispose(): void {
    this.collection.dispose();
  }

  private articleDiagnostics(result: DocResult, range: (start: number, end: number) => vscode.Range): vscode.Diagnostic[] {
    const factsName = baseName(result.factsState.uri);
    if (result.skipped) {
      const kb = (n: number) => `${Math.round(n / 1000)} KB`;
      return [
        this.make(range(0, 0), {
          start: 0,
          end: 0,
          severity: 'information',
          code: 'live-analysis-skipped',
          message: `Factmark did not analyse this file live: it is ${kb(result.skipped.size)}, over the factmark.liveAnalysisMaxSize limit of ${kb(result.skipped.limit)}. Run "Factmark: Analyse This File Once".`,
        }),
      ];
    }
    const list = articleDiagnostics(result.analysis, result.facts, (code, fallback) => ruleLevel(result.config, code, fallback), factsName).map((d) => this.make(range(d.start, d.end), d));
    if (result.factsState.parsed?.broken) {
      list.push(this.make(range(0, 0), { start: 0, end: 0, severity: 'warning', code: 'facts-file-problem', message: `${factsName} has errors (see Problems); Factmark shows what it can read and will not write to it until they are fixed.` }));
    }
    return list;
  }

  private publishFacts(article: vscode.Uri, result: DocResult): void {
    const state = result.factsState;
    const previous = this.factsOf.get(article.toString());
    if (previous && previous.toString() !== state.uri.toString()) this.collection.delete(previous);
    this.factsOf.set(article.toString(), state.uri);
    if (!state.exists || state.text === undefined) {
      this.collection.delete(state.uri);
      return;
    }
    const text = state.text;
    const reported: FactsProblem[] = [...(state.parsed?.problems ?? []), ...result.anchorProblems];
    const list = reported.map((p) =>
      this.make(rangeInText(text, p.offset, p.offset + Math.max(p.length, 1)), {
        start: p.offset,
        end: p.offset + p.length,
        severity: p.severity,
        code: p.code,
        message: p.message,
      }),
    );
    this.collection.set(state.uri, list);
  }
}

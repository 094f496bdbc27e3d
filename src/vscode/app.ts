// The extension's long-lived parts, made once in activate() and shared by the setup functions (editorSetup.ts,
// commandSetup.ts, historySetup.ts). Only construction here; what reacts to what is wired in those files.
import * as vscode from 'vscode';
import { AnalysisService, isArticle } from './analysisService.js';
import { ClaimsProvider, CLAIMS_VIEW_ID, type ClaimsNode } from './claimsView.js';
import { ConfigFiles } from './configFiles.js';
import { Highlighter } from './decorations.js';
import { Diagnostics } from './diagnostics.js';
import { FactsFiles } from './facts.js';
import { FactsWatcher } from './factsWatcher.js';
import { HistoryService } from './history.js';
import { ClaimsStatus } from './statusBar.js';

export interface App {
  context: vscode.ExtensionContext;
  configs: ConfigFiles;
  service: AnalysisService;
  highlighter: Highlighter;
  diagnostics: Diagnostics;
  claims: ClaimsProvider;
  claimsView: vscode.TreeView<ClaimsNode>;
  status: ClaimsStatus;
  watcher: FactsWatcher;
  history: HistoryService;
  output: vscode.OutputChannel;
}

export function createApp(context: vscode.ExtensionContext): App {
  const output = vscode.window.createOutputChannel('Factmark');
  const configs = new ConfigFiles(onConfigFileChanged);
  const service = new AnalysisService(new FactsFiles(), configs);
  const history = new HistoryService(output, configs);
  const claims = new ClaimsProvider(history);
  const app: App = {
    context,
    configs,
    service,
    highlighter: new Highlighter(),
    diagnostics: new Diagnostics(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md')),
    claims,
    claimsView: vscode.window.createTreeView(CLAIMS_VIEW_ID, { treeDataProvider: claims, showCollapseAll: true }),
    status: new ClaimsStatus(),
    watcher: new FactsWatcher(onFactsFileChanged),
    history,
    output,
  };

  /** A .factmark.jsonc was saved, created or deleted: re-analyse everything, and re-read the history's entries. */
  function onConfigFileChanged(): void {
    void service.refreshAll();
    history.rescan(openArticles());
  }

  /** A facts file changed on disk (save, git pull, another tool): re-read and re-anchor; re-index its checks. */
  function onFactsFileChanged(uri: vscode.Uri): void {
    void service.refreshFacts(uri);
    history.fileChanged(uri);
  }

  context.subscriptions.push(output, configs, service, history, app.highlighter, app.diagnostics, claims, app.claimsView, app.status, app.watcher);
  return app;
}

/** The open Markdown articles' URIs. */
export function openArticles(): vscode.Uri[] {
  return vscode.workspace.textDocuments.filter(isArticle).map((d) => d.uri);
}

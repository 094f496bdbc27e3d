// Factmark's VS Code entry point: a flat list of registrations, all disposed with the extension. The same file
// is bundled for desktop (Node) and for the web worker (vscode.dev); it uses no Node built-ins.
import { QuoteCommands, type ConfirmRecheckArgs } from './quoteCommands.js';
import * as vscode from 'vscode';
import { AnalysisService, isArticle, type DocResult } from './analysisService.js';
import type { FactmarkApi, ClaimsViewItem } from './api.js';
import { ClaimsProvider, CLAIMS_VIEW_ID, type ClaimsNode } from './claimsView.js';
import { FactmarkCodeActions } from './codeActions.js';
import { FactCommands } from './commands.js';
import { Highlighter } from './decorations.js';
import { ConfigFiles } from './configFiles.js';
import { Diagnostics } from './diagnostics.js';
import { baseName, FactsFiles } from './facts.js';
import { FactmarkHoverProvider } from './hover.js';
import { affectsFactmark } from './settings.js';
import { ClaimsStatus } from './statusBar.js';
import { FactsWatcher } from './factsWatcher.js';
import { SnapshotWatcher } from './snapshotWatcher.js';
import { WorkspaceCommands } from './workspaceCommands.js';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): FactmarkApi {
  const started = performance.now();
  const configs = new ConfigFiles(onConfigFileChanged);
  const service = new AnalysisService(new FactsFiles(), configs);
  const highlighter = new Highlighter();
  const diagnostics = new Diagnostics(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md'));
  const claims = new ClaimsProvider();
  const claimsView = vscode.window.createTreeView(CLAIMS_VIEW_ID, { treeDataProvider: claims, showCollapseAll: true });
  const status = new ClaimsStatus();
  const facts = new FactCommands(service);
  const quoteCommands = new QuoteCommands(service);
  const workspace = new WorkspaceCommands(service, diagnostics);
  const watcher = new FactsWatcher(onFactsFileChanged);

  /** Shows a result everywhere it belongs: highlights, Problems, and (for the active editor) view and status bar. */
  function publish(result: DocResult): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.uri.toString());
    if (!doc) return;
    watcher.watchArticle(doc.uri);
    highlighter.apply(result);
    diagnostics.publish(doc, result);
    if (vscode.window.activeTextEditor?.document.uri.toString() === result.uri.toString()) showActive();
  }

  /** Points the Claims view and the status bar at the active article. While another file is active (its facts
   *  file, say) the view keeps the last article that is still open; the status bar shows only for articles. */
  function showActive(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const active = doc && isArticle(doc) ? service.get(doc.uri) : undefined;
    const kept = claims.shown && service.get(claims.shown.uri);
    const result = doc && isArticle(doc) ? active : kept;
    claims.show(result);
    claimsView.message = claims.message();
    claimsView.description = result ? baseName(result.uri) : undefined;
    status.show(active);
  }

  /** Analyses the Markdown documents of visible editors that have no current result. */
  function analyzeVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const doc = editor.document;
      if (!isArticle(doc)) continue;
      const known = service.get(doc.uri);
      if (known && known.version === doc.version) highlighter.refresh(editor);
      else service.schedule(doc, 0);
    }
    showActive();
  }

  /** Re-analyses a visible article after an edit, or its articles after a facts file is edited in an editor. */
  function onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    if (isArticle(e.document)) {
      if (vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) service.schedule(e.document);
    } else if (e.document.uri.path.endsWith('.json')) {
      void service.refreshFacts(e.document.uri);
    }
  }

  /** Forgets a closed document: its result, highlights and diagnostics. */
  function onClose(doc: vscode.TextDocument): void {
    if (!isArticle(doc)) {
      // A facts file closed with unsaved edits: go back to what is on disk.
      if (doc.uri.path.endsWith('.json')) void service.refreshFacts(doc.uri);
      return;
    }
    service.clear(doc.uri);
    watcher.forgetArticle(doc.uri);
    highlighter.forget(doc.uri);
    diagnostics.clear(doc.uri);
    showActive();
  }

  /** A facts file changed on disk (save, git pull, another tool): re-read and re-anchor. */
  function onFactsFileChanged(uri: vscode.Uri): void {
    void service.refreshFacts(uri);
  }

  /** A .factmark.jsonc was saved, created or deleted: re-analyse everything with what it now says. */
  function onConfigFileChanged(): void {
    void service.refreshAll();
  }

  /** Settings apply without reload: re-analyse everything with the new values. */
  function onSettings(e: vscode.ConfigurationChangeEvent): void {
    if (affectsFactmark(e)) void service.refreshAll();
  }

  /** Toggles every highlight on or off (diagnostics stay). */
  function toggleHighlights(): boolean {
    const on = highlighter.toggle();
    for (const r of service.all()) highlighter.apply(r);
    void vscode.window.setStatusBarMessage(`Factmark highlights ${on ? 'on' : 'off'}`, 2000);
    return on;
  }

  /** Analyses the active (large) file once, on request. */
  async function analyzeOnce(): Promise<DocResult | undefined> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isArticle(doc)) return undefined;
    return service.analyzeNow(doc, true);
  }

  /** Opens the Claims view. */
  function showClaims(): Thenable<unknown> {
    return vscode.commands.executeCommand(`${CLAIMS_VIEW_ID}.focus`);
  }

  context.subscriptions.push(
    configs,
    service,
    highlighter,
    diagnostics,
    claims,
    claimsView,
    status,
    watcher,
    new SnapshotWatcher(onFactsFileChanged),
    service.onDidAnalyze(publish),
    vscode.window.onDidChangeVisibleTextEditors(analyzeVisible),
    vscode.window.onDidChangeActiveTextEditor(showActive),
    vscode.workspace.onDidChangeTextDocument(onEdit),
    vscode.workspace.onDidCloseTextDocument(onClose),
    vscode.workspace.onDidChangeConfiguration(onSettings),
    vscode.languages.registerHoverProvider(MARKDOWN, new FactmarkHoverProvider(service)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new FactmarkCodeActions(service), FactmarkCodeActions.metadata),
    vscode.commands.registerCommand('factmark.annotateClaim', (args?: unknown) => facts.annotateClaim(args)),
    vscode.commands.registerCommand('factmark.annotateQuote', (args?: unknown) => facts.annotateQuote(args)),
    vscode.commands.registerCommand('factmark.linkSource', (args?: Parameters<FactCommands['linkSource']>[0]) => facts.linkSource(args)),
    vscode.commands.registerCommand('factmark.setVerdict', (args?: Parameters<FactCommands['setVerdict']>[0]) => facts.setVerdict(args)),
    vscode.commands.registerCommand('factmark.markNotAClaim', (args?: Parameters<FactCommands['markNotAClaim']>[0]) => facts.markNotAClaim(args)),
    vscode.commands.registerCommand('factmark.markOpinion', (args?: Parameters<FactCommands['markOpinion']>[0]) => facts.markOpinion(args)),
    vscode.commands.registerCommand('factmark.addToFacts', (args?: unknown) => facts.addToFacts(args)),
    vscode.commands.registerCommand('factmark.addSource', (args?: Parameters<FactCommands['addSource']>[0]) => facts.addSource(args)),
    vscode.commands.registerCommand('factmark.openFactsFile', (args?: { uri?: string }) => facts.openFactsFile(args)),
    vscode.commands.registerCommand('factmark.nextUnsourced', () => facts.gotoUnsourced(1)),
    vscode.commands.registerCommand('factmark.previousUnsourced', () => facts.gotoUnsourced(-1)),
    vscode.commands.registerCommand('factmark.confirmRecheck', (args?: ConfirmRecheckArgs) => quoteCommands.confirmRecheck(args)),
    vscode.commands.registerCommand('factmark.openSnapshot', (args?: { snapshot?: string; line?: number }) => quoteCommands.openSnapshot(args)),
    vscode.commands.registerCommand('factmark.revealClaim', (args: { uri: string; start: number; end: number }) => facts.reveal(args)),
    vscode.commands.registerCommand('factmark.showClaims', showClaims),
    vscode.commands.registerCommand('factmark.toggleHighlights', toggleHighlights),
    vscode.commands.registerCommand('factmark.analyzeOnce', analyzeOnce),
    vscode.commands.registerCommand('factmark.checkWorkspace', () => workspace.checkWorkspace()),
    vscode.commands.registerCommand('factmark.exportArticle', (args?: Parameters<WorkspaceCommands['exportArticle']>[0]) => workspace.exportArticle(args)),
    vscode.commands.registerCommand('factmark.exportWorkspace', (args?: Parameters<WorkspaceCommands['exportWorkspace']>[0]) => workspace.exportWorkspace(args)),
  );

  analyzeVisible();

  /** The Claims view's tree as plain items, built through the same provider the view uses. */
  function tree(node?: ClaimsNode): ClaimsViewItem[] {
    return claims.getChildren(node).map((child) => {
      const item = claims.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return { label, description: typeof item.description === 'string' ? item.description : undefined, contextValue: item.contextValue, children: tree(child) };
    });
  }

  return {
    whenIdle: (uri) => service.whenIdle(uri),
    lastAnalysis: (uri) => service.get(uri),
    highlights: (uri) => highlighter.highlightsOf(uri),
    highlightsEnabled: () => highlighter.isEnabled,
    claimsView: () => tree(),
    statusBar: () => ({ text: status.item.text, visible: status.visible, command: typeof status.item.command === 'string' ? status.item.command : undefined }),
    onDidAnalyze: service.onDidAnalyze,
    activationMillis: performance.now() - started,
  };
}

export function deactivate(): void {}

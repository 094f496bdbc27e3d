// Live analysis in the editor: what happens when documents open, change, close and become active, and where a
// result is shown (highlights, Problems, Claims view, status bar, hover, quick fixes). Registered by activate().
import * as vscode from 'vscode';
import { isArticle, type DocResult } from './analysisService.js';
import type { App } from './app.js';
import { openArticles } from './app.js';
import { CLAIMS_VIEW_ID } from './claimsView.js';
import { FactmarkCodeActions } from './codeActions.js';
import { baseName } from './facts.js';
import { FactmarkHoverProvider } from './hover.js';
import { affectsFactmark } from './settings.js';
import { SnapshotWatcher } from './snapshotWatcher.js';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function setupEditor(app: App): void {
  const { service } = app;
  app.context.subscriptions.push(
    new SnapshotWatcher((uri) => void service.refreshFacts(uri)),
    service.onDidAnalyze((result) => publish(app, result)),
    vscode.window.onDidChangeVisibleTextEditors(() => analyzeVisible(app)),
    vscode.window.onDidChangeActiveTextEditor(() => showActive(app)),
    vscode.workspace.onDidChangeTextDocument((e) => onEdit(app, e)),
    vscode.workspace.onDidCloseTextDocument((doc) => onClose(app, doc)),
    vscode.workspace.onDidChangeConfiguration((e) => onSettings(app, e)),
    vscode.languages.registerHoverProvider(MARKDOWN, new FactmarkHoverProvider(service, app.history)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new FactmarkCodeActions(service, app.history), FactmarkCodeActions.metadata),
    vscode.commands.registerCommand('factmark.showClaims', () => vscode.commands.executeCommand(`${CLAIMS_VIEW_ID}.focus`)),
    vscode.commands.registerCommand('factmark.toggleHighlights', () => toggleHighlights(app)),
    vscode.commands.registerCommand('factmark.analyzeOnce', () => analyzeOnce(app)),
  );
}

/** Shows a result everywhere it belongs: highlights, Problems, and (for the active editor) view and status bar. */
function publish(app: App, result: DocResult): void {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.uri.toString());
  if (!doc) return;
  app.watcher.watchArticle(doc.uri);
  app.history.noteArticle(result);
  app.highlighter.apply(result);
  app.diagnostics.publish(doc, result);
  if (vscode.window.activeTextEditor?.document.uri.toString() === result.uri.toString()) showActive(app);
}

/** Points the Claims view and the status bar at the active article. While another file is active (its facts
 *  file, say) the view keeps the last article that is still open; the status bar shows only for articles. */
export function showActive(app: App): void {
  const { service, claims, claimsView } = app;
  const doc = vscode.window.activeTextEditor?.document;
  const active = doc && isArticle(doc) ? service.get(doc.uri) : undefined;
  const kept = claims.shown && service.get(claims.shown.uri);
  const result = doc && isArticle(doc) ? active : kept;
  claims.show(result);
  claimsView.message = claims.message();
  claimsView.description = result ? baseName(result.uri) : undefined;
  app.status.show(active);
}

/** Analyses the Markdown documents of visible editors that have no current result. */
export function analyzeVisible(app: App): void {
  for (const editor of vscode.window.visibleTextEditors) {
    const doc = editor.document;
    if (!isArticle(doc)) continue;
    const known = app.service.get(doc.uri);
    if (known && known.version === doc.version) app.highlighter.refresh(editor);
    else app.service.schedule(doc, 0);
  }
  showActive(app);
}

/** Re-analyses a visible article after an edit, or its articles after a facts file is edited in an editor. */
function onEdit(app: App, e: vscode.TextDocumentChangeEvent): void {
  if (e.contentChanges.length === 0) return;
  if (isArticle(e.document)) {
    if (vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) app.service.schedule(e.document);
  } else if (e.document.uri.path.endsWith('.json')) {
    void app.service.refreshFacts(e.document.uri);
  }
}

/** Forgets a closed document: its result, highlights and diagnostics. */
function onClose(app: App, doc: vscode.TextDocument): void {
  if (!isArticle(doc)) {
    // A facts file closed with unsaved edits: go back to what is on disk.
    if (doc.uri.path.endsWith('.json')) void app.service.refreshFacts(doc.uri);
    return;
  }
  app.service.clear(doc.uri);
  app.watcher.forgetArticle(doc.uri);
  app.highlighter.forget(doc.uri);
  app.diagnostics.clear(doc.uri);
  showActive(app);
}

/** Settings apply without reload: re-analyse everything with the new values, and re-read the history's entries. */
function onSettings(app: App, e: vscode.ConfigurationChangeEvent): void {
  if (!affectsFactmark(e)) return;
  void app.service.refreshAll();
  if (e.affectsConfiguration('factmark.history')) app.history.rescan(openArticles());
}

/** Toggles every highlight on or off (diagnostics stay). */
function toggleHighlights(app: App): boolean {
  const on = app.highlighter.toggle();
  for (const r of app.service.all()) app.highlighter.apply(r);
  void vscode.window.setStatusBarMessage(`Factmark highlights ${on ? 'on' : 'off'}`, 2000);
  return on;
}

/** Analyses the active (large) file once, on request. */
async function analyzeOnce(app: App): Promise<DocResult | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !isArticle(doc)) return undefined;
  return app.service.analyzeNow(doc, true);
}

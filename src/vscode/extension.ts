// Factmark's VS Code entry point: the parts made once (app.ts), then one setup function per feature, all disposed
// with the extension. The same file is bundled for desktop (Node) and for the web worker (vscode.dev); it uses no
// Node built-ins.
import type * as vscode from 'vscode';
import type { FactmarkApi, ClaimsViewItem } from './api.js';
import { createApp, type App } from './app.js';
import { setupClaimsOrder } from './claimsOrder.js';
import type { ClaimsNode } from './claimsView.js';
import { setupCommands } from './commandSetup.js';
import { analyzeVisible, setupEditor } from './editorSetup.js';
import { setupHistory } from './historySetup.js';

export function activate(context: vscode.ExtensionContext): FactmarkApi {
  const started = performance.now();
  const app = createApp(context);
  setupEditor(app);
  setupClaimsOrder(app);
  setupCommands(app);
  setupHistory(app);
  analyzeVisible(app);
  return factmarkApi(app, started);
}

export function deactivate(): void {}

/** What activate() returns: enough for the integration tests to wait on events and read what is shown. */
function factmarkApi(app: App, started: number): FactmarkApi {
  const { service, highlighter, status, history } = app;
  return {
    whenIdle: (uri) => service.whenIdle(uri),
    lastAnalysis: (uri) => service.get(uri),
    highlights: (uri) => highlighter.highlightsOf(uri),
    highlightsEnabled: () => highlighter.isEnabled,
    claimsView: () => tree(app),
    statusBar: () => ({ text: status.item.text, visible: status.visible, command: typeof status.item.command === 'string' ? status.item.command : undefined }),
    onDidAnalyze: service.onDidAnalyze,
    history: {
      whenIdle: () => history.whenIdle(),
      onDidChange: history.onDidChange,
      size: () => history.history.size,
      matches: (uri, claimText) => {
        const result = service.get(uri);
        const claim = result?.analysis.claims.find((c) => c.text.includes(claimText));
        return result && claim ? history.matchesFor(result, claim) : [];
      },
    },
    activationMillis: performance.now() - started,
  };
}

/** The Claims view's tree as plain items, built through the same provider the view uses. */
function tree(app: App, node?: ClaimsNode): ClaimsViewItem[] {
  return app.claims.getChildren(node).map((child) => {
    const item = app.claims.getTreeItem(child);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    return { label, description: typeof item.description === 'string' ? item.description : undefined, contextValue: item.contextValue, children: tree(app, child) };
  });
}

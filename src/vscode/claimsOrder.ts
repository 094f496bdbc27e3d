// The Claims view lists each group in the article's order or most check-worthy first. The choice belongs to the
// workspace (kept across reloads); the view's title bar shows the button for the other order, by a context key.
import * as vscode from 'vscode';
import type { ClaimOrder } from '../core/present/claims.js';
import type { App } from './app.js';

const KEY = 'factmark.claimsOrder';

export function setupClaimsOrder(app: App): void {
  const saved = app.context.workspaceState.get<string>(KEY);
  void apply(app, saved === 'checkWorthiness' ? 'checkWorthiness' : 'position');
  app.context.subscriptions.push(
    vscode.commands.registerCommand('factmark.sortClaimsByCheckWorthiness', () => choose(app, 'checkWorthiness')),
    vscode.commands.registerCommand('factmark.sortClaimsByPosition', () => choose(app, 'position')),
  );
}

async function choose(app: App, order: ClaimOrder): Promise<void> {
  await apply(app, order);
  await app.context.workspaceState.update(KEY, order);
}

async function apply(app: App, order: ClaimOrder): Promise<void> {
  app.claims.setOrder(order);
  await vscode.commands.executeCommand('setContext', KEY, order);
}

// The commands that change facts files or export: each a one-line registration handing its arguments to the
// handler classes (commands.ts, quoteCommands.ts, workspaceCommands.ts). Registered by activate().
import * as vscode from 'vscode';
import type { App } from './app.js';
import { FactCommands, type ReuseArgs } from './commands.js';
import { QuoteCommands, type ConfirmRecheckArgs } from './quoteCommands.js';
import { WorkspaceCommands } from './workspaceCommands.js';

export function setupCommands(app: App): void {
  const facts = new FactCommands(app.service, app.history.history);
  const quotes = new QuoteCommands(app.service);
  const workspace = new WorkspaceCommands(app.service, app.diagnostics);
  app.context.subscriptions.push(
    vscode.commands.registerCommand('factmark.annotateClaim', (args?: unknown) => facts.annotateClaim(args)),
    vscode.commands.registerCommand('factmark.annotateQuote', (args?: unknown) => facts.annotateQuote(args)),
    vscode.commands.registerCommand('factmark.linkSource', (args?: Parameters<FactCommands['linkSource']>[0]) => facts.linkSource(args)),
    vscode.commands.registerCommand('factmark.setVerdict', (args?: Parameters<FactCommands['setVerdict']>[0]) => facts.setVerdict(args)),
    vscode.commands.registerCommand('factmark.markNotAClaim', (args?: Parameters<FactCommands['markNotAClaim']>[0]) => facts.markNotAClaim(args)),
    vscode.commands.registerCommand('factmark.markOpinion', (args?: Parameters<FactCommands['markOpinion']>[0]) => facts.markOpinion(args)),
    vscode.commands.registerCommand('factmark.addToFacts', (args?: unknown) => facts.addToFacts(args)),
    vscode.commands.registerCommand('factmark.addSource', (args?: Parameters<FactCommands['addSource']>[0]) => facts.addSource(args)),
    vscode.commands.registerCommand('factmark.reuseVerdict', (args?: Partial<ReuseArgs>) => facts.reuseVerdict(args)),
    vscode.commands.registerCommand('factmark.openFactsFile', (args?: { uri?: string }) => facts.openFactsFile(args)),
    vscode.commands.registerCommand('factmark.nextUnsourced', () => facts.gotoUnsourced(1)),
    vscode.commands.registerCommand('factmark.previousUnsourced', () => facts.gotoUnsourced(-1)),
    vscode.commands.registerCommand('factmark.confirmRecheck', (args?: ConfirmRecheckArgs) => quotes.confirmRecheck(args)),
    vscode.commands.registerCommand('factmark.openSnapshot', (args?: { snapshot?: string; line?: number }) => quotes.openSnapshot(args)),
    vscode.commands.registerCommand('factmark.revealClaim', (args: { uri: string; start: number; end: number }) => facts.reveal(args)),
    vscode.commands.registerCommand('factmark.checkWorkspace', () => workspace.checkWorkspace()),
    vscode.commands.registerCommand('factmark.exportArticle', (args?: Parameters<WorkspaceCommands['exportArticle']>[0]) => workspace.exportArticle(args)),
    vscode.commands.registerCommand('factmark.exportWorkspace', (args?: Parameters<WorkspaceCommands['exportWorkspace']>[0]) => workspace.exportWorkspace(args)),
  );
}

// Factmark's VS Code entry point: a flat list of registrations, all disposed with the extension.
import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // filled in by the editor issue
}

export function deactivate(): void {}

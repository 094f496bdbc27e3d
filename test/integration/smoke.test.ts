import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

suite('smoke', () => {
  test('runs in a real VS Code', () => {
    console.log(`vscode ${vscode.version} ${vscode.env.appName} remote=${vscode.env.remoteName}`);
    assert.ok(vscode.version);
  });
});

// The web build (package.json "browser") in VS Code for the Web: it activates in the web worker and analyses the
// seed article read from a virtual file system (no Node, no disk).
import * as vscode from 'vscode';

const EXTENSION_ID = 'factmark.factmark';

function ok(value: unknown, message: string): void {
  if (!value) throw new Error(message);
}

suite('web worker', () => {
  test('runs in VS Code for the Web, folder on a virtual file system', () => {
    ok(vscode.env.uiKind === vscode.UIKind.Web, `uiKind is ${vscode.env.uiKind}`);
    const folder = vscode.workspace.workspaceFolders?.[0];
    ok(folder && folder.uri.scheme !== 'file', `workspace folder ${folder?.uri.toString()}`);
    console.log(`vscode ${vscode.version}, folder ${folder?.uri.toString()}`);
  });

  test('the extension activates from the browser entry when a Markdown file opens', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'kishida.md'));
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    ok(ext, `${EXTENSION_ID} is installed`);
    await ext!.activate();
    ok(ext!.isActive, 'active');
    ok(ext!.extensionKind === vscode.ExtensionKind.Workspace || ext!.extensionKind === vscode.ExtensionKind.UI, 'has a kind');
  });
});

// The web build (package.json "browser") in VS Code for the Web: it activates in the web worker and analyses the
// seed article read from a virtual file system (vscode-test-web://mount/) — no Node, no disk, only workspace.fs.
import * as vscode from 'vscode';
import type { FactmarkApi } from '../../src/vscode/api.js';

const EXTENSION_ID = 'factmark.factmark';

function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

function folder(): vscode.Uri {
  const uri = vscode.workspace.workspaceFolders?.[0]?.uri;
  ok(uri, 'a workspace folder is open');
  return uri;
}

async function open(...segments: string[]): Promise<{ doc: vscode.TextDocument; api: FactmarkApi }> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), ...segments));
  await vscode.window.showTextDocument(doc);
  const ext = vscode.extensions.getExtension<FactmarkApi>(EXTENSION_ID);
  ok(ext, `${EXTENSION_ID} is installed`);
  const api = await ext.activate();
  await api.whenIdle(doc.uri);
  return { doc, api };
}

/** Factmark's diagnostics for `uri` once there are some (onDidChangeDiagnostics, with a deadline). */
function diagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  const now = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factmark');
  return new Promise((resolve, reject) => {
    if (now().length) return resolve(now());
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      if (!now().length) return;
      sub.dispose();
      clearTimeout(deadline);
      resolve(now());
    });
    const deadline = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no Factmark diagnostics on ${uri.toString()}`));
    }, 20000);
  });
}

suite('web worker', () => {
  test('runs in VS Code for the Web, folder on a virtual file system', () => {
    ok(vscode.env.uiKind === vscode.UIKind.Web, `uiKind is ${vscode.env.uiKind}`);
    ok(folder().scheme !== 'file', `workspace folder ${folder().toString()}`);
    console.log(`    VS Code ${vscode.version}, folder ${folder().toString()}`);
  });

  test('activates from the browser entry and reports the seed article\'s unsourced claims', async () => {
    const { doc, api } = await open('kishida.md');
    ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'active');
    const unsourced = api.lastAnalysis(doc.uri)?.analysis.claims.filter((c) => c.status === 'unsourced') ?? [];
    ok(unsourced.length > 0, 'the seed article has unsourced claims');
    const flagged = (await diagnostics(doc.uri)).filter((d) => ['unsourced-claim', 'vague-source'].includes(String(typeof d.code === 'object' ? d.code.value : d.code)));
    ok(flagged.length === unsourced.length, `${flagged.length} diagnostics for ${unsourced.length} unsourced claims`);
    const at = doc.positionAt(doc.getText().indexOf('limited interest'));
    ok(flagged.some((d) => d.range.contains(at)), '"limited interest" is flagged');
    console.log(`    ${flagged.length} unsourced claims reported; activate() ${api.activationMillis.toFixed(1)} ms`);
  });

  test('reads the facts file through workspace.fs: "limited interest" is linked in linked/', async () => {
    const { doc, api } = await open('linked', 'kishida.md');
    const at = doc.getText().indexOf('limited interest');
    const claim = api.lastAnalysis(doc.uri)?.analysis.claims.find((c) => c.start <= at && at < c.end);
    ok(claim?.status === 'linked', `status ${claim?.status}`);
  });
});

// The editor on the seed article: highlights at the expected text, hover cards, the Claims view, the status bar,
// next/previous unsourced claim, the highlight toggle, and every contributed command registered.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, EXTENSION_ID, factmark, factmarkDiagnostics, hoverText, MODE, offsetOf, openFixture, waitFor } from '../helpers.js';

const SEED = 'kishida.md';

suite(`editor: seed article (${MODE})`, () => {
  suiteTeardown(closeAll);

  test('highlights quotes, speakers, cues and unsourced claims at the expected text', async () => {
    const { doc, api } = await openFixture(SEED);
    const h = api.highlights(doc.uri);
    assert.ok(h, 'highlights were painted');
    const texts = (kind: keyof typeof h) => h[kind].map((r) => doc.getText().slice(r.start, r.end));
    assert.ok(texts('quote').some((t) => t.startsWith('“In the spirit of opening a new chapter') && t.endsWith('preconditions.”')), texts('quote').join(' | '));
    assert.ok(texts('speaker').includes('Kishida'), texts('speaker').join(' | '));
    assert.ok(texts('cue').includes('expressed'), texts('cue').join(' | '));
    assert.ok(texts('claimUnsourced').some((t) => t.includes('limited interest')), 'the "limited interest" claim is highlighted as unsourced');
    // Every range is inside the document and matches a finding of the same analysis.
    const claims = api.lastAnalysis(doc.uri)!.analysis.claims;
    for (const r of h.claimUnsourced) assert.ok(claims.some((c) => c.start === r.start && c.end === r.end && c.status === 'unsourced'));
  });

  test('hovering an unsourced claim shows the card with its reasons and Factmark-only command links', async () => {
    const { doc } = await openFixture(SEED);
    const text = await hoverText(doc, offsetOf(doc, 'limited interest'));
    assert.match(text, /Unsourced claim/);
    assert.match(text, /Why: /);
    const commands = [...text.matchAll(/\]\((command:[^?)]+)/g)].map((m) => m[1]);
    assert.deepEqual(commands, ['command:factmark.linkSource', 'command:factmark.setVerdict', 'command:factmark.markNotAClaim']);
  });

  test('hovering a quote shows its speaker', async () => {
    const { doc } = await openFixture(SEED);
    const text = await hoverText(doc, offsetOf(doc, 'In the spirit of opening'));
    assert.match(text, /\*\*Quote\*\*/);
    assert.match(text, /Speaker: Fumio Kishida/);
  });

  test('the Claims view lists the claims grouped by status with counts; the status bar sums them up', async () => {
    const { doc, api } = await openFixture(SEED);
    const claims = api.lastAnalysis(doc.uri)!.analysis.claims;
    const unsourced = claims.filter((c) => c.status === 'unsourced').length;
    const tree = api.claimsView();
    const group = tree.find((g) => g.label === 'Unsourced');
    assert.ok(group, `groups: ${tree.map((g) => g.label).join(', ')}`);
    assert.equal(group.description, String(unsourced));
    assert.equal(group.children.length, unsourced);
    assert.ok(group.children.every((c) => c.contextValue === 'claim.unsourced'));
    assert.ok(group.children.some((c) => c.label.startsWith('North Korea has shown limited interest')), group.children.map((c) => c.label).join('\n'));
    // Each claim is in one status group; the "Checked before" groups list some of them again.
    const total = tree.filter((g) => !g.contextValue?.startsWith('group.history')).reduce((n, g) => n + g.children.length, 0);
    assert.equal(total, claims.length);
    const status = api.statusBar();
    assert.equal(status.visible, true);
    assert.equal(status.text, `$(checklist) ${unsourced} unsourced · 0 linked`);
    assert.equal(status.command, 'factmark.showClaims');
  });

  test('the Claims view sorts by check-worthiness and back to the article order from its title bar', async () => {
    const { doc, api } = await openFixture(SEED);
    const unsourced = api.lastAnalysis(doc.uri)!.analysis.claims.filter((c) => c.status === 'unsourced');
    const byScore = [...unsourced].sort((a, b) => b.score - a.score || a.start - b.start);
    const byPosition = [...unsourced].sort((a, b) => a.start - b.start);
    assert.notDeepEqual(byScore, byPosition, 'the seed article’s two orders differ');
    const listed = () => api.claimsView().find((g) => g.label === 'Unsourced')!.children.map((c) => c.label.replace(/…$/, ''));
    const follows = (order: typeof unsourced) => listed().length === order.length && listed().every((label, i) => order[i].text.replace(/\s+/g, ' ').startsWith(label));
    try {
      await vscode.commands.executeCommand('factmark.sortClaimsByCheckWorthiness');
      assert.ok(follows(byScore), listed().join('\n'));
    } finally {
      await vscode.commands.executeCommand('factmark.sortClaimsByPosition');
    }
    assert.ok(follows(byPosition), listed().join('\n'));
  });

  test('next / previous unsourced claim move the cursor from claim to claim', async () => {
    const { doc, editor, api } = await openFixture(SEED);
    const unsourced = api.lastAnalysis(doc.uri)!.analysis.claims.filter((c) => c.status === 'unsourced').sort((a, b) => a.start - b.start);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal(await vscode.commands.executeCommand('factmark.nextUnsourced'), true);
    assert.equal(doc.offsetAt(editor.selection.active), unsourced[0].start);
    await vscode.commands.executeCommand('factmark.nextUnsourced');
    assert.equal(doc.offsetAt(editor.selection.active), unsourced[1].start);
    await vscode.commands.executeCommand('factmark.previousUnsourced');
    assert.equal(doc.offsetAt(editor.selection.active), unsourced[0].start);
    await vscode.commands.executeCommand('factmark.previousUnsourced');
    assert.equal(doc.offsetAt(editor.selection.active), unsourced[unsourced.length - 1].start, 'wraps around to the last');
  });

  test('Toggle highlights clears and restores every highlight', async () => {
    const { doc, api } = await openFixture(SEED);
    const before = api.highlights(doc.uri)!;
    assert.ok(before.claimUnsourced.length > 0);
    assert.equal(await vscode.commands.executeCommand('factmark.toggleHighlights'), false);
    assert.equal(api.highlightsEnabled(), false);
    assert.equal(Object.values(api.highlights(doc.uri)!).flat().length, 0);
    assert.equal(await vscode.commands.executeCommand('factmark.toggleHighlights'), true);
    assert.deepEqual(api.highlights(doc.uri), before);
  });

  test('Show Claims opens the Claims view', async () => {
    await openFixture(SEED);
    await vscode.commands.executeCommand('factmark.showClaims');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  });

  test('every contributed command is registered', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });

  test('closing an article clears its diagnostics and results', async () => {
    // An untitled article: reverting and closing it disposes the document at once (a file's document may be kept).
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The agency hired 40 new inspectors in March 2024.\n' });
    await vscode.window.showTextDocument(doc);
    const api = await factmark();
    await api.whenIdle(doc.uri);
    await factmarkDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'unsourced-claim'));
    const closed = waitFor(vscode.workspace.onDidCloseTextDocument, () => doc.isClosed, (c) => c, () => 'the untitled article to close');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    assert.equal(api.lastAnalysis(doc.uri), undefined);
    assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'factmark'), []);
  });
});

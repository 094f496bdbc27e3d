// Live behaviour: typing re-analyses once the edits settle (stale runs dropped), a facts file edited but unsaved
// in an editor is used at once (and protected from writes), Claims view clicks reveal, Open facts file creates
// one, and Export workspace report… writes one report for every article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, MODE, waitFor } from '../helpers.js';
import { claimArgs, exists, openArticle, readBytes, readFile, scratchName } from './util.js';

const ARTICLE = 'The agency hired 40 new inspectors in March 2024.\n\nThe port handled 12 million containers last year.\n';

suite(`editor: live updates and files (${MODE})`, () => {
  teardown(closeAll);

  test('a burst of edits is analysed once it settles, and the result matches the final text', async () => {
    const { doc, editor, api } = await openArticle(scratchName('typing'), ARTICLE);
    const seen: number[] = [];
    const sub = api.onDidAnalyze((r) => r.uri.toString() === doc.uri.toString() && seen.push(r.version));
    for (const word of [' Officials', ' said', ' the', ' budget', ' doubled', ' to', ' 9', ' billion', ' in', ' 2025.']) {
      await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), word));
    }
    const result = await api.whenIdle(doc.uri);
    sub.dispose();
    assert.equal(result?.version, doc.version, 'the published result is for the final text');
    assert.ok(seen.length < 10, `debounced: ${seen.length} analyses for 10 edits`);
    assert.ok(seen.every((v, i) => i === 0 || v > seen[i - 1]), 'results arrive in order, none stale');
    assert.ok(result!.analysis.claims.some((c) => c.text.includes('9 billion')));
  });

  test('a facts file edited (unsaved) in an editor applies at once, and Factmark will not write over it', async () => {
    const name = scratchName('dirty');
    const { doc, api, result, factsUri } = await openArticle(name, ARTICLE, '{ "version": 1, "sources": [], "facts": [] }\n');
    const args = claimArgs(doc, result, 'The port handled');
    const factsDoc = await vscode.workspace.openTextDocument(factsUri);
    const edit = new vscode.WorkspaceEdit();
    const facts = { version: 1, sources: [{ id: 's1', title: 'Port statistics' }], facts: [{ id: 'f1', kind: 'claim', target: { exact: doc.getText().slice(args.start, args.end) }, sources: ['s1'] }] };
    edit.replace(factsUri, new vscode.Range(0, 0, factsDoc.lineCount, 0), JSON.stringify(facts, null, 2) + '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(factsDoc.isDirty);
    await waitFor(api.onDidAnalyze, () => api.lastAnalysis(doc.uri)?.analysis.claims.find((c) => c.start === args.start)?.status, (s) => s === 'linked', (s) => `the claim to be linked from the unsaved facts file (now ${s})`);
    const onDisk = await readBytes(factsUri);
    assert.equal(await vscode.commands.executeCommand('factmark.setVerdict', { ...args, verdict: 'true' }), false);
    assert.deepEqual(await readBytes(factsUri), onDisk, 'nothing written while the facts file has unsaved edits');
    await vscode.commands.executeCommand('workbench.action.files.revert', factsUri);
  });

  test('Annotate selection as claim (from the editor selection, as the context menu runs it) adds a fact', async () => {
    const { doc, editor, factsUri } = await openArticle(scratchName('annotate'), ARTICLE);
    const start = doc.getText().indexOf('40 new inspectors');
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + '40 new inspectors'.length));
    assert.equal(await vscode.commands.executeCommand('factmark.annotateClaim'), true);
    const facts = JSON.parse(await readFile(factsUri)) as { facts: { kind: string; target: { exact: string; start: number } }[] };
    assert.deepEqual(facts.facts.map((f) => [f.kind, f.target.exact, f.target.start]), [['claim', '40 new inspectors', start]]);
  });

  test('a Claims view click reveals the claim in its article', async () => {
    const { doc, result } = await openArticle(scratchName('reveal'), ARTICLE);
    const args = claimArgs(doc, result, 'The port handled');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('factmark.revealClaim', args);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), doc.uri.toString());
    assert.equal(editor!.document.offsetAt(editor!.selection.start), args.start);
    assert.equal(editor!.document.offsetAt(editor!.selection.end), args.end);
  });

  test('Open facts file creates an empty facts file when there is none, and opens it', async () => {
    const { doc, factsUri } = await openArticle(scratchName('open'), ARTICLE);
    assert.equal(await exists(factsUri), false);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('factmark.openFactsFile', { uri: doc.uri.toString() });
    assert.equal(editor?.document.uri.toString(), factsUri.toString());
    const json = JSON.parse(await readFile(factsUri)) as { version: number; article?: string; sources: unknown[]; facts: unknown[] };
    assert.deepEqual({ version: json.version, sources: json.sources, facts: json.facts }, { version: 1, sources: [], facts: [] });
  });

  test('Export workspace report… writes one Markdown report covering the articles', async () => {
    const { doc, factsUri } = await openArticle(scratchName('report'), ARTICLE);
    const target = vscode.Uri.joinPath(factsUri, '..', `${scratchName('report')}.md.txt`);
    const written = await vscode.commands.executeCommand<vscode.Uri>('factmark.exportWorkspace', { format: 'markdown', target: target.toString() });
    assert.equal(written?.toString(), target.toString());
    const report = await readFile(target);
    assert.match(report, /12 million containers/);
    if (MODE === 'workspace') assert.match(report, /limited interest/, 'the seed article (not open) is in the report too');
    assert.ok(doc);
  });
});

// .factmark.jsonc in a running VS Code: editing and saving the file re-applies it to open articles without a
// reload, a broken file is a problem on the file itself (at its line) while the defaults apply, and disable
// comments silence diagnostics but keep the highlights.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, factmarkDiagnostics, fixtureUri, MODE, waitFor } from '../helpers.js';
import { openArticle, scratchName, writeFile } from './util.js';

const ARTICLE = 'The council spent $48 million on the bridge in 2024.\n\nTraffic fell by 50 percent after the closure in 2023.\n';

/** Replaces the whole text of an open document and saves it, as a person editing the file would. */
async function editAndSave(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.ok(await doc.save());
}

suite(`editor: .factmark.jsonc (${MODE})`, () => {
  teardown(closeAll);

  test('editing the configuration file changes the diagnostics of an open article, and a broken file is reported on itself', async () => {
    const folder = scratchName('cfg');
    await vscode.workspace.fs.createDirectory(fixtureUri(folder));
    const configUri = fixtureUri(folder, '.factmark.jsonc');
    await writeFile(configUri, '{}\n');
    const { doc, api } = await openArticle(`${folder}/story`, ARTICLE);
    const unsourced = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'unsourced-claim');
    await factmarkDiagnostics(doc.uri, () => unsourced().length === 2);

    const configDoc = await vscode.workspace.openTextDocument(configUri);
    await editAndSave(configDoc, '// the desk accepts these for now\n{ "rules": { "unsourced-claim": "error" } }\n');
    await factmarkDiagnostics(doc.uri, () => unsourced().length === 2 && unsourced().every((d) => d.severity === vscode.DiagnosticSeverity.Error));

    await editAndSave(configDoc, '{ "rules": { "unsourced-claim": "off" } }\n');
    await factmarkDiagnostics(doc.uri, () => unsourced().length === 0);
    assert.ok(api.highlights(doc.uri)!.claimUnsourced.length > 0, 'a rule turned off still highlights the claims');

    await editAndSave(configDoc, '{\n  "minClaimScore": 7\n}\n');
    await factmarkDiagnostics(doc.uri, () => unsourced().length === 2);
    const problems = await waitFor(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(configUri), (d) => d.length > 0, () => 'a problem on .factmark.jsonc');
    assert.equal(codeOf(problems[0]), 'config-problem');
    assert.equal(problems[0].range.start.line, 1);
    assert.equal(configDoc.getText(), '{\n  "minClaimScore": 7\n}\n', 'the file is never rewritten');
  });

  test('a disable comment silences the diagnostic but the claim stays highlighted and marked in the Claims view', async () => {
    const { doc, api } = await openArticle(scratchName('disable'), `<!-- factmark-disable-next-line unsourced-claim -->\n${ARTICLE}`);
    await factmarkDiagnostics(doc.uri, (d) => d.filter((x) => codeOf(x) === 'unsourced-claim').length === 1);
    const claims = api.lastAnalysis(doc.uri)!.analysis.claims;
    assert.equal(claims.filter((c) => c.silenced).length, 1);
    assert.equal(api.highlights(doc.uri)!.claimUnsourced.length, 2);
    const labels = JSON.stringify(api.claimsView());
    assert.match(labels, /unsourced \(silenced\)/);
  });
});

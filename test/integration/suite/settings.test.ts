// Settings take effect without a reload; the size limit for live analysis shows a notice and "analyse once";
// Check workspace fills the Problems panel; Export article as… writes the chosen format.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, factmarkDiagnostics, MODE, waitFor } from '../helpers.js';
import { openArticle, readFile, scratchName, seedText } from './util.js';

const config = () => vscode.workspace.getConfiguration('factmark');

/** Sets a user setting and waits until Factmark re-analysed the document with it. */
async function setAndWait(key: string, value: unknown, uri: vscode.Uri, api: Awaited<ReturnType<typeof openArticle>>['api'], ready: () => boolean): Promise<void> {
  await config().update(key, value, vscode.ConfigurationTarget.Global);
  await waitFor(api.onDidAnalyze, ready, (ok) => ok, () => `factmark.${key} = ${JSON.stringify(value)} to take effect on ${uri.path}`);
}

suite(`editor: settings, large files, workspace commands (${MODE})`, () => {
  teardown(async () => {
    for (const key of ['unsourcedSeverity', 'enable.claims', 'liveAnalysisMaxSize', 'extraVagueSources']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  test('changing the unsourced severity and disabling claims apply without reload', async () => {
    const { doc, api } = await openArticle(scratchName('settings'), await seedText());
    const severityOf = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'unsourced-claim').map((d) => d.severity);
    await factmarkDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'unsourced-claim'));
    assert.ok(severityOf().every((s) => s === vscode.DiagnosticSeverity.Warning));

    await setAndWait('unsourcedSeverity', 'error', doc.uri, api, () => api.lastAnalysis(doc.uri)?.settings.unsourcedSeverity === 'error');
    await factmarkDiagnostics(doc.uri, () => severityOf().length > 0 && severityOf().every((s) => s === vscode.DiagnosticSeverity.Error));

    await setAndWait('unsourcedSeverity', 'off', doc.uri, api, () => api.lastAnalysis(doc.uri)?.settings.unsourcedSeverity === 'off');
    await factmarkDiagnostics(doc.uri, () => severityOf().length === 0);

    await setAndWait('enable.claims', false, doc.uri, api, () => api.lastAnalysis(doc.uri)?.analysis.claims.length === 0);
    assert.equal(api.highlights(doc.uri)?.claimUnsourced.length, 0);
    assert.ok(api.highlights(doc.uri)!.quote.length > 0, 'quotes are still highlighted');
  });

  test('an extra vague-source phrase turns an attributed claim into a vague, unsourced one', async () => {
    // A group no built-in list treats as vague ("industry watchers" became one in the ninth session).
    const text = 'Harbour pilots said the bridge cost 300 million euros in 2021.\n';
    const { doc, api } = await openArticle(scratchName('vague'), text);
    const claim = () => api.lastAnalysis(doc.uri)?.analysis.claims[0];
    assert.equal(claim()?.status, 'attributed');
    await setAndWait('extraVagueSources', ['harbour pilots'], doc.uri, api, () => claim()?.status === 'unsourced');
    assert.ok(claim()?.reasons.includes('vague-source'));
    const d = await factmarkDiagnostics(doc.uri, (list) => list.some((x) => codeOf(x) === 'vague-source'));
    assert.equal(d.filter((x) => codeOf(x) === 'vague-source').length, 1);
  });

  test('above the size limit: a visible notice, no live analysis, and "analyse once" on request', async () => {
    await config().update('liveAnalysisMaxSize', 1000, vscode.ConfigurationTarget.Global);
    const { doc, api } = await openArticle(scratchName('large'), await seedText());
    assert.ok(doc.getText().length > 1000);
    const result = api.lastAnalysis(doc.uri)!;
    assert.deepEqual(result.skipped, { size: doc.getText().length, limit: 1000 });
    const d = await factmarkDiagnostics(doc.uri, (list) => list.some((x) => codeOf(x) === 'live-analysis-skipped'));
    assert.equal(d.length, 1);
    assert.match(api.statusBar().text, /large file not analysed/);
    assert.equal(api.statusBar().command, 'factmark.analyzeOnce');
    const once = await vscode.commands.executeCommand<{ analysis: { claims: unknown[] } }>('factmark.analyzeOnce');
    assert.ok(once && once.analysis.claims.length > 0);
    await factmarkDiagnostics(doc.uri, (list) => list.some((x) => codeOf(x) === 'unsourced-claim'));
    assert.match(api.statusBar().text, /unsourced/);
  });

  test('Check workspace reports every Markdown file in Problems', async () => {
    const { doc } = await openArticle(scratchName('check'), 'The agency hired 40 new inspectors in March 2024.\n');
    const summary = await vscode.commands.executeCommand<{ files: number; unsourced: number; cancelled: boolean }>('factmark.checkWorkspace');
    assert.ok(summary && summary.files >= 1 && !summary.cancelled, JSON.stringify(summary));
    assert.ok(summary.unsourced >= 1);
    if (MODE === 'workspace') {
      // kishida.md is in the folder but may not be open: it is checked from disk.
      const seed = vscode.workspace.workspaceFolders![0].uri.with({ path: `${vscode.workspace.workspaceFolders![0].uri.path}/kishida.md` });
      assert.ok(vscode.languages.getDiagnostics(seed).some((x) => codeOf(x) === 'unsourced-claim'));
    }
    assert.ok(vscode.languages.getDiagnostics(doc.uri).some((x) => codeOf(x) === 'unsourced-claim'));
  });

  test('Export article as… JSON writes the findings to the chosen file', async () => {
    const { doc, factsUri } = await openArticle(scratchName('export'), await seedText());
    const target = vscode.Uri.joinPath(factsUri, '..', 'export-test.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('factmark.exportArticle', { uri: doc.uri.toString(), format: 'json', target: target.toString() });
    assert.equal(written?.toString(), target.toString());
    const json = JSON.parse(await readFile(target)) as { version: number; findings: { claims: { text: string }[] } };
    assert.equal(json.version, 1);
    assert.ok(json.findings.claims.some((c) => c.text.includes('limited interest')));
  });

  test('Export article as… never writes over the article itself', async () => {
    const { doc } = await openArticle(scratchName('export-self'), await seedText());
    const before = await readFile(doc.uri);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('factmark.exportArticle', { uri: doc.uri.toString(), format: 'markdown', target: doc.uri.toString() });
    assert.equal(written, undefined);
    assert.equal(await readFile(doc.uri), before);
  });
});

// Smoke: a real VS Code loads Factmark, it activates on Markdown, and the seed article gets its diagnostics and
// hover cards. Expected findings come from the extension's own analysis (its API), so these tests check that the
// editor shows what the core found — the core's correctness is the unit tests' job.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, factmarkDiagnostics, fixtureUri, hoverText, MODE, offsetOf, openFixture, closeAll, EXTENSION_ID } from './helpers.js';

const ARTICLE = 'kishida.md';

suite(`smoke (${MODE})`, () => {
  suiteTeardown(closeAll);

  test('runs in a real VS Code, in the mode it claims', () => {
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}), remote: ${vscode.env.remoteName ?? 'none'}`);
    const folders = vscode.workspace.workspaceFolders;
    if (MODE === 'workspace') assert.equal(folders?.[0]?.uri.fsPath, process.env.FACTMARK_FIXTURES);
    else assert.equal(folders, undefined);
  });

  test('activates when a Markdown file opens and exports its test API', async () => {
    const { doc, api } = await openFixture(ARTICLE);
    assert.equal(doc.languageId, 'markdown');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.equal(typeof api.whenIdle, 'function');
    assert.ok(api.lastAnalysis(doc.uri), 'the seed article was analysed');
    console.log(`    activate() took ${api.activationMillis.toFixed(1)} ms; analysis ${api.lastAnalysis(doc.uri)?.millis.toFixed(1)} ms`);
  });

  test('every command in package.json is registered', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });

  test('the seed article: one diagnostic per unsourced claim, "limited interest" among them', async () => {
    const { doc, api } = await openFixture(ARTICLE);
    const unsourced = api.lastAnalysis(doc.uri)!.analysis.claims.filter((c) => c.status === 'unsourced');
    assert.ok(unsourced.length > 0, 'the core finds unsourced claims in the seed article');
    const diagnostics = await factmarkDiagnostics(doc.uri, (d) => d.length > 0);
    const flagged = diagnostics.filter((d) => ['unsourced-claim', 'vague-source'].includes(codeOf(d)));
    assert.equal(flagged.length, unsourced.length);
    const at = offsetOf(doc, 'limited interest');
    const hit = flagged.find((d) => d.range.contains(doc.positionAt(at)));
    assert.ok(hit, `no unsourced diagnostic covers "limited interest"; got:\n${flagged.map((d) => doc.getText(d.range)).join('\n')}`);
    assert.equal(hit.source, 'factmark');
  });

  test('hovering "limited interest" shows the unsourced claim card with Factmark-only command links', async () => {
    const { doc } = await openFixture(ARTICLE);
    const text = await hoverText(doc, offsetOf(doc, 'limited interest') + 3);
    assert.match(text, /Unsourced claim/);
    const commands = [...text.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.length > 0, `no command links in:\n${text}`);
    assert.ok(commands.every((c) => c.startsWith('factmark.')), `foreign command link: ${commands.join(', ')}`);
  });

  test('no Factmark card on the blank line after the headline', async () => {
    const { doc } = await openFixture(ARTICLE);
    const blank = doc.offsetAt(new vscode.Position(1, 0));
    assert.equal(doc.lineAt(1).text, '');
    assert.doesNotMatch(await hoverText(doc, blank), /claim|Quote|Attribution/i);
  });

  test('linked/: with its facts file, "limited interest" is linked, not flagged, and the card names the source', async () => {
    const { doc, api } = await openFixture('linked', ARTICLE);
    const at = offsetOf(doc, 'limited interest');
    const claim = api.lastAnalysis(doc.uri)!.analysis.claims.find((c) => c.start <= at && at < c.end);
    assert.equal(claim?.status, 'linked');
    const diagnostics = await factmarkDiagnostics(doc.uri);
    assert.ok(!diagnostics.some((d) => d.range.contains(doc.positionAt(at))), 'a linked claim has no diagnostic');
    const text = await hoverText(doc, at + 3);
    assert.match(text, /Claim linked to a source/);
    assert.match(text, /North Korea not responding to multiple calls for talks/);
  });

  test('broken/: a facts file with a syntax error is reported at its line and left byte-identical', async () => {
    const factsUri = fixtureUri('broken', 'article.facts.json');
    const before = await vscode.workspace.fs.readFile(factsUri);
    const { doc } = await openFixture('broken', 'article.md');
    const problems = await factmarkDiagnostics(factsUri);
    // The comma after "]" (line 6) is missing: the parser stops at the next token, "facts" at 7:3.
    const at = (d: vscode.Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    assert.ok(problems.some((d) => d.severity === vscode.DiagnosticSeverity.Error && at(d) === '7:3'),
      `no error at 7:3: ${problems.map((d) => `${at(d)} ${d.message}`).join('; ')}`);
    const notice = await factmarkDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'facts-file-problem'));
    assert.ok(notice.length > 0);
    assert.deepEqual(await vscode.workspace.fs.readFile(factsUri), before);
  });

  test('the fixture path helper points into this run\'s copy', () => {
    assert.ok(fixtureUri(ARTICLE).fsPath.startsWith(process.env.FACTMARK_FIXTURES ?? '\0'));
  });
});

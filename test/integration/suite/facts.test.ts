// Diagnostics and quick fixes with facts files: each diagnostic (unsourced, vague source, orphaned fact in both
// files, facts-file problems at line:column, dangling source id), each quick fix changing the facts file as
// expected (created when missing), a broken facts file reported and left byte-identical, and re-anchoring after
// the facts file changes on disk.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, factmarkDiagnostics, hoverText, MODE, offsetOf, waitFor } from '../helpers.js';
import { claimArgs, exists, openArticle, readBytes, readFile, scratchName, seedText, writeFile } from './util.js';

const BUDGET = [
  '# Budget',
  '',
  'Critics say the programme cost 4 billion yen in 2023.',
  '',
  'The ministry spent 12 million dollars on consultants last year.',
  '',
].join('\n');

interface FactsJson {
  sources: { id: string; url?: string; title?: string }[];
  facts: { id: string; kind: string; target: { exact: string; start?: number }; verdict?: string; sources?: string[] }[];
}

function factsOf(text: string): FactsJson {
  return JSON.parse(text) as FactsJson;
}

suite(`editor: facts files, diagnostics and quick fixes (${MODE})`, () => {
  teardown(closeAll);

  test('unsourced claims and vague sources are diagnostics with codes linking to the rule docs', async () => {
    const { doc } = await openArticle(scratchName('budget'), BUDGET);
    const d = await factmarkDiagnostics(doc.uri, (list) => list.length >= 2);
    const byText = new Map(d.map((x) => [doc.getText(x.range), x]));
    const vague = byText.get('Critics say the programme cost 4 billion yen in 2023');
    assert.ok(vague, [...byText.keys()].join(' | '));
    assert.equal(codeOf(vague), 'vague-source');
    const unsourced = byText.get('The ministry spent 12 million dollars on consultants last year');
    assert.ok(unsourced);
    assert.equal(codeOf(unsourced), 'unsourced-claim');
    assert.equal(unsourced.severity, vscode.DiagnosticSeverity.Warning);
    const code = unsourced.code as { value: string; target: vscode.Uri };
    assert.match(code.target.path, /\/docs\/rules\.md$/);
    assert.equal(code.target.fragment, 'unsourced-claim');
  });

  test('Link a source (new by URL) creates the missing facts file and links the claim', async () => {
    const name = scratchName('link');
    const { doc, api, result, factsUri } = await openArticle(name, BUDGET);
    assert.equal(await exists(factsUri), false);
    const args = claimArgs(doc, result, 'The ministry spent');
    const ok = await vscode.commands.executeCommand('factmark.linkSource', { ...args, newSource: { url: 'https://example.org/budget', title: 'Budget 2024' } });
    assert.equal(ok, true);
    const facts = factsOf(await readFile(factsUri));
    assert.deepEqual(facts.sources, [{ id: 's1', title: 'Budget 2024', url: 'https://example.org/budget' }]);
    assert.equal(facts.facts.length, 1);
    assert.equal(facts.facts[0].target.exact, doc.getText().slice(args.start, args.end));
    assert.deepEqual(facts.facts[0].sources, ['s1']);
    const claim = api.lastAnalysis(doc.uri)!.analysis.claims.find((c) => c.start === args.start);
    assert.equal(claim?.status, 'linked');
    const hover = await hoverText(doc, args.start + 2);
    assert.match(hover, /Claim linked to a source/);
    assert.match(hover, /\[Budget 2024\]\(https:\/\/example\.org\/budget\)/);
  });

  test('Link a source (existing), Set verdict, Mark as opinion, Add to facts file each change the facts file', async () => {
    const name = scratchName('fixes');
    const existing = JSON.stringify({ version: 1, sources: [{ id: 'src', title: 'Annual report', url: 'https://example.org/r' }], facts: [] }, null, 2) + '\n';
    const { doc, api, result, factsUri } = await openArticle(name, BUDGET, existing);
    const ministry = claimArgs(doc, result, 'The ministry spent');
    const critics = claimArgs(doc, result, 'Critics say');

    // The quick fixes offered on the diagnostic.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(doc.positionAt(ministry.start), doc.positionAt(ministry.start)));
    const titles = actions.map((a) => a.title);
    for (const t of ['Factmark: Link a source…', 'Factmark: Set verdict…', 'Factmark: Mark as not a claim', 'Factmark: Mark as opinion', 'Factmark: Add to facts file']) assert.ok(titles.includes(t), titles.join(', '));
    assert.deepEqual(actions.find((a) => a.title === 'Factmark: Link a source…')?.command?.arguments, [ministry]);

    assert.equal(await vscode.commands.executeCommand('factmark.linkSource', { ...ministry, sourceId: 'src' }), true);
    let facts = factsOf(await readFile(factsUri));
    assert.equal(facts.sources.length, 1, 'no new source');
    assert.deepEqual(facts.facts.map((f) => [f.id, f.sources]), [['f1', ['src']]]);

    assert.equal(await vscode.commands.executeCommand('factmark.setVerdict', { ...ministry, verdict: 'misleading' }), true);
    facts = factsOf(await readFile(factsUri));
    assert.deepEqual(facts.facts.map((f) => [f.id, f.verdict]), [['f1', 'misleading']], 'the same fact gets the verdict');
    assert.ok(api.highlights(doc.uri)!.claimFalse.some((r) => r.start === ministry.start), 'false/misleading highlight');

    assert.equal(await vscode.commands.executeCommand('factmark.markOpinion', critics), true);
    facts = factsOf(await readFile(factsUri));
    assert.deepEqual(facts.facts.map((f) => [f.id, f.verdict]), [['f1', 'misleading'], ['f2', 'opinion']]);
    const d = await factmarkDiagnostics(doc.uri, (list) => !list.some((x) => codeOf(x) === 'vague-source'));
    assert.ok(!d.some((x) => doc.offsetAt(x.range.start) === critics.start), 'an opinion is no longer flagged');

    assert.equal(await vscode.commands.executeCommand('factmark.markNotAClaim', critics), true);
    facts = factsOf(await readFile(factsUri));
    assert.equal(facts.facts.find((f) => f.id === 'f2')?.verdict, 'not-a-claim');

    const headingArgs = { uri: doc.uri.toString(), start: 2, end: 8 };
    assert.equal(await vscode.commands.executeCommand('factmark.annotateQuote', headingArgs), true);
    facts = factsOf(await readFile(factsUri));
    assert.deepEqual(facts.facts.at(-1), { ...facts.facts.at(-1), kind: 'quote', target: { ...facts.facts.at(-1)!.target, exact: 'Budget' } });

    const before = facts.facts.length;
    assert.equal(await vscode.commands.executeCommand('factmark.addSource', { uri: doc.uri.toString(), newSource: { url: 'https://example.org/x', title: 'X' } }), true);
    facts = factsOf(await readFile(factsUri));
    assert.equal(facts.sources.at(-1)?.url, 'https://example.org/x');
    assert.equal(facts.facts.length, before);
  });

  test('Add to facts file records the claim without a source', async () => {
    const { doc, result, factsUri } = await openArticle(scratchName('add'), BUDGET);
    const args = claimArgs(doc, result, 'The ministry spent');
    assert.equal(await vscode.commands.executeCommand('factmark.addToFacts', args), true);
    const facts = factsOf(await readFile(factsUri));
    assert.equal(facts.facts.length, 1);
    assert.equal(facts.facts[0].kind, 'claim');
    assert.equal(facts.facts[0].target.start, args.start);
    assert.equal(facts.facts[0].sources, undefined);
  });

  test('a broken facts file is reported at its line:column, and a quick fix leaves it byte-identical', async () => {
    const broken = '{\n  "version": 1,\n  "sources": [],\n  "facts": [\n    { "id": "f1", }\n  ]\n}\n';
    const { doc, result, factsUri } = await openArticle(scratchName('broken'), BUDGET, broken);
    const d = await factmarkDiagnostics(factsUri);
    const syntax = d.find((x) => codeOf(x) === 'json-syntax');
    assert.ok(syntax, d.map(codeOf).join(', '));
    assert.equal(syntax.range.start.line, 4, 'on the line of the trailing comma');
    const article = await factmarkDiagnostics(doc.uri, (list) => list.some((x) => codeOf(x) === 'facts-file-problem'));
    assert.ok(article.length > 0);
    const bytes = await readBytes(factsUri);
    const args = claimArgs(doc, result, 'The ministry spent');
    assert.equal(await vscode.commands.executeCommand('factmark.setVerdict', { ...args, verdict: 'true' }), false);
    assert.equal(await vscode.commands.executeCommand('factmark.linkSource', { ...args, newSource: { url: 'https://example.org/y' } }), false);
    assert.deepEqual(await readBytes(factsUri), bytes);
  });

  test('a dangling source id and an orphaned fact are reported in the facts file; the article gets a notice', async () => {
    const facts = JSON.stringify(
      {
        version: 1,
        sources: [{ id: 's1', title: 'Report' }],
        facts: [
          { id: 'f1', kind: 'claim', target: { exact: 'The ministry spent 12 million dollars on consultants last year' }, sources: ['s9'] },
          { id: 'f2', kind: 'claim', target: { exact: 'A sentence that was deleted from the article long ago.' } },
        ],
      },
      null,
      2,
    );
    const { doc, factsUri } = await openArticle(scratchName('orphan'), BUDGET, facts);
    const d = await factmarkDiagnostics(factsUri, (list) => list.length >= 2);
    const dangling = d.find((x) => codeOf(x) === 'dangling-source');
    assert.ok(dangling, d.map(codeOf).join(', '));
    const factsDoc = await vscode.workspace.openTextDocument(factsUri);
    assert.equal(factsDoc.getText(dangling.range), '"s9"');
    const orphan = d.find((x) => codeOf(x) === 'orphaned-fact');
    assert.ok(orphan);
    assert.match(factsDoc.getText(orphan.range), /"id": "f2"/);
    const notice = (await factmarkDiagnostics(doc.uri, (list) => list.some((x) => codeOf(x) === 'orphaned-fact'))).find((x) => codeOf(x) === 'orphaned-fact')!;
    assert.equal(notice.severity, vscode.DiagnosticSeverity.Information);
    assert.match(notice.message, /f2/);
  });

  test('hover cards escape hostile facts-file text and trust only Factmark\'s own commands', async () => {
    const hostile = '[run](command:workbench.action.closeWindow) <img src=x onerror=alert(1)> **bold**';
    const text = 'The ministry spent 12 million dollars on consultants last year.\n';
    const facts = {
      version: 1,
      sources: [{ id: 's1', title: hostile, url: 'javascript:alert(1)' }],
      facts: [{ id: 'f1', kind: 'claim', target: { exact: 'The ministry spent 12 million dollars on consultants last year' }, sources: ['s1'], note: hostile }],
    };
    const { doc } = await openArticle(scratchName('hostile'), text, JSON.stringify(facts, null, 2));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(5));
    const card = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && /Factmark/.test(c.value));
    assert.ok(card, 'a Factmark card');
    const targets = [...card.value.matchAll(/(?<!\\)\]\(([^ )]+)/g)].map((m) => m[1]);
    // Besides Factmark's commands, only the claim history's links to another facts file (an earlier check) may appear.
    assert.ok(targets.length > 0 && targets.every((t) => t.startsWith('command:factmark.') || /^file:\/\/\/\S+\.facts\.json$/.test(t!)), targets.join(', '));
    assert.ok(!/(?<!\\)<img/.test(card.value) && !/(?<!\\)\*\*bold/.test(card.value), 'facts text is escaped');
    assert.ok(!card.value.includes('javascript:alert') || /javascript\\:alert/.test(card.value), 'a javascript: URL is not a link');
    if (typeof card.isTrusted === 'object') assert.deepEqual(card.isTrusted.enabledCommands, ['factmark.linkSource', 'factmark.setVerdict', 'factmark.markNotAClaim', 'factmark.openSnapshot', 'factmark.confirmRecheck']);
    else assert.notEqual(card.isTrusted, true, 'never fully trusted');
  });

  test('a facts file changed on disk is re-read and re-anchored (FileSystemWatcher)', async () => {
    const text = await seedText();
    const { doc, api, factsUri } = await openArticle(scratchName('watch'), text);
    const claim = api.lastAnalysis(doc.uri)!.analysis.claims.find((c) => c.text.includes('limited interest'))!;
    assert.equal(claim.status, 'unsourced');
    const facts = { version: 1, sources: [{ id: 's1', title: 'KCNA statement', url: 'https://example.org/kcna' }], facts: [{ id: 'f1', kind: 'claim', target: { exact: claim.text }, sources: ['s1'], verdict: 'true' }] };
    await writeFile(factsUri, JSON.stringify(facts, null, 2));
    const linked = await waitFor(
      api.onDidAnalyze,
      () => api.lastAnalysis(doc.uri)?.analysis.claims.find((c) => c.start === claim.start),
      (c) => c?.status === 'linked',
      (c) => `the claim to become linked (now ${c?.status})`,
    );
    assert.equal(linked?.factId, 'f1');
    assert.match(await hoverText(doc, offsetOf(doc, 'limited interest')), /KCNA statement/);
  });
});

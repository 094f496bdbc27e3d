// Facts-file writes in the real editor (issue 11): quick fixes fired at once all land and leave no lock, temp or
// moved-aside file behind; a facts file that is not valid UTF-8 is reported at its line:column and never rewritten.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, factmarkDiagnostics, MODE } from '../helpers.js';
import { claimArgs, openArticle, readBytes, readFile, scratchName } from './util.js';

const ARTICLE = [
  '# Spending',
  '',
  'The ministry spent 12 million dollars on consultants last year.',
  '',
  'The city hired 300 new teachers in 2024.',
  '',
  'Exports of rice fell by 8 percent in the first quarter.',
  '',
].join('\n');

suite(`editor: facts-file writes (${MODE})`, () => {
  teardown(closeAll);

  test('quick fixes fired at the same time all land, and nothing is left beside the facts file', async () => {
    const name = scratchName('race');
    const { doc, result, factsUri } = await openArticle(name, ARTICLE);
    const needles = ['The ministry spent', 'The city hired', 'Exports of rice'];
    const args = needles.map((n) => claimArgs(doc, result, n));
    const outcomes = await Promise.all([
      vscode.commands.executeCommand('factmark.addToFacts', args[0]),
      vscode.commands.executeCommand('factmark.setVerdict', { ...args[1], verdict: 'true' }),
      vscode.commands.executeCommand('factmark.linkSource', { ...args[2], newSource: { url: 'https://example.org/rice', title: 'Rice' } }),
      vscode.commands.executeCommand('factmark.addSource', { uri: doc.uri.toString(), newSource: { url: 'https://example.org/other', title: 'Other' } }),
    ]);
    assert.deepEqual(outcomes, [true, true, true, true]);
    const facts = JSON.parse(await readFile(factsUri)) as { sources: { url: string }[]; facts: { target: { exact: string }; verdict?: string }[] };
    for (const a of args) assert.ok(facts.facts.some((f) => f.target.exact === doc.getText().slice(a.start, a.end)), `a fact for ${a.start}`);
    assert.equal(facts.facts.find((f) => f.target.exact.startsWith('The city hired'))?.verdict, 'true');
    assert.deepEqual(facts.sources.map((s) => s.url).sort(), ['https://example.org/other', 'https://example.org/rice']);
    const folder = vscode.Uri.joinPath(factsUri, '..');
    const leftovers = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n).filter((n) => n.startsWith(`${name}.facts.json`) && n !== `${name}.facts.json`);
    assert.deepEqual(leftovers, []);
  });

  test('a facts file with Latin-1 bytes is reported at its line:column and a quick fix leaves it byte-identical', async () => {
    const name = scratchName('latin1');
    const head = '{\n  "version": 1,\n  "sources": [ { "id": "s1", "title": "Caf';
    const tail = '" } ],\n  "facts": []\n}\n';
    const { doc, factsUri } = await openArticle(name, ARTICLE);
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0xe9, ...new TextEncoder().encode(tail)]);
    await vscode.workspace.fs.writeFile(factsUri, bytes);
    const inFacts = await factmarkDiagnostics(factsUri, (list) => list.some((x) => codeOf(x) === 'invalid-utf8'));
    const bad = inFacts.find((x) => codeOf(x) === 'invalid-utf8')!;
    assert.equal(bad.range.start.line, 2, 'on the line of the Latin-1 byte');
    assert.match(bad.message, /not valid UTF-8/);
    await factmarkDiagnostics(doc.uri, (list) => list.some((x) => codeOf(x) === 'facts-file-problem'));
    const args = { uri: doc.uri.toString(), start: ARTICLE.indexOf('The ministry'), end: ARTICLE.indexOf(' last year.') };
    assert.equal(await vscode.commands.executeCommand('factmark.setVerdict', { ...args, verdict: 'true' }), false);
    assert.deepEqual([...await readBytes(factsUri)], [...bytes]);
  });
});

// The quote check in the real editor: a quote altered from its source transcript and a fact whose wording changed
// since it was checked are diagnostics with their codes, the hover shows the word diff and Factmark-only links,
// and "Factmark: Confirm Re-check" rewrites the fact in the facts file (new wording, today's date) atomically.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, factmarkDiagnostics, fixtureUri, hoverText, MODE, offsetOf } from '../helpers.js';
import { openArticle, readFile, scratchName, writeFile } from './util.js';

const ARTICLE = [
  '# Talks',
  '',
  'Kishida said, “We will give up on the talks with the north.”',
  '',
  'The ministry said exports rose by 15 percent in 2023, the highest in a decade.',
  '',
].join('\n');

const TRANSCRIPT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Fumio Kishida>We will not give up on the talks with the north.\n';

function factsFor(name: string): string {
  const checked = 'exports rose by 12 percent in 2023';
  const start = ARTICLE.indexOf('exports rose');
  return `${JSON.stringify({
    version: 1,
    sources: [{ id: 's1', title: 'Transcript', snapshot: `${name}.vtt` }, { id: 's2', title: 'Trade statistics' }],
    facts: [{
      id: 'f1', kind: 'claim', verdict: 'true', sources: ['s2'], checkedBy: 'A. Checker', checkedAt: '2026-01-02',
      target: { exact: checked, prefix: 'The ministry said ', suffix: ', the highest in a decade.', start, end: start + checked.length },
    }],
  }, null, 2)}\n`;
}

async function setUp() {
  const name = scratchName('quotes');
  await writeFile(fixtureUri(`${name}.vtt`), TRANSCRIPT);
  const opened = await openArticle(name, ARTICLE, factsFor(name));
  const diagnostics = await factmarkDiagnostics(opened.doc.uri, (d) => d.some((x) => codeOf(x) === 'quote-altered') && d.some((x) => codeOf(x) === 'needs-recheck'));
  return { ...opened, diagnostics, name };
}

suite(`editor: quote check (${MODE})`, () => {
  teardown(closeAll);

  test('an altered quote and a changed checked wording are error diagnostics at their spans', async () => {
    const { doc, diagnostics } = await setUp();
    const altered = diagnostics.find((d) => codeOf(d) === 'quote-altered')!;
    assert.equal(doc.getText(altered.range), '“We will give up on the talks with the north.”');
    assert.equal(altered.severity, vscode.DiagnosticSeverity.Error);
    assert.match(altered.message, /dropped “not” \(negation\)/);
    const recheck = diagnostics.find((d) => codeOf(d) === 'needs-recheck')!;
    assert.equal(doc.getText(recheck.range), 'exports rose by 15 percent in 2023');
    assert.equal(recheck.severity, vscode.DiagnosticSeverity.Error);
    assert.match(recheck.message, /“15” for “12” \(number\)/);
  });

  test('a snapshot changed on disk is read again and the quote re-checked', async () => {
    const { doc, name } = await setUp();
    // The transcript corrected to what the article quotes: the quote is now verbatim.
    await writeFile(fixtureUri(`${name}.vtt`), TRANSCRIPT.replace('will not give', 'will give'));
    const after = await factmarkDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'quote-altered'));
    assert.ok(after.some((x) => codeOf(x) === 'needs-recheck'), 'the fact whose wording changed is still flagged');
  });

  test('the hover shows the judgement, the word diff, source context and only Factmark command links', async () => {
    const { doc } = await setUp();
    const quote = await hoverText(doc, offsetOf(doc, 'give up'));
    assert.match(quote, /Quote check — Altered/);
    assert.match(quote, /~~not~~/);
    assert.match(quote, /command:factmark\.openSnapshot/);
    const recheck = await hoverText(doc, offsetOf(doc, '15 percent'));
    assert.match(recheck, /Needs re-check/);
    assert.match(recheck, /~~12~~ \*\*15\*\*/);
    assert.match(recheck, /command:factmark\.confirmRecheck/);
    // file: links only from the claim history (an earlier check in another facts file of the fixture folder).
    for (const m of `${quote}\n${recheck}`.matchAll(/\]\((\w+):/g)) assert.ok(['command', 'https', 'http', 'file'].includes(m[1]!), m[0]);
    for (const m of `${quote}\n${recheck}`.matchAll(/command:([\w.]+)/g)) assert.ok(m[1]!.startsWith('factmark.'), m[1]);
  });

  test('Confirm Re-check records the current wording and today in the facts file, and the diagnostic goes', async () => {
    const { doc, factsUri } = await setUp();
    const before = JSON.parse(await readFile(factsUri)) as { facts: { target: Record<string, unknown>; checkedAt?: string; checkedBy?: string }[] };
    const ok = await vscode.commands.executeCommand('factmark.confirmRecheck', { uri: doc.uri.toString(), factId: 'f1' });
    assert.equal(ok, true);
    const after = JSON.parse(await readFile(factsUri)) as typeof before;
    const start = ARTICLE.indexOf('exports rose');
    assert.deepEqual(after.facts[0]!.target, {
      exact: 'exports rose by 15 percent in 2023', prefix: ARTICLE.slice(start - 32, start), suffix: ARTICLE.slice(start + 34, start + 66), start, end: start + 34,
    });
    assert.equal(after.facts[0]!.checkedAt, new Date().toISOString().slice(0, 10));
    assert.equal(after.facts[0]!.checkedBy, before.facts[0]!.checkedBy);
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(factsUri, '..'));
    assert.ok(!entries.some(([n]) => /\.(tmp|old|stale|lock)$/.test(n) && n.includes('quotes')), 'no temp or lock file left');
    await factmarkDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'needs-recheck'));
  });
});

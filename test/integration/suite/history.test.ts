// "Checked before?" in the real editor: a claim in one article finds the check of the same claim in another
// article's facts file (hover card, quick fix, Claims view), a claim whose number differs shows as partial, "Reuse
// verdict and sources" writes the expected fact, the history follows a facts file changing on disk, and a
// .factmark.jsonc `history` entry brings in ClaimReview files (a broken one reported in Problems and skipped).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HistoryMatch } from '../../../src/core/history/types.js';
import type { FactmarkApi } from '../../../src/vscode/api.js';
import { closeAll, fixtureUri, hoverText, MODE, offsetOf, openFixture, waitFor } from '../helpers.js';
import { claimArgs, exists, openArticle, readFile, scratchName, writeFile } from './util.js';

const ARTICLE = [
  '# Council budget',
  '',
  'The mayor said the city spent 4.2 million euros on road repairs in 2023.',
  '',
  'Critics said the city spent 9 million euros on road repairs in 2023.',
  '',
].join('\n');

const SOURCE_URL = 'https://example.org/council/accounts-2023.pdf';

function earlierFacts(name: string, verdict: string): string {
  return `${JSON.stringify({
    version: 1,
    article: `${name}-roads.md`,
    sources: [{ id: 's1', title: 'Annual accounts 2023', url: SOURCE_URL, publisher: 'City council', kind: 'document' }],
    facts: [{
      id: 'f1', kind: 'claim', verdict, sources: ['s1'], note: 'Page 14 of the accounts.', checkedBy: 'A. Checker', checkedAt: '2024-02-01',
      target: { exact: 'The city spent 4.2 million euros on road repairs in 2023' },
    }],
  }, null, 2)}\n`;
}

/** The claim's matches once `ready` accepts them (waits on the history's own change event). */
function matchesWhen(api: FactmarkApi, doc: vscode.TextDocument, needle: string, ready: (m: HistoryMatch[]) => boolean): Promise<HistoryMatch[]> {
  return waitFor(api.history.onDidChange, () => api.history.matches(doc.uri, needle), ready,
    (m) => `history matches for "${needle}" (now ${m.map((x) => `${x.status} ${x.check.verdict} ${x.check.key}`).join(', ') || 'none'}; ${api.history.size()} checks)`);
}

/** Each test's "other article" facts file, deleted afterwards so identical checks do not pile up between tests. */
const created: vscode.Uri[] = [];

async function setUp() {
  const name = scratchName('history');
  const earlierUri = fixtureUri(`${name}-roads.facts.json`);
  created.push(earlierUri);
  await writeFile(earlierUri, earlierFacts(name, 'true'));
  const opened = await openArticle(name, ARTICLE);
  // Ours found, and the earlier tests' files (deleted in teardown) gone from the history.
  const ours = (x: HistoryMatch): boolean => x.check.origin.file === earlierUri.toString();
  const others = (x: HistoryMatch): boolean => !ours(x) && x.check.origin.file.endsWith('-roads.facts.json');
  const checked = await matchesWhen(opened.api, opened.doc, '4.2 million', (m) => m.some(ours) && !m.some(others));
  return { ...opened, name, earlierUri, checked };
}

suite(`editor: checked before (${MODE})`, () => {
  teardown(async () => {
    await closeAll();
    for (const uri of created.splice(0)) if (await exists(uri)) await vscode.workspace.fs.delete(uri);
  });

  test('the hover lists the earlier check of the same claim, and a claim with another number as partial', async () => {
    const { doc, api, earlierUri, checked } = await setUp();
    assert.equal(checked[0]!.status, 'checked');
    const card = await hoverText(doc, offsetOf(doc, '4.2 million'));
    assert.match(card, /Earlier checks/);
    // Text from the files is escaped in the card ("2024\-02\-01").
    assert.match(card, /Checked before: true\*\*, 2024\\-02\\-01 · \[history\\-.*\\-roads\\\.md\]/);
    assert.ok(card.includes(`](${earlierUri.toString()})`), card);
    const partial = await matchesWhen(api, doc, '9 million', (m) => m.length > 0);
    assert.equal(partial[0]!.status, 'partial');
    const other = await hoverText(doc, offsetOf(doc, '9 million'));
    assert.match(other, /Partly checked before: true/);
    assert.match(other, /number differs/);
    assert.doesNotMatch(other, /\*\*Checked before/);
    for (const m of `${card}\n${other}`.matchAll(/\]\((\w+):/g)) assert.ok(['command', 'https', 'http', 'file', 'vscode-test-web'].includes(m[1]!), m[0]);
    for (const m of `${card}\n${other}`.matchAll(/command:([\w.]+)/g)) assert.ok(m[1]!.startsWith('factmark.'), m[1]);
  });

  test('the Claims view has a "Checked before" and a "Partly checked before" group', async () => {
    const { api } = await setUp();
    const groups = api.claimsView();
    const checked = groups.find((g) => g.label === 'Checked before');
    const partly = groups.find((g) => g.label === 'Partly checked before');
    assert.ok(checked && partly, groups.map((g) => g.label).join(', '));
    assert.match(checked.children[0]!.description ?? '', /^true · .*-roads\.md \(fact f1\), 2024-02-01$/);
    assert.match(partly.children[0]!.description ?? '', /^partial: number differs/);
  });

  test('the quick fix "Reuse verdict and sources" writes a fact citing the earlier sources; none for a partial match', async () => {
    const { doc, result, factsUri, checked } = await setUp();
    const args = claimArgs(doc, result, '4.2 million');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(doc.positionAt(args.start), doc.positionAt(args.end)));
    const reuse = actions.find((a) => a.title.startsWith('Factmark: Reuse verdict and sources'));
    assert.ok(reuse?.command, actions.map((a) => a.title).join(' | '));
    const partialArgs = claimArgs(doc, result, '9 million');
    const partialActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(doc.positionAt(partialArgs.start), doc.positionAt(partialArgs.end)));
    assert.ok(!partialActions.some((a) => a.title.includes('Reuse verdict')), 'no reuse for a partial match');
    assert.equal(await exists(factsUri), false);
    const ok = await vscode.commands.executeCommand(reuse.command.command, ...(reuse.command.arguments ?? []));
    assert.equal(ok, true);
    const written = JSON.parse(await readFile(factsUri)) as { sources: { id: string; url?: string; title?: string }[]; facts: { target: { exact: string }; verdict: string; sources: string[]; note: string; checkedAt?: string }[] };
    assert.equal(written.facts.length, 1);
    const fact = written.facts[0]!;
    assert.equal(fact.target.exact, doc.getText().slice(args.start, args.end));
    assert.equal(fact.verdict, 'true');
    assert.equal(fact.checkedAt, '2024-02-01');
    assert.match(fact.note, /reused from an earlier check: .*-roads\.md \(fact f1\), 2024-02-01/);
    assert.deepEqual(fact.sources.map((id) => written.sources.find((s) => s.id === id)?.url), [SOURCE_URL]);
    assert.equal(checked[0]!.check.key, (reuse.command.arguments![0] as { key: string }).key);
  });

  test('the history follows another facts file changing on disk, and forgets it when deleted', async () => {
    const { doc, api, name, earlierUri } = await setUp();
    await writeFile(earlierUri, earlierFacts(name, 'false'));
    const after = await matchesWhen(api, doc, '4.2 million', (m) => m.some((x) => x.check.origin.file === earlierUri.toString() && x.check.verdict === 'false'));
    assert.equal(after.find((x) => x.check.origin.file === earlierUri.toString())!.status, 'checked');
    await vscode.workspace.fs.delete(earlierUri);
    await matchesWhen(api, doc, '4.2 million', (m) => !m.some((x) => x.check.origin.file === earlierUri.toString()));
  });

  test('a .factmark.jsonc "history" entry adds ClaimReview files; a broken one is reported in Problems and skipped', async () => {
    const folder = scratchName('history-cr');
    const feed = { '@context': 'https://schema.org', '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', item: [{
      '@type': 'ClaimReview', url: 'https://factcheck.example.org/reviews/harbour-ferry', claimReviewed: 'The harbour ferry carried 1.3 million passengers last year',
      author: { '@type': 'Organization', name: 'Example Fact Check' }, datePublished: '2024-05-03',
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
    }] }] };
    await writeFile(fixtureUri(folder, 'reviews', 'feed.json'), JSON.stringify(feed, null, 2));
    const broken = fixtureUri(folder, 'reviews', 'broken.json');
    await writeFile(broken, '[\n  { "@type": "ClaimReview", "claimReviewed": "Half a claim",\n]\n');
    await writeFile(fixtureUri(folder, '.factmark.jsonc'), '{ "history": ["reviews/*.json"] }\n');
    await writeFile(fixtureUri(folder, 'ferry.md'), '# Ferry\n\nOfficials added that the harbour ferry carried 1.3 million passengers last year.\n');
    const { doc, api } = await openFixture(folder, 'ferry.md');
    const matches = await matchesWhen(api, doc, 'harbour ferry', (m) => m.length > 0);
    assert.equal(matches[0]!.status, 'checked');
    assert.equal(matches[0]!.check.verdict, 'False');
    assert.equal(matches[0]!.check.origin.publisher, 'Example Fact Check');
    const card = await hoverText(doc, offsetOf(doc, 'harbour ferry'));
    assert.match(card, /Checked before: False\*\*, 2024\\-05\\-03 · \[Example Fact Check\]\(https:\/\/factcheck\.example\.org\/reviews\/harbour-ferry\)/);
    const problems = await waitFor(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(broken), (d) => d.length > 0, (d) => `problems on broken.json (now ${d.length})`);
    assert.equal(problems[0]!.source, 'factmark');
    assert.ok(problems[0]!.range.start.line >= 1, `reported at line ${problems[0]!.range.start.line + 1}`);
    assert.equal(await readFile(broken), '[\n  { "@type": "ClaimReview", "claimReviewed": "Half a claim",\n]\n', 'never written');
  });
});

// ClaimReview export: every item carries the fields Google requires and recommends; a missing required field
// fails the export with a message naming the field and the fact.
import assert from 'node:assert/strict';
import { ExportError, exportArticles, VERDICT_RATINGS, type ExportInput, type ExportSettings } from '../../src/core/export/index.js';
import { withFragment } from '../../src/core/export/claimreview.js';
import { scriptSafeJson } from '../../src/core/export/scriptSafeJson.js';
import { HOSTILE_SPEAKER, HOSTILE_TITLE, hostileClaimReviewInput } from '../fixtures/export/hostileClaimReview.js';
import { fixtureInput } from '../fixtures/export/load.js';

// Google Search Central, "Fact check (ClaimReview) structured data": required ClaimReview properties are
// claimReviewed, reviewRating (with alternateName) and url; Factmark also requires the reviewing organisation
// (author.name). Recommended: datePublished, author, itemReviewed (a Claim with author, datePublished and
// appearance), and the rating's numeric scale.
const REQUIRED = ['claimReviewed', 'reviewRating.alternateName', 'url', 'author.name'];
const RECOMMENDED = [
  'datePublished', 'author.url', 'reviewRating.ratingValue', 'reviewRating.bestRating', 'reviewRating.worstRating',
  'itemReviewed.author.name', 'itemReviewed.datePublished', 'itemReviewed.appearance.url',
];

const SETTINGS: ExportSettings = { organisationName: 'Example Checks', organisationUrl: 'https://checks.example.org' };

function get(item: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), item);
}

type Item = Record<string, unknown>;

function claimReviews(inputs: ExportInput[]) {
  const out = exportArticles('claimreview', inputs);
  return { items: JSON.parse(out.content) as Item[], warnings: out.warnings };
}

/** An article with front matter date and url, and a fact per rating verdict, all with speaker and check date. */
function fullInput(): ExportInput {
  const input = fixtureInput('formulas', SETTINGS);
  const text = input.text.replace('url: https://news.example.org/2026/spreadsheet-trap', 'url: https://news.example.org/2026/spreadsheet-trap\ndate: 2026-10-30');
  const facts = input.facts!;
  return {
    ...input,
    text,
    anchors: facts.facts.map((f) => {
      const start = text.indexOf(f.target.exact);
      return { factId: f.id, status: 'anchored', start, end: start + f.target.exact.length, method: 'exact', score: 1 } as const;
    }),
    facts: { ...facts, facts: facts.facts.map((f) => ({ ...f, speaker: f.speaker ?? 'Finance Ministry', checkedAt: f.checkedAt ?? '2026-11-01T09:30:00Z', claimReviewed: `Claim ${f.id} summarised` })) },
  };
}

describe('export: claimreview', () => {
  it('gives every exported item each required and recommended field', () => {
    const { items, warnings } = claimReviews([fullInput()]);
    assert.equal(items.length, 3, 'facts with verdicts true, mostly-true and false; "unverified" is not a rating');
    for (const item of items) {
      for (const field of [...REQUIRED, ...RECOMMENDED]) {
        const value = get(item, field);
        assert.ok(value !== undefined && value !== '', `item ${String(item.url)} lacks ${field}`);
      }
      assert.equal(item['@context'], 'https://schema.org');
      assert.equal(item['@type'], 'ClaimReview');
      assert.equal(get(item, 'reviewRating.@type'), 'Rating');
      assert.equal(get(item, 'itemReviewed.@type'), 'Claim');
      assert.match(String(get(item, 'itemReviewed.author.@type')), /^(Person|Organization)$/);
      assert.equal(get(item, 'author.@type'), 'Organization');
      const value = Number(get(item, 'reviewRating.ratingValue'));
      assert.ok(value >= Number(get(item, 'reviewRating.worstRating')) && value <= Number(get(item, 'reviewRating.bestRating')));
      assert.match(String(item.datePublished), /^\d{4}-\d{2}-\d{2}$/);
      assert.match(String(item.url), /^https:\/\/news\.example\.org\/2026\/spreadsheet-trap#fact-f\d$/);
      assert.equal(get(item, 'itemReviewed.appearance.url'), 'https://news.example.org/2026/spreadsheet-trap');
      assert.equal(get(item, 'itemReviewed.datePublished'), '2026-10-30');
    }
    assert.deepEqual(warnings, [], 'nothing recommended is missing and every summary is short');
    assert.deepEqual(items.map((i) => get(i, 'reviewRating.alternateName')), ['True', 'Mostly true', 'False']);
    assert.equal(get(items[1], 'itemReviewed.author.@type'), 'Organization', '"Finance Ministry" is an organisation');
    assert.equal(get(items[0], 'itemReviewed.author.name'), '@SUM(B1:B2)', 'the fact\'s speaker, as written');
    assert.equal(items[0].claimReviewed, 'Claim f1 summarised', 'a claimReviewed summary in the fact wins');
  });

  it('maps every rating verdict onto 1..5 with a name, and nothing else', () => {
    assert.deepEqual(Object.keys(VERDICT_RATINGS).sort(), ['false', 'misleading', 'mixed', 'mostly-true', 'true', 'unsupported']);
    assert.equal(VERDICT_RATINGS.true?.value, 5);
    assert.equal(VERDICT_RATINGS.false?.value, 1);
    for (const r of Object.values(VERDICT_RATINGS)) assert.ok(r && r.value >= 1 && r.value <= 5 && r.name);
  });

  it('fails naming the field and the fact when the organisation is missing', () => {
    const input = fixtureInput('formulas', {});
    assert.throws(() => exportArticles('claimreview', [input]), (err: unknown) => {
      assert.ok(err instanceof ExportError);
      assert.deepEqual(err.missing.map((m) => `${m.factId}:${m.field}`), ['f1:author.name', 'f2:author.name', 'f3:author.name']);
      assert.match(err.message, /formulas\.md: fact "f1" has no author\.name \(required by ClaimReview\): give the fact-checking organisation/);
      return true;
    });
  });

  it('fails on a missing or non-http URL, and on a fact without text', () => {
    const hostile = fixtureInput('hostile', SETTINGS);
    assert.throws(() => exportArticles('claimreview', [hostile]), /hostile\.md: fact "f1" has no url \(required by ClaimReview\)/);
    const input = fullInput();
    const broken = { ...input, anchors: [], facts: { ...input.facts!, facts: [{ id: 'x9', kind: 'claim' as const, target: { exact: '' }, verdict: 'false' as const }] } };
    assert.throws(() => exportArticles('claimreview', [broken]), (err: unknown) => err instanceof ExportError && err.missing.some((m) => m.factId === 'x9' && m.field === 'claimReviewed'));
  });

  it('uses the review page for url when given, and warns on a long claimReviewed and missing recommended fields', () => {
    const { items, warnings } = claimReviews([fixtureInput('formulas', { ...SETTINGS, reviewUrl: 'https://checks.example.org/reviews/ledger' })]);
    assert.equal(items[0].url, 'https://checks.example.org/reviews/ledger#fact-f1');
    const long = warnings.filter((w) => w.code === 'claim-reviewed-too-long');
    assert.deepEqual(long.map((w) => w.factId), ['f1']);
    assert.match(long[0].message, /has 112 characters; Google advises at most 75/);
    const missing = warnings.filter((w) => w.code === 'missing-recommended-field').map((w) => `${w.factId}:${w.field}`);
    assert.ok(missing.includes('f2:itemReviewed.author.name'));
    assert.ok(missing.includes('f2:datePublished'));
  });

  it('exports nothing (an empty array) for an article without rated facts', () => {
    const input = fixtureInput('formulas', SETTINGS);
    const { items } = claimReviews([{ ...input, facts: undefined, anchors: [] }]);
    assert.deepEqual(items, []);
  });
});

describe('export: JSON-LD and JSON are safe inside <script>', () => {
  const UNSAFE = /[<>&\u2028\u2029]/;

  it('escapes < > & U+2028 U+2029 and parses back to exactly the value', () => {
    const value = { a: '</script><!--<script>', b: 'x\\<y & &amp; \u2028\u2029', c: ['<', '>', 1, null], '<key>': true };
    const json = scriptSafeJson(value);
    assert.doesNotMatch(json, UNSAFE);
    assert.match(json, /"\\u003c\/script\\u003e\\u003c!--\\u003cscript\\u003e"/);
    assert.deepEqual(JSON.parse(json), value);
  });

  it('a hostile speaker, title and organisation come out escaped, and read back unchanged (F11)', () => {
    const out = exportArticles('claimreview', [hostileClaimReviewInput()]);
    assert.doesNotMatch(out.content, UNSAFE);
    const items = JSON.parse(out.content) as Item[];
    const f1 = items.find((i) => String(i.url).endsWith('#fact-f1'));
    assert.ok(f1, 'fact f1 is exported');
    assert.equal(get(f1, 'itemReviewed.author.name'), HOSTILE_SPEAKER);
    assert.equal(get(f1, 'itemReviewed.appearance.headline'), HOSTILE_TITLE);
    assert.equal(get(f1, 'author.name'), 'Desk </script><script>alert(1)</script>');
  });

  it('the JSON export is written the same way', () => {
    const out = exportArticles('json', [hostileClaimReviewInput()]);
    assert.doesNotMatch(out.content, UNSAFE);
    const json = JSON.parse(out.content) as { article: { title: string }; facts: { id: string; speaker?: string }[] };
    assert.equal(json.article.title, HOSTILE_TITLE);
    assert.equal(json.facts.find((f) => f.id === 'f1')?.speaker, HOSTILE_SPEAKER);
  });
});

describe('export: ClaimReview url per fact (F12)', () => {
  it('replaces a fragment already in --review-url, so every item has its own url', () => {
    for (const reviewUrl of ['https://x.example/page#top', 'https://x.example/page#', 'https://x.example/page?a=1#fact-f1']) {
      const { items } = claimReviews([fullInput()].map((i) => ({ ...i, settings: { ...SETTINGS, reviewUrl } })));
      const base = reviewUrl.slice(0, reviewUrl.indexOf('#'));
      assert.deepEqual(items.map((i) => i.url), ['f1', 'f2', 'f3'].map((id) => `${base}#fact-${id}`), reviewUrl);
    }
  });

  it('adds the fragment to an article URL that has none', () => {
    assert.equal(withFragment('https://x.example/a?b=c', 'fact-f1'), 'https://x.example/a?b=c#fact-f1');
    assert.equal(withFragment('https://x.example/a#one#two', 'fact-f1'), 'https://x.example/a#fact-f1');
  });
});

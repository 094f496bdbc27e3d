// The claim history on the workspace fixtures in test/fixtures/history: earlier checks from another article's
// facts file and from a ClaimReview feed, partial matches when a number differs, broken files reported and
// skipped, and incremental updates per file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimHistory } from '../../src/core/history/history.js';
import { FEATURE_NAMES, featuresOf } from '../../src/core/history/features.js';
import { profileOf } from '../../src/core/history/profile.js';
import { cleanClaimText, postedMonthOf, termsOf } from '../../src/core/history/text.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'history');
const read = (path: string): string => readFileSync(join(dir, path), 'utf8');

function fixtureHistory(): ClaimHistory {
  const history = new ClaimHistory();
  assert.deepEqual(history.setFile('earlier/roads.facts.json', 'facts', read('earlier/roads.facts.json')), []);
  assert.deepEqual(history.setFile('reviews/feed.json', 'claimreview', read('reviews/feed.json')), []);
  return history;
}

describe('claim history: matching earlier checks', () => {
  it('finds the check of the same claim in another article\'s facts file, with its verdict and sources', () => {
    const [match] = fixtureHistory().match('The mayor said the city spent 4.2 million euros on road repairs in 2023.');
    assert.equal(match.status, 'checked');
    assert.equal(match.check.verdict, 'true');
    assert.equal(match.check.origin.article, 'roads.md');
    assert.deepEqual(match.check.sources, [{ title: 'Annual accounts 2023', url: 'https://example.org/council/accounts-2023.pdf', publisher: 'City council' }]);
    assert.ok(match.confidence > 0.5 && match.confidence <= 1);
    assert.ok(match.reasons.includes('number agrees: 4.2'));
  });

  it('finds the check of the same claim in a ClaimReview DataFeed', () => {
    const [match] = fixtureHistory().match('Officials added that the harbour ferry carried 1.3 million passengers last year.');
    assert.equal(match.status, 'checked');
    assert.equal(match.check.verdict, 'False');
    assert.equal(match.check.origin.url, 'https://factcheck.example.org/reviews/harbour-ferry');
    assert.equal(match.check.origin.publisher, 'Example Fact Check');
  });

  it('marks a claim that shares the topic words but not the number as partial, with a lower confidence', () => {
    const history = fixtureHistory();
    const [same] = history.match('The city spent 4.2 million euros on road repairs in 2023.');
    const [other] = history.match('Critics said the city spent 9 million euros on road repairs in 2023.');
    assert.equal(other.check.key, 'earlier/roads.facts.json#f1');
    assert.equal(other.status, 'partial');
    assert.ok(other.confidence < same.confidence);
    assert.ok(other.reasons.some((r) => r.startsWith('number differs: 9 here, 4.2')));
  });

  it('finds nothing for an unrelated claim or in an empty history, and leaves out facts without a judgement', () => {
    const history = fixtureHistory();
    assert.deepEqual(history.match('The weather in the mountains was mild this spring.'), []);
    assert.deepEqual(new ClaimHistory().match('The city spent 4.2 million euros on road repairs in 2023.'), []);
    assert.deepEqual(history.match('The new tram line opened two years late.'), []); // its fact is "unverified"
    assert.equal(history.size, 2);
  });
});

describe('claim history: weak overlaps in a small history', () => {
  it('gives a claim that shares one word with a check no confident match, even when that word is the rarest', () => {
    const history = fixtureHistory();
    const claim = 'Residents of the city complained about noisy neighbours and late buses at night.';
    for (const match of history.match(claim, { minConfidence: 0 })) assert.ok(match.confidence < 0.5, `${match.check.key} ${match.confidence}`);
    assert.deepEqual(history.match(claim), []);
  });
});

describe('claim history: files', () => {
  it('reports a broken facts file at its line and column and adds nothing from it', () => {
    const history = new ClaimHistory();
    const problems = history.setFile('broken/article.facts.json', 'facts', readFileSync(join(dir, '..', 'workspace', 'broken', 'article.facts.json'), 'utf8'));
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0].file, problems[0].line, problems[0].column], ['broken/article.facts.json', 7, 3]);
    assert.equal(history.size, 0);
  });

  it('reports a ClaimReview file that is not JSON, or has no review in it, and adds nothing from it', () => {
    const history = new ClaimHistory();
    const [problem] = history.setFile('reviews/broken.json', 'claimreview', read('reviews/broken.json'));
    assert.deepEqual([problem.line, problem.column], [3, 1]);
    assert.match(problem.message, /property name expected/);
    assert.match(history.setFile('x.json', 'claimreview', '{"@type": "Thing"}')[0].message, /no ClaimReview item/);
    assert.equal(history.size, 0);
  });

  it('reads a single ClaimReview item and the array `factmark export --format claimreview` writes', () => {
    const item = { '@type': 'ClaimReview', claimReviewed: 'Bridge tolls doubled in 2022', reviewRating: { alternateName: 'Mostly true' }, url: 'https://r.example/1' };
    const history = new ClaimHistory();
    history.setFile('one.json', 'claimreview', JSON.stringify(item));
    history.setFile('many.json', 'claimreview', JSON.stringify([item, { ...item, claimReviewed: 'Ferry fares fell by a third in 2021' }]));
    assert.equal(history.size, 3);
    assert.deepEqual(history.match('Ferry fares fell by a third in 2021, the operator said.').map((m) => m.check.key), ['many.json#1']);
  });

  it('re-indexes only the file that changed, and forgets a removed file', () => {
    const history = fixtureHistory();
    const edited = read('earlier/roads.facts.json').replace('"verdict": "true"', '"verdict": "false"');
    history.setFile('earlier/roads.facts.json', 'facts', edited);
    assert.equal(history.size, 2);
    assert.equal(history.match('The city spent 4.2 million euros on road repairs in 2023.')[0].check.verdict, 'false');
    history.removeFile('earlier/roads.facts.json');
    assert.deepEqual(history.match('The city spent 4.2 million euros on road repairs in 2023.'), []);
    assert.equal(history.match('The harbour ferry carried 1.3 million passengers last year.')[0].check.verdict, 'False');
  });
});

describe('claim history: text', () => {
  it('drops links and the embedded-tweet date and handle, and splits hashtags', () => {
    const tweet = 'Wow #FakeNewsMedia pic.twitter.com/3S32De8ekP https://t.co/x — Jane Doe (@jdoe) January 8, 2020';
    assert.doesNotMatch(cleanClaimText(tweet), /pic\.twitter|https|@jdoe|January/);
    assert.deepEqual(termsOf(tweet), ['wow', 'fake', 'new', 'media', 'jane', 'doe']);
    assert.deepEqual(termsOf('The U.S. released 1,200 prisoners'), ['us', 'releas', '1200', 'prison']);
  });

  it('drops a link glued to the hashtag before it, and keeps a handle in the text as the words of its name', () => {
    assert.deepEqual(termsOf('Rings #WW3pic.twitter.com/AbC123xYz'), ['ring', 'ww', '3']);
    assert.deepEqual(termsOf('Not stopping #Minecrafthttps://t.co/Zz9Yy8Xx'), ['stop', 'minecraft']);
    assert.deepEqual(termsOf('Ask @SpeakerPelosi and @Rep_Cummings'), ['ask', 'speaker', 'pelosi', 'rep', 'cum']);
  });

  it('reads a dot between two words as a missing space, but keeps acronyms and decimals whole', () => {
    assert.deepEqual(termsOf('killing Jones.PS the U.S embassy paid 3.5'), ['kill', 'jone', 'ps', 'us', 'embassi', 'paid', '3.5']);
    assert.deepEqual(termsOf('a.k.a. the 3rd'), ['aka', '3rd']);
  });

  it('knows when an embedded tweet was posted, and which months a check names', () => {
    assert.equal(postedMonthOf('Rain all week — Jane Doe (@jdoe) August 20, 2019'), 'august 2019');
    assert.equal(postedMonthOf('Rain all week in August 2019'), undefined);
    assert.deepEqual([...profileOf('Fires burned in August 2019 and on March 3, 2020.').months], ['august 2019', 'march 2020']);
  });
});

describe('claim history: re-ranker features', () => {
  const retrieval = { score: 1, best: 1, next: 0, rank: 0, text: 1, title: 0, coverage: 1 };
  // Only "soleimani" and "drone" are words some check has; any other word gets the idf of an unseen word.
  const idf = (term: string): number => ({ soleimani: 3, drone: 1 })[term] ?? 5;
  const feature = (claim: string, check: string, name: (typeof FEATURE_NAMES)[number]): number =>
    featuresOf(profileOf(claim), profileOf(check), retrieval, idf)[FEATURE_NAMES.indexOf(name)];
  const tweet = 'Drone footage of the Soleimani strike zorblax — Jane Doe (@jdoe) January 3, 2020';

  it('measures the rarest shared word against the rarest word some check has, not against words no check uses', () => {
    assert.equal(feature(tweet, 'A drone strike killed Soleimani.', 'rarestShared'), 1);
    assert.equal(feature(tweet, 'A drone was seen.', 'rarestShared'), 1 / 3);
    assert.equal(feature(tweet, 'Nothing in common.', 'rarestShared'), 0);
  });

  it('notes a check that names the month and year an embedded tweet was posted, or only the year', () => {
    assert.deepEqual(['postedMonth', 'postedYear'].map((n) => feature(tweet, 'A drone strike killed Soleimani in January 2020.', n as 'postedMonth')), [1, 1]);
    assert.deepEqual(['postedMonth', 'postedYear'].map((n) => feature(tweet, 'A drone strike in March 2020.', n as 'postedMonth')), [0, 1]);
    assert.deepEqual(['postedMonth', 'postedYear'].map((n) => feature('Drone strike in January 2020', 'A drone strike in January 2020.', n as 'postedMonth')), [0, 0]);
  });
});

describe('claim history: hover section', () => {
  it('lists earlier checks with escaped text and links only to https pages or the files themselves', async () => {
    const { historyHoverMarkdown } = await import('../../src/core/history/present.js');
    const history = new ClaimHistory();
    history.setFile('x.json', 'claimreview', JSON.stringify([
      { '@type': 'ClaimReview', claimReviewed: 'Ferry fares fell by a third [x](command:evil) in 2021', reviewRating: { alternateName: 'False*' }, url: 'javascript:alert(1)', author: { name: 'Desk <b>' } },
    ]));
    history.setFile('earlier/roads.facts.json', 'facts', read('earlier/roads.facts.json'));
    const ferry = historyHoverMarkdown(history.match('Ferry fares fell by a third in 2021.'), (f) => `file:///w/${f}`);
    assert.match(ferry, /Checked before: False\\\*/);
    assert.doesNotMatch(ferry, /\]\(command:|\]\(javascript:|<b>/);
    assert.match(ferry, /\[Desk \\<b\\>\]\(file:\/\/\/w\/x\.json\)/);
    const roads = historyHoverMarkdown(history.match('Critics said the city spent 9 million euros on road repairs in 2023.'), () => 'command:factmark.x');
    assert.match(roads, /Partly checked before: true\*\*, 2024\\-02\\-01 · roads\\\.md · confidence 0\.\d\d — number differs/);
    assert.equal(historyHoverMarkdown([]), '');
  });
});

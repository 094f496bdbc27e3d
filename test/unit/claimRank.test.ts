// A claim's rank by check-worthiness among the article's claims, as the hover card and the Claims view show it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze.js';
import { byCheckWorthiness, checkWorthinessRank, describeRank, ordinal } from '../../src/core/present/claimRank.js';
import { groupClaims } from '../../src/core/present/claims.js';
import { NO_FACTS } from '../../src/core/present/findings.js';
import { hoverMarkdown } from '../../src/core/present/hover.js';

const kishida = readFileSync(new URL('../../examples/kishida.md', import.meta.url), 'utf8');
const TARGET = { uri: 'file:///kishida.md' };

describe('claim rank by check-worthiness', () => {
  it('writes ordinals, including the teens', () => {
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal), ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
  });

  it('says joint and how many share a place', () => {
    assert.equal(describeRank({ rank: 2, of: 12, tied: 1 }), '2nd of 12 claims in this article');
    assert.equal(describeRank({ rank: 5, of: 12, tied: 2 }), 'joint 5th (with 1 other) of 12 claims in this article');
    assert.equal(describeRank({ rank: 5, of: 12, tied: 4 }), 'joint 5th (with 3 others) of 12 claims in this article');
    assert.equal(describeRank({ rank: 1, of: 1, tied: 1 }), '1st of 1 claim in this article');
  });

  it('ranks the seed article’s claims: the return of five nationals above the commentary, equal scores sharing a place', () => {
    const claims = analyze(kishida).claims;
    const find = (phrase: string) => claims.find((c) => c.text.includes(phrase))!;
    const nationals = checkWorthinessRank(claims, find('return of five Japanese nationals'))!;
    const interest = checkWorthinessRank(claims, find('limited interest'))!;
    assert.equal(nationals.of, claims.length);
    assert.ok(nationals.rank < interest.rank, `${nationals.rank} vs ${interest.rank}`);
    // "limited interest" sits at the 0.5 floor with other claims: they share one place, below every higher score.
    assert.equal(find('limited interest').score, 0.5);
    assert.equal(interest.tied, claims.filter((c) => c.score === 0.5).length);
    assert.ok(interest.tied > 1);
    assert.equal(interest.rank, claims.filter((c) => c.score > 0.5).length + 1);
    assert.equal(checkWorthinessRank(claims.slice(1), claims[0]), undefined);
  });

  it('lists a group most check-worthy first, equal scores in the article’s order', () => {
    const claims = analyze(kishida).claims;
    const unsourced = groupClaims(claims, NO_FACTS, 'checkWorthiness').find((g) => g.display === 'unsourced')!.claims;
    for (let i = 1; i < unsourced.length; i++) {
      const [a, b] = [unsourced[i - 1], unsourced[i]];
      assert.ok(a.score > b.score || (a.score === b.score && a.start < b.start), `${a.text} before ${b.text}`);
    }
    assert.deepEqual(new Set(unsourced), new Set(groupClaims(claims, NO_FACTS).find((g) => g.display === 'unsourced')!.claims));
    assert.ok(unsourced[0].score > unsourced[unsourced.length - 1].score);
    assert.deepEqual([...claims].sort(byCheckWorthiness).map((c) => c.score), claims.map((c) => c.score).sort((a, b) => b - a));
  });

  it('shows the rank in the hover card instead of a percentage', () => {
    const a = analyze(kishida);
    const claim = a.claims.find((c) => c.text.includes('limited interest'))!;
    const card = hoverMarkdown(a, NO_FACTS, claim.start + 2, TARGET)!;
    const rank = checkWorthinessRank(a.claims, claim)!;
    assert.ok(card.includes(`Check-worthiness: joint ${ordinal(rank.rank)} (with ${rank.tied - 1} others) of ${a.claims.length} claims in this article (score 0.50)`), card);
    assert.doesNotMatch(card, /Check-worthiness: \d+%/);
  });
});

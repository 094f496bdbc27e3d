// A claim's rank by check-worthiness among the article's claims, as the hover card and the Claims view show it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze.js';
import { analysisRanks, byCheckWorthiness, claimRanks, describeRank, ordinal, type ClaimRank } from '../../src/core/present/claimRank.js';
import type { Claim } from '../../src/core/types.js';
import { groupClaims } from '../../src/core/present/claims.js';
import { NO_FACTS } from '../../src/core/present/findings.js';
import { hoverMarkdown } from '../../src/core/present/hover.js';

const kishida = readFileSync(new URL('../../examples/kishida.md', import.meta.url), 'utf8');
const TARGET = { uri: 'file:///kishida.md' };

/** The rank as it was computed before claimRanks, claim by claim over every claim: the reference it must agree with. */
function rankByWalking(claims: readonly Claim[], claim: Claim): ClaimRank | undefined {
  if (!claims.includes(claim)) return undefined;
  let above = 0;
  let tied = 0;
  for (const c of claims) {
    if (c.score > claim.score) above++;
    else if (c.score === claim.score) tied++;
  }
  return { rank: above + 1, of: claims.length, tied };
}

const claimScored = (score: number, start: number): Claim => ({ id: `c${start}`, start, end: start + 1, text: 'x', status: 'unsourced', score, reasons: [] });

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
    const ranks = claimRanks(claims);
    const nationals = ranks.get(find('return of five Japanese nationals'))!;
    const interest = ranks.get(find('limited interest'))!;
    assert.equal(nationals.of, claims.length);
    assert.ok(nationals.rank < interest.rank, `${nationals.rank} vs ${interest.rank}`);
    // "limited interest" sits at the 0.5 floor with other claims: they share one place, below every higher score.
    assert.equal(find('limited interest').score, 0.5);
    assert.equal(interest.tied, claims.filter((c) => c.score === 0.5).length);
    assert.ok(interest.tied > 1);
    assert.equal(interest.rank, claims.filter((c) => c.score > 0.5).length + 1);
    assert.equal(claimRanks(claims.slice(1)).get(claims[0]), undefined);
  });

  it('gives every claim the rank and ties that comparing it with each other claim gives', () => {
    const seed = analyze(kishida).claims;
    // Many ties, scores out of order, 0 and -0, a claim listed twice, a score that is not a number.
    const made = [0.5, 0.9, 0.5, 0.7, 0.9, 0, -0, 1, 0.5, Number.NaN, 0.7, 0.5].map(claimScored);
    const twice = [...made, made[2]];
    for (const claims of [seed, made, twice, []]) {
      const ranks = claimRanks(claims);
      for (const claim of claims) assert.deepEqual(ranks.get(claim), rankByWalking(claims, claim), `score ${claim.score} of [${claims.map((c) => c.score).join(', ')}]`);
      assert.equal(ranks.size, new Set(claims).size);
    }
    assert.deepEqual(claimRanks(made).get(made[0]), { rank: 6, of: 12, tied: 4 });
    assert.deepEqual(claimRanks(made).get(made[9]), { rank: 1, of: 12, tied: 0 });
    assert.equal(claimRanks(made).get(claimScored(0.5, 99)), undefined);
  });

  it('works out an analysis’ ranks once and keeps them while its claim list lives', () => {
    const claims = analyze(kishida).claims;
    assert.equal(analysisRanks(claims), analysisRanks(claims));
    assert.notEqual(analysisRanks(claims), analysisRanks([...claims]));
    assert.deepEqual([...analysisRanks(claims)], [...claimRanks(claims)]);
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
    const rank = claimRanks(a.claims).get(claim)!;
    assert.ok(card.includes(`Check-worthiness: joint ${ordinal(rank.rank)} (with ${rank.tied - 1} others) of ${a.claims.length} claims in this article (score 0.50)`), card);
    assert.doesNotMatch(card, /Check-worthiness: \d+%/);
  });
});

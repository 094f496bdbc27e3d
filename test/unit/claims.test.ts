import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze.js';
import type { Claim } from '../../src/core/types.js';

const kishida = readFileSync(new URL('../../examples/kishida.md', import.meta.url), 'utf8');
const harbour = readFileSync(new URL('../fixtures/claims/harbour.md', import.meta.url), 'utf8');

function claims(text: string, options = {}): Claim[] {
  return analyze(text, options).claims;
}

function containing(list: Claim[], phrase: string): Claim {
  const found = list.find((c) => c.text.includes(phrase));
  assert.ok(found, `no claim containing "${phrase}" in ${JSON.stringify(list.map((c) => c.text))}`);
  return found;
}

function score(sentence: string): number {
  return Math.max(0, ...claims(sentence, { includeAllClaims: true }).map((c) => c.score));
}

describe('claims', () => {
  it('cuts the seed article’s contrastive sentence so the second clause is a claim of its own', () => {
    const list = claims(kishida);
    const nk = list.find((c) => c.text === 'North Korea has shown limited interest in these overtures');
    assert.ok(nk, JSON.stringify(list.map((c) => c.text)));
    assert.equal(kishida.slice(nk.start, nk.end), nk.text);
    assert.ok(nk.reasons.includes('named-actor'));
    assert.ok(list.some((c) => c.text.startsWith('The United States, under President Joe Biden’s administration') && c.text.endsWith('talks with North Korea')));
    assert.ok(containing(list, 'publicly expressed admiration for him').score >= 0.5);
    assert.ok(containing(list, 'resulted in the return of five Japanese nationals').reasons.includes('causal'));
  });

  it('keeps the seed article’s claims in their order of importance, and reports the same clauses at 0.5', () => {
    const all = claims(kishida, { includeAllClaims: true });
    const at = (phrase: string): number => containing(all, phrase).score;
    // The return of five nationals (a count and a consequence) leads; the declaration, Trump's summit and Koizumi's
    // visit follow; the quoted offer, the echo and the invitations come next; the commentary comes last.
    const tiers = [
      ['resulted in the return of five Japanese nationals'],
      ['has made a public declaration of his willingness', 'held a historic summit with Kim Jong Un', 'Junichiro Koizumi visited Pyongyang in 2002'],
      ['I wish to convey my unwavering determination', 'Hirokazu Matsuno, echoed this commitment', 'has also extended invitations for talks', 'North Korea has shown limited interest'],
      ['subsequent negotiations faced challenges and roadblocks', 'Kishida’s statement reflects Japan’s proactive approach'],
    ];
    for (let t = 1; t < tiers.length; t++) {
      for (const higher of tiers[t - 1]) for (const lower of tiers[t]) assert.ok(at(higher) > at(lower), `"${higher}" ${at(higher)} > "${lower}" ${at(lower)}`);
    }
    const reported = claims(kishida).map((c) => c.text);
    for (const phrase of tiers.slice(0, 3).flat()) assert.ok(reported.some((t) => t.includes(phrase)), phrase);
    for (const phrase of tiers[3]) assert.ok(!reported.some((t) => t.includes(phrase)), phrase);
  });

  it('never makes a claim of a heading, nor of code', () => {
    const text = '# Unemployment fell to 3.5% in 2023\n\nSee below.\n\n```\nUnemployment fell to 3.5% in 2023.\n```\n';
    assert.deepEqual(claims(text, { includeAllClaims: true }).filter((c) => c.text.includes('3.5')), []);
    for (const c of claims(kishida, { includeAllClaims: true })) assert.ok(!c.text.startsWith('Kishida offers to meet'), 'the title heading');
  });

  it('gives the reasons that fired and scores factual statements above opinion, questions and chatter', () => {
    const factual = claims('Unemployment fell to 3.5 percent in May 2023, the lowest rate since 1969.', { includeAllClaims: true })[0];
    for (const r of ['number', 'percent', 'date', 'comparison']) assert.ok(factual.reasons.includes(r), r);
    assert.ok(factual.score > 0.8);

    const causal = claims('The drought caused food prices to double.', { includeAllClaims: true })[0];
    assert.ok(causal.reasons.includes('causal'));

    const question = claims('Will prices fall next year?', { includeAllClaims: true })[0];
    assert.ok(question.reasons.includes('question'));

    const opinion = claims('I think we should be more careful with these things.', { includeAllClaims: true })[0];
    assert.ok(opinion.reasons.includes('opinion'));

    assert.ok(score('The senator voted against the 2019 budget, which cut $3 billion from schools.') > score('I think we should be more careful with these things.'));
    assert.ok(score('Exports to China doubled between 2010 and 2020.') > score('Will prices fall next year?'));
    assert.ok(score('Thank you.') < 0.2);
  });

  it('honours minClaimScore and includeAllClaims', () => {
    const all = claims(harbour, { includeAllClaims: true });
    const defaults = claims(harbour);
    const strict = claims(harbour, { minClaimScore: 0.9 });
    assert.ok(all.length > defaults.length && defaults.length > strict.length && strict.length > 0);
    for (const c of defaults) assert.ok(c.score >= 0.5);
    for (const c of strict) assert.ok(c.score >= 0.9);
    for (const c of all) assert.ok(c.score >= 0 && c.score <= 1);
  });

  it('numbers claims c1, c2… and keeps each text a slice of the article without the final stop', () => {
    const list = claims(harbour, { includeAllClaims: true });
    assert.deepEqual(list.map((c) => c.id), list.map((_, i) => 'c' + (i + 1)));
    for (const c of list) {
      assert.equal(harbour.slice(c.start, c.end), c.text);
      assert.ok(!/[\s.]$/.test(c.text), c.text);
    }
  });

  it('splits at “; ”, “, but” and “, although” only between real clauses', () => {
    const list = claims('The council approved the budget on Monday; the mayor vetoed it on Friday.', { includeAllClaims: true });
    assert.deepEqual(list.map((c) => c.text), ['The council approved the budget on Monday', 'the mayor vetoed it on Friday']);
    const short = claims('Small, but costly repairs were approved in 2024.', { includeAllClaims: true });
    assert.equal(short.length, 1);
  });

  // Guards against quadratic scans, which take minutes at this size: the test's own time limit (20 s in .mocharc)
  // is the bound; speed itself is measured by `npm run bench`, not asserted here.
  it('analyses a megabyte of prose', () => {
    const paragraph = 'The council voted 7–2 on Tuesday to spend $48 million, the mayor said. Critics say the plan, which “will fail,” costs too much, although officials disagree.\n\n';
    const copies = Math.ceil(1_000_000 / paragraph.length);
    const result = analyze(paragraph.repeat(copies));
    // Every copy reads the same: the council's vote attributed to the mayor, the critics' view vague.
    assert.equal(result.claims.filter((c) => c.status === 'attributed').length, copies);
    assert.equal(result.claims.filter((c) => c.status === 'unsourced' && c.reasons.includes('vague-source')).length, copies);
  });
});

describe('claims: short events anchored in time, results in sport, spans of dates', () => {
  const reported = (sentence: string): boolean => claims(sentence + '\n').length > 0;

  it('reports a past event with a day, a month or a year however short it is', () => {
    for (const s of ['The bakery reopened on Tuesday.', 'Trading resumed in March.', 'Production halted in 2019.', 'The ferry resumed sailing on Sunday.', 'Dr Anwen Price retired on Friday.']) {
      assert.ok(reported(s), s);
    }
  });

  it('reports a counted happening however short it is, but not a short count with no happening', () => {
    for (const s of ['Two people died.', 'Three men were arrested.', 'The ovens failed twice.', 'All 143 passengers survived.']) {
      assert.ok(reported(s), s);
    }
    for (const s of ['That makes three.', 'Two is plenty.', 'One more, please.']) assert.ok(!reported(s), s);
  });

  it('reports a result in sport', () => {
    for (const s of ['Kelmscott United drew two-all at home on Saturday.', 'Brackley Harriers beat Fenton Wanderers on Sunday.', 'Brackley scored late on Wednesday.']) {
      assert.ok(reported(s), s);
    }
  });

  it('reports a clause stating when something happens over a span of dates', () => {
    for (const s of ['Walkers come for the gannets, which breed on the northern stacks from April to July, and for the views.', 'Hikers visit the lighthouse, which opens to the public from June to September, and the old quarry.']) {
      assert.ok(reported(s), s);
    }
  });

  it('keeps description, opinion, questions and quoted promises about those days non-claims', () => {
    for (const s of ['The lane smells of coffee on Sunday mornings.', 'It was a lovely Friday.', 'Will the bakery reopen on Tuesday?', 'I think the bakery should open on Sundays.', '“We will open the bridge by Friday,” she promised.', 'From the window you can see the hills.']) {
      assert.ok(!reported(s), s);
    }
  });
});

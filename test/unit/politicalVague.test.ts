// How political coverage leaves its sources vague or unnamed: a politician's allies, a party's MPs and hands, what
// the corridors murmur or a camp is held to think, a quantifier placed in a party ("Many in the party fear"), and
// unnamed people placed by their access ("A staffer who was in the room", "speaking privately"). Invented sentences.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const C = 'the governor raised $4 million from donors in 2019';
const reasons = (text: string) => analyze(`# T\n\n${text}\n`).claims.find((c) => c.text.includes('4 million'))?.reasons ?? [];

describe('vague and anonymous sources of political coverage', () => {
  it('groups a party or a politician has are vague', () => {
    for (const lead of ['Allies of the senator say', 'Tory MPs grumble that', 'Senior Labour figures believe', 'Veteran campaign hands say',
      'Operatives in both parties say', 'Critics on both sides say', 'Murmurs on Capitol Hill suggest', 'Many in the party fear',
      'It is an open secret in Westminster that', 'The thinking inside the campaign is that', 'Left-leaning blogs have alleged',
      'Ethics experts say', 'Election lawyers warn', 'Tax analysts expect']) {
      assert.ok(reasons(`${lead} ${C}.`).includes('vague-source'), lead);
    }
  });

  it('a named body or person stays a source', () => {
    for (const lead of ['Pentagon officials say', 'Senior Pentagon officials say', 'Ana Ruiz, who worked on the campaign, said', 'Both Ruiz and Cole say']) {
      const r = reasons(`${lead} ${C}.`);
      assert.ok(!r.includes('vague-source') && !r.includes('anonymous-source'), `${lead}: ${r.join(',')}`);
    }
  });

  it('one left unnamed and placed by access, or speaking privately, is anonymous', () => {
    for (const lead of ['Aides to the senator, speaking privately, said', 'A person who has seen the records said', 'A staffer who was in the room said',
      'One member of the finance committee, granted anonymity to speak freely, said', 'Someone who worked on the campaign said']) {
      assert.ok(reasons(`${lead} ${C}.`).includes('anonymous-source'), lead);
    }
  });

  it('an aside on the subject of how it came to speak keeps the subject the source', () => {
    const frames = (text: string) => analyze(`${text}\n`).attributions.map((x) => [x.source?.text, x.cue.text, x.content?.text]);
    assert.deepEqual(frames('One member of the committee, granted anonymity to speak freely, said the plan failed.'), [['One member of the committee', 'said', 'the plan failed']]);
    assert.deepEqual(frames('Ana Ruiz, asked about the cuts, said the plan failed.'), [['Ana Ruiz', 'said', 'the plan failed']]);
    assert.deepEqual(frames('Ruiz, pressed on the figures, conceded the plan failed.'), [['Ruiz', 'conceded', 'the plan failed']]);
    assert.deepEqual(frames('The aide, reached by phone, said the plan failed.').map((a) => a[0]), ['The aide']);
  });

  it('what a relative clause on the subject saw is no report: the sentence\'s own verb is', () => {
    const a = analyze(`A person who has seen the records said ${C}.\n`).attributions;
    assert.deepEqual(a.map((x) => [x.source?.text, x.cue.text]), [['A person who has seen the records', 'said']]);
  });
});

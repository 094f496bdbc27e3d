// Words of campaign coverage that look like cues and are nouns or labels: plural nouns after a preposition ("a round
// of contests held on Saturday"), polls one is only heading to ("voters in four states heading to the polls"), label
// lines ("Editor's Note:", "Contributing:") and tallies ("Ruiz: 547."). Invented sentences.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const cues = (text: string) => analyze(`${text}\n`).attributions.map((a) => a.cue.text);

describe('campaign nouns and labels that are no cue', () => {
  it('an -s form right after a preposition is a plural noun', () => {
    assert.deepEqual(cues('Okafor took the northern counties in the round of contests held on Saturday.'), []);
    assert.deepEqual(cues('The campaign picked up delegates in states that split them by vote share.'), []);
    assert.deepEqual(cues('The senator toured a cluster of states that hold primaries in May.'), []);
    // A noun of report before its clause stays a cue.
    assert.deepEqual(cues('Markets slid amid reports that the bank had lost its largest client.'), ['reports']);
    assert.deepEqual(cues('The board convened over claims that the postal ballots had arrived late.'), ['claims']);
    // A verb after its subject is still a verb.
    assert.deepEqual(cues('The judge rules that the ballots were valid.').length, 1);
  });

  it('a poll a clause only goes to, or a poll past another preposition, reports nothing before it', () => {
    assert.deepEqual(cues('Most voters across four states heading to the polls this week favoured the levy.'), []);
    assert.deepEqual(cues('Turnout fell below half in two of the counties where exit polls were run.'), []);
    // The poll's own "in" still reports: "stuck in third place in surveys behind Ruiz" reads from the second "in".
    const a = analyze('The mayor has been stuck in third place in surveys behind Ana Ruiz.\n').attributions[0];
    assert.equal(a?.source?.text, 'surveys behind Ana Ruiz');
    assert.equal(a?.content?.text, 'The mayor has been stuck in third place');
    assert.equal(analyze('Okafor has beaten Ruiz in just about every county survey this spring.\n').attributions[0]?.source?.text, 'just about every county survey this spring');
  });

  it('a label line, a tally or a roster after a colon is nobody\'s words', () => {
    for (const label of ["Editor's Note: A story on Tuesday gave the wrong date for the vote.", 'Contributing: Ana Ruiz and Ben Cole.',
      'Paid Notice: Deaths of members.', 'Delegate Update: Where the count stands tonight.', 'Stat of the Week: $12 million in ferry subsidies.']) {
      assert.deepEqual(cues(label), [], label);
    }
    assert.deepEqual(cues('Ruiz: 1,769.\n\nCole: 1,501.'), []);
    assert.deepEqual(cues('Iowa: Ana Ruiz, Ben Cole, Carla Diaz, Dev Patel.'), []);
    // A name's head word that labels elsewhere ("Watch:") is still a speaker in a name ("Judicial Watch: …").
    assert.deepEqual(cues('Harbor Watch: The State Department Hid the Email for Years.'), [':']);
    assert.deepEqual(cues('Ruiz: The Tax Plan Is a Proven Failure.'), [':']);
  });
});

// How court, crime, sport and culture desks word a report: a listener between the verb and a that-less clause
// ("told the jury the club paid"), what a hearing heard, unnamed people placed by a pronoun ("Someone close to the
// manager"), and the groups around a player, a show or a case. Invented sentences.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const C = 'the club paid $4 million for the striker in 2019';
const doc = (text: string) => analyze(`# T\n\n${text}\n`);
const statusOf = (text: string) => doc(text).claims.find((c) => c.text.includes('4 million'))?.status;
const reasonsOf = (text: string) => doc(text).claims.find((c) => c.text.includes('4 million'))?.reasons ?? [];
const first = (text: string) => doc(text).attributions[0];

describe('court, crime, sport and culture frames', () => {
  it('a listener of any kind closes before a that-less reported clause', () => {
    for (const listener of ['the court', 'jurors', 'the jury', 'the inquest', 'magistrates', 'the judge', 'police', 'fans', 'investors', 'the crowd', 'a packed courtroom', 'the chairman of the panel']) {
      const text = `Ana Ruiz told ${listener} ${C}.`;
      assert.equal(statusOf(text), 'attributed', text);
      assert.equal(first(text)?.content?.text, C, text);
    }
    assert.equal(first(`Ana Ruiz told the court he had paid $4 million for the striker in 2019.`)?.content?.text, 'he had paid $4 million for the striker in 2019');
    // The listener's own words stay its own: a possessive, "all the", "of the".
    assert.equal(first(`Ruiz told all the players ${C}.`)?.content?.text, C);
    assert.equal(first(`Ruiz told members of the committee ${C}.`)?.content?.text, C);
    assert.equal(first(`Ruiz told the club's website ${C}.`)?.content?.text, C);
  });

  it('a clause whose verb is an irregular past of an act is reported ("assured fans the club paid")', () => {
    assert.equal(statusOf(`Ruiz assured fans ${C}.`), 'attributed');
  });

  it('what a hearing heard or was told is evidence given before it, and a hearing is never a vague group', () => {
    for (const frame of ['The inquest heard', 'The hearing was told', 'Magistrates heard', 'Jurors were told', 'Jurors heard that', 'The court was told', 'Southwark Crown Court heard']) {
      const text = `${frame} ${C}.`;
      assert.equal(statusOf(text), 'attributed', text);
      assert.equal(first(text)?.vague, false, text);
    }
    // A hearing that heard a noun heard no report.
    assert.notEqual(first('The committee heard evidence from 40 witnesses in 2019.')?.cue.text, 'heard');
  });

  it('a pronoun placed by "close to", "familiar with" or "with knowledge of" heads an anonymous source', () => {
    for (const source of ['Someone close to the manager', 'Somebody familiar with the talks', 'Those close to the player', 'One lawyer with knowledge of the deal', 'A person with direct knowledge of the deal']) {
      const text = `${source} said ${C}.`;
      assert.equal(first(text)?.source?.text, source, text);
      assert.ok(reasonsOf(text).includes('anonymous-source'), text);
    }
  });

  it('the people around a player, a show or a case, unnamed, are a vague source', () => {
    for (const source of ['Those who knew him say', 'Colleagues recall that', 'Teammates said', 'Mourners said', 'Reviewers have suggested', 'Rival coaches have long grumbled that', 'Scouts said']) {
      const text = `${source} ${C}.`;
      assert.equal(statusOf(text), 'unsourced', text);
      assert.ok(reasonsOf(text).includes('vague-source'), text);
    }
    // A body of a kind capitalised by the sentence start names none; with its name it is named.
    assert.ok(reasonsOf(`Union officials have long claimed that ${C}.`).includes('vague-source'));
    assert.equal(statusOf(`Stagehands Union officials said ${C}.`), 'attributed');
    // Knowing a person is no thought reported; knowing a thing still is.
    assert.equal(first(`Those who knew him say ${C}.`)?.cue.text, 'say');
    assert.equal(first(`Ruiz knew ${C}.`)?.cue.text, 'knew');
  });

  it('a source not authorized to speak is anonymous, and what it may not say is no report', () => {
    for (const source of ['A steward who was not authorized to discuss the case publicly', 'An official not authorized to talk about the case publicly', 'A detective who is not permitted to discuss the inquiry']) {
      const text = `${source} said ${C}.`;
      assert.equal(first(text)?.cue.text, 'said', text);
      assert.ok(reasonsOf(text).includes('anonymous-source'), text);
    }
    assert.equal(first(`An official not authorized to talk about the case publicly said ${C}.`)?.source?.text, 'An official not authorized to talk about the case');
  });

  it('a negated verb closing a sentence is no trailing frame ("…, the other never found")', () => {
    assert.equal(statusOf('Two figurines worth $4 million were taken in 1987; one was recovered in 1990, the other never found.'), 'unsourced');
    assert.equal(statusOf('Two figurines worth $4 million were taken in 1987, the inquiry found.'), 'cited');
  });

  it('hearsay, open secrets and views nobody holds by name are vague wording', () => {
    for (const frame of ['It is no secret that', 'It is common knowledge that', 'It is an open secret that', 'It is well known that', 'It has long been rumoured that', 'There is a widespread belief that', 'There is a feeling among players that', 'There are fears among residents that', 'The word around the club is that', 'Talk in the dressing room is that', 'Speculation has mounted that', 'Cynics suggest', 'Longtime followers of the club say', 'Gossip columns have claimed', 'Posts on social media claimed', 'Staff at the museum have complained that']) {
      const text = `${frame} ${C}.`;
      assert.ok(reasonsOf(text).includes('vague-source'), text);
      assert.equal(statusOf(text), 'unsourced', text);
    }
    // Not a view: "a sense of relief"; not a source: "well" before a passive.
    assert.ok(!reasonsOf(`There was a sense of relief after ${C}.`).includes('vague-source'));
    assert.notEqual(first(`It is well known that ${C}.`)?.source?.text, 'well');
  });

  it('a document states, and a coroner or a hearing records, what they report', () => {
    assert.equal(statusOf(`The referee's report states ${C}.`), 'cited');
    assert.equal(statusOf(`The letter states ${C}.`), 'cited');
    assert.equal(statusOf(`The coroner recorded that ${C}.`), 'cited');
    // "the member states" stays a noun; a record kept of a thing reports nothing.
    assert.notEqual(first('The member states agreed on a levy of $4 million in 2019.')?.cue.text, 'states');
    assert.equal(doc(`The coroner recorded a verdict of misadventure after ${C}.`).attributions.length, 0);
  });

  it('a frame inside the sentence goes on over "including", which opens a list, not a participle', () => {
    assert.equal(statusOf('The club paid $4 million for 40 players, the Times said, including strikers, wingers and two goalkeepers.'), 'attributed');
    // A participle after the frame is the frame's own ("…, she said, adding that …").
    assert.equal(first('The club paid $4 million for 40 players, Ruiz said, adding that the deal was fair.')?.content?.text, 'The club paid $4 million for 40 players');
  });

  it('a medium\'s quoted title closing a trailing frame is where it was said, not what', () => {
    assert.equal(statusOf('The club paid $4 million for the striker in 2019, Ruiz wrote in her 2021 book, “A Season in Hell.”'), 'attributed');
    assert.equal(statusOf('The club paid $4 million for the striker in 2019, Ruiz said on Monday on Radio Harbor’s “Morning Call.”'), 'attributed');
    // A short quote in capitals after "said of" is still what was said.
    assert.equal(first('Ruiz said of the plan, “A Disgrace.”')?.content?.text, 'of the plan, “A Disgrace.”');
    // A sum of money is no source: "plan" after it is a noun ("the $4 million plan, “…”").
    assert.ok(!doc('Ruiz said of the $4 million plan, “A Disgrace.”').attributions.some((a) => a.source?.text === '4 million'));
    assert.equal(first('52 percent said the levy should pass.')?.source?.text, '52 percent');
  });

  it('an aside right after "that" stays inside the reported clause, and an inverted frame may be followed by a joined clause', () => {
    assert.equal(statusOf('The Gazette reported that, according to its own count, the club paid $4 million for the striker in 2019.'), 'attributed');
    assert.equal(first('Ruiz said that, in 2019, the club paid $4 million for the striker.')?.content?.text, 'that, in 2019, the club paid $4 million for the striker');
    assert.equal(first('The club paid $4 million for the striker in 2019, a spokeswoman, Ana White, said on Friday, and it has paid more since.')?.source?.text, 'a spokeswoman, Ana White');
  });

  it('a senior figure, someone inside, and a source who cannot be named are anonymous', () => {
    for (const source of ['A senior club figure said', 'Someone inside the dressing room said', 'A senior detective, who cannot be named for operational reasons, said', 'A juror, who cannot be identified for legal reasons, told the Ledger']) {
      const text = `${source} ${C}.`;
      assert.ok(reasonsOf(text).includes('anonymous-source'), text);
    }
    assert.equal(first(`Someone inside the dressing room said ${C}.`)?.source?.text, 'Someone inside the dressing room');
    // A name beside the reason leaves the source named.
    assert.ok(!reasonsOf(`Ana Ruiz, whose employer cannot be named, said ${C}.`).includes('anonymous-source'));
  });
});


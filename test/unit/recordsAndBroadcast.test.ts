// Investigative reporting and broadcast write-ups: bodies named by their records ("the Health and Safety
// Executive's inspection report says"), and the speakers of press conferences, interviews and live blogs.
// Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('records and broadcast write-ups', () => {
  it('a body with "and" in its name speaks through its own report ("the Fish and Wildlife Service’s annual report says")', () => {
    const safety = 'The Health and Safety Executive’s inspection report says the scaffold ties were “not fit for the wind loading.”\n';
    assert.equal(speakerOf(safety, 'not fit for')?.name, 'Health and Safety Executive');
    const wildlife = 'The Fish and Wildlife Service’s annual report says the elk herd is “smaller than at any point since 1990.”\n';
    assert.equal(speakerOf(wildlife, 'smaller than')?.name, 'Fish and Wildlife Service');
  });

  it('the source before the cue keeps a body’s whole name, "and" and all, before the document it owns', () => {
    const { attributions } = analyze('The Health and Safety Executive’s inspection report says the ties failed.\n');
    assert.equal(attributions.find((a) => a.cue.text === 'says')?.source?.text, 'The Health and Safety Executive’s inspection report');
  });

  it('a person inside the opening phrase of the sentence before ("Asked by the presenter …, the minister smiled") is not the next she', () => {
    const text = 'Presenter Dougal Farquharson-Lyle asked about the cap. Asked by Farquharson-Lyle whether the advice had changed her mind, Anjali Vasquez-Thorne smiled. "I read every briefing," she said.\n';
    assert.equal(speakerOf(text, 'I read every')?.name, 'Anjali Vasquez-Thorne');
  });

  it('"the operator" or "the brokerage" speaking is the body that issued the statement in the entry before', () => {
    const blog = '**7.40pm** — Harbour Rail has issued an update. "Crews have found the failed signal relay near Kestrel Junction," the operator said.\n';
    assert.equal(speakerOf(blog, 'Crews have found')?.name, 'Harbour Rail');
    const note = 'In a note to clients, Penrose Capital said it had lowered its price target. "The plan is right but the cost is higher than we thought," the brokerage wrote.\n';
    assert.equal(speakerOf(note, 'The plan is right')?.name, 'Penrose Capital');
  });

  it('the records an investigation reads source what they show ("the spreadsheet shows", "emails obtained by the Journal show")', () => {
    const status = (text: string, part: string) => analyze(text).claims.find((c) => c.text.includes(part))?.status;
    assert.equal(status('The donor’s nephew was moved off the waitlist nine days later, the spreadsheet shows.\n', 'nine days later'), 'cited');
    assert.equal(status('A rival paving firm offered to do the job for $415,000 less, emails obtained by the Courier show.\n', '$415,000 less'), 'cited');
    assert.equal(status('Deputies used restraint chairs at least 23 times in 2024, according to incident reports the Courier obtained.\n', 'at least 23 times'), 'cited');
    // Hearsay reports are still vague.
    assert.equal(status('The mine flooded at least twice last year, according to media reports.\n', 'flooded at least twice'), 'unsourced');
  });

  it('the reason a source gives for withholding a name reports nothing ("… not be named because they fear retaliation, said")', () => {
    const { attributions } = analyze('Three former drivers, who spoke on the condition that they not be named because they fear losing their licences, said dispatchers altered the logs.\n');
    assert.deepEqual(attributions.map((a) => [a.source?.text, a.cue.text, a.anonymous ?? false]), [['Three former drivers', 'said', true]]);
  });

  it('a he or she right after an anonymous source is that source, still unnamed', () => {
    const text = 'A site foreman who left Brackwell Holdings in May, and who asked that his name be withheld because he is looking for work, said the firm cut safety checks. He said inspection slips were routinely signed in advance.\n';
    const he = analyze(text).attributions.find((a) => a.source?.text === 'He');
    assert.equal(he?.anonymous, true);
    // A person named in between is who the pronoun means.
    const named = 'A foreman, who asked not to be named, said checks were cut. Dana Whitcombe disagreed. She said the checks were kept.\n';
    assert.notEqual(analyze(named).attributions.find((a) => a.source?.text === 'She')?.anonymous, true);
  });

  it('a company whose name ends in "Holdings" and a block named "Towers" are no persons', () => {
    const text = 'Brackwell Residential Holdings raised the rent at Larch Towers by 9 percent. "We were not consulted," he said.\n';
    assert.equal(speakerOf(text, 'We were not')?.name, null);
  });

  it('the trades around a case, unnamed, are vague sources ("Contractors in the industry say", "Former managers describe")', () => {
    const claim = (text: string) => analyze(text).claims[0];
    const contractors = claim('Contractors in the industry say the surge in grant money has swamped the county’s bid reviewers.\n');
    assert.equal(contractors?.status, 'unsourced');
    assert.ok(contractors?.reasons.includes('vague-source'));
    const managers = claim('Former managers describe a budget that covered little beyond emergency repairs.\n');
    assert.ok(managers?.reasons.includes('vague-source'));
  });

  it('a vague group inside what a named record shows leaves the record as the source', () => {
    const text = 'County inspectors cited the kitchens 96 times between 2021 and 2024, the county’s food safety database shows.\n';
    assert.equal(analyze(text).claims.find((c) => c.text.includes('96 times'))?.status, 'cited');
  });

  it('a definite, counted group is people the article named ("the two coaches said"), not a vague source', () => {
    const text = 'Rovers drew 2-2 with Ashby Vale on Saturday. Here is what the two coaches said afterwards about the penalty in the 88th minute.\n';
    assert.ok(!analyze(text).claims.some((c) => c.reasons.includes('vague-source')));
  });

  it('a witness described by a participle aside ("giving evidence from behind a screen") is the cue’s source, anonymous when the court withholds the name', () => {
    const text = 'A scaffolder who worked on the stage, giving evidence from behind a screen, said he had warned a foreman about the guy ropes a day before the fall. The judge has ordered that he not be named.\n';
    const said = analyze(text).attributions.find((a) => a.cue.text === 'said');
    assert.equal(said?.source?.text, 'A scaffolder');
    assert.equal(said?.anonymous, true);
  });

  it('unnamed groups written with a group noun’s singular before them are vague ("Commuter groups say", "Charity watchdogs recommend")', () => {
    const claim = analyze('Commuter groups say the line has become steadily less punctual since 2021.\n').claims[0];
    assert.ok(claim?.reasons.includes('vague-source'));
  });

  it('"One of them" and "A current Brackwell supervisor" are unnamed: the next she or he names no one', () => {
    const one = 'Lakeview Standard reporters spoke to two Brackwell employees who gave money. One of them said her bonus rose by the amount she had given.\n\n"Nobody said it out loud," she said.\n';
    assert.equal(speakerOf(one, 'Nobody said')?.name, null);
  });

  it('an adjective before a capitalised modifier still opens an unnamed description ("A current Brackwell supervisor")', () => {
    const foreman = 'Their lawyer, Tobias Wren, said the logs were altered.\n\nA current Brackwell supervisor, who spoke only if not named, said budgets could not be met. "If I log overtime, I get the call," he said.\n';
    assert.equal(speakerOf(foreman, 'If I log')?.name, null);
  });

  it('a description set off before a lowercase title and a name ("His captain, lock forward Cillian Brady,") is that person’s role', () => {
    const text = 'Coach Ewa Hart took questions first. Her captain, tighthead prop Maebh Quinlan-Ortiz, sat beside her with ice on her knee.\n\n“We saw it coming,” the captain said.\n';
    assert.equal(speakerOf(text, 'We saw it')?.name, 'Maebh Quinlan-Ortiz');
  });

  it('an unnamed reporter’s question is answered by the person questioned before, not by the reporter', () => {
    const text = 'Kilbride head coach Oonagh Brennan-Tate said her pack had been told to slow the ball. “They earned that win,” she said.\n\nA reporter from the Courier asked whether the result ended their season. “Ask me in April,” she replied.\n';
    assert.equal(speakerOf(text, 'Ask me in April')?.name, 'Oonagh Brennan-Tate');
    // A woman who asks and then speaks is still herself, unnamed.
    const asker = 'Councillor Ana Ruiz opened the meeting.\n\nA woman at the back asked whether the pool would reopen. “My children learned to swim there,” she said.\n';
    assert.equal(speakerOf(asker, 'My children')?.name, null);
  });

  it('"it said" after a statement is read out on air or into the record is the body that sent it', () => {
    const hearing = 'The chief executive told the committee that the utility would miss its target. Later, she read into the record a statement from Calderbrook Water. “The board accepts that trust has been lost,” it said.\n';
    assert.equal(speakerOf(hearing, 'The board accepts')?.name, 'Calderbrook Water');
    const show = 'The inquiry was run by the Rowing Federation of Ireland, whose report cleared the coach. On air, the host read out a message the federation had sent the programme. "The federation takes every complaint seriously," it said.\n';
    assert.equal(speakerOf(show, 'The federation takes')?.name, 'Rowing Federation of Ireland');
  });

  it('a currency sign opens what a record found ("The audit found $2 million in payments")', () => {
    const status = (text: string) => analyze(text).claims[0]?.status;
    assert.equal(status('The county audit found $2.4 million in payments with no invoice behind them.\n'), 'cited');
    assert.equal(status('The inspection report found £310,000 of repairs left undone.\n'), 'cited');
  });

  it('a relative on a document reports what it shows ("the annual report, which shows a profit of …")', () => {
    const { attributions } = analyze('Okafor pointed to the trust’s annual report, which shows a deficit of 1.3 million pounds last year.\n');
    const shows = attributions.find((a) => a.cue.text === 'shows');
    assert.equal(shows?.cueKind, 'report');
    assert.equal(shows?.content?.text, 'a deficit of 1.3 million pounds last year');
  });

  it('"withheld" of money or wages is no reason for anonymity: a cue after it still reports', () => {
    const text = 'Funding for the shelter has been withheld since the minister said in March that the scheme was under review. Wages were withheld as managers claimed the crews had broken their contracts.\n';
    assert.deepEqual(analyze(text).attributions.map((a) => [a.source?.text, a.cue.text]), [['the minister', 'said'], ['managers', 'claimed']]);
  });

  it('"Towers" after a given name is a surname ("Maureen Towers"), as a tower block after another word is not', () => {
    const text = 'Maureen Towers, who has lived in the block since 1998, said the lifts had failed twice.\n\n"Nobody came," Towers said.\n';
    assert.equal(speakerOf(text, 'Nobody came')?.name, 'Maureen Towers');
  });

  it('a place "known as Larch Towers" is no person standing between an anonymous source and its he', () => {
    const text = 'A caretaker who asked that his name be withheld said the blocks known as Larch Towers were never inspected. He said the lifts failed weekly.\n';
    assert.equal(analyze(text).attributions.find((a) => a.source?.text === 'He')?.anonymous, true);
  });

  it('reports from newspapers, television or radio stay hearsay ("according to newspaper reports")', () => {
    const status = (text: string, part: string) => analyze(text).claims.find((c) => c.text.includes(part))?.status;
    assert.equal(status('The mine flooded at least twice last year, according to newspaper reports.\n', 'flooded at least twice'), 'unsourced');
    assert.equal(status('The ferry was sold for $3 million, according to television reports.\n', '$3 million'), 'unsourced');
  });

  it('a counted definite group opening its sentence ("The two coaches said") is not vague either', () => {
    const text = 'Rovers drew 2-2 with Ashby Vale on Saturday. The two coaches said the penalty in the 88th minute was never a foul.\n';
    assert.ok(!analyze(text).claims.some((c) => c.reasons.includes('vague-source')));
  });

  it('a description before ", and" is not the role of a person named after a lowercase title ("said the coach, and striker Wanda Pell agreed")', () => {
    const text = 'Coach Tomas Reilly was blunt after the defeat. "We were poor," said the coach, and striker Wanda Pell agreed. "We have to be better," the coach said.\n';
    assert.equal(speakerOf(text, 'We have to be')?.name, 'Tomas Reilly');
  });

  it('a business description does not speak for a pronoun or a titled person who issued a statement', () => {
    const pronoun = 'Harbour Line trains stopped at noon. He has issued a statement. "We apologise for the delays," the operator said.\n';
    assert.equal(speakerOf(pronoun, 'We apologise')?.name, null);
    const titled = 'Trains stopped at noon. Transport Secretary Olu Banjo has issued a statement. "We apologise for the delays," the operator said.\n';
    assert.equal(speakerOf(titled, 'We apologise')?.name, null);
  });

  it('a they two sentences after an anonymous source, a group met in between, is not that source', () => {
    const text = 'A nurse, who asked not to be named, said staff were exhausted. Two weeks later, union leaders met the board. They said the rota would change in May.\n';
    assert.notEqual(analyze(text).attributions.find((a) => a.source?.text === 'They')?.anonymous, true);
  });

  it('a description after a preposition before a lowercase title and a name ("Unlike the captain, winger Maebh Quinlan") is not her role', () => {
    const text = 'Captain Ewa Hart was downbeat after the loss. Unlike the captain, winger Maebh Quinlan was upbeat about the run-in. "We have four games to fix it," the captain said.\n';
    assert.equal(speakerOf(text, 'We have four')?.name, 'Ewa Hart');
  });

  it('"the contractor" hired by a named company is not that company', () => {
    const text = 'Brackwell Holdings hired a roofing contractor for the school. "We finished on time," the contractor said.\n';
    assert.equal(speakerOf(text, 'We finished')?.name, null);
  });
});

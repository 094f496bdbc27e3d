// Closing read of the twentieth session's rules: short invented sentences where a new rule misfired.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('closing read of the twentieth session', () => {
  it('a bare spokesperson after a sentence a common noun opens speaks for no body of that name', () => {
    const nurses = 'Nurses walked out on Tuesday. "Patient care is safe," a spokesperson said.\n';
    assert.notEqual(speakerOf(nurses, 'Patient care')?.name, 'Nurses');
    const crews = 'Ambulance crews attended the scene. "One patient was taken to hospital," a spokesperson said.\n';
    assert.notEqual(speakerOf(crews, 'One patient')?.name, 'Ambulance');
    // A body's name of two words still speaks.
    const body = 'Orbis Health confirmed the clinic would close in May. "Staff will be redeployed," a spokesperson said.\n';
    assert.equal(speakerOf(body, 'Staff will')?.name, 'Orbis Health');
  });

  it('a document’s maker stops before "on" and a day ("filed by Harlow Foods on Friday")', () => {
    const lawsuit = 'The lawsuit filed by Harlow Foods on Friday alleges fraud. "The contract was void," the lawsuit says.\n';
    assert.equal(speakerOf(lawsuit, 'The contract')?.name, 'Harlow Foods');
    const statement = 'The statement from the Harlow Trust on Tuesday was brief. It said that "the pier is closed."\n';
    assert.equal(speakerOf(statement, 'the pier')?.name, 'Harlow Trust');
    // A body's name with "on" in it is still whole.
    const council = 'A letter from the Council on Foreign Relations warned of risks. "The risks are real," the letter said.\n';
    assert.equal(speakerOf(council, 'The risks')?.name, 'Council on Foreign Relations');
  });

  it('a closing "…, just as Kerr said" that reports nothing leaves the earlier content whole', () => {
    const result = analyze('Ruiz said the mill would close, just as Kerr said.\n');
    assert.notEqual(result.claims[0]?.status, 'unsourced');
    assert.equal(result.attributions.find((a) => a.source?.text === 'Ruiz')?.content?.text, 'the mill would close, just as Kerr said');
  });

  it('a family named by its plural gives no pronoun its member when the sentence names a fitting person itself', () => {
    const text = 'Tom Green chairs the council’s finance committee. Mayor Raj Patel later attacked the Greens over the budget. "They are naive," he said.\n';
    assert.equal(speakerOf(text, 'They are naive')?.name, 'Raj Patel');
    const family = 'Joan Brassard ran the farm for forty years. Any relief will come too late for the Brassards. "June is June," she said.\n';
    assert.equal(speakerOf(family, 'June is June')?.name, 'Joan Brassard');
  });

  it('"rules" and "rates" after a word that only modifies them are nouns, even before "that" or a determiner', () => {
    for (const text of ['Federal rules that the agency adopted in 2021 cap fees at $30.\n', 'Strict rules the council passed last year ban short lets.\n', 'Interest rates that banks charge rose to 9%.\n']) {
      assert.equal(analyze(text).attributions.find((a) => /^r/.test(a.cue.text)), undefined, text);
      assert.equal(analyze(text).claims[0]?.status, 'unsourced', text);
    }
    // A verb still after its subject.
    assert.equal(analyze('The judge rules that the contract is void.\n').attributions[0]?.cue.text, 'rules');
  });

  it('a first name given by someone inside the speaker’s apposition is not the speaker’s', () => {
    const text = '"It was chaos," said one resident, the mother of a boy who gave only his first name, Tomas.\n';
    assert.notEqual(speakerOf(text, 'It was chaos')?.name, 'Tomas');
    const own = '"We waited hours," said one passenger, a student who gave only her first name, Amara.\n';
    assert.equal(speakerOf(own, 'We waited')?.name, 'Amara');
  });

  it('a relative on a document inside someone’s own relative clause does not make the document the source', () => {
    const ruiz = analyze('Ruiz, who read the logs, which were incomplete, said the error was rare.\n').attributions.find((a) => a.cue.text === 'said');
    assert.equal(ruiz?.source?.text, 'Ruiz');
    const nurse = analyze('The nurse who kept the logs, which the hospital later lost, said 300 checks were missed.\n').attributions.find((a) => a.cue.text === 'said');
    assert.notEqual(nurse?.cueKind, 'report');
    const logs = analyze('Pharmacy logs for May, which a nurse photographed, show 300 missed checks.\n').attributions.find((a) => a.cue.text === 'show');
    assert.equal(logs?.source?.text, 'Pharmacy logs for May');
  });

  it('a count written in words still speaks ("Two hundred say …"); only a sum in pounds is no source', () => {
    const say = analyze('Two hundred say they will strike if the offer stands.\n').attributions.find((a) => a.cue.text === 'say');
    assert.equal(say?.source?.text, 'Two hundred');
    assert.equal(analyze('He was fined eleven hundred pounds for the damage.\n').attributions.length, 0);
  });

  it('a document’s maker opens with no day, possessor or determiner even when a body’s word follows', () => {
    const monday = 'A report of Monday’s Council meeting shows a deficit. "The town is broke," the report says.\n';
    assert.notEqual(speakerOf(monday, 'The town')?.name, 'Monday’s Council');
    const every = 'A report by Every Council in Wales found a deficit. "The towns are broke," the report says.\n';
    assert.notEqual(speakerOf(every, 'The towns')?.name, 'Every Council');
    const human = 'A report by the Human Rights Commission found abuses. "Detention must end," the report says.\n';
    assert.equal(speakerOf(human, 'Detention')?.name, 'Human Rights Commission');
  });

  it('a cue after a modal past a semicolon opens a clause of its own and still reports', () => {
    const result = analyze('Ruiz said the vote was close; Kerr will argue that "the count was flawed."\n');
    assert.equal(result.attributions.find((a) => a.cue.text === 'argue')?.source?.text, 'Kerr');
    assert.equal(result.attributions.find((a) => a.cue.text === 'said')?.content?.text, 'the vote was close');
  });
});

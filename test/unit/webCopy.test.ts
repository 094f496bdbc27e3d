// How local web copy frames what it quotes: a statement announced before a colon and given in a blockquote, a count
// of none ("has no GP surgery"), a kind of body opening the sentence before its name, a photo credit before a
// body's name, and an unnamed neighbour described in apposition. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const claim = (text: string, words: string) => analyze(text).claims.find((c) => c.text.includes(words));
const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('local web copy', () => {
  it('a statement announced before a colon is the blockquote after it', () => {
    const quote = '> Ridership on the 12 has fallen by a third since 2021 and the route needs a subsidy of £200,000 a year.\n';
    for (const frame of ['Harbour Buses set out its reasons in a statement on Thursday:', 'Harbour Buses issued a statement on the cuts:',
      'Harbour Buses said in a statement on its website:', 'In a statement posted on its website after the vote, Harbour Buses wrote:',
      'Harbour Buses told the Gazette:', 'Harbour Buses responded in a statement:', 'The operator’s update, issued at 4 p.m., said:',
      'Harbour Buses later posted on Facebook:', "Harbour Buses' statement read:", 'Here is the full statement from Harbour Buses:',
      'The statement from Harbour Buses in full:']) {
      const text = `# Buses\n\n${frame}\n\n${quote}`;
      // Attributed to the operator, or cited as its statement ("Harbour Buses' statement read:").
      assert.ok(['attributed', 'cited'].includes(claim(text, '£200,000')?.status ?? ''), frame);
    }
    // A message that may never be sent reports nothing ("will never send a text asking for payment").
    const never = '# Tolls\n\nHarbour Tolls said in a statement:\n\n> Harbour Tolls will never send a text message asking for payment through a link.\n';
    assert.deepEqual(analyze(never).attributions.map((a) => a.cue.text), ['said']);
  });

  it('a count of none is a claim worth checking, an intention denied is not', () => {
    assert.ok(claim('# T\n\nKeld Cross has no GP surgery, pharmacy or post office.\n', 'GP surgery'));
    assert.equal(claim('# T\n\nThe senator has no plans to run.\n', 'plans'), undefined);
  });

  it('a kind of body opening the sentence before its name, and a photo credit before a body, name the body', () => {
    const group = '# Wells\n\nEnvironmental group Clear Lakes Ohio posted on Facebook: “Residents deserve to know who did this.”\n';
    assert.equal(speakerOf(group, 'Residents deserve')?.name, 'Clear Lakes Ohio');
    const credit = '# Arrests\n\n*Deputies show recovered parts. (Courtesy Marlow County Sheriff’s Office)*\n\nThe sheriff’s office posted after the arrests: “Thank you to everyone who called.”\n';
    assert.equal(speakerOf(credit, 'Thank you')?.name, 'Marlow County Sheriff’s Office');
  });

  it('a group placed by what it was doing is vague ("Workers leaving the afternoon shift said")', () => {
    for (const group of ['Workers leaving the afternoon shift', 'People living near the plant', 'Parents waiting at the gate']) {
      assert.ok(claim(`# T\n\n${group} said they had been told nothing about the 40 job cuts.\n`, '40 job cuts')?.reasons.includes('vague-source'), group);
    }
  });

  it('an unnamed neighbour described in apposition keeps the pronoun after unnamed', () => {
    const text = '# Flood\n\nThe controller, Ana Ruiz, said 23 people were rescued.\n\nHis neighbour, a woman in her seventies who did not want her name used, said she was rescued from her roof. “I lost everything,” she said.\n';
    assert.equal(speakerOf(text, 'I lost everything')?.name, null);
  });
});

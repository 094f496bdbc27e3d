// Who speaks in national political coverage: a surname used as a modifier ("a Ferrante rally") is nobody's
// antecedent, a sentence led by a role after an opening phrase ("In an essay …, the former senator wrote") is about
// whom the article gave that role, and words one person reports another "had" said are the other's. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const nameOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker?.name;

describe('national political speakers', () => {
  it('a surname between an article and a noun names an event, not the she of the sentence', () => {
    const text = 'Renata Cole took questions for an hour.\n\n"Grants go out when they are ready," Cole said.\n\n' +
      'When a reporter noted that a bridge grant was announced before a Ferrante rally, she called the timing "a coincidence."\n';
    assert.equal(nameOf(`Nadine Ferrante spoke in Ohio.\n\n${text}`, 'a coincidence'), 'Renata Cole');
  });

  it('a sentence led by a former role after an opening phrase is about the one given that role, not a name inside it', () => {
    const text = 'Former senator Harold Kerr endorsed Nadine Ferrante on Wednesday. Senator Tobias Lynd welcomed the news.\n\n' +
      'In an essay posted on his website, the 76-year-old former senator wrote that Grant Wexley, his party’s nominee, was unserious. ' +
      'He said he disagreed with Ferrante on “roughly half of what she says about energy.”\n\n' +
      'Asked about a donation, the former senator laughed. “I backed him early,” he said.\n';
    assert.equal(nameOf(text, 'roughly half'), 'Harold Kerr');
    assert.equal(nameOf(text, 'I backed him'), 'Harold Kerr');
  });

  it('what one person reports another had said is the other\'s quote; what they said themselves stays theirs', () => {
    const base = 'Nadine Ferrante and Harold Kerr met on Monday.\n\n';
    assert.equal(nameOf(`${base}Ferrante told reporters that Kerr had described the decision as "the easiest hard thing I have done."\n`, 'the easiest'), 'Harold Kerr');
    assert.equal(nameOf(`${base}Ferrante told reporters that Kerr was "the bravest man in the party."\n`, 'the bravest'), 'Nadine Ferrante');
  });

  it('an apposition\'s second description without an article still gives the role, and "the congresswoman" is a Representative', () => {
    const governor = 'MILLBROOK — Nadine Ferrante, the former Ohio governor and Democratic presidential nominee, spoke on Saturday.\n\n' +
      'The former governor saved her sharpest lines for Grant Wexley, the businessman. She called his plan "a gift with a bow on it" on Friday.\n';
    assert.equal(nameOf(governor, 'a gift'), 'Nadine Ferrante');
    const congresswoman = 'Representative Delia Strand of Tennessee, Grant Wexley\'s running mate, spoke on Sunday.\n\n' +
      'The congresswoman also defended Wexley\'s ultimatum, which she called "the clearest sentence in a decade."\n';
    assert.equal(nameOf(congresswoman, 'the clearest'), 'Delia Strand');
  });

  it('a paper\'s hyphenated name is no person for a pronoun to find', () => {
    const text = 'NASHVILLE — Delia Strand, 49, represents a district south of Nashville. A recording was published by the Nashville Ledger-Tribune, which she later disputed.\n\n' +
      'In her first term she voted against a spending bill, calling it “a credit card with a flag on it.”\n';
    assert.equal(nameOf(text, 'a credit card'), 'Delia Strand');
  });

  it('a person\'s hyphenated surname ending in an organisation\'s word ("Clarke-Hall") is still a person', () => {
    for (const name of ['Nina Clarke-Hall', 'Maria Bonham-Church', 'Ruth Ashby-Bank']) {
      const text = `${name} chairs the housing board.\n\n"Rents will fall next year," she said.\n`;
      assert.equal(nameOf(text, 'Rents'), name);
    }
  });

  it('a name modifying a role before the speaker\'s own name is not the speaker', () => {
    const text = 'Nadine Ferrante raised $90 million in August.\n\n"Our donors just had their best month ever," Ferrante campaign manager Quentin Sowell posted on social media.\n';
    assert.equal(nameOf(text, 'Our donors'), 'Quentin Sowell');
    // A firm after a preposition is where the speaker works.
    assert.equal(nameOf('Kelly Ames at Braddock Securities called the margin gain "impressive but borrowed," in a note.\n', 'impressive'), 'Kelly Ames');
  });

  it('"He goes on to describe" has the pronoun for its speaker, and an opening "when" clause ends at its comma', () => {
    const text = 'Boyd Kettering spoke to donors for an hour.\n\nHe goes on to describe the strategy as relying on “making them feel like it doesn’t matter.”\n';
    const speaker = analyze(text).quotes[0]?.speaker;
    assert.deepEqual([speaker?.text, speaker?.name], ['He', 'Boyd Kettering']);
    const asks = analyze('At one point, when a donor asks about the debate, Kettering sighs audibly.\n').attributions.find((a) => a.cue.text === 'asks');
    assert.equal(asks?.content?.text, 'the debate');
  });

  it('a preposition that can open a clause ("after", "before") opens one only before a pronoun or a name', () => {
    const said = (text: string) => analyze(text).attributions.find((a) => a.cue.text === 'said')?.content?.text;
    assert.equal(said('After the vote Ruiz said the bill, which passed easily, would cut rents.\n'), 'the bill, which passed easily, would cut rents');
    assert.equal(said('Before the hearing Kerr said the plan, as drafted, was unworkable.\n'), 'the plan, as drafted, was unworkable');
    assert.equal(said('After Ruiz said the plan was dead, the council voted to scrap it.\n'), 'the plan was dead');
  });
});

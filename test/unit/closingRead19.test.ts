// Regression tests for the nineteenth session's closing read: each case a rule added that session got wrong on an
// invented sentence (a reviewer's findings), now answered as before the rule or better.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => {
  const q = analyze(text).quotes.find((x) => x.inner.text.startsWith(quote));
  return [q?.speaker?.text ?? null, q?.speaker?.name ?? null];
};

describe('closing read of the nineteenth session', () => {
  it('a day after a body\'s title word is no given name ("told the Senate Friday Harlow had …")', () => {
    assert.deepEqual(speakerOf('The defence secretary told the Senate Friday Harlow had broken the contract. “We will review it,” Harlow said.', 'We will'), ['Harlow', 'Harlow']);
    assert.deepEqual(speakerOf('Lawyers told the High Court Monday Kestrel had paid. “We deny it,” Kestrel said.', 'We deny'), ['Kestrel', 'Kestrel']);
    // The session's own cases still hold.
    assert.deepEqual(speakerOf('Chief Monday Ekanem told reporters the road cost N4 billion. “We were cheated,” Ekanem said.', 'We were'), ['Ekanem', 'Monday Ekanem']);
    assert.deepEqual(speakerOf('The union’s leader, Comrade Sunday Adigun, said 40 staff were sacked. “It is wicked,” Adigun said.', 'It is'), ['Adigun', 'Sunday Adigun']);
  });

  it('"The report of" a day, or "A report from" a place, names no maker', () => {
    assert.deepEqual(speakerOf('The report of Tuesday’s shooting reached the newsroom late. Police revised it. “Two men were seen running,” the report said.', 'Two men'), ['the report', null]);
    assert.deepEqual(speakerOf('A report from Lagos on Friday described queues at fuel stations. “Prices have doubled,” the report said.', 'Prices'), ['the report', null]);
    // A body after "of", or after "from the", still is.
    assert.deepEqual(speakerOf('The report of the Harlow Inquiry was published in May. “Staff were ignored,” the report states.', 'Staff'), ['the report', 'Harlow Inquiry']);
    assert.deepEqual(speakerOf('A report from the Harlow Trust was published in May. “Staff were ignored,” the report states.', 'Staff'), ['the report', 'Harlow Trust']);
  });

  it('joined initials that are an hour or a firm make no person ("At 10 P.M. Ruiz", "J.P. Morgan")', () => {
    assert.deepEqual(speakerOf('The count ran late. At 10 P.M. Ruiz conceded. “It is over,” Ruiz said.', 'It is over'), ['Ruiz', 'Ruiz']);
    assert.deepEqual(speakerOf('J.P. Morgan cut its growth forecast to 1 percent on Monday. Its chief economist spoke later. “Demand is slowing,” she said.', 'Demand'), ['she', null]);
    assert.deepEqual(speakerOf('Labour Minister H.S. Puttaswamy opened the depot. “It cost Rs 40 crore,” Puttaswamy said.', 'It cost'), ['Puttaswamy', 'H.S. Puttaswamy']);
  });

  it('a spokesperson for a group "of" someone does not speak for that someone', () => {
    assert.deepEqual(speakerOf('Ana Ruiz, 14, was hurt at the school in May. “They were ignored,” a spokeswoman for the parents of Ana Ruiz said.', 'They were'), ['a spokeswoman for the parents of Ana Ruiz', null]);
    assert.deepEqual(speakerOf('“We will appeal,” a spokeswoman for the federal Department of Education said.', 'We will'), ['a spokeswoman for the federal Department of Education', 'Department of Education']);
  });

  it('a statement made on behalf of someone\'s family is not the possessor\'s', () => {
    assert.notEqual(speakerOf('Lawyers sent a letter on behalf of Ana Ruiz’s family to the council on Monday. “The council failed her,” the letter said.', 'The council')[1], 'Ana Ruiz');
  });

  it('a platform a post went out on is no business "the company" stands for', () => {
    assert.deepEqual(speakerOf('Zappit Ltd cut 200 jobs on Monday. Its founder announced the cuts on the platform X. “We grew too fast,” the company said.', 'We grew'), ['the company', 'Zappit Ltd']);
    assert.deepEqual(speakerOf('Riders for the delivery platform Zappit earn £4 an hour. “We pay fairly,” the company said.', 'We pay'), ['the company', 'Zappit']);
  });

  it('a body\'s noun modifying another noun opening the sentence before ("The bank holiday brought …") names no spokesman\'s body', () => {
    assert.deepEqual(speakerOf('Harlow Bank opened a branch in Kestrel in May. Harlow Council approved the beach car park on Monday. The bank holiday brought 40,000 visitors to the beach. “We towed 300 cars,” a spokesman said.', 'We towed'), ['a spokesman', null]);
    assert.deepEqual(speakerOf('Harlow University admitted 400 students late. The university rejected that account. “We followed the rules,” a spokesman said.', 'We followed'), ['a spokesman', 'Harlow University']);
  });

  it('"said a statement issued on behalf of Ana Ruiz’s family" is not Ana Ruiz\'s', () => {
    assert.deepEqual(speakerOf('Ana Ruiz died in the crash in May. “She was our light,” said a statement issued on behalf of Ana Ruiz’s family.', 'She was'), ['a statement issued', null]);
    assert.deepEqual(speakerOf('Mara Quell is a singer. She cancelled her tour. “She needs rest,” said a statement issued on behalf of the singer.', 'She needs'), ['a statement issued', 'Mara Quell']);
  });

  it('"The group, Save Our Bakery," names a campaign, not the business "the company" stands for', () => {
    assert.deepEqual(speakerOf('Harlow Foods Ltd plans to close its bakery in Kestrel. Residents have formed a campaign. The group, Save Our Bakery, has 400 members. “We regret the closure,” the company said.', 'We regret'), ['the company', 'Harlow Foods Ltd']);
    assert.deepEqual(speakerOf('The Agricultural Chemicals Review Board banned the spray in 2024. The manufacturer, Corvane Crop Sciences of St. Louis, appealed. “The ban is unlawful,” the company said.', 'The ban'), ['the company', 'Corvane Crop Sciences']);
  });

  it('a campaign group in apposition loses "the company" to a firm named before it, and keeps "the group"', () => {
    const text = 'Harlow Foods Ltd plans to close its bakery in Kestrel. Save Our Bakery, a campaign group, has 400 members.';
    assert.deepEqual(speakerOf(`${text} “We regret the closure,” the company said.`, 'We regret'), ['the company', 'Harlow Foods Ltd']);
    assert.deepEqual(speakerOf(`${text} “We will fight on,” the group said.`, 'We will'), ['the group', 'Save Our Bakery']);
    assert.deepEqual(speakerOf('Marlow & Finch, the retail group, cut 40 jobs. “We regret it,” the company said.', 'We regret'), ['the company', 'Marlow & Finch']);
  });
});

// Misjudgements found on unseen news (issue 12), each a regression test: who is the speaker, is the statement
// sourced, is the source vague.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index.js';

function claimOf(text: string) {
  const { claims } = analyze(text);
  assert.equal(claims.length, 1, `one claim in: ${text}`);
  return claims[0];
}

describe('sourcing judgements on unseen constructions', () => {
  it('takes the speaker of a colon-introduced quote from the frame, never the word before the colon', () => {
    const a = analyze('Chidi Okafor was asked about the closure. Okafor’s reply was brief: “We will not resign.”');
    assert.equal(a.quotes[0].speaker?.text, 'Okafor');
    assert.equal(a.quotes[0].speaker?.name, 'Chidi Okafor');
    const blunt = analyze('Jane Okafor put it more bluntly: “We will not resign.”');
    assert.equal(blunt.quotes[0].speaker?.name, 'Jane Okafor');
    const cautious = analyze('The mayor, Ana Ruiz, was cautious: “We will wait.”');
    assert.equal(cautious.quotes[0].speaker?.name, 'Ana Ruiz');
  });

  it('gives a statement to whoever issued it, and never takes an opening participle for a speaker', () => {
    const follow = analyze('In 1998, President Bill Clinton released the following statement: “We offer our condolences.”');
    assert.match(follow.quotes[0].speaker?.name ?? '', /Bill Clinton$/);
    const plain = analyze('In 1998, Bill Clinton released the following statement: “We offer our condolences.”');
    assert.equal(plain.quotes[0].speaker?.name, 'Bill Clinton');
    const flying = analyze('Jane Okafor was on the plane. Flying home, she called the deal “a disaster.”');
    assert.notEqual(flying.quotes[0].speaker?.text, 'Flying');
  });

  it('never takes a quantity for a source: “widely believed … by 20 percent” is vague', () => {
    const text = 'It is widely believed that the tax cut raised revenue by 20 percent.';
    const a = analyze(text);
    assert.equal(a.attributions.length, 1);
    assert.equal(a.attributions[0].source, null);
    assert.equal(a.attributions[0].vague, true);
    const claim = claimOf(text);
    assert.equal(claim.status, 'unsourced');
    assert.ok(claim.reasons.includes('vague-source'));
    // A counted agent is still one: "by 3 engineers".
    assert.equal(analyze('The plant was described by 3 engineers as unsafe.').attributions[0]?.source?.text, '3 engineers');
  });

  it('does not read a verdict or an event as a finding (“was found guilty”)', () => {
    const a = analyze('Keeler was found guilty on unrelated perjury charges in 2019.');
    assert.deepEqual(a.attributions, []);
    assert.notEqual(claimOf('Keeler was found guilty on unrelated perjury charges in 2019.').status, 'cited');
  });

  it('does not read a state something was found in, or a stretch of time argued for, as a report', () => {
    assert.deepEqual(analyze('Police found the car abandoned 12 miles away on Sunday.').attributions, []);
    assert.equal(claimOf('Police found the car abandoned 12 miles away on Sunday.').status, 'unsourced');
    assert.equal(analyze('Police found that the car had been abandoned 12 miles away.').attributions[0]?.source?.text, 'Police');
    assert.deepEqual(analyze('Ruiz has argued for years with the council over the levy.').attributions, []);
    assert.equal(analyze('Ruiz argued for a higher levy in 2019.').attributions[0]?.cue.text, 'argued for');
  });

  it('cites a document named with its maker, however the frame is placed', () => {
    for (const text of [
      'Inflation rose to 4 percent in October, figures from the Office for National Statistics show.',
      'Inflation rose to 4 percent in October, data from the Office for Budget Responsibility show.',
      'Results published in the Lancet on Thursday show the drug cut the risk of stroke by 30 percent.',
    ]) assert.equal(claimOf(text).status, 'cited', text);
    assert.equal(analyze('Catches fell by 40 percent, the Ministry of Fisheries said.').attributions[0]?.source?.text, 'the Ministry of Fisheries');
    // A trailing frame may end with its circumstances: "… estimates in its report."
    assert.equal(claimOf('River temperatures have risen 1.5C since 1990, the Rivers Trust estimates in its report.').status, 'attributed');
    // The participle describing the document is no report of its own.
    assert.deepEqual(analyze('Results published in the Lancet on Thursday show the drug cut the risk by 30 percent.').attributions.map((a) => a.cue.text), ['show']);
  });

  it('reads a figure forecast or estimated as the source\'s, a lodged filing as cited, and staff placed at a body as its subject', () => {
    assert.equal(claimOf('Corvane forecast revenue of $8.7 billion to $9.1 billion for the current quarter.').status, 'attributed');
    assert.equal(claimOf('Analysts at Merrow & Tate expect revenue of $9 billion next quarter.').status, 'attributed');
    // A stance with no figure stays a claim about the one who holds it.
    assert.equal(claimOf('Kishida publicly expressed admiration for him in 2019.').status, 'unsourced');
    assert.equal(claimOf('According to a filing with the Securities and Exchange Commission, the company spent $4 million on lobbying in 2024.').status, 'cited');
    assert.equal(analyze('Scientists at the Hartley Institute estimate the glacier has lost 40 percent of its mass since 1980.').attributions[0]?.source?.text, 'Scientists at the Hartley Institute');
    // A name as a document's modifier keeps the noun: no report.
    assert.equal(claimOf('A copy of the National Audit Board report shows 40 percent of roads need repair.').status === 'attributed', false);
  });

  it('cites a body\'s own records, past an aside and by their own verbs; papers and documents are no group of people', () => {
    for (const text of [
      "The council's minutes record that the vote was 7-2 in favour of closing the pool.",
      'Court papers show the firm owed £400,000 to 30 creditors.',
      'The figures, released on Tuesday, show admissions rose 12 percent in a year.',
      "The company's website lists 40 stores across the north-east.",
    ]) assert.equal(claimOf(text).status, 'cited', text);
    assert.equal(claimOf('The council, in its budget papers, estimates the scheme will cost £4 million.').status, 'attributed');
    // "record" is a report only with a document and "that": not "Records show" (a noun: records nobody is said to
    // keep, so evidence with no named source), nor a band's recording.
    const records = claimOf('Records show the firm was dissolved in 2019 with debts of £400,000.');
    assert.equal(records.status, 'unsourced');
    assert.ok(records.reasons.includes('vague-source'), records.reasons.join());
    assert.equal(claimOf("The registry's records show the firm was dissolved in 2019 with debts of £400,000.").status, 'cited');
    assert.deepEqual(analyze('The band recorded that album in 2019.').attributions, []);
  });

  it('reads impersonal passives before “that” or “as” as vague sources', () => {
    for (const text of [
      'It has also been suggested that the plant cost 2 billion dollars.',
      'It was found that 30 percent of bridges were unsafe.',
      'The bridge is widely regarded as the longest in Europe.',
    ]) {
      const a = analyze(text);
      assert.equal(a.attributions.length, 1, text);
      assert.equal(a.attributions[0].vague, true, text);
      assert.equal(a.attributions[0].source, null, text);
    }
  });

  it('finds the main verb after a relative clause (“X, who voted against the plan, said …”)', () => {
    const text = 'Councilmember Ana Diaz, who voted against the plan, said the city should first seek 40 million dollars in federal money.';
    const said = analyze(text).attributions.find((x) => x.cue.text === 'said');
    assert.equal(said?.source?.text, 'Councilmember Ana Diaz');
    assert.equal(claimOf(text).status, 'attributed');
  });

  it('counts a quote and a “noting that” content of the same source together', () => {
    const text = '“Prices are sticky,” said Mark Lee, chief economist at Halden Bank, noting that inflation has stayed above 3 percent for two years.';
    assert.equal(claimOf(text).status, 'attributed');
  });
});

// Investigations and technology copy (blind sets 33 and 34's develop halves): a state's law officer, the leader of
// the opposition, a judge placed by her court and its district, a ruling as the place of a report. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;
const attributionsOf = (text: string) => analyze(text).attributions;

describe('investigations and technology copy', () => {
  it('a place before a two-word office leaves the office out of the name ("Vermont Attorney General …")', () => {
    const text = 'Vermont Attorney General Odile Pellerin joined the suit. "This is a tax on every download," she said.\n';
    assert.equal(speakerOf(text, 'This is a tax')?.name, 'Odile Pellerin');
  });

  it('"Leader of the Opposition" before a name is a title', () => {
    const text = 'Leader of the Opposition Harpreet Sandhu said the minister had “looked the other way.”\n';
    assert.equal(speakerOf(text, 'looked the other way')?.name, 'Harpreet Sandhu');
  });

  it('a person placed by her court and its district is the source, not the district', () => {
    const text = 'Judge Rosalind Achterberg of the county circuit court in Eastern Oregon wrote that the utility had misled its customers.\n';
    const a = attributionsOf(text).find((x) => x.cue.text === 'wrote');
    assert.equal(a?.sourceName ?? a?.source?.text, 'Rosalind Achterberg');
  });

  it('analysts placed by their firm and its city are the source', () => {
    const text = 'Analysts at Pellow Brothers in Toronto said the merger would cut prices.\n';
    assert.equal(attributionsOf(text).find((x) => x.cue.text === 'said')?.source?.text, 'Analysts at Pellow Brothers in Toronto');
  });

  it('a ruling after its determiner and a modifier is where the report was made, not a cue', () => {
    const text = 'The judge wrote in a 40-page ruling that the regulator had acted lawfully.\n';
    const cues = attributionsOf(text).map((x) => x.cue.text);
    assert.deepEqual(cues, ['wrote']);
  });

  it('initials written together before a surname make a name ("Minister H.S. Puttaswamy")', () => {
    const text = 'Labour Minister K.R. Doddamani met the riders on Sunday. "An algorithm has an author," the minister said.\n';
    assert.equal(speakerOf(text, 'An algorithm has')?.name, 'K.R. Doddamani');
  });

  it('"the report" quoted later speaks for the body named after "The report of"', () => {
    const text = 'The report of the Kestrel Audit Office, tabled on Wednesday, examined 1,200 contracts.\n\n“No contract was checked twice,” the report states.\n';
    assert.equal(speakerOf(text, 'No contract was checked')?.name, 'Kestrel Audit Office');
  });

  it('a spokeswoman for a body\'s first word speaks for the full name given before', () => {
    const text = 'The accounts of Dunross Marine Holdings record loans to two directors.\n\nA spokeswoman for Dunross said the loans were “repaid in full.”\n';
    assert.equal(speakerOf(text, 'repaid in full')?.name, 'Dunross Marine Holdings');
  });

  it('"One, a retired teacher who would not give her name," leaves the next "she" unnamed', () => {
    const text = 'A spokeswoman, Imelda Varga, said the company had closed the gap.\n\nOne, a retired teacher who would not give her name, held up her phone.\n\n“I heard it on the radio first,” she said.\n';
    assert.equal(speakerOf(text, 'I heard it on the radio')?.name ?? null, null);
  });

  it('a quotation after "she paused before answering" is hers', () => {
    const text = 'Chief executive Odalys Fenwick faced the cameras.\n\nAsked whether the insurer had paid a ransom, she paused before answering. “We were asked. We said no.”\n';
    assert.equal(speakerOf(text, 'We were asked')?.name, 'Odalys Fenwick');
  });

  it('"the company" stands for a business named after its kind "delivery platform"', () => {
    const text = 'Riders struck against a formula introduced by the delivery platform Dashvolt. Pay now varies with what the company calls "surge bands".\n';
    assert.equal(speakerOf(text, 'surge bands')?.name, 'Dashvolt');
  });

  it('a denial of what was alleged reports words; a permit denied is an act', () => {
    const denial = 'Okwuosa, reached on Friday, denied any involvement in the tender.\n';
    assert.equal(analyze(denial).claims.find((c) => c.text.includes('involvement'))?.status, 'attributed');
    const refusal = 'The council denied the permit for the 40-storey tower in 2023.\n';
    assert.equal(analyze(refusal).claims.find((c) => c.text.includes('permit'))?.status, 'unsourced');
  });

  it('a closing relative in which a body puts a figure is a claim of its own, sourced by that body', () => {
    const text = 'The rise was approved by the cabinet on the advice of the Crop Cost Board, which estimated the cost of growing a tonne of rice at Rs 9,400.\n';
    const claims = analyze(text).claims;
    assert.equal(claims.find((c) => c.text.includes('Rs 9,400'))?.status, 'attributed');
    assert.ok(!claims.find((c) => c.text.includes('Rs 9,400'))?.text.includes('approved'));
  });

  it('a body\'s report with "and" in the body\'s name keeps its whole name past a participle aside', () => {
    const text = 'The Food and Drug Agency’s inspection report, read in part by the prosecution, says the seals were “unfit for use.”\n';
    assert.equal(speakerOf(text, 'unfit for use')?.name, 'Food and Drug Agency');
  });

  it('where a body sits is no part of its name ("The Corvish Embassy in Ottawa")', () => {
    const text = 'The Corvish Embassy in Ottawa called the report "fabricated from start to finish" in a short statement.\n';
    assert.equal(speakerOf(text, 'fabricated from start')?.name, 'Corvish Embassy');
  });

  it('"It" opening a sentence after "the company announced" is that company', () => {
    const text = 'Harrowgate Outfitters Ltd reported a drop in profit on Wednesday.\n\nAfter markets closed, the company announced that it would shut nine stores. It called the closures “painful but overdue”.\n';
    assert.equal(speakerOf(text, 'painful but overdue')?.name, 'Harrowgate Outfitters Ltd');
  });

  it('a body\'s spokesperson named in apposition is the source of every quotation of the report', () => {
    const text = 'Velmara replied within hours. Its Interior Ministry spokesperson, Ottilie Brandvik, wrote that the claims were “a fiction” and that Velmara would “answer in kind.”\n';
    assert.equal(speakerOf(text, 'answer in kind')?.name, 'Ottilie Brandvik');
  });

  it('a document past a participle aside shows an amount with "up" ("results … show revenue up 6.1 percent")', () => {
    const text = 'The chain’s interim results, published before the call, show revenue up 4.8 percent to 12.1 billion rand.\n';
    assert.equal(analyze(text).claims.find((c) => c.text.includes('revenue'))?.status, 'cited');
  });

  it('images read by a named body set off by an apposition cite that body', () => {
    const text = 'Satellite photographs reviewed by the Orlov Institute, an independent research group, show new trenches along the border road.\n';
    const a = attributionsOf(text).find((x) => x.cue.text === 'show');
    assert.equal(a?.source?.text, 'the Orlov Institute');
  });

  it('"Children\'s charities" that welcomed something and said something are a vague group', () => {
    const text = 'Children’s charities welcomed the rules but said the March deadline left a year in which nothing would change.\n';
    const a = attributionsOf(text).find((x) => x.cue.text === 'said');
    assert.equal(a?.source?.text, 'Children’s charities');
    assert.equal(a?.vague, true);
  });

  it('"according to her lawyer" has the lawyer as its source, not "her"', () => {
    const text = 'According to her lawyer, the reporter was held for nine days without charge.\n';
    assert.equal(attributionsOf(text).find((x) => x.cueKind === 'according-to')?.source?.text, 'her lawyer');
    const told = 'He told her the plan had failed.\n';
    assert.equal(attributionsOf(told).find((x) => x.cue.text === 'told')?.content?.text, 'the plan had failed');
  });
});

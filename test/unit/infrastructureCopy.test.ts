// Transport, infrastructure and planning copy (blind set 29's develop half): an audit set off by a long participle
// aside, and a local office written before a name. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

describe('infrastructure copy', () => {
  it('a document set off by a participle aside is the source, not a name inside the aside', () => {
    const { attributions, claims } = analyze('The audit, carried out by the roads department of Eastern Plains Institute of Technology and sent to the district office last week, found that 48 people were killed on the bypass in 2024.\n');
    assert.equal(attributions[0]?.source?.text, 'The audit');
    assert.equal(claims[0]?.status, 'cited');
  });

  it('"Sarpanch" is a title, not a given name', () => {
    const text = 'Sarpanch Anand Patil led the protest. "We asked for a footbridge," Patil said.\n';
    assert.equal(analyze(text).quotes[0]?.speaker?.name, 'Anand Patil');
  });

  it('a body named before its lowercase description speaks by its name', () => {
    const text = 'The Lake Erie District of the state highways department said in a statement on Friday that the span “cannot carry traffic” until it is repaired.\n';
    assert.equal(analyze(text).quotes[0]?.speaker?.name, 'Lake Erie District');
  });

  it('Filipino given names carry their genders (a junction is no she)', () => {
    const text = 'The head of that office, Engr. Lourdes Caballero, said the slowdown was at two junctions, Mabini-Rizal and Mabini-Del Pilar, where drivers wait.\n\n"We can fix the signal timing there," she said.\n';
    assert.equal(analyze(text).quotes[0]?.speaker?.name, 'Lourdes Caballero');
  });

  it('a document with its maker, set off by a participle aside, reports; "It" after it speaks for the maker', () => {
    const text = 'The 60-page assessment by Norcross Structural Group, released Thursday, estimates the repairs will cost $9 million. It found no risk of collapse but warned that "further cracking will limit the load within five years."\n';
    const a = analyze(text);
    assert.equal(a.claims.find((c) => c.text.includes('$9 million'))?.status, 'attributed');
    assert.equal(a.quotes[0]?.speaker?.name, 'Norcross Structural Group');
  });
});

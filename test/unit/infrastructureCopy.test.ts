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
});

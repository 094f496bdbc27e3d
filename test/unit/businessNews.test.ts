// Business and markets copy: a central bank's board speaking for the bank and going on as "it", economists polled by
// a named pollster, and a family name written after an English given name. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('business and markets copy', () => {
  it('the board of a bank speaks for the bank, and "it" going on in the next sentence is the bank', () => {
    const text = 'In a statement released at noon, the board of the Central Bank of Norland said core inflation "is still above the band." Wage growth, it added, was "only slowly easing."\n';
    assert.equal(speakerOf(text, 'is still above')?.name, 'Central Bank of Norland');
    assert.equal(speakerOf(text, 'only slowly')?.name, 'Central Bank of Norland');
  });

  it('economists polled by a named pollster are one source with it', () => {
    const { attributions, claims } = analyze('Economists surveyed by Brinley Wire had expected 120,000 new jobs.\n');
    assert.equal(attributions.find((a) => a.cue.text === 'expected')?.source?.text, 'Economists surveyed by Brinley Wire');
    assert.equal(claims[0]?.status, 'attributed');
  });

  it('"Ms Tan" is the Elaine Tan Wei Ling named before (a family name after an English given name)', () => {
    const text = 'Ms Elaine Tan Wei Ling, chief executive of the manager, defended the price. Ms Tan said demand was steady. “The pipeline is strong,” she added.\n';
    assert.equal(speakerOf(text, 'The pipeline')?.name, 'Elaine Tan Wei Ling');
  });

  it('a trade office is no person, and "the" inside a body’s name stays in it', () => {
    const office = 'The Office of the US Trade Representative wrote in a reply that the duty answered "long-standing barriers to market access."\n';
    assert.equal(speakerOf(office, 'long-standing barriers')?.name, 'Office of the US Trade Representative');
  });

  it('a description naming no one, then the company in apposition, is the company', () => {
    const text = 'The region’s biggest baker, Kestrel Loaf Company, said in a statement that it had absorbed “most of the rise” in flour prices.\n';
    assert.equal(speakerOf(text, 'most of the rise')?.name, 'Kestrel Loaf Company');
  });

  it('a document’s verb takes an amount as its object; a plan of an amount reports nothing', () => {
    const deck = analyze('A forecast prepared for the airline’s lenders projects $82 million in cargo revenue for 2026.\n');
    assert.equal(deck.claims[0]?.status, 'cited');
    assert.equal(deck.attributions[0]?.cue.text, 'projects');
    assert.equal(deck.attributions[0]?.content?.text, '$82 million in cargo revenue for 2026');
    const plan = analyze('The county plans £3 million in library cuts.\n');
    assert.equal(plan.attributions.length, 0);
    assert.equal(plan.claims[0]?.status, 'unsourced');
  });

  it('a document’s maker set off by an apposition is still its maker', () => {
    const { attributions, claims } = analyze('Data from the Marlow Institute, a think tank, show rents rose 9 percent in 2025.\n');
    assert.equal(attributions[0]?.source?.text, 'the Marlow Institute');
    assert.equal(claims[0]?.status, 'cited');
  });

  it('a person of a firm speaks, not the firm ("Thomas Berglund of Rideau Capital wrote")', () => {
    const text = 'Anna Lindqvist of Halden Capital wrote in a note that the chain was “losing the middle of the market.”\n';
    assert.equal(speakerOf(text, 'losing the middle')?.name, 'Anna Lindqvist');
    assert.equal(speakerOf('The Bank of Norland said inflation was “too high.”\n', 'too high')?.name, 'Bank of Norland');
  });
});

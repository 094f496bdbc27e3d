// Disaster, consumer-finance, labour and border copy (blind sets 35–38's develop halves): who a pronoun after a
// reported sentence means, and other speakers and sources those desks showed wrong. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('disaster, consumer, labour and border copy', () => {
  it('a pronoun after a reported sentence is its subject’s, not a name inside what was reported', () => {
    const text = 'Mayor Perpetua Ilagan-Soto said Purok Masagana had been marked as a danger zone years ago.\n\n"We offered them land by the road," she said.\n';
    assert.equal(speakerOf(text, 'We offered them')?.name, 'Perpetua Ilagan-Soto');
  });

  it('…but a place opening the sentence, or a possessor, is no subject for it', () => {
    const placed = 'At Ruakiwi School, principal Moana Tait-Henare has paid for aides herself.\n\n"I will not leave a child behind," she said.\n';
    assert.equal(speakerOf(placed, 'I will not')?.name, 'Moana Tait-Henare');
    const possessed = 'Colonel Idris Varga leads the delegation. "It is a toll road," he said.\n\nVarga’s deputy, Major Ilse Brandl, said the teams had worked all night.\n\n"People give up too early," she said.\n';
    assert.equal(speakerOf(possessed, 'People give up')?.name, 'Ilse Brandl');
  });
});

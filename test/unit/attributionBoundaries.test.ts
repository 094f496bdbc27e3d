// Where an attribution's source and content begin and end, on constructions whose boundaries PARC/PolNeAR and a
// reader agree on (see docs/rules.md, "Attribution boundaries").
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze.js';
import type { Attribution } from '../../src/core/types.js';

function byCue(text: string, cue: string): Attribution {
  const list = analyze(text).attributions;
  const found = list.find((a) => a.cue.text === cue);
  assert.ok(found, `no attribution with cue "${cue}" in ${JSON.stringify(list.map((a) => a.cue.text))}`);
  return found;
}

describe('attribution boundaries', () => {
  describe('a quotation continuing after the frame', () => {
    it('runs the content on to the quotation after “…,” said X.', () => {
      const text = 'Ferry fares\n\n“We cannot carry the cost alone,” said Ana Ruiz, the harbour board’s director. “The state has to pay its share.”\n\nFares rose in May.\n';
      const a = byCue(text, 'said');
      assert.equal(a.source?.text, 'Ana Ruiz');
      assert.equal(a.content?.text, '“We cannot carry the cost alone,” said Ana Ruiz, the harbour board’s director. “The state has to pay its share.”');
    });

    it('reads wire copy’s doubled apostrophes as one mark, and gives the second quotation the same speaker', () => {
      const text = "Ferry fares\n\n''We cannot carry the cost alone,'' said Ana Ruiz. ''The state has to pay its share.''\n";
      const a = analyze(text);
      const said = a.attributions.find((x) => x.cue.text === 'said');
      assert.equal(said?.content?.text, "''We cannot carry the cost alone,'' said Ana Ruiz. ''The state has to pay its share.''");
      const second = a.quotes.find((q) => q.inner.text.startsWith('The state'));
      assert.equal(second?.speaker?.name, 'Ana Ruiz');
    });

    it('stops before a quoted paragraph that a bare frame (“Owusu added.”) attributes', () => {
      const text = 'Port levy\n\n“We need more time,” said Tom Berg.\n\n“The levy will rise again next spring.”\n\nOwusu added.\n';
      assert.equal(byCue(text, 'said').content?.text, '“We need more time,”');
    });

    it('runs on into a next paragraph that is one quotation and nothing else', () => {
      const text = 'Ferry fares\n\nRuiz said that the board would not cut the island crossings.\n\n“That is because the islands have no other road to the mainland.”\n\nFares rose in May.\n';
      const a = analyze(text);
      const said = a.attributions.find((x) => x.cue.text === 'said');
      assert.ok(said?.content?.text.endsWith('no other road to the mainland.”'));
      const next = 'Ferry fares\n\nRuiz said that the board would not cut the island crossings.\n\n“That is not true,” Tom Berg replied.\n';
      assert.equal(analyze(next).attributions.find((x) => x.cue.text === 'said')?.content?.text, 'that the board would not cut the island crossings');
    });

    it('stops at a quotation with a frame of its own, and at the paragraph end', () => {
      const text = 'Ferry fares\n\n“We cannot carry the cost alone,” said Ana Ruiz. “It is a fair price,” replied Tom Berg.\n\n“The state has to pay,” Berg added.\n';
      const a = byCue(text, 'said');
      assert.equal(a.content?.text, '“We cannot carry the cost alone,”');
    });
  });

  describe('the end of a content', () => {
    it('leaves out a closing “, which …” gloss, and keeps a relative clause inside the reported clause', () => {
      const gloss = byCue('Ferry fares\n\nRuiz said the board would raise the fares in May, which angered commuters across the region.\n', 'said');
      assert.equal(gloss.content?.text, 'the board would raise the fares in May');
      const inside = byCue('Ferry fares\n\nRuiz said the levy, which passed in 2010, is failing the island’s commuters.\n', 'said');
      assert.equal(inside.content?.text, 'the levy, which passed in 2010, is failing the island’s commuters');
    });
  });

  describe('an inverted source', () => {
    it('reads a middle initial’s dot as part of the name', () => {
      const a = byCue('Ferry fares\n\n“The fares will rise,” said Nora J. Whitfield, a lecturer in maritime law.\n', 'said');
      assert.equal(a.source?.text, 'Nora J. Whitfield');
    });
  });

  describe('a frame inside the reported clause', () => {
    it('takes the whole sentence when “according to X” splits a clause that goes on', () => {
      const a = byCue('Ferry fares\n\nAt the heart of the dispute, according to Ana Ruiz, was a decision to cut the night crossings.\n', 'according to');
      assert.equal(a.source?.text, 'Ana Ruiz');
      assert.equal(a.content?.text, 'At the heart of the dispute, according to Ana Ruiz, was a decision to cut the night crossings');
    });

    it('keeps “C, according to X.” and stops before a new clause after the frame', () => {
      assert.equal(byCue('Ferry fares\n\nFares rose by a third, according to the harbour board.\n', 'according to').content?.text, 'Fares rose by a third');
      assert.equal(byCue('Ferry fares\n\nFares rose by a third, according to the harbour board, and crossings fell.\n', 'according to').content?.text, 'Fares rose by a third');
    });
  });

  describe('a contrast after the content', () => {
    it('ends the content before “, but he …”', () => {
      const a = byCue('Ferry fares\n\nThe governor ignored the island crossings, but he has focused money on the coastal routes.\n', 'ignored');
      assert.equal(a.content?.text, 'the island crossings');
    });
  });

  describe('an inverted source after a comma', () => {
    it('takes the name after “…, said” past a long apposition, not the first capital of the content', () => {
      const a = byCue('Ferry fares\n\nFederal rules are a burden on the island routes, said Ana Ruiz, a Lund Republican who founded two shipping firms after serving in the navy.\n', 'said');
      assert.equal(a.source?.text, 'Ana Ruiz');
      assert.equal(a.content?.text, 'Federal rules are a burden on the island routes');
    });
  });

  describe('a quotation before its frame', () => {
    it('is the content however long the adverbial after the cue', () => {
      const a = byCue('Ferry fares\n\n“We mourn the crew of the Nordlys,” Ruiz wrote the day after the ferry sank off the island with eleven people aboard.\n', 'wrote');
      assert.equal(a.content?.text, '“We mourn the crew of the Nordlys,”');
    });

    it('is not a quoted title inside an opening phrase', () => {
      const a = byCue('Ferry fares\n\nSunday on the harbour radio’s “Morning Tide,” Ana Ruiz said the crossings would stay open.\n', 'said');
      assert.equal(a.content?.text, 'the crossings would stay open');
    });
  });

  describe('a relative clause with a source of its own', () => {
    it('ends the content before “, where X called …” and judges its kind without the quotation', () => {
      const text = 'Tax plan\n\nThe campaign has repeated the figure six times, including in a debate, where the governor called the plan "the biggest tax cut in state history."\n';
      const a = byCue(text, 'repeated');
      assert.equal(a.content?.text, 'the figure six times, including in a debate');
      assert.equal(a.contentKind, 'indirect');
      assert.equal(byCue(text, 'called').source?.text, 'the governor');
    });

    it('keeps a relative clause without a source in the content, and its quotation', () => {
      const text = 'Tax plan\n\nThe governor said the plan, which passed in 2010 when "everyone agreed", is failing.\n';
      assert.equal(byCue(text, 'said').content?.text, 'the plan, which passed in 2010 when "everyone agreed", is failing');
    });
  });

  describe('a quote’s speaker and its attribution’s source', () => {
    it('are the same words when both name the same person', () => {
      const text = 'Ferry fares\n\nAna Ruiz ran the board for a decade. She was blunt when she said, “The fares will rise.”\n';
      const a = analyze(text);
      const quote = a.quotes.find((q) => q.inner.text.startsWith('The fares'));
      const said = a.attributions.find((x) => x.cue.text === 'said');
      assert.equal(quote?.speaker?.name, 'Ana Ruiz');
      assert.deepEqual([quote?.speaker?.start, quote?.speaker?.end], [said?.source?.start, said?.source?.end]);
    });
  });

  describe('a clause joined by “, and” with a source of its own', () => {
    it('takes the joined clause’s subject, not a name in its relative clause or the first clause’s subject', () => {
      for (const [subject, relative] of [['the Selby Port Trust', 'which'], ['Ana Ruiz', 'who'], ['Velmora', 'which']]) {
        const text = `Port levy\n\nJudge Hana Petrova has been warning that money is short, and ${subject}, ${relative} sided with Councillor Tom Berg on the vote, said the levy would rise by 12 percent.\n`;
        assert.equal(byCue(text, 'said').source?.text, subject);
        assert.equal(byCue(text, 'warning').content?.text, 'that money is short');
      }
    });
  });
});

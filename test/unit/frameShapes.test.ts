// Shapes of a frame that once sent the source or the speaker astray on blind news (unseen set 9's develop half):
// a name inside a relative clause or a description, a first name ending like a participle, cue words used as nouns,
// and the maker of a cited document. Sentences are invented.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/index.js';

const analysed = (text: string) => analyze(`# T\n\n${text}\n`);
const sourceOf = (text: string, cue: string) => analysed(text).attributions.find((a) => a.cue.text === cue)?.source?.text;
const speakerOf = (text: string) => analysed(text).quotes[0]?.speaker?.name;

describe('frame shapes', () => {
  it('a name closing a relative clause on the subject is not the source', () => {
    assert.equal(sourceOf('Oona Price, 41, from Galway, who was driving her sister to a wedding in Limerick, said the road closed at noon.', 'said'), 'Oona Price');
    assert.equal(speakerOf('Oona Price, who was driving to a wedding in Limerick, said: “We sat there for three hours.”'), 'Oona Price');
  });

  it('a first name ending like a participle opens a name, not an introductory phrase', () => {
    assert.equal(sourceOf('Fleming Adeyemi, who runs the yard at Tarn Quay, said the crane failed twice in May.', 'said'), 'Fleming Adeyemi');
    assert.equal(sourceOf('Speaking Tuesday, the harbour master said the crane failed twice in May.', 'said'), 'the harbour master');
  });

  it('a name inside the relative clause or after a preposition in the description is not the speaker', () => {
    assert.equal(speakerOf('Dot Maher, 61, who saw Mr Quill walking his Border Collie, Tess, by the canal, said: “He looked terrified.”'), 'Dot Maher');
    assert.equal(speakerOf('Ines Farrow, a research fellow at the Calder Institute for Maritime Studies, said the drills were “a rehearsal for something bigger.”'), 'Ines Farrow');
  });

  it('cue words used as nouns are no cues: "think tank", "claims for", "Jobless claims fell"', () => {
    const a = analysed('Ines Farrow, a fellow at a Boston think tank, said the drills were a rehearsal.').attributions;
    assert.deepEqual(a.map((x) => x.cue.text), ['said']);
    assert.equal(a[0].source?.text, 'Ines Farrow');
    for (const text of ['Weekly claims for housing benefit rose to 41,000 in March.', 'Jobless claims fell to 212,000 last week.', 'Reports of flooding were confirmed by the council.']) {
      assert.deepEqual(analysed(text).attributions.filter((x) => /^(?:claims|reports)$/i.test(x.cue.text)), [], text);
    }
    assert.equal(sourceOf('He claims the dredging cost $9 million.', 'claims'), 'He');
    assert.equal(sourceOf('Defence counsel Hattie Brewer KC suggested that the lorry was never at the depot.', 'suggested'), 'Defence counsel Hattie Brewer KC');
  });

  it('the named maker of a cited document belongs to the source, and a trailing description stays with the content', () => {
    const a = analysed('Weekly claims for housing benefit rose to 41,000 in March, according to figures from the Office for Welfare Statistics, the highest count since 2019.');
    assert.equal(a.attributions[0].source?.text, 'figures from the Office for Welfare Statistics');
    assert.equal(a.claims[0].status, 'cited');
  });

  it('a body named "of" or "for" two things keeps its whole name, for its spokesperson too', () => {
    assert.equal(speakerOf('A spokesman for the Ministry for Fisheries and Coastal Affairs said it would “read the report with care”.'), 'Ministry for Fisheries and Coastal Affairs');
    assert.equal(sourceOf('The Department of Water and Sanitation said the pipes were replaced in 2021.', 'said'), 'The Department of Water and Sanitation');
    assert.equal(sourceOf('Ruiz and Lee said the pipes were replaced in 2021.', 'said'), 'Ruiz and Lee');
  });

  it('an office\'s field is no person: the name in apposition speaks', () => {
    assert.equal(speakerOf('The Minister for Inland Waterways, Tomasz Wren, said the locks were “older than anyone admits”.'), 'Tomasz Wren');
    assert.equal(speakerOf('The Deputy Director in charge of Rural Clinics, Dr Halima Osei-Barr, said stocks were “thin but holding”.'), 'Halima Osei-Barr');
  });

  it('a descriptor before a first name the article also uses alone is not part of the name', () => {
    const quotes = analysed('Pensioner Dot Marnie, 77, said: “They took everything.”\n\n“I have lived on this street for fifty years,” Dot added.').quotes;
    assert.deepEqual(quotes.map((q) => q.speaker?.name), ['Dot Marnie', 'Dot Marnie']);
  });

  it('"the department", "a department spokesperson" stand for the body named by its word first', () => {
    const quotes = analysed('The Department for Harbours said dredging would resume in May.\n\n“We know the channel is too shallow,” a department spokesperson said.\n\nThe Ministry of Fisheries and Coastal Affairs said the cod had returned. “The quotas hold,” the ministry said.').quotes;
    assert.deepEqual(quotes.map((q) => q.speaker?.name), ['Department for Harbours', 'Ministry of Fisheries and Coastal Affairs']);
  });

  it('"the company" stands for the nearest name a business\'s word closes', () => {
    const quotes = analysed('Shares of toolmaker Varden Holdings fell 9% after the company cut its forecast.\n\n“Orders from builders slowed sharply in November,” the company said on its website.').quotes;
    assert.equal(quotes[0].speaker?.name, 'Varden Holdings');
    // No business named: the description stays unnamed.
    assert.equal(analysed('“Orders slowed in November,” the company said.').quotes[0].speaker?.name, null);
  });

  it('a possessive\'s role, with its remit or after a plural possessive, then the name in apposition is the source', () => {
    assert.equal(sourceOf('“The ledger balances,” Harrowfield\'s head of community relations, Ines Calder, told a crowded meeting last week.', 'told'), "Harrowfield's head of community relations, Ines Calder");
    const wanderers = analysed('Wanderers\' head coach, Piet Lindqvist, confirmed that the side would “rotate freely” but said it would “not chase results”.');
    assert.deepEqual(wanderers.attributions.map((a) => a.source?.text), ["Wanderers' head coach, Piet Lindqvist", "Wanderers' head coach, Piet Lindqvist"]);
    assert.deepEqual(wanderers.quotes.map((q) => q.speaker?.name), ['Piet Lindqvist', 'Piet Lindqvist']);
  });

  it('"the spokesperson" speaks for the body the last spokesperson was named for', () => {
    const quotes = analysed('A spokeswoman for Tarn and Wyre Health Board said six wards were closed.\n\n“We are sorry for the delays,” the spokeswoman said.').quotes;
    assert.equal(quotes[0].speaker?.name, 'Tarn and Wyre Health Board');
  });

  it('a possessor inside the source gives way to the person the source names in apposition', () => {
    // Set 7's develop column, where the firm was named before its vice-president's frame.
    const text = readFileSync('test/fixtures/unseen7/develop/column-aldermoor-data-centre.md', 'utf8');
    const quote = analyze(text).quotes.find((q) => q.inner.text.startsWith("We've been clear"));
    assert.equal(quote?.speaker?.name, 'Marcus Dellahunt');
  });

  it('a he or she never stands for the paper or employer a named person is "of"', () => {
    const text = 'Marisa Kell-Owen, the chief executive, opened the briefing.\n\nKell-Owen said the recall would cost about $40 million.\n\nReporters kept returning to the dates. Peter Brody of the Harwick Ledger asked whether the firm had waited until after its earnings call on Feb. 3.\n\n"Absolutely not," she said.';
    assert.equal(analysed(text).quotes[0].speaker?.name, 'Marisa Kell-Owen');
  });

  it('"the company" after a name a business word closes; "the officer" after a police rank', () => {
    assert.equal(analysed('Harlan Chemical, which owns the yard, says the tank held solvent. “Every worker is safe,” the company said on its website.').quotes[0].speaker?.name, 'Harlan Chemical');
    assert.equal(analysed('PC Nia Rowlands of Tarn Police gave evidence. Asked whether the lane was lit, the officer replied: “Only by the pub sign.”').quotes[0].speaker?.name, 'Nia Rowlands');
  });

  it('a lead\'s description names the person later set beside the same noun, though no list calls it a role', () => {
    const text = 'A ferry deckhand told the inquiry that the ramp "dropped without warning" just after midnight.\n\nThe deckhand, Tomasz Lewandowski, said he had raised the fault twice.';
    assert.equal(analysed(text).quotes[0].speaker?.name, 'Tomasz Lewandowski');
    // Without the apposition the description stays unnamed.
    const plain = 'A ferry deckhand told the inquiry that the ramp "dropped without warning" just after midnight.\n\nTomasz Lewandowski, the ferry\'s captain, said the fault was new.';
    assert.equal(analysed(plain).quotes[0].speaker?.name, null);
  });

  it('"the union\'s president" is the person just named as being of that union', () => {
    const text = 'Critics watched too. One of them, Idris Mallory of the Harbour Pilots Union, followed the hearing online. In a call afterwards, the union\'s president was blunt: “Nine months is too long.”';
    assert.equal(analysed(text).quotes[0].speaker?.name, 'Idris Mallory');
  });

  it('an adverb opening a colon frame is never the speaker', () => {
    const speaker = analysed('Afterwards the chairman was blunt: “Nine months is too long.”').quotes[0].speaker;
    assert.notEqual(speaker?.text, 'Afterwards');
  });

  it('a first name that is also a place is a name after a title ("Fire Chief Orlando Beaumont")', () => {
    assert.equal(analysed('“Two crew have burns,” said Fire Chief Orlando Beaumont.').quotes[0].speaker?.name, 'Orlando Beaumont');
    assert.equal(analysed('“The lane floods every spring,” said Dr Florence Ibe.').quotes[0].speaker?.name, 'Florence Ibe');
  });
});


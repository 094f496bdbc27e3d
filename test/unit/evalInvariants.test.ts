// The speaker and source invariants of scripts/eval/invariantChecks.ts on hand-made inputs: each rule flags what it
// names and leaves its look-alikes alone.
import { strict as assert } from 'node:assert';
import type { Analysis, Attribution, Quote } from '../../src/core/index.js';
import { agrees, capitalisedUnnamed, holdingAttribution, nameKey, notNounPhrase, numberSource, placeSource, verbAfterHead, violations } from '../../scripts/eval/invariantChecks.js';

const at = (text: string, words: string, from = 0) => {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, text: words };
};

describe('speaker and source invariants', () => {
  it('finds a finite verb swallowed after the head, not a reduced relative or a relative clause', () => {
    assert.equal(verbAfterHead('The Florida senator sought', ' to calm'), true);
    assert.equal(verbAfterHead('the Islamic State group needs', ' to be'), true);
    assert.equal(verbAfterHead('The spokesman refused', ' to answer'), true);
    assert.equal(verbAfterHead('a poll conducted', ' by Edison'), false);
    assert.equal(verbAfterHead('a court document filed', ' Thursday says'), false);
    assert.equal(verbAfterHead('an account she gave', ' to The'), false);
    assert.equal(verbAfterHead('The Florida senator', ' sought'), false);
    assert.equal(verbAfterHead('said', ' the'), false);
  });

  it('flags a lone article, an unresolved relative pronoun, an adverb or an adjective, but not a possessive or a resolved "who"', () => {
    for (const w of ['the', 'An', 'which', 'loudly', 'brief']) assert.equal(notNounPhrase(w, null), true, w);
    assert.equal(notNounPhrase('who', undefined), true);
    assert.equal(notNounPhrase('who', 'Glenn Beck'), false);
    for (const w of ['his', 'researchers', 'Kelly', 'Blunt', 'family', 'Some', 'the judge']) assert.equal(notNounPhrase(w, null), false, w);
  });

  it('flags a place named in an aside or a party-state code, not a country speaking or a place inside a title', () => {
    assert.equal(placeSource('Kentucky', 'Trump, in '), true);
    assert.equal(placeSource('Worcester, Massachusetts', 'a woman in '), true);
    assert.equal(placeSource('OH', 'Kasich (R-'), true);
    assert.equal(placeSource('Russia', 'On Monday, '), false);
    assert.equal(placeSource('Alabama Securities Commissioner Thomas Krebs', 'quote from '), false);
  });

  it('flags a number, a date or a quantity with no noun, not a poll group, an age or an elliptic group', () => {
    assert.equal(numberSource('10', 'more than 4 in ', 'said'), true);
    assert.equal(numberSource('500,000 worth of', 'than $', 'planned'), true);
    assert.equal(numberSource('271', 'Sanders by ', 'pledged'), true);
    assert.equal(numberSource('Tuesday', 'said ', 'announced'), true);
    assert.equal(numberSource('52 percent of registered voters', '', 'say'), false);
    assert.equal(numberSource('55 percent', '', 'said'), false);
    assert.equal(numberSource('10 white men', '', 'supported'), false);
    assert.equal(numberSource('17-year-old Jared Potts', '', 'echoed'), false);
    assert.equal(numberSource('Saturday’s primary', '', 'showed'), false);
    assert.equal(numberSource('39', 'Clinton, ', 'have said'), false);
  });

  it('compares resolved names, letting an unresolved surname match the full name', () => {
    const span = { start: 0, end: 1, text: 'x' };
    const far = { start: 10, end: 11, text: 'y' };
    assert.equal(nameKey('The Times’s'), 'times');
    assert.equal(agrees({ text: 'Kasich', name: 'Kasich', span }, { text: 'John Kasich', name: undefined, span: far }), true);
    assert.equal(agrees({ text: 'He', name: 'Marco Rubio', span }, { text: 'he', name: 'Donald Trump', span: far }), false);
    assert.equal(agrees({ text: 'Hillary Clinton', name: 'Hillary Clinton', span }, { text: 'Clinton', name: 'Chelsea Clinton', span: far }), false);
    assert.equal(agrees({ text: 'He', name: 'Marco Rubio', span }, { text: 'He', name: 'Ted Cruz', span }), true, 'same span');
  });

  it('flags a capitalised speaker with no name only when it is no description', () => {
    assert.equal(capitalisedUnnamed('An', null), true);
    assert.equal(capitalisedUnnamed('His Fast', null), true);
    assert.equal(capitalisedUnnamed('The audience', null), false);
    assert.equal(capitalisedUnnamed('He', null), false);
    assert.equal(capitalisedUnnamed('Glenn Beck', 'Glenn Beck'), false);
  });

  it('reads a whole analysis: the innermost attribution holding a quote is the one compared', () => {
    const text = 'Ana Ruiz reported that Tom Lee said “we are done” on Friday.';
    const quoteSpan = at(text, '“we are done”');
    const quote: Quote = { id: 'q', ...quoteSpan, inner: { start: quoteSpan.start + 1, end: quoteSpan.end - 1, text: 'we are done' }, speaker: { ...at(text, 'Tom Lee'), name: 'Tom Lee' }, closed: true };
    const attr = (source: string, cue: string, content: string): Attribution =>
      ({ id: source, source: at(text, source), cue: at(text, cue), content: at(text, content), cueKind: 'speech', contentKind: 'mixed', vague: false });
    const outer = attr('Ana Ruiz', 'reported', 'Tom Lee said “we are done”');
    const inner = attr('Tom Lee', 'said', '“we are done”');
    assert.equal(holdingAttribution([outer, inner], quote), inner);
    const analysis: Analysis = { quotes: [quote], attributions: [outer, inner], claims: [], problems: [] };
    assert.deepEqual(violations(text, analysis), []);
    // A relative pronoun source inside the description a speaker keeps is no bare pronoun.
    const described = 'Dock workers who said the plan “moves too fast” marched.';
    const q2span = at(described, '“moves too fast”');
    const q2: Quote = { id: 'q2', ...q2span, inner: { start: q2span.start + 1, end: q2span.end - 1, text: 'moves too fast' }, speaker: { ...at(described, 'Dock workers who'), name: null }, closed: true };
    const who: Attribution = { id: 'w', source: at(described, 'who'), cue: at(described, 'said'), content: at(described, 'the plan “moves too fast”'), cueKind: 'speech', contentKind: 'mixed', vague: false };
    assert.deepEqual(violations(described, { quotes: [q2], attributions: [who], claims: [], problems: [] }), []);
    assert.deepEqual(violations(described, { quotes: [], attributions: [who], claims: [], problems: [] }).map((v) => v.kind), ['not-a-noun-phrase']);
    // Only the outer report found: Tom Lee is named inside its content, a nested voice, not a disagreement.
    assert.deepEqual(violations(text, { ...analysis, attributions: [outer] }), []);
    const wrong: Analysis = { ...analysis, attributions: [attr('Ana Ruiz', 'reported', '“we are done”')] };
    assert.deepEqual(violations(text, wrong).map((v) => v.kind), ['speaker-source-disagree']);
  });

  it('takes a quote held by a report nested in the speaker’s own report for the speaker’s, not a disagreement', () => {
    const text = 'Pia Holm said the mayor’s claim that the port loses money was “plainly false” on Monday.';
    const quoteSpan = at(text, '“plainly false”');
    const quote: Quote = { id: 'q', ...quoteSpan, inner: { start: quoteSpan.start + 1, end: quoteSpan.end - 1, text: 'plainly false' }, speaker: { ...at(text, 'Pia Holm'), name: 'Pia Holm' }, closed: true };
    const attr = (source: string, cue: string, content: string, sourceName?: string): Attribution =>
      ({ id: source, source: at(text, source), cue: at(text, cue), content: at(text, content), cueKind: 'speech', contentKind: 'mixed', vague: false, ...(sourceName ? { sourceName } : {}) });
    const own = attr('Pia Holm', 'said', 'the mayor’s claim that the port loses money was “plainly false”');
    // The nested claim's content runs to the clause's end and takes in the reporter's quote.
    const nested = attr('mayor’s', 'claim', 'that the port loses money was “plainly false”', 'Ed Brandt');
    const kinds = (attributions: Attribution[]) => violations(text, { quotes: [quote], attributions, claims: [], problems: [] }).map((v) => v.kind);
    assert.deepEqual(kinds([own, nested]), []);
    // Look-alikes that stay disagreements: the nested report alone, and an outer report that is not the speaker's.
    assert.deepEqual(kinds([nested]), ['speaker-source-disagree']);
    const other = { ...own, id: 'x', source: at(text, 'the port'), sourceName: undefined };
    assert.deepEqual(kinds([other, nested]), ['speaker-source-disagree']);
  });
});

// Documents that show: a plural document noun before its verb ("Fundraising documents show", "the documents show
// that"), not the verb "documents"; and a book's title printed in doubled apostrophes closing a frame. Invented.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const C = 'Cole lent his campaign $500,000 last month';
const frames = (text: string) => analyze(`${text}\n`).attributions.map((a) => [a.source?.text, a.cue.text]);
const statusOf = (text: string) => analyze(`${text}\n`).claims.find((c) => c.text.includes('500,000') || c.text.includes('1959'))?.status;

describe('documents that show', () => {
  it('a plural document noun before a verb that agrees with it is the subject', () => {
    assert.deepEqual(frames(`Fundraising documents show ${C}.`), [['Fundraising documents', 'show']]);
    assert.deepEqual(frames(`The documents show that ${C}.`), [['The documents', 'show']]);
    assert.deepEqual(frames(`${C}, fundraising documents show.`), [['fundraising documents', 'show']]);
    assert.equal(statusOf(`${C}, fundraising documents show.`), 'cited');
    // Other subjects keep their verb: "Officials say".
    assert.deepEqual(frames(`Officials say ${C}.`), [['Officials', 'say']]);
  });

  it('a title in doubled apostrophes closes a frame like one in quotation marks', () => {
    const text = "The 1959 revolution ended the family's plans to go home, Ana Ruiz wrote in her 2012 memoir, ''A Long Way Back.''";
    assert.equal(statusOf(text), 'attributed');
    const a = analyze(`${text}\n`).attributions[0];
    assert.equal(a?.content?.text, "The 1959 revolution ended the family's plans to go home");
  });
});

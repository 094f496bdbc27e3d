import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createContext } from '../../src/core/analyze.js';
import type { PersonIndex } from '../../src/core/context.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { buildPersonIndex } from '../../src/core/detectors/people.js';
import { quotesDetector } from '../../src/core/detectors/quotes.js';
import { PARTICLES } from '../../src/core/detectors/people/scan.js';

/** People of a text, with quotes found too (pronoun resolution skips people named inside quotes). */
function peopleOf(text: string): PersonIndex {
  const ctx = createContext(buildProseDocument(text));
  ctx.people = buildPersonIndex(ctx);
  quotesDetector.run(ctx);
  return ctx.people;
}

describe('people', () => {
  const seed = readFileSync(new URL('../../examples/kishida.md', import.meta.url), 'utf8');

  it('finds titled people and keeps the title apart from the name', () => {
    const people = peopleOf(seed);
    const kishida = people.mentions.find((m) => m.text === 'Fumio Kishida');
    assert.ok(kishida);
    assert.equal(kishida.title, 'Prime Minister');
    assert.equal(seed.slice(kishida.start, kishida.end), 'Fumio Kishida');
    const biden = people.mentions.find((m) => m.name === 'Joe Biden');
    assert.equal(biden?.title, 'President');
  });

  it('leaves an age opening the sentence out of the name ("Ten-year-old Malik")', () => {
    const people = peopleOf('Nine-year-old Tobiah Quarrie has never seen snow. Eighty-year-old Ada Fenwick has seen plenty.');
    assert.deepEqual(people.mentions.map((m) => m.name), ['Tobiah Quarrie', 'Ada Fenwick']);
  });

  it('keeps a Korean family name that is also a place word before a hyphenated given name ("Park Ji-hoon")', () => {
    const people = peopleOf('Park Seo-yeon, the union negotiator, walked out of the talks. Hyde Park was quiet.');
    assert.deepEqual(people.mentions.map((m) => m.name), ['Park Seo-yeon']);
  });

  it('passes over a one-word nickname in quotation marks inside a name (\'Ahmed "Tiger" Salim\')', () => {
    const people = peopleOf('Idris "Falcon" Qamar won the title on Saturday. Later, Qamar thanked his coach.');
    assert.deepEqual(people.mentions.map((m) => m.name), ['Idris Qamar', 'Idris Qamar']);
  });

  it('reads a one-sentence paragraph dense with names as prose, not as a title-case headline', () => {
    const text = 'Japanese Prime Minister Fumio Kishida spoke about North Korea at the United Nations General Assembly.\n\nKishida said, “We will meet.”\n';
    const people = peopleOf(text);
    assert.ok(people.mentions.some((m) => m.name === 'Fumio Kishida' && m.title === 'Prime Minister'));
    assert.equal(people.resolve('Kishida', text.indexOf('Kishida said')), 'Fumio Kishida');
    // A headline in title case (no full stop) still names no one by its capitals alone.
    assert.deepEqual(peopleOf('Sanders Vows To Fight On Through The Convention\n').mentions, []);
  });

  it('takes a title from an apposition (“Japan’s Chief Cabinet Secretary, Hirokazu Matsuno,”)', () => {
    const matsuno = peopleOf(seed).mentions.find((m) => m.name === 'Hirokazu Matsuno');
    assert.equal(matsuno?.title, 'Chief Cabinet Secretary');
  });

  it('links lone surnames to the full name, even before the full name appears (headline)', () => {
    const people = peopleOf(seed);
    const lone = people.mentions.filter((m) => m.text === 'Kishida');
    assert.ok(lone.length >= 3);
    assert.ok(lone.every((m) => m.name === 'Fumio Kishida'));
    assert.equal(people.resolve('Kishida', seed.indexOf('Kishida expressed')), 'Fumio Kishida');
    assert.equal(people.resolve('Matsuno', seed.length), 'Hirokazu Matsuno');
  });

  it('does not take countries, organisations or months for people', () => {
    const people = peopleOf(seed + '\nIn Sept. the United Nations and North Korea met in Japan.\n');
    const names = new Set(people.mentions.map((m) => m.name));
    for (const notAPerson of ['North Korea', 'United Nations', 'United Nations General Assembly', 'Japan', 'Sept', 'United States', 'North Korean']) {
      assert.ok(!names.has(notAPerson), `${notAPerson} is not a person`);
    }
  });

  it('does not take a sports club, a newspaper or a firm joined by “&” for people', () => {
    const text = 'Kessock Rovers beat Dunlin Athletic. Ivo Brandt spoke to the Westbury Echo and the Aldwick Courier. Greta Lunn & Partners sued Harlow & Finch.\n';
    const names = new Set(peopleOf(text).mentions.map((m) => m.name));
    for (const notAPerson of ['Kessock Rovers', 'Dunlin Athletic', 'Westbury Echo', 'Aldwick Courier', 'Greta Lunn', 'Partners', 'Harlow', 'Finch']) assert.ok(!names.has(notAPerson), `${notAPerson} is not a person`);
    assert.ok(names.has('Ivo Brandt'));
  });

  it('does not take streets or a fort for people, but keeps a surname that is also a street word after a given name', () => {
    const text = 'Residents of Copse Lane met at Fort Ardley. Harbour Way was shut. Outside Fort Ardley crowds waited. Nathan Lane chaired the meeting.\n';
    const names = new Set(peopleOf(text).mentions.map((m) => m.name));
    for (const place of ['Copse Lane', 'Fort Ardley', 'Harbour Way', 'Outside Fort Ardley']) assert.ok(!names.has(place), `${place} is not a person`);
    assert.ok(names.has('Nathan Lane'));
  });

  it('resolves a kinship noun to the person named in apposition to it, by its possessive pronoun', () => {
    const text = 'Erik Lindqvist was hurt on Monday. His sister, Marta Okonkwo-Reyes, spoke outside. Her nephew, Tomasz Wilk, stayed home. Later his sister left, and her lawyer spoke.\n';
    const people = peopleOf(text);
    assert.equal(people.resolve('his sister', text.indexOf('his sister left')), 'Marta Okonkwo-Reyes');
    assert.equal(people.resolve('Her nephew', text.indexOf('stayed home')), 'Tomasz Wilk');
    // Never linked to a name: the description itself.
    assert.equal(people.resolve('her lawyer', text.indexOf('her lawyer')), 'her lawyer');
  });

  it('resolves “He” after the Kishida quote to Fumio Kishida, not to Kim Jong Un named inside it', () => {
    const people = peopleOf(seed);
    assert.equal(people.resolve('He', seed.indexOf('He stressed')), 'Fumio Kishida');
  });

  it('resolves pronouns by gender from honorifics and given names', () => {
    const text = 'Mr. Tom Baker met Ms. Anna Kovacs. Baker left early. She stayed until noon, and he called later.';
    const people = peopleOf(text);
    assert.equal(people.mentions.find((m) => m.name === 'Anna Kovacs')?.gender, 'female');
    assert.equal(people.mentions.find((m) => m.name === 'Tom Baker')?.gender, 'male');
    assert.equal(people.resolve('She', text.indexOf('She stayed')), 'Anna Kovacs');
    assert.equal(people.resolve('he', text.indexOf('he called')), 'Tom Baker');
  });

  it('learns a gender from the pronoun that follows a name', () => {
    const text = 'Hirokazu Matsuno spoke first. Then Nadia Okonjo took the stage, and she thanked the crowd. Later she left.';
    const people = peopleOf(text);
    assert.equal(people.mentions.find((m) => m.name === 'Nadia Okonjo')?.gender, 'female');
  });

  it('learns no gender from a pronoun that is the object of the name\'s own verb', () => {
    const people = peopleOf('The prosecutor, Orhun Terzil, accused her of spying on the port.');
    assert.equal(people.mentions.find((m) => m.name === 'Orhun Terzil')?.gender, undefined);
    // Her possessive, or a pronoun in the next sentence, still tells.
    assert.equal(peopleOf('Orhun Terzil closed her case on Monday.').mentions.find((m) => m.name === 'Orhun Terzil')?.gender, 'female');
  });

  it('strips a title from the surface it resolves (“Mr. Clarke”)', () => {
    const text = 'Tom Clarke bought the mine. Mr. Clarke said little.';
    const people = peopleOf(text);
    assert.equal(people.resolve('Mr. Clarke', text.indexOf('Mr. Clarke')), 'Tom Clarke');
  });

  it('returns the surface itself when nothing fits', () => {
    const people = peopleOf('The committee met on Monday.');
    assert.equal(people.resolve('the committee', 4), 'the committee');
    assert.equal(people.resolve('she', 10), 'she');
  });

  it('ignores title-case headlines, code and HTML', () => {
    const text = 'Sanders Vows To Keep Fighting For Voters\n\n`Jane Roe` and <b>Tom</b> Baker.\n\nNobody else.\n';
    assert.deepEqual(peopleOf(text).mentions.map((m) => m.name), []);
  });

  it('takes no person from the words naming a body after its "of", "for" or "and" (the run before is the body\'s)', () => {
    const names = (text: string) => peopleOf(text).mentions.map((m) => m.name);
    // Each run alone would read as a person's two names (no word of it is a place's or a body's).
    assert.deepEqual(names('Staff at the Institute of Marta Vell spoke.'), []);
    assert.deepEqual(names('The Ministry for Tomas Brandt met.'), []);
    assert.deepEqual(names('The Ministry for Land and Tomas Brandt met.'), []);
    // Not after a word that names no body, nor at the very start of the text.
    assert.deepEqual(names('A letter of Marta Vell arrived.'), ['Marta Vell']);
    assert.deepEqual(names('Marta Vell arrived.'), ['Marta Vell']);
    assert.deepEqual(names('The friend and Tomas Brandt met.'), ['Tomas Brandt']);
  });

  it('keeps every name particle inside the name (the scanner looks at a lowercase word only when its first two letters open a particle)', () => {
    for (const particle of PARTICLES) {
      const names = peopleOf(`Yesterday Marta ${particle} Vell spoke.`).mentions.map((m) => m.name);
      assert.deepEqual(names, [`Marta ${particle} Vell`], particle);
    }
  });
});

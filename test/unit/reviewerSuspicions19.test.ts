// Judgements a reviewer suspected were wrong (session 19), each pinned by an invented newsroom example.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('reviewer suspicions (session 19)', () => {
  it('"the statement" after two statements speaks for the issuer of the one introduced last', () => {
    const issued = 'The Harlow Trust said in a statement on Monday that the school would close. Kestrel County Council issued a statement on Tuesday. “We will fight the closure,” the statement said.\n';
    assert.equal(speakerOf(issued, 'We will fight')?.name, 'Kestrel County Council');
    const person = 'The mayor, Tom Vance, said in a statement the budget was sound. The council’s auditor, Ana Ruiz, issued a statement disputing that. “The figures do not add up,” the statement said.\n';
    assert.equal(speakerOf(person, 'The figures do not')?.name, 'Ana Ruiz');
    const aside = 'Ana Ruiz issued a statement on Monday. Her rival, the mayor Tom Vance, issued a statement on Tuesday. “We will appeal the ruling,” the statement said.\n';
    assert.equal(speakerOf(aside, 'We will appeal')?.name, 'Tom Vance');
    // An adverb opening the issuer's sentence is no part of its name ("Later the company" was the name).
    const adverb = 'Harlow Foods cut 40 jobs. The GMB union said in a statement that it would strike. Later the company issued a statement. “We regret the cuts,” the statement said.\n';
    assert.equal(speakerOf(adverb, 'We regret')?.name, 'Harlow Foods');
    // The later "in a statement" still wins over an earlier issued one.
    const later = 'Kestrel County Council issued a statement on Monday. On Tuesday, the Harlow Trust said in a statement the school would close. “We will fight the closure,” the statement said.\n';
    assert.equal(speakerOf(later, 'We will fight')?.name, 'Harlow Trust');
  });

  it('a given name no list holds, before the surname of a man named earlier, is another person when "she" follows', () => {
    const opening = 'Tom Harlow founded the firm in 1990. Mina Harlow took over in 2015. “We owe the bank nothing,” she said.\n';
    assert.equal(speakerOf(opening, 'We owe the bank')?.name, 'Mina Harlow');
    const inside = 'Tom Harlow founded the firm in 1990. The firm is now run by Mina Harlow. “We owe the bank nothing,” she said.\n';
    assert.equal(speakerOf(inside, 'We owe the bank')?.name, 'Mina Harlow');
    // "he" is still the man.
    const he = 'Tom Harlow founded the firm in 1990. Mina Harlow took over in 2015. “We owe the bank nothing,” he said.\n';
    assert.equal(speakerOf(he, 'We owe the bank')?.name, 'Tom Harlow');
  });

  it('a kin noun set before a name no list gives a gender ("His daughter, Mina Harlow,") gives it one', () => {
    const he = 'Tom Harlow founded the firm in 1990. His daughter, Mina Harlow, took over in 2015. “We owe the bank nothing,” he said.\n';
    assert.equal(speakerOf(he, 'We owe the bank')?.name, 'Tom Harlow');
    const she = 'Tom Harlow founded the firm in 1990. His daughter, Mina Harlow, took over in 2015. “We owe the bank nothing,” she said.\n';
    assert.equal(speakerOf(she, 'We owe the bank')?.name, 'Mina Harlow');
  });

  it('a kind\'s noun opening a capitalised common phrase ("Bank Holiday", "Union Jack") names no body', () => {
    const holiday = 'Bank Holiday traffic was heavy on the coast road. “Lending will slow,” the bank said.\n';
    assert.equal(speakerOf(holiday, 'Lending will')?.name, null);
    const flag = 'The march went ahead. Union Jack flags lined the street. “We will march again,” the union said.\n';
    assert.equal(speakerOf(flag, 'We will march')?.name, null);
    const broadcaster = 'Broadcaster Lumivue said the sheet was fake. “We will not be drawn,” the broadcaster said.\n';
    assert.equal(speakerOf(broadcaster, 'We will not be drawn')?.name, 'Lumivue');
  });

  it('"the Post" is the paper the article named in full before ("The Washington Post"), else stays "Post"', () => {
    const post = 'The Washington Post reported the deal on Monday. An aide confirmed it. “We expect a vote soon,” the Post said.\n';
    assert.equal(speakerOf(post, 'We expect a vote')?.name, 'Washington Post');
    const times = 'The New York Times reported the deal. “We expect a vote soon,” the Times said.\n';
    assert.equal(speakerOf(times, 'We expect a vote')?.name, 'New York Times');
    const office = 'Staff at the Post Office walked out. “We expect a vote soon,” the Post said.\n';
    assert.equal(speakerOf(office, 'We expect a vote')?.name, 'Post');
  });

  it('a plural noun before the verb of its clause ("Vaccination rates rose") is no cue', () => {
    for (const text of ['Vaccination rates rose in every county last year.\n', 'Budget estimates fell again in March.\n', 'Council plans fell through last week.\n']) {
      assert.deepEqual(analyze(text).attributions.map((a) => text.slice(a.cue.start, a.cue.end)), [], text);
    }
    const verb = 'The agency rates the bonds as junk.\n';
    assert.deepEqual(analyze(verb).attributions.map((a) => verb.slice(a.cue.start, a.cue.end)), ['rates']);
  });

  it('a statement read "on behalf of her client" is not the judge\'s named between the client and the reader', () => {
    const titled = 'Tom Vance, 52, was cleared of fraud at Harlow Crown Court on Monday. Judge Ana Ruiz said the evidence had been thin. Outside court, Lena Marsh read a statement on behalf of her client. “I am relieved it is over,” the statement said.\n';
    assert.equal(speakerOf(titled, 'I am relieved')?.name, 'Tom Vance');
    const apposed = 'Tom Vance, 52, was cleared of fraud on Monday. The evidence was thin, said Ian Holt, the judge. Outside court, Lena Marsh read a statement on behalf of her client. “I am relieved it is over,” the statement said.\n';
    assert.equal(speakerOf(apposed, 'I am relieved')?.name, 'Tom Vance');
  });

  it('a statement read or made "on behalf of the singer" speaks for the singer the article named', () => {
    const read = 'Mara Quell, the singer, cancelled her tour on Friday. Her publicist read out a statement on behalf of the singer. “I am sorry to my fans,” the statement said.\n';
    assert.equal(speakerOf(read, 'I am sorry')?.name, 'Mara Quell');
    const issued = 'Mara Quell, the singer, cancelled her tour on Friday. A statement was issued on behalf of the singer. “I am sorry to my fans,” the statement said.\n';
    assert.equal(speakerOf(issued, 'I am sorry')?.name, 'Mara Quell');
    const inverted = 'Mara Quell, the singer, cancelled her tour on Friday. “I am sorry to my fans,” said a statement issued on behalf of the singer.\n';
    assert.equal(speakerOf(inverted, 'I am sorry')?.name, 'Mara Quell');
    const opening = 'Mara Quell, the singer, cancelled her tour on Friday. In a statement issued on behalf of the singer, her publicist said she was exhausted. “I am sorry to my fans,” the statement said.\n';
    assert.equal(speakerOf(opening, 'I am sorry')?.name, 'Mara Quell');
    // No singer named: no name, rather than the word "singer".
    const unnamed = 'The tour was cancelled on Friday. Her publicist read out a statement on behalf of the singer. “I am sorry to my fans,” the statement said.\n';
    assert.equal(speakerOf(unnamed, 'I am sorry')?.name, null);
  });
});

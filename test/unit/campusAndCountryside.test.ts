// Education and environment copy (blind sets 31 and 32's develop halves): student-union titles, a parent quoting his
// daughter, a department's spokeswoman, a report read at a meeting of thousands. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;
const claimWith = (text: string, words: string) => analyze(text).claims.find((c) => c.text.includes(words));

describe('campus and countryside copy', () => {
  it('"Comrade" before a union leader\'s name is a title, not part of the name', () => {
    const text = 'The guild\'s secretary, Comrade Babajide Olatunji, disowned the flyer. "We printed nothing," Olatunji said.\n';
    assert.equal(speakerOf(text, 'We printed nothing')?.name, 'Babajide Olatunji');
  });

  it('a she or he inside a quotation says nothing of the gender of the person named before it', () => {
    const text = 'Teodoro Manalastas, a jeepney driver whose son studies engineering, waited outside the gates.\n\n“She says the fees will double,” he said.\n';
    assert.equal(speakerOf(text, 'She says the fees')?.name, 'Teodoro Manalastas');
  });

  it('a spokeswoman for a body named after a lowercase modifier speaks for that body', () => {
    const text = 'A spokeswoman for the federal Department of Agriculture said growers had been given “ample notice” of the change.\n';
    assert.equal(speakerOf(text, 'ample notice')?.name, 'Department of Agriculture');
  });

  it('a bare spokesman speaks for the body the sentence before describes as its subject', () => {
    const text = 'Kestrel Valley College announced 120 job cuts. Unison and the Tertiary Staff Association called a ballot.\n\nThe college rejected that account. A spokesman said no course would close “before every student has finished”.\n';
    assert.equal(speakerOf(text, 'before every student')?.name, 'Kestrel Valley College');
  });

  it('a circumstance opening the frame may hold a number written with a comma', () => {
    const text = 'In a recorded video message to the college’s 2,400 staff and 31,000 students on its three campuses, Principal Ruth Anand said a shortfall of $14 million loomed.\n';
    assert.equal(claimWith(text, 'shortfall')?.status, 'attributed');
  });

  it('a day\'s name given as a first name after a role noun is a person\'s ("fisherman Sunday …")', () => {
    const text = 'At the jetty, fisherman Sunday Abiodun-Ete was mending a net.\n\n"The oil came at night," he said.\n';
    assert.equal(speakerOf(text, 'The oil came')?.name, 'Sunday Abiodun-Ete');
  });

  it('"the company" after "The manufacturer, <Name>," is that manufacturer, nearer than a body named earlier', () => {
    const text = 'The Crop Chemicals Review Board renewed the licence in 2024.\n\nThe manufacturer, Halvern Agrisciences of Omaha, said it would appeal. "The product is safe," the company said.\n';
    assert.equal(speakerOf(text, 'The product is safe')?.name, 'Halvern Agrisciences');
  });
});

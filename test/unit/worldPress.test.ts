// The English-language press outside the US and UK: honorifics and members' letters before names ("Alhaji", "TD",
// "MCA"), a statement signed by a spokesperson speaking for the body that issued it, and a capitals dateline with a
// colon ("ISLAMABAD:"). Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('the world English press', () => {
  it('"Alhaji" is an honorific, not part of the name', () => {
    const text = 'Traders chairman Alhaji Musa Danladi-Oyelowo said the fire started at 2 a.m.\n\n"Many of our members took loans," he said.\n';
    assert.equal(speakerOf(text, 'Many of our members')?.name, 'Musa Danladi-Oyelowo');
  });

  it('"the TD" and "the MCA" are the members the article named with those letters', () => {
    const td = 'Local Independent TD Declan Mac Giolla Phádraig raised the case in the Dáil. “That is not a health service,” the TD said.\n';
    assert.equal(speakerOf(td, 'That is not')?.name, 'Declan Mac Giolla Phádraig');
    const mca = 'The motion was tabled by Kamuthi Ward MCA Peter Njoroge-Wambua on Thursday.\n\n"This is not politics," the MCA said.\n';
    assert.equal(speakerOf(mca, 'This is not')?.name, 'Peter Njoroge-Wambua');
  });

  it('a directory is no person for a pronoun to find', () => {
    const text = 'The Commercial Affairs Department warned in its statement that the case should remind people to check the Financial Institutions Directory before investing. One of the victims, a retired teacher who declined to be named, told reporters that she had lent the money because he attended her husband’s funeral. “He came every night of the wake,” she said.\n';
    assert.equal(speakerOf(text, 'He came')?.name ?? null, null);
  });

  it('"One of the victims, a retired teacher …" leaves the next she unnamed, not the prosecutor named before', () => {
    const text = 'Prosecutor Tan Hui Ling asked for a long sentence.\n\nOne of the victims, a retired teacher who declined to be named, told reporters that she had lent the money. “He came every night of the wake,” she said.\n';
    assert.equal(speakerOf(text, 'He came')?.name, null);
  });

  it('a statement signed by a spokesperson speaks for the body, and so does "the statement" after it', () => {
    const signed = 'Pranjal Medisys, in a statement signed by its company secretary, Shri Anand Bhave, denied any irregularity and said the firm had "fully complied with every condition."\n';
    assert.equal(speakerOf(signed, 'fully complied')?.name, 'Pranjal Medisys');
    const read = 'The Thokoza Bay Municipality, in a statement issued by spokesperson Sipho Mabaso, rejected the claim. “Every resident was given an opportunity to comment,” the statement read.\n';
    assert.equal(speakerOf(read, 'Every resident')?.name, 'Thokoza Bay Municipality');
  });

  it('a capitals dateline with a colon opening the article is no speaker; a transcript label is', () => {
    const text = 'ISLAMABAD: Elections of the regional cricket association were postponed on Saturday after rival groups accused each other of enrolling "fake clubs" to swing the vote.\n';
    assert.equal(speakerOf(text, 'fake clubs')?.text, 'rival groups');
    const turns = analyze('Ana Ruiz and Tom Lind debated on Monday.\n\nRUIZ: We will not cut the ferry this year, not while I am here.\n').attributions;
    assert.ok(turns.some((a) => a.source?.text === 'RUIZ' && a.cue.text === ':'));
  });

  it('a named person putting a value at a figure in a currency written onto it is their estimate', () => {
    const text = 'The chairman of the traders’ association, Alhaji Musa Danladi-Oyelowo, who spoke to journalists at the scene, put the value of goods destroyed at over N2.4 billion.';
    assert.equal(analyze(`${text}\n`).claims.find((c) => c.text.includes('N2.4 billion'))?.status, 'attributed');
    assert.equal(analyze('Ruiz put the cost at Sh320m, twice the estimate.\n').attributions.find((a) => a.cue.text === 'put')?.source?.text, 'Ruiz');
  });

  it('names written with "Syed" or an abbreviated first name ("Ma.", "Md.") keep it', () => {
    const syed = 'The returning officer, retired Justice Syed Farhan Ali Qureshi-Khan, halted the count.\n\n"I cannot certify this list," he said.\n';
    assert.equal(speakerOf(syed, 'I cannot')?.name, 'Syed Farhan Ali Qureshi-Khan');
    const ma = 'At the hearing, Rep. Ma. Luisa Dela Peña-Ramos of the 4th District showed the invoices. "These were never fertiliser," she said.\n';
    assert.equal(speakerOf(ma, 'These were')?.name, 'Ma. Luisa Dela Peña-Ramos');
    // A surname closing a sentence keeps its full stop out of the name.
    const closing = 'The fund was started by Jack Ma. Then it grew. "We began small," Ma said.\n';
    assert.equal(speakerOf(closing, 'We began')?.name, 'Jack Ma');
  });

  it('a company first named with its legal form is named so when its short name speaks', () => {
    const text = 'The contract went to Harwani Surgicals Private Limited, a Pune firm with no record in the field.\n\nHarwani Surgicals, in a statement, said it had "met every term of the contract" and would cooperate.\n';
    assert.equal(speakerOf(text, 'met every term')?.name, 'Harwani Surgicals Private Limited');
  });

  it('a spokesperson for a body whose letters follow in brackets speaks for the whole body', () => {
    const text = 'A spokesperson for the Provincial Hockey Board of Sindh (PHBS), in a short statement, said the board was "following events closely" and would act.\n';
    assert.equal(speakerOf(text, 'following events')?.name, 'Provincial Hockey Board of Sindh');
  });

  it('a capitalised office set off by a comma before the name ("The state\'s Economy Minister, …") is who "the minister" is', () => {
    const text = 'The state’s Economy Minister, Odile Varennes-Brault, wrote in a statement that the levy would stay. The region was "ready to hear every proposal" from investors, the minister added.\n';
    assert.equal(speakerOf(text, 'ready to hear')?.name, 'Odile Varennes-Brault');
  });

  it('an office nobody in the article holds by name ("The Taoiseach", "The Prime Minister") names no one', () => {
    assert.equal(speakerOf('The Taoiseach said the waiting lists were "a disgrace" on Tuesday.\n', 'a disgrace')?.name, null);
    assert.equal(speakerOf('The Prime Minister said the waiting lists were "a disgrace" on Tuesday.\n', 'a disgrace')?.name, null);
    // Named once, the office is that person; a body keeps its name.
    assert.equal(speakerOf('Prime Minister Ana Ruiz visited. The Prime Minister said the lists were "a disgrace".\n', 'a disgrace')?.name, 'Ana Ruiz');
    assert.equal(speakerOf('The Skerrach Health Board said the lists were "a disgrace".\n', 'a disgrace')?.name, 'Skerrach Health Board');
  });

  it('a newspaper whose name is a person noun ("The Economist", "The Guardian") keeps its name as a speaker', () => {
    assert.equal(speakerOf('The Economist, in an editorial, said: "The bank has lost its nerve."\n', 'The bank has')?.name, 'Economist');
    assert.equal(speakerOf('The Guardian said: "This is a scandal."\n', 'This is a')?.name, 'Guardian');
  });

  it('a surname "Ma" closing a sentence after a verb or a title is not joined to the next sentence’s first word', () => {
    const said = 'Alibaba shares rose on Monday. "We were too cautious," said Ma. Analysts expected less.\n\n"We will grow again," Ma added.\n';
    assert.equal(speakerOf(said, 'We will grow')?.name, 'Ma');
    const titled = 'The founder, Mr Ma. Shares in the group fell.\n\n"We will grow again," Ma said.\n';
    assert.equal(speakerOf(titled, 'We will grow')?.name, 'Ma');
  });

  it('a capitalised office after a preposition ("Working for the Home Secretary, Jane Doe") is not the next name’s role', () => {
    const text = 'Home Secretary Tomas Reilly announced the bill on Monday. Working for the Home Secretary, Wanda Pell drafted it in a month. "We will pass it," the Home Secretary said.\n';
    assert.notEqual(speakerOf(text, 'We will pass')?.name, 'Wanda Pell');
  });
});

// Entertainment, celebrity and fact-check copy (blind sets 25 and 26's develop halves): who speaks when a band, a
// broadcaster, a post or a statement read out does. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('showbiz and fact-check copy', () => {
  it('the possessor of a role held by someone named in apposition is not the later "he"', () => {
    const band = 'Few agreed. The Lanterns\' bassist, Ciaran Dowd, said the slot was earned. "We toured for ten years," he said.\n';
    assert.equal(speakerOf(band, 'We toured')?.name, 'Ciaran Dowd');
    const lawyer = 'Mark Ellery’s lawyer, Paul Nunn, called the claim weak. “It will not survive a hearing,” he said.\n';
    assert.equal(speakerOf(lawyer, 'It will not survive')?.name, 'Paul Nunn');
  });

  it('the possessor of a role is still a later "he" when the holder named in apposition is a "she"', () => {
    const text = 'Inspector Carl Voss led the case. Dean Harlow’s wife, Susan Harlow, wept in court. “I never saw it coming,” he said afterwards.\n';
    assert.equal(speakerOf(text, 'I never saw')?.name, 'Dean Harlow');
  });

  it('an adverb between a document\'s issuer and the issuing verb is no part of its name', () => {
    const text = 'A page called Coast Alerts said the ferry had sunk. The Harbour Board also issued a post on X. “Ferries are running to schedule,” the post said.\n';
    assert.equal(speakerOf(text, 'Ferries are running')?.name, 'Harbour Board');
    const statement = 'The Harlow Trust later issued a statement. “We regret the delay,” the statement said.\n';
    assert.equal(speakerOf(statement, 'We regret')?.name, 'Harlow Trust');
  });

  it('a letter, post or message posted, sent or written by someone speaks for them', () => {
    const letter = 'The Harlow Trust sent a letter to parents on Monday. “The school will close early,” the letter said.\n';
    assert.equal(speakerOf(letter, 'The school will')?.name, 'Harlow Trust');
    const message = 'Ana Ruiz posted a message on X late on Friday. “I will not resign,” the message read.\n';
    assert.equal(speakerOf(message, 'I will not')?.name, 'Ana Ruiz');
    const written = 'Tom Vance wrote a letter to the council. “I have lost faith,” the letter said.\n';
    assert.equal(speakerOf(written, 'I have lost')?.name, 'Tom Vance');
  });

  it('"called for", "named after": no account\'s name', () => {
    const calm = 'After the riot, the official account called for calm. Later a new post appeared. “Stay at home tonight,” the post said.\n';
    assert.notEqual(speakerOf(calm, 'Stay at home')?.name, 'for');
    const fan = 'The clip was shared by a fan page named after the singer. “This is the real version,” the caption said.\n';
    assert.notEqual(speakerOf(fan, 'This is the real')?.name, 'after');
    const handle = 'The clip was first shared by an account called truth_now24. “This is the real version,” the caption said.\n';
    assert.equal(speakerOf(handle, 'This is the real')?.name, 'truth_now24');
  });

  it('a film or music house is a business that "the company" stands for', () => {
    const text = 'The role went to a newcomer, Harbourline Pictures announced. Harbourline Pictures denied any deal with others. “No other actor was approached,” the company said in a written statement.\n';
    assert.equal(speakerOf(text, 'No other actor')?.name, 'Harbourline Pictures');
  });

  it('a business named after its kind ("Broadcaster Lumivue", "budget carrier Aerolink") is what "the company" or "the airline" stands for, and the statement it issued speaks for it', () => {
    const text = 'Broadcaster Lumivue, which airs the show, said the leaked sheet was fake. In a statement on Monday, the company said every vote was “checked by an outside firm.” “We will not be drawn into rumours,” the statement added.\n';
    assert.equal(speakerOf(text, 'checked by an outside')?.name, 'Lumivue');
    assert.equal(speakerOf(text, 'We will not be drawn')?.name, 'Lumivue');
    const airline = 'A page using the logo of budget carrier Aerolink promised free flights. In an advisory on Monday, the airline said the offer was “not ours in any way.”\n';
    assert.equal(speakerOf(airline, 'not ours')?.name, 'Aerolink');
  });

  it('"the brokerage" does not stand for a business named after another kind', () => {
    const text = 'Ana Mbeki of Keystone Capital asked about the price war with rival chain Umoja Markets. In a note to clients, Keystone cut its target. “The plan is sound but costly,” the brokerage wrote.\n';
    assert.notEqual(speakerOf(text, 'The plan is sound')?.name, 'Umoja Markets');
  });

  it('a post speaks for whoever announced something in it, and "the band" is the band named after its kind', () => {
    const text = 'Dunedin band The Night Herons have cancelled their tour. The band announced the news in a post on its page on Friday. "We hate letting you down," the post read.\n';
    assert.equal(speakerOf(text, 'We hate')?.name, 'The Night Herons');
  });

  it('a statement read out on behalf of someone speaks for them', () => {
    const client = 'The singer Rosa Quill has sued her label. Her lawyer, Dan Ashe, spoke outside court. Ashe also read a short statement on the steps on behalf of his client. “I was paid nothing for ten years,” the statement said.\n';
    assert.equal(speakerOf(client, 'I was paid nothing')?.name, 'Rosa Quill');
    const named = 'A team official read a statement on behalf of Mara Lind before the final. “I am heartbroken to miss it,” the statement said.\n';
    assert.equal(speakerOf(named, 'I am heartbroken')?.name, 'Mara Lind');
  });

  it('"it" after a sentence opened by a unit of a body is the body', () => {
    const text = 'The Press Information Office\'s fact-check unit flagged the message on Monday. In a post on X, it said the claim was "false" and urged readers "not to click the link."\n';
    assert.equal(speakerOf(text, 'not to click')?.name, 'Press Information Office');
  });

  it('a post, its caption or "it" after a post speaks for the account the article names as its poster, before or after', () => {
    const before = 'The clip runs 30 seconds. Posted on X by an account called LakeCountyVoice, it has been viewed a million times. “Would you trust this man?” the caption asks.\n';
    assert.equal(speakerOf(before, 'Would you trust')?.name, 'LakeCountyVoice');
    const after = 'After the frost, a post began spreading on Facebook. Over a photo of a frozen pond, it declared that the year had been "the coldest on record" everywhere. The post was made by a page called Plain Truth Otago, which has 20,000 followers.\n';
    assert.equal(speakerOf(after, 'the coldest on record')?.name, 'Plain Truth Otago');
  });

  it('"industry figures" who say something are people nobody names: a vague source, not a document', () => {
    const { claims } = analyze('Industry figures say the shortage of slots runs deeper than one festival.\n');
    assert.equal(claims[0]?.status, 'unsourced');
    assert.ok(claims[0]?.reasons.includes('vague-source'));
  });

  it('a statement read on behalf of a client the reader\'s own sentence names speaks for the client, not the reader', () => {
    const text = 'Owen Pryce did not come to court. Lena Marsh, who represents Pryce, read a statement outside on behalf of her client. “I have done nothing wrong,” the statement said.\n';
    assert.equal(speakerOf(text, 'I have done nothing')?.name, 'Owen Pryce');
  });

  it('a person after a kind\'s noun ("broadcaster Jeremy Vane", "Club Secretary Ann Lee") is no body "the company" or "the club" stands for', () => {
    const person = 'The channel dropped the show. Veteran broadcaster Jeremy Vane called it a mistake. In a statement, the company said “costs left no choice.”\n';
    assert.notEqual(speakerOf(person, 'costs left')?.name, 'Jeremy Vane');
    const title = 'Club Secretary Ann Lee read the letter to members. “We will fight this ban,” the club said.\n';
    assert.equal(speakerOf(title, 'We will fight')?.name ?? null, null);
    const bank = 'Bank Governor Paul Abara said rates would hold. “We are watching prices,” the bank said.\n';
    assert.equal(speakerOf(bank, 'We are watching')?.name ?? null, null);
  });

  it('a statement read on behalf of a body named with its article speaks for the body', () => {
    const text = 'Ana Ruiz read a statement on behalf of the Harlow Trust outside the court. “We are disappointed,” the statement said.\n';
    assert.equal(speakerOf(text, 'We are disappointed')?.name, 'Harlow Trust');
  });

  it('"industry figures" that show or suggest something are numbers: a document, cited', () => {
    for (const text of ['Industry figures show new van sales fell 6 percent in May.\n', 'Film figures suggest ticket sales rose 12 percent in the spring.\n', 'Business figures reveal that 40 shops closed last year.\n']) {
      assert.equal(analyze(text).claims[0]?.status, 'cited', text);
    }
  });

  it('a warning added to someone, with what it says after "that", reports words', () => {
    const { attributions } = analyze('Brennan added a warning to the minister that the cuts would cost lives.\n');
    assert.equal(attributions.length, 1);
    assert.match(attributions[0].content?.text ?? '', /cuts would cost lives/);
  });

  it('adding a thing to something reports no words', () => {
    const { attributions, claims } = analyze('The presenter has since added the label #sponsored to all seven videos.\n');
    assert.equal(attributions.length, 0);
    assert.equal(claims[0]?.status, 'unsourced');
    assert.equal(analyze('He added that the deal was done.\n').attributions[0]?.cue.text, 'added');
  });

  it('a verb coordinated inside reported content goes on with it unless it is a cue with all its words', () => {
    const { attributions, claims } = analyze('She said images like this are mostly made in free apps and take a few minutes to produce.\n');
    assert.equal(attributions[0]?.content?.text, 'images like this are mostly made in free apps and take a few minutes to produce');
    assert.equal(claims[0]?.status, 'attributed');
  });

  it('a month after a given name is a surname ("Brian May"), not before a day ("May 4")', () => {
    assert.equal(speakerOf('Susan May, who said the tour was "our last," played on.\n', 'our last')?.name, 'Susan May');
    const dated = analyze('Ana Ruiz left on May 4. "It is over," she said.\n');
    assert.equal(dated.quotes[0]?.speaker?.name, 'Ana Ruiz');
  });
});

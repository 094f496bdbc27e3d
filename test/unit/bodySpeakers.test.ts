// Bodies and documents as speakers in wire-style news (unseen set 12's develop half showed each shape; sentences are
// invented): a body named by a place's possessive ("Veltria's interior ministry" … "the ministry said"), a document
// with its owner before it ("The agency's review found “…”"), and a person who gave a name only ("gave his name as").
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(`# T\n\n${text}\n`).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker?.name ?? null;

describe('bodies and documents as speakers', () => {
  it('a definite body stands for one a place\'s possessive named before it', () => {
    const text = 'Veltria\'s interior ministry blamed smugglers for the fire. The ministry said the blaze began "near the eastern gate."';
    assert.equal(speakerOf(text, 'near the eastern gate'), 'Veltria\'s interior ministry');
    // Not a body of another kind: "the agency" is no ministry.
    assert.equal(speakerOf('Veltria\'s interior ministry blamed smugglers. The agency said the blaze began "near the eastern gate."', 'near the eastern gate'), null);
  });

  it('a document with its owner before it speaks for the owner: a body pointed at, a named body, a person', () => {
    const text = 'The complaint went to the Harbour Standards Board, the regulator of ferry firms. The board\'s review, published on Monday, found "repeated failures to log" crossings.';
    assert.equal(speakerOf(text, 'repeated failures'), 'Harbour Standards Board');
    assert.equal(speakerOf('Kestrel County Council\'s audit found "serious gaps" in the records.', 'serious gaps'), 'Kestrel County Council');
    assert.equal(speakerOf('Councillor Mira Oduya\'s letter said "we were never told" about the closure.', 'we were never told'), 'Mira Oduya');
  });

  it('a person who gave a name only is called by it', () => {
    const text = 'A driver outside the depot, who gave his name only as Dara, said the gates stayed shut. "Nobody came out to us," he said.';
    assert.equal(speakerOf(text, 'Nobody came out'), 'Dara');
    // A name given with a rank is the whole name given.
    const rank = 'A spokesman for the rebels, who gave his name only as Commander Saber, denied it. "We have no dispute with them," he wrote.';
    assert.equal(speakerOf(rank, 'We have no dispute'), 'Commander Saber');
  });

  it('a departmental spokesperson speaks for the department, "the judge" for the Justice named before', () => {
    const text = 'The Department for Schools said it would study the ruling. "Every pupil will keep a seat," a departmental spokesperson said.';
    assert.equal(speakerOf(text, 'Every pupil'), 'Department for Schools');
    const judge = 'Mrs Justice Odile Varga quashed the fee. "The minister was told of the risk," the judge wrote.';
    assert.equal(speakerOf(judge, 'The minister was told'), 'Odile Varga');
  });

  it('"…, whose leader, Name, said" is the named leader\'s, not the body\'s', () => {
    const text = 'The appeal was led by Orrin Valley Council, whose leader, Tomasz Weir, called the ruling "a win for every bus user."';
    assert.equal(speakerOf(text, 'a win for every bus user'), 'Tomasz Weir');
    const a = analyze('# T\n\nThe pier was saved by the Harlow Trust, whose chair, Ana Ruiz, said repairs cost £2 million.\n').attributions.find((x) => x.cue.text === 'said');
    assert.equal(a?.source?.text, 'Ana Ruiz');
  });

  it('staff named with the body they work for speak for it ("Administrators from X said")', () => {
    const text = 'Administrators from Harrowgate Partners said the yard\'s 400 jobs were "at real risk" on Friday.';
    assert.equal(speakerOf(text, 'at real risk'), 'Harrowgate Partners');
    assert.equal(speakerOf('Lawyers for the family said the ruling was "a relief" for them.', 'a relief'), 'Lawyers');
  });

  it('a document with its maker in an aside speaks for the maker, and so does "the draft" after it', () => {
    const text = 'The 40-page draft, prepared by the ministry\'s Audit Directorate and dated May 2, says grants were paid "without any checks at all."\n\n"Nobody could tell us where the money went," the draft states.';
    assert.equal(speakerOf(text, 'without any checks'), 'Audit Directorate');
    assert.equal(speakerOf(text, 'Nobody could tell us'), 'Audit Directorate');
    assert.equal(speakerOf('The review, written by Dr Ines Soto in June, said "the wall will fall" within a year.', 'the wall will fall'), 'Ines Soto');
  });

  it('a body a place or an office holder owns is named by its words', () => {
    assert.equal(speakerOf('The prime minister’s office said the cabinet "fully backs the governor."', 'fully backs'), 'prime minister’s office');
    assert.equal(speakerOf('"Rates stay put," Ardell’s finance ministry said.', 'Rates stay put'), 'Ardell’s finance ministry');
    // A document is no body: its owner speaks.
    assert.equal(speakerOf('Kestrel County Council\'s report said "no bus will be cut."', 'no bus will be cut'), 'Kestrel County Council');
  });

  it('one list of business words serves "the airline said" and a filing\'s owner ("the chipmaker disclosed in a filing")', () => {
    assert.equal(speakerOf('Fares at Skyline Airlines rose again. "We will add 12 routes," the airline said.', 'We will add'), 'Skyline Airlines');
    const filing = 'Revenue at Quillon Systems fell after the chipmaker disclosed in a filing that orders had slowed. The filing said demand was "materially weaker" in March.';
    assert.equal(speakerOf(filing, 'materially weaker'), 'Quillon Systems');
  });

  it('a named body\'s (or person\'s) own spokesperson speaks for it', () => {
    assert.equal(speakerOf('"No route will close," the Harlow Trust\'s spokeswoman said.', 'No route will close'), 'Harlow Trust');
    assert.equal(speakerOf('"No route will close," Quillon\'s chief spokesman said.', 'No route will close'), 'Quillon');
  });

  it('"it said" after a sentence opened by a body\'s name is that body; after a person, no one', () => {
    assert.equal(speakerOf('The Harlow Trust issued a statement on Monday. "No route will close," it said.', 'No route will close'), 'Harlow Trust');
    assert.equal(speakerOf('Kestrel County Council met on Friday. "No route will close," it said in a statement.', 'No route will close'), 'Kestrel County Council');
    assert.equal(speakerOf('Ana Ruiz runs the trust. "No route will close," it said.', 'No route will close'), null);
  });

  it('a statement or a letter with its maker after it speaks for the maker ("said a statement from the Harlow Trust")', () => {
    assert.equal(speakerOf('"No route will close," said a statement from the Harlow Trust.', 'No route will close'), 'Harlow Trust');
    assert.equal(speakerOf('A letter from Kestrel County Council said "no bus will go" this year.', 'no bus will go'), 'Kestrel County Council');
  });

  it('a body named before "spokesperson", or by a descriptor before its name, or with "and" inside its name', () => {
    assert.equal(speakerOf('A Department of Health spokesperson said ministers would "look closely" at the figures.', 'look closely'), 'Department of Health');
    assert.equal(speakerOf('A Kestrel County Council spokesman said the roads were "a priority" this winter.', 'a priority'), 'Kestrel County Council');
    const run = 'The pool, run by the charitable trust Active Wrexley, closed on Tuesday. In a statement, the trust said it had "acted at once" on the advice.';
    assert.equal(speakerOf(run, 'acted at once'), 'Active Wrexley');
    const joined = 'The Medicines and Devices Standards Authority approved the drug. In its summary, the authority said the drug had shown "a modest effect" in trials.';
    assert.equal(speakerOf(joined, 'a modest effect'), 'Medicines and Devices Standards Authority');
  });

  it('a lead author and her team speak as the lead; a "she" is never a business named between', () => {
    const team = 'The study was led by Dr Marisol Quintero-Haas. Quintero-Haas and her co-authors wrote that the link was "robust across every analysis" they ran.';
    assert.equal(speakerOf(team, 'robust across'), 'Marisol Quintero-Haas');
    const she = 'Corvane Semiconductor posted record sales. Asked about hiring, Lena Strohmeier said Corvane planned to add engineers. "We would be foolish to stop," she said.';
    assert.equal(speakerOf(she, 'We would be foolish'), 'Lena Strohmeier');
  });

  it('a business called by its first word after its full name is the business, whatever word closes the name', () => {
    const text = 'The regulator fined Brightwell Energy on Tuesday. Brightwell said the claim was "categorically untrue" and would appeal.';
    assert.equal(speakerOf(text, 'categorically untrue'), 'Brightwell Energy');
    // A person of that name stays a person.
    assert.equal(speakerOf('Ana Brightwell chairs the board. Brightwell said the claim was "untrue" and would appeal.', 'untrue'), 'Ana Brightwell');
  });

  it('a named body\'s document opened by a capital "The" speaks for the body, "The office\'s" for the office named before', () => {
    assert.equal(speakerOf('The Harlow Trust\'s review found "no sign of collusion" in the market.', 'no sign of collusion'), 'Harlow Trust');
    assert.equal(speakerOf('"No sign of fraud," the Office of Fair Trading\'s report said.', 'No sign of fraud'), 'Office of Fair Trading');
    assert.equal(speakerOf('The Kestrel County Council\'s audit said "no bus will be cut" this year.', 'no bus will be cut'), 'Kestrel County Council');
    assert.equal(speakerOf('The Office of Fair Trading opened a case. The office\'s report found "no sign of collusion" at all.', 'no sign of collusion'), 'Office of Fair Trading');
  });

  it('an office holder\'s spokesperson speaks for the office the article names, else for the holder', () => {
    const briefing = 'Downing Street rejected the offer on Monday. The prime minister\'s official spokesman said it was "not serious."\n\n"We will not pay," the spokesman said.';
    assert.equal(speakerOf(briefing, 'not serious'), 'Downing Street');
    assert.equal(speakerOf(briefing, 'We will not pay'), 'Downing Street');
    assert.equal(speakerOf('The prime minister\'s office issued a note. "We will not pay," the prime minister\'s spokeswoman said.', 'We will not pay'), 'prime minister\'s office');
    assert.equal(speakerOf('The White House held back at first. "We will not pay," the president\'s spokesman said later.', 'We will not pay'), 'White House');
    assert.equal(speakerOf('Prime Minister Ana Ruiz flew to Rome. "We will not pay," the prime minister\'s spokeswoman said.', 'We will not pay'), 'Ana Ruiz');
  });

  it('a spokesperson tied to no body speaks for the one body named nearest before: the sentence, the paragraph, the article', () => {
    assert.equal(speakerOf('The Harlow Trust closed the pier on Monday. "No route will close," a spokeswoman said.', 'No route will close'), 'Harlow Trust');
    assert.equal(speakerOf('Kestrel County Council voted on Tuesday. A spokeswoman said the vote was "final and binding."', 'final and binding'), 'Kestrel County Council');
    assert.equal(speakerOf('The Office of Fair Trading opened a case on Monday. "We are looking closely," a spokesman said.', 'We are looking closely'), 'Office of Fair Trading');
    assert.equal(speakerOf('Quillon Systems opened a plant.\n\nHarlow Trust bought the pier.\n\n"We are pleased," a spokeswoman said.', 'We are pleased'), 'Harlow Trust');
    assert.equal(speakerOf('Kestrel County Council met on Friday.\n\nAna Ruiz, who chairs it, spoke first. "No bus will go," the spokeswoman said.', 'No bus will go'), 'Kestrel County Council');
    // Two bodies where the search stops, a newspaper, or no body at all: no guess.
    assert.equal(speakerOf('Quillon Systems sued the Harlow Trust on Monday. "We regret it," a spokesman said.', 'We regret it'), null);
    assert.equal(speakerOf('The New York Times reported the sale. "We are pleased," a spokeswoman said.', 'We are pleased'), null);
    assert.equal(speakerOf('Ana Ruiz visited the pier. "No route will close," a spokeswoman said.', 'No route will close'), null);
  });

  it('a written text that "read" the quote speaks for its maker, named after it or inside the words before "read"', () => {
    assert.equal(speakerOf('"No route will close," read a statement from the Harlow Trust on Monday.', 'No route will close'), 'Harlow Trust');
    assert.equal(speakerOf('"No bus will go," a statement from Kestrel County Council read.', 'No bus will go'), 'Kestrel County Council');
    assert.equal(speakerOf('"No bus will go," the statement from Kestrel County Council read.', 'No bus will go'), 'Kestrel County Council');
    assert.equal(speakerOf('"No bus will go," said a statement issued by Kestrel County Council.', 'No bus will go'), 'Kestrel County Council');
    assert.equal(speakerOf('"No bus will go," read a letter signed by Ana Ruiz.', 'No bus will go'), 'Ana Ruiz');
    // A person named after a role, found by the person index; a lowercase phrase there names no maker.
    assert.equal(speakerOf('"The case is weak," said a document filed by county counsel Ana Ruiz on Friday.', 'The case is weak'), 'Ana Ruiz');
    assert.equal(speakerOf('"No route will close," said a letter from a Kestrel resident.', 'No route will close'), null);
  });

  it('"the estate said", "the inspectorate said": a body named before by words no person\'s name ends in; two in one sentence, no guess', () => {
    assert.equal(speakerOf('A shepherd rents land on the Calder Estate.\n\nThe estate said it "fully supports" the dams.', 'fully supports'), 'Calder Estate');
    assert.equal(speakerOf('The inquiry was run by the Railway Inspectorate. "We will act," the inspectorate said.', 'We will act'), 'Railway Inspectorate');
    assert.equal(speakerOf('The Kestrel Valley Railway closed the line. "We will act," the railway said.', 'We will act'), 'Kestrel Valley Railway');
    // A heading's last word is no part of the first name under it.
    assert.equal(speakerOf('St Anne\'s Hospital closed a ward. "We will act," the hospital said.', 'We will act'), 'St Anne\'s Hospital');
    assert.equal(speakerOf('Orrin Valley Council and Kestrel County Council met. "We will act," the council said.', 'We will act'), null);
  });

  it('two officers of one body speaking together speak for the body', () => {
    assert.equal(speakerOf('The House Standards Committee opened an inquiry. In a statement, the committee\'s chairwoman and ranking member said the vote "proves nothing yet."', 'proves nothing yet'), 'House Standards Committee');
    assert.equal(speakerOf('Kestrel County Council cut the route. The council\'s leader and chief executive said the cut was "painful but needed."', 'painful but needed'), 'Kestrel County Council');
    assert.equal(speakerOf('"We are sorry," the Harlow Trust\'s chair and chief executive said in a joint letter.', 'We are sorry'), 'Harlow Trust');
  });

  it('"its report" speaks for the one body named in its sentence or the sentence before', () => {
    const inquiry = 'The inquiry, carried out by the Rail Safety Inspectorate and published in 1984, found a scheduling error. Its report called the error "a lapse of plain care" and urged a second plough.';
    assert.equal(speakerOf(inquiry, 'a lapse of plain care'), 'Rail Safety Inspectorate');
    assert.equal(speakerOf('Kestrel County Council published figures on Monday. "Every route lost money," its report said.', 'Every route lost money'), 'Kestrel County Council');
    // A person, or two bodies, before it: no guess.
    assert.equal(speakerOf('Ana Ruiz read the figures. Its report said the pier was "beyond repair."', 'beyond repair'), null);
    assert.equal(speakerOf('Quillon Systems sued the Harlow Trust. Its statement said the pier was "beyond repair."', 'beyond repair'), null);
  });

  it('"the agency", "the watchdog" for a body whose name ends otherwise: the one body named nearest before', () => {
    const office = 'The Federal Emergency Housing Office said it had "taken steps" already.\n\n"Nobody was thinking about fees. They were thinking of families," the agency said.';
    assert.equal(speakerOf(office, 'Nobody was thinking'), 'Federal Emergency Housing Office');
    assert.equal(speakerOf('The Harbour Standards Board fined the ferry firm. The watchdog said the crossings were "badly logged."', 'badly logged'), 'Harbour Standards Board');
    assert.equal(speakerOf('Quillon Systems sued the Harlow Trust on Monday. "We will act," the agency said.', 'We will act'), null);
  });

  it('no source inside another quotation speaks a quote ("for some time" is quoted words, not "some")', () => {
    const briefing = 'Downing Street rejected the offer. The prime minister\'s official spokesman said it was "not serious."\n\nAsked about the claim, the spokesman said officials had been "watching the talks closely for some time" but would not discuss "private conversations still going on".';
    assert.equal(speakerOf(briefing, 'watching the talks'), 'Downing Street');
    assert.equal(speakerOf(briefing, 'private conversations'), 'Downing Street');
  });

  it('"the spokesman", once used for a body\'s spokesperson, keeps it past a person introduced under a longer title', () => {
    const briefing = 'Downing Street rejected the offer. The prime minister\'s official spokesman said it was "not serious."\n\n"We will not pay," the spokesman said.\n\nThe opposition transport spokesman, Rhodri Evans, accused ministers of delay.\n\nAsked about the claim, the spokesman said officials were "watching closely."';
    assert.equal(speakerOf(briefing, 'watching closely'), 'Downing Street');
    // Without that earlier use, "the spokesman" is the one the apposition named.
    assert.equal(speakerOf('The opposition transport spokesman, Rhodri Evans, accused ministers of delay. "We warned them," the spokesman said.', 'We warned them'), 'Rhodri Evans');
  });

  it('a heading\'s last capitalised word is no part of the body named at the paragraph\'s start', () => {
    const text = 'Fire at Orrin Mill\n\nPolice said the blaze began before dawn. "Enquiries are continuing," a police spokesperson said.';
    assert.equal(analyze(`# ${text}\n`).quotes.find((q) => q.inner.text.startsWith('Enquiries'))?.speaker?.name ?? null, null);
  });

  it('"the party" stands for a party whose name ends in another party word ("the Green Alliance")', () => {
    const text = 'The Harrowmere Green Alliance won four seats in the regional vote.\n\n"This is the start of a new politics," the party said in a statement.';
    assert.equal(speakerOf(text, 'This is the start'), 'Harrowmere Green Alliance');
  });

  it('a definite body stands for one a nation\'s adjective named before it ("the Marvian army" … "the army")', () => {
    const text = 'The Ostravian army said it had repelled an attack near the river.\n\n"The enemy suffered heavy losses," the army said in a statement.';
    assert.equal(speakerOf(text, 'The enemy suffered'), 'Ostravian army');
    const ministry = 'The Ostravian health ministry confirmed three new cases.\n\n"All contacts have been traced," the ministry said.';
    assert.equal(speakerOf(ministry, 'All contacts'), 'Ostravian health ministry');
  });

  it('a business stands behind "it", "the airline" or another business word, named by its ending or in apposition', () => {
    assert.equal(speakerOf('Corvane Semiconductor reported a loss on Wednesday. "Demand is recovering," it said.', 'Demand is recovering'), 'Corvane Semiconductor');
    assert.equal(speakerOf('Skyvale Airways cancelled 200 flights.\n\n"We apologise to every passenger," the airline said.', 'We apologise'), 'Skyvale Airways');
    assert.equal(speakerOf('Marlow & Finch, the department store chain, will close 12 shops.\n\n"Trading has been very hard," the retailer said.', 'Trading has been'), 'Marlow & Finch');
  });

  it('a body a nation\'s adjective names in lowercase words is named by those words ("The Velorian government said")', () => {
    const text = 'PORT HALDEN, Ostravia — The Ostravian government said on Sunday it would "not negotiate under fire."';
    assert.equal(speakerOf(text, 'not negotiate'), 'Ostravian government');
  });

  it('a presidency, a junta or a military is a body ("The Ostravian presidency said")', () => {
    assert.equal(speakerOf('The Ostravian presidency called Friday\'s round of talks "productive and calm."', 'productive'), 'Ostravian presidency');
    assert.equal(speakerOf('The Ostravian military said the strikes hit "only depots."', 'only depots'), 'Ostravian military');
  });
});

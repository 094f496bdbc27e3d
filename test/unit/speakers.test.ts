import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze.js';
import type { AnalyzeOptions, Speaker } from '../../src/core/types.js';

/** The speaker of the quote whose inner text starts with `opening`. */
function speakerOf(text: string, opening: string, options: AnalyzeOptions = {}): Speaker | null {
  const quote = analyze(text, options).quotes.find((q) => q.inner.text.startsWith(opening));
  assert.ok(quote, `no quote starting with ${opening}`);
  if (quote.speaker) assert.equal(quote.speaker.text, text.slice(quote.speaker.start, quote.speaker.end));
  return quote.speaker;
}

function expectSpeaker(text: string, opening: string, surface: string, name: string | null, options: AnalyzeOptions = {}): void {
  const speaker = speakerOf(text, opening, options);
  assert.ok(speaker, `no speaker for “${opening}…”`);
  assert.equal(speaker.text, surface);
  assert.equal(speaker.name, name);
}

describe('speakers', () => {
  it('X said, “…”', () => {
    expectSpeaker('Mayor Jane Roe said, “The bridge opens in May.”', 'The bridge', 'Jane Roe', 'Jane Roe');
  });

  it('“…,” X said — with the surname resolved to the full name', () => {
    const text = 'Mayor Jane Roe visited the site on Monday.\n\n“The bridge opens in May,” Roe said.\n';
    expectSpeaker(text, 'The bridge', 'Roe', 'Jane Roe');
  });

  it('“…,” said X (inversion, with a title)', () => {
    expectSpeaker('“We will not back down,” said Sen. Maria Lopez of Texas.', 'We will', 'Maria Lopez', 'Maria Lopez');
  });

  it('X told reporters: “…”', () => {
    expectSpeaker('Prime Minister Fumio Kishida told reporters: “Talks must resume.”', 'Talks', 'Fumio Kishida', 'Fumio Kishida');
  });

  it('X: “…” (interview style)', () => {
    expectSpeaker('Governor Tom Baker: “We are ready.”', 'We are', 'Tom Baker', 'Tom Baker');
  });

  it('“…,” X wrote in a statement (a non-person source): a description the article never names keeps a null name', () => {
    expectSpeaker('“The figures are final,” the ministry wrote in a statement.', 'The figures', 'the ministry', null);
    expectSpeaker('“The figures are final,” the Daily Ledger wrote.', 'The figures', 'the Daily Ledger', 'Daily Ledger');
  });

  it('resolves role nouns to the person a title or apposition gave the role, across paragraphs', () => {
    const text = 'Hirokazu Matsuno, the chief cabinet secretary, met reporters.\n\n“Talks resume in May,” the secretary said.\n';
    expectSpeaker(text, 'Talks', 'the secretary', 'Hirokazu Matsuno');
    const minister = 'Foreign Minister Ana Ruiz and Tom Baker, the port director, spoke.\n\n“We sign today,” the minister said. “Cranes arrive in June,” the director said.\n';
    expectSpeaker(minister, 'We sign', 'the minister', 'Ana Ruiz');
    expectSpeaker(minister, 'Cranes', 'the director', 'Tom Baker');
    // No link: the role noun stays a description.
    expectSpeaker('“We sign today,” the minister said.', 'We sign', 'the minister', null);
  });

  it('an attribution whose source is the speaker gives the same name', () => {
    const a = analyze('Hirokazu Matsuno, the chief cabinet secretary, met reporters.\n\n“Talks resume in May,” the secretary said.\n');
    const said = a.attributions.find((x) => x.source?.text === 'the secretary');
    assert.equal(said?.sourceName, 'Hirokazu Matsuno');
    assert.equal(a.quotes[0].speaker?.name, said?.sourceName);
  });

  it('“…,” X, an apposition, said', () => {
    const text = '“Costs doubled,” Paul Grant, a spokesman for the builders’ union, said on Tuesday.';
    expectSpeaker(text, 'Costs', 'Paul Grant', 'Paul Grant');
  });

  it('an apposition before the cue: “Japan’s Chief Cabinet Secretary, Hirokazu Matsuno, said”', () => {
    const text = 'Japan’s Chief Cabinet Secretary, Hirokazu Matsuno, said, “We seek talks soon.”';
    expectSpeaker(text, 'We seek', 'Hirokazu Matsuno', 'Hirokazu Matsuno');
  });

  it('a mixed quote inside reported speech takes the outer speaker', () => {
    const text = 'Helen Park said she hoped to talk “directly to riders” this week.';
    expectSpeaker(text, 'directly', 'Helen Park', 'Helen Park');
  });

  it('“…,” she added — the pronoun resolved to the last fitting person', () => {
    const text = 'Mr. Tom Baker and Ms. Anna Kovacs met on Friday. Kovacs spoke first.\n\n“It went well,” she added.\n';
    expectSpeaker(text, 'It went', 'she', 'Anna Kovacs');
  });

  it('“…,” he said — never resolved to someone named inside a quote', () => {
    const text = 'Governor Tom Baker spoke at noon. “I told Maria Lopez we agree,” he said.';
    expectSpeaker(text, 'I told', 'he', 'Tom Baker');
  });

  it('a quote-only sentence followed by “He stressed …”', () => {
    const text = 'Governor Tom Baker arrived late. “We will rebuild.” He stressed that funds were ready.';
    expectSpeaker(text, 'We will', 'He', 'Tom Baker');
  });

  it('consecutive quotes inherit the speaker of the previous one', () => {
    const text = '“The plan works,” Roe said. “It saves money.”\n\n“And it is fast.”\n';
    const quotes = analyze(text).quotes;
    assert.equal(quotes.length, 3);
    assert.deepEqual(quotes.map((q) => q.speaker?.text), ['Roe', 'Roe', 'Roe']);
  });

  it('a dash byline after the quote', () => {
    expectSpeaker('“Vote early.” ― Jane Roe', 'Vote', 'Jane Roe', 'Jane Roe');
  });

  it('a paragraph that is a quote after a lead-in ending with a colon', () => {
    const text = 'The Daily Ledger reports:\n\n“Prices rose for a third month.”\n';
    expectSpeaker(text, 'Prices', 'The Daily Ledger', 'Daily Ledger');
  });

  it('according to X', () => {
    expectSpeaker('The bridge was “a mistake from the start,” according to Jane Roe.', 'a mistake', 'Jane Roe', 'Jane Roe');
  });

  it('as X put it', () => {
    expectSpeaker('The rule is "a tax by another name," as the Daily Ledger put it.', 'a tax', 'the Daily Ledger', 'Daily Ledger');
  });

  it('prefers the main clause over a subordinate one', () => {
    const text = 'When the council signaled it would sell, Mayor Jane Roe said, “We were floored.”';
    expectSpeaker(text, 'We were', 'Jane Roe', 'Jane Roe');
  });

  it('“X laughed and said” takes the subject of the first verb', () => {
    expectSpeaker('Governor Tom Baker laughed and said, “Not today.”', 'Not today', 'Tom Baker', 'Tom Baker');
  });

  it('a quote right after reported speech by a person inherits that person', () => {
    const text = 'Talks stalled over costs, Governor Tom Baker said. “The other factor is time.”';
    expectSpeaker(text, 'The other', 'Tom Baker', 'Tom Baker');
  });

  it('uses extra cue verbs from the options', () => {
    // Present tense: a past-tense verb right after a name reads as a frame whatever the verb (“…,” Roe harrumphed).
    const text = '“That is absurd,” Roe harrumphs.';
    assert.equal(speakerOf(text, 'That is'), null);
    expectSpeaker(text, 'That is', 'Roe', 'Roe', { extraCues: ['harrumph'] });
  });

  it('with no speech verb, a description opening the sentence is the speaker (name null until resolved)', () => {
    expectSpeaker('The port authority likes “quiet weeks” in August.', 'quiet', 'The port authority', null);
    const text = 'Ruth Alvarez, the Florida senator, spoke first.\n\nThe Florida senator favours “a slower path” for the bill.\n';
    expectSpeaker(text, 'a slower', 'The Florida senator', 'Ruth Alvarez');
  });

  it('a quote ending in ? or ! is attributed by the lowercase sentence after it (“…?” said X)', () => {
    expectSpeaker('Riders waited in the rain. “Is this fair?” asked Tom Burke, a commuter.', 'Is this', 'Tom Burke', 'Tom Burke');
    expectSpeaker('“We are ready!” said Ana Ruiz.', 'We are', 'Ana Ruiz', 'Ana Ruiz');
  });

  it('a phrase after the quote that stops at a comma short of the cue is not its subject (“…” climate change, X said)', () => {
    expectSpeaker('Obama “felt a moral obligation to act on” climate change, David Axelrod said.', 'felt a moral', 'David Axelrod', 'David Axelrod');
  });

  it('a quote-only verb right before the quote (“X shot back, “…””) and an opening participle that yields to the main verb', () => {
    expectSpeaker('During a debate, Hillary Clinton shot back, “I could have stayed home.”', 'I could', 'Hillary Clinton', 'Hillary Clinton');
    expectSpeaker('Asked by Tom Baker about the cuts, Ana Ruiz said, “We had no choice.”', 'We had', 'Ana Ruiz', 'Ana Ruiz');
  });

  it('after an opening phrase, the subject of the main clause (“In March, the harbour board opted …”)', () => {
    expectSpeaker('In March, the harbour board opted to build “a wider slipway” near the marina.', 'a wider', 'the harbour board', null);
  });

  it('a quote opening its sentence after an attributed quote continues it, before the next sentence is read', () => {
    const text = 'Budgets were cut. “We lost staff,” Ana Ruiz said. “We lost trust.” Tom Baker added that the cuts were unfair.';
    expectSpeaker(text, 'We lost trust', 'Ana Ruiz', 'Ana Ruiz');
  });

  it('a quote inside its sentence with no comma after it: the words after it go on with the sentence, they name no speaker', () => {
    expectSpeaker('Mayor Ida Berg said the audit gave her “good reason” the harbour budget was found wanting.', 'good reason', 'Ida Berg', 'Ida Berg');
    // With the comma, the words after the quote name its speaker as before.
    expectSpeaker('The plan was “a costly mistake,” the harbour master said.', 'a costly', 'the harbour master', null);
  });

  it('a capitalised cue word inside a name is no cue (“the United States “must…””), a headline’s still is', () => {
    const text = 'Nils Holm sent a letter to the board, warning that the United States “cannot keep the port open” without new money.';
    expectSpeaker(text, 'cannot keep', 'Nils Holm', 'Nils Holm');
    expectSpeaker('Harbour Chief Says “We Will Rebuild” After Fire', 'We Will', 'Harbour Chief', 'Harbour Chief');
  });

  it('a semicolon starts a new clause: its own cue names the speaker, not one before it', () => {
    const text = 'Mayor Ida Berg said rents rose; most tenants told us they were “tired of waiting.”';
    expectSpeaker(text, 'tired of', 'most tenants', null);
  });

  it('the second part of an interrupted quotation is spoken by the cue between the parts, whatever follows it', () => {
    const text = '"It is a hard case," said the senator, "because two rights clash. Nobody wins." Rubio said later that the law should change.';
    expectSpeaker(text, 'because two', 'the senator', null);
    // More than the attribution between the parts: not an interrupted quotation.
    const apart = '“The mood is tense,” she said, but despite the gloom, “I expect they will sign it,” said Ana Ruiz.';
    expectSpeaker(apart, 'I expect', 'Ana Ruiz', 'Ana Ruiz');
  });

  it('a colon after a verb and its object: the clause’s subject speaks, not the object (“She faced the reporters again:”)', () => {
    expectSpeaker('Mayor Ida Berg walked in. She then faced the reporters again: “This is what I would change.”', 'This is', 'She', 'Ida Berg');
  });

  it('a relative clause after a name (“X, who said …”) speaks for the quote it holds: the pronoun, resolved to X', () => {
    const text = '“We tried,” said Tom Baker, a harbour pilot. The plan drew fire from Mayor Ana Ruiz, who said the scheme left “far too much unanswered” about the cost.';
    expectSpeaker(text, 'far too', 'who', 'Ana Ruiz');
    const [a] = analyze(text).attributions.filter((x) => x.source?.text === 'who');
    assert.equal(a.sourceName, 'Ana Ruiz', 'the attribution agrees with the quote');
  });

  it('an epithet with modifiers (“the former Wales international”) stands for the person just named', () => {
    const text = 'Manager Gareth Ashby, 47, refused to be drawn on Friday. “I will not talk about players at other clubs,” the former Wales international said.';
    expectSpeaker(text, 'I will not', 'the former Wales international', 'Gareth Ashby');
  });

  it('leaves a quote with no attribution without a speaker', () => {
    assert.equal(speakerOf('The so-called “reform” passed quietly.', 'reform'), null);
  });

  it('seed article: the Kishida quote is spoken by Fumio Kishida', () => {
    const text = readFileSync(new URL('../../examples/kishida.md', import.meta.url), 'utf8');
    const { quotes } = analyze(text);
    assert.equal(quotes.length, 1);
    const q = quotes[0];
    assert.ok(q.inner.text.startsWith('In the spirit of opening a new chapter'));
    assert.equal(q.closed, true);
    assert.ok(q.speaker);
    assert.equal(q.speaker.text, 'Kishida');
    assert.equal(q.speaker.name, 'Fumio Kishida');
    assert.equal(text.slice(q.speaker.start, q.speaker.end), 'Kishida');
  });

  it('a place is never the speaker: “Outside Fort Ardley:” or “Outside the town hall:” before a quote names where, not who', () => {
    for (const where of ['Outside Fort Ardley', 'Outside the town hall']) {
      const speaker = speakerOf(`Marta Okonkwo-Reyes opened the hearing on Monday. ${where}: “The bridge will reopen by spring.”\n`, 'The bridge');
      assert.ok(!speaker || !/Ardley|hall/.test(speaker.text), `${where}: ${speaker?.text}`);
    }
  });

  it('a group described by a place (“Harbour Road residents”) keeps its words and names no one', () => {
    expectSpeaker('Marta Okonkwo-Reyes opened the hearing. “The bridge will reopen by spring,” Harbour Road residents said.\n', 'The bridge', 'Harbour Road residents', null);
  });

  it('a person or place after a preposition is no speaker: not “Ana Ruiz” of “a former aide to Ana Ruiz”, not “Las Palmas”', () => {
    expectSpeaker('The source, a former aide to Ana Ruiz, said the plan was “a costly mistake.”\n', 'a costly', 'The source', null);
    const text = 'Marta’s grandfather, who cared for the children for a decade in Las Palmas, baked bread every morning, told them about “the old country.”\n';
    assert.equal(speakerOf(text, 'the old')?.text, 'Marta’s grandfather');
  });
});

describe('speakers: families seen across many texts', () => {
  it('a title between the comma and the name still names the one set off in an aside (“An engineer, Dr Ana Ruiz,”)', () => {
    const text = 'An engineer, Dr Wilhelmina Castellane, told the tribunal the beam failed. "Two cracks in a beam like that is no accident," she said.\n';
    expectSpeaker(text, 'Two cracks', 'she', 'Wilhelmina Castellane');
  });

  it('a relative given by first name after a surname or a pronoun takes the family name (“Mr Venkman’s daughter, Maeve”)', () => {
    const daughter = 'Tomas Venkman, 52, died at the scene. Mr Venkman’s daughter, Maeve, spoke outside the court.\n\n“He was the kindest man on our street,” she said.\n';
    expectSpeaker(daughter, 'He was the kindest', 'she', 'Maeve Venkman');
    const son = 'Ruth Venkman, 83, waited nine hours, her son Keith said. He stayed with her all night.\n\n“She was left next to the fire door,” he said.\n';
    expectSpeaker(son, 'She was left', 'he', 'Keith Venkman');
    // A relative of someone called by first name stays on first names.
    const firstNames = 'Nell Hartigan runs the shop. Nell’s daughter, Maeve, is 19.\n\n"I am not promising anything," Maeve says.\n';
    expectSpeaker(firstNames, 'I am not', 'Maeve', 'Maeve');
  });

  it('an opening “When X asked …,” clause is not the subject of “Y stood and replied:”', () => {
    const text = 'Marek Olsztyn, 39, denies fraud. When Judge Imelda Crane asked whether he understood the charge, Olsztyn stood and replied: "I understand it, madam. I did nothing wrong."\n';
    expectSpeaker(text, 'I understand', 'Olsztyn', 'Marek Olsztyn');
  });

  it('“the defendant” is the person the report says denies the charge', () => {
    const text = 'Marek Olsztyn, 39, a roofer from Leek, denies fraud. When Judge Imelda Crane asked whether he understood the charge, the defendant stood and replied: "I understand it, madam."\n';
    expectSpeaker(text, 'I understand', 'the defendant', 'Marek Olsztyn');
  });

  it('“the barrister” refers back to the one titled counsel (one profession, other words)', () => {
    const text = 'Defence counsel Lorcan Whitfield KC said the alarm log was incomplete.\n\n"So the log is wrong, and today the witness is right," the barrister said.\n';
    expectSpeaker(text, 'So the log', 'the barrister', 'Lorcan Whitfield');
  });

  it('an opening “Back in …,” / “Here in …,” / “Amid calls …,” is where or when, not who, before “…, saying”', () => {
    const board = 'Councillor Ana Kessler leads the county board.\n\n';
    for (const opening of ['Back in Dunmore', 'Here in Dunmore']) {
      expectSpeaker(`${board}${opening}, Kessler widened her attack on the levy, saying, "We cannot tax people out of their homes."\n`, 'We cannot', 'Kessler', 'Ana Kessler');
    }
    const amid = `${board}Amid calls from some to close the road, Councillor Ana Kessler defended the plan, saying it was needed to "keep the town moving."\n`;
    assert.equal(speakerOf(amid, 'keep the town')?.name, 'Ana Kessler');
  });

  it('a quote after a sentence framed mid-way (“…, Dr X added, are …”) is X’s, not lost to a cue word inside what X said', () => {
    const text = 'Councillor Ana Kessler read every letter. The households she worries about most, Dr Kessler added, are the ones who did not write in. “If you are ill and alone and cold, you are not writing letters.”\n';
    expectSpeaker(text, 'If you are ill', 'Kessler', 'Ana Kessler');
  });

  it('a frame after the quote with a verb no cue list holds: “…,” an angry X retaliated / X barked and … / “…?” X pressed / X went on', () => {
    const board = 'Councillor Ana Kessler and Treasurer Tom Ridley spoke on Monday.\n\n';
    expectSpeaker(`${board}“The town will always be the town,” an angry Kessler retaliated. “It never gives up.”\n`, 'The town', 'Kessler', 'Ana Kessler');
    expectSpeaker(`${board}“Go back to your office,” Kessler barked and a guard led Ridley out.\n`, 'Go back', 'Kessler', 'Ana Kessler');
    expectSpeaker(`${board}“Would it be open to talks?” Kessler pressed. “Maybe after the vote?”\n`, 'Would it', 'Kessler', 'Ana Kessler');
    expectSpeaker(`${board}“You know, it happens, right?” Kessler went on, as if she had not heard him. “But you get over it.”\n`, 'You know', 'Kessler', 'Ana Kessler');
  });

  it('a role before “, who said:” names the person the article gave that role (“looked to the lawyer, who said:”)', () => {
    const text = 'Chief executive Mara Quill opened the briefing. Her general counsel, Ivo Strand, who sat at her left, added that the board had been told.\n\nAnother reporter asked whether anyone had sold shares. Quill looked to the lawyer, who said: "Nobody traded. We checked that first."\n';
    assert.equal(speakerOf(text, 'Nobody traded')?.name, 'Ivo Strand');
  });

  it('an “as X reported,” frame ending in a colon hands the next paragraph’s quotation to X', () => {
    const quote = '\n\n"The clear winner of the night was the depot, which had two busy sessions."\n';
    const lead = 'Councillor Ana Kessler spoke at the depot on Monday.\n\n';
    expectSpeaker(`${lead}As the Dunmore Courier reported, even on Friday the board was refusing to call the closure permanent:${quote}`, 'The clear winner', 'the Dunmore Courier', 'Dunmore Courier');
    expectSpeaker(`${lead}Of course, as Tom Ridley of the Dunmore Courier observed, the biggest winner was not the board, it was the depot itself:${quote}`, 'The clear winner', 'Tom Ridley', 'Tom Ridley');
    assert.equal(speakerOf(`${lead}It is hard to overstate how much the depot meant to the town, as the county history website notes:${quote}`, 'The clear winner')?.text, 'the county history website');
  });

  it('a relative clause saying what someone does gives them that role (“X, who has managed the ward,” … “said the ward manager”)', () => {
    const text = 'Mairead Quinlan, who has managed the children’s ward for nine years, said the winter had started early.\n\nBack on the ward, Ms Quinlan was about to start a night shift. "Nobody came into nursing to do this," said the ward manager.\n';
    expectSpeaker(text, 'Nobody came', 'the ward manager', 'Mairead Quinlan');
  });

  it('a pronoun after an unnamed person given an age (“A 40-year-old man who … said”) names no one, not a person named before', () => {
    const text = 'Ruth Venkman, 83, waited nine hours on a trolley, her son Keith said. He stayed with her all night.\n\nA 40-year-old man who was admitted with chest pains last week said he had been moved four times in one night. "I do not blame the staff. They were running," he said.\n';
    assert.equal(speakerOf(text, 'I do not blame')?.name ?? null, null);
  });
});

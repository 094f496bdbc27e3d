// Speakers as wire and newspaper copy refers back to them (sentences invented for a grid of constructions any writer
// uses): ranks and offices of armed forces and international bodies ("General Ana Ruiz" … "the general"), a court's
// ruling or an office holder's letter speaking for its owner, and a body's field after its full name.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(`# T\n\n${text}\n`).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker?.name ?? null;

describe('speakers in wire copy', () => {
  it('a rank or an office headed by "general" refers back to the person given it', () => {
    const general = 'General Tomas Arvelo took command of the eastern front in May. Since then the army has retaken two towns.\n\n"We did what was asked of us," the general said on Sunday.';
    assert.equal(speakerOf(general, 'We did what'), 'Tomas Arvelo');
    const attorney = 'Attorney General Wren Halvorsen opened an inquiry into the contracts. Three officials have since resigned.\n\n"Every contract will be read twice," the attorney general said.';
    assert.equal(speakerOf(attorney, 'Every contract will'), 'Wren Halvorsen');
    const lieutenant = 'Lieutenant Sofia Marek led the patrol into the village.\n\n"Nobody fired at us," the lieutenant said.';
    assert.equal(speakerOf(lieutenant, 'Nobody fired'), 'Sofia Marek');
  });

  it('a hyphenated office heads its description as its last part does', () => {
    const text = 'Secretary-General Oumar Diallo urged restraint on both sides.\n\n"The world is watching you," the secretary-general told the assembly.';
    assert.equal(speakerOf(text, 'The world is watching'), 'Oumar Diallo');
  });

  it('a ruling, a verdict or a letter speaks for its owner: a body, or the person a role names', () => {
    const court = 'The Lanvard Supreme Court struck down the levy on Wednesday.\n\n"The statute offends the charter in every part," the court\'s ruling said.';
    assert.equal(speakerOf(court, 'The statute offends'), 'Lanvard Supreme Court');
    const mayor = 'Mayor Ilse Varnhagen wrote to the transport minister last week.\n\n"The town cannot wait another year for the bridge," the mayor\'s letter said.';
    assert.equal(speakerOf(mayor, 'The town cannot wait'), 'Ilse Varnhagen');
  });

  it('a body\'s field after its full name is part of the name a later description gives', () => {
    const text = 'The Constitutional Court of Ostrava Province struck down the decree on Wednesday.\n\n"The decree offends the charter," the court said.';
    assert.equal(speakerOf(text, 'The decree offends'), 'Constitutional Court of Ostrava Province');
  });

  it('"the statement said" after "X issued a statement" speaks for X: a body, an office\'s holder, a pronoun\'s person', () => {
    const club = 'The Orwell Sculling Club released a statement on Monday.\n\n"We are helping the inquiry in every way," the statement said.';
    assert.equal(speakerOf(club, 'We are helping'), 'Orwell Sculling Club');
    const office = 'Dmitri Valenko\'s office issued a short statement late on Friday.\n\n"The president regrets the loss of life," the statement said.';
    assert.equal(speakerOf(office, 'The president regrets'), 'Dmitri Valenko');
    const pronoun = 'Sigrid Tallqvist resigned on Sunday. On Monday, she released a statement.\n\n"I regret nothing," the statement said.';
    assert.equal(speakerOf(pronoun, 'I regret nothing'), 'Sigrid Tallqvist');
  });

  it('"In her words," / "In Ruiz\'s own words," / "In the union leader\'s words,": the possessor speaks', () => {
    const opening = 'Beatriz Quental, the union leader, led the dockers\' strike for six weeks.';
    assert.equal(speakerOf(`${opening} In her words, the offer was "an insult to every family here."`, 'an insult'), 'Beatriz Quental');
    assert.equal(speakerOf(`${opening} In Quental's own words, the offer was "an insult to every family here."`, 'an insult'), 'Beatriz Quental');
    assert.equal(speakerOf(`${opening} In the union leader's words, the offer was "an insult to every family here."`, 'an insult'), 'Beatriz Quental');
  });

  it('title words of offices that end like no agent noun refer back too ("the chief constable", "the magistrate")', () => {
    const police = 'Chief Constable Morven Askew apologised to the family on Friday.\n\n"We failed them at every turn," the chief constable said.';
    assert.equal(speakerOf(police, 'We failed them'), 'Morven Askew');
    const bench = 'Magistrate Idris Penrose adjourned the hearing.\n\n"I will not be rushed," the magistrate said.';
    assert.equal(speakerOf(bench, 'I will not be rushed'), 'Idris Penrose');
  });

  it('a body\'s letters speak for the name it was spelt out as ("the IRF" after "International Rowing Federation (IRF)")', () => {
    const text = 'The International Sculling Federation (ISF) banned the coach for life on Tuesday.\n\n"Athletes must be protected first," the ISF said.';
    assert.equal(speakerOf(text, 'Athletes must'), 'International Sculling Federation');
    const of = 'The Office for Coastal Safety (OCS) closed the beach.\n\n"The cliff is moving," OCS said.';
    assert.equal(speakerOf(of, 'The cliff is moving'), 'Office for Coastal Safety');
  });

  it('a given name from beyond the English lists tells the gender a later "she" needs', () => {
    const text = 'Joana Ferreira sued the clinic in 2021. The case was heard by Judge Tomas Varela.\n\nShe told the court: "I was never told the risks of the operation."';
    assert.equal(speakerOf(text, 'I was never told'), 'Joana Ferreira');
  });

  it('"said his colleague, Councillor X": a description before a title set off by its comma names the titled person', () => {
    const text = '"The plan is reckless," said Councillor Imre Varkonyi. "It is overdue," replied his colleague, Councillor Fenna Holtby.';
    assert.equal(speakerOf(text, 'It is overdue'), 'Fenna Holtby');
    assert.equal(speakerOf('"We will appeal," said the club\'s chairman, Dr Osric Fane.', 'We will appeal'), 'Osric Fane');
  });

  it('a pronoun in the sentence of a person named after its subject tells the subject\'s gender, not that person\'s', () => {
    const hired = 'Talwen Moorcroft hired Benedek Aranyos as her campaign manager in May.\n\n"He knows every street in this town," she said.';
    assert.equal(speakerOf(hired, 'He knows every street'), 'Talwen Moorcroft');
    // The person named after the subject, with no gender said, may still be the next "he".
    const after = 'Talwen Moorcroft hired Benedek Aranyos as her campaign manager in May. He has run four campaigns.\n\n"I only work for people I believe in," he said.';
    assert.equal(speakerOf(after, 'I only work'), 'Benedek Aranyos');
  });

  it('"the study\'s lead author" is whom the study was "led by"', () => {
    const text = 'The trial was led by Dr Oriane Valdecasas of Tellmouth University and ran for six years.\n\n"We did not expect an effect this large," the study\'s lead author said.';
    assert.equal(speakerOf(text, 'We did not expect'), 'Oriane Valdecasas');
  });

  it('"the Marvian leader" is the head of state or government the article gave that country', () => {
    const text = 'Velorian President Ana Quistgaard met Marvian President Ivo Dellacroce on Friday. The opposition leader, Sten Roedel, stayed away.\n\n"We are neighbours, not enemies," the Marvian leader said. "A sham," the opposition leader said.';
    assert.equal(speakerOf(text, 'We are neighbours'), 'Ivo Dellacroce');
    assert.equal(speakerOf(text, 'A sham'), 'Sten Roedel');
  });

  it('"The paper describes …" speaks for whoever led the study, named in an aside or after "led by"', () => {
    const aside = 'Dr Ilse Marchetti-Bruun, the geologist who led the study, spoke on Monday.\n\nThe paper describes the result as "a clear sign of recent activity."';
    assert.equal(speakerOf(aside, 'a clear sign'), 'Ilse Marchetti-Bruun');
  });

  it('a document named with a modifier speaks for whoever issued it, after an aside and paragraphs later', () => {
    const filler = 'The fine is the largest of its kind. '.repeat(50);
    const text = `In its decision notice, published on Tuesday, the Office for Water Standards said Dunwell had failed its customers.\n\n${filler}\n\nThe decision notice also criticised the board, saying directors had received "no meaningful reports" on outages.`;
    assert.equal(speakerOf(text, 'no meaningful reports'), 'Office for Water Standards');
  });

  it('"For Crewe, the answer is simple: “…”" / "To Tilly, it was “…”": the person whose view the sentence gives', () => {
    const band = 'Maddie Crewe sings with the Lantern Shore. Ros Tilly plays bass.';
    assert.equal(speakerOf(`${band}\n\nFor Crewe, the answer is simple: "Play less, rest more."`, 'Play less'), 'Maddie Crewe');
    assert.equal(speakerOf(`${band}\n\nTo Tilly, it was "the best summer of my life."`, 'the best summer'), 'Ros Tilly');
    // A cue in the sentence still names its own speaker.
    assert.equal(speakerOf(`${band}\n\nFor Crewe, Tilly wrote a note: "Play less."`, 'Play less'), 'Ros Tilly');
  });

  it('a quote before a sentence that is a gesture of someone ("“…” Veil paused. “…”") is theirs', () => {
    const text = 'Dominic Veilbrook sat by the window of the old pit office.\n\n"The pit was the heart of the town." Veilbrook paused. "Now it is a car park."';
    assert.equal(speakerOf(text, 'The pit was'), 'Dominic Veilbrook');
  });

  it('a family name with its Arabic article ("al-Rashed", "el-Sayed") is part of the full name and names it alone', () => {
    const text = 'Foreign Minister Faisal al-Qudsi met his counterpart in Cairo on Sunday.\n\n"The talks were frank," al-Qudsi said.';
    assert.equal(speakerOf(text, 'The talks were frank'), 'Faisal al-Qudsi');
    assert.equal(speakerOf(text.replace('," al-', '," Al-'), 'The talks were frank'), 'Faisal al-Qudsi');
  });

  it('"the survivor" or "the winner" refers back to the person just told of, as "the veteran" does', () => {
    const text = 'Amara Oseiwaa survived the crash with a broken leg.\n\n"I remember the noise and then nothing," the survivor said.';
    assert.equal(speakerOf(text, 'I remember the noise'), 'Amara Oseiwaa');
  });

  it('a short sentence led by a person introduces the bare quote that opens the next sentence', () => {
    const before = '"The plan is sound," said Councillor Petra Holmqvist.\n\n';
    assert.equal(speakerOf(`${before}Gideon Marshall has his doubts. "It will flood the whole lane."`, 'It will flood'), 'Gideon Marshall');
    assert.equal(speakerOf(`${before}For Gideon Marshall, it is personal. "My house sits lowest on the lane."`, 'My house'), 'Gideon Marshall');
    // A longer sentence tells of the person; the quote after it stays with the speaker before.
    assert.equal(speakerOf(`"The plan is sound," said Councillor Petra Holmqvist. Gideon Marshall, who has lived on the lane since the winter of 1987, has his doubts about it. "It is sound."`, 'It is sound'), 'Petra Holmqvist');
  });

  it('a noun in -ly before the cue heads the speaker ("His family said", "the assembly said"); an adverb is passed over', () => {
    const died = 'Daniel Reyesco died on Sunday after a short illness.';
    const family = analyze(`# T\n\n${died} His family said he was "a gentle soul who loved the sea."\n`).quotes[0]?.speaker;
    assert.equal(family?.text, 'His family');
    assert.equal(family?.name, null);
    assert.equal(speakerOf('The Ostravian assembly said the decree was "void from the start."', 'void from'), 'Ostravian assembly');
    assert.equal(speakerOf(`${died} "He was kind to everyone," Ana Ruelas quickly said.`, 'He was kind'), 'Ana Ruelas');
  });

  it('"the WHO chief" is a role of a body in capitals, not a relative clause ("who")', () => {
    const text = 'WHO chief Amara Tendaiwe warned of a new wave on Monday.\n\n"We are not out of the woods yet," the WHO chief said.';
    assert.equal(speakerOf(text, 'We are not out'), 'Amara Tendaiwe');
  });

  it('a body\'s director is its chief or head in headline words, with the body in common ("the IMF chief")', () => {
    const text = 'IMF managing director Clarabel Vossberg cut the growth forecast. World Bank president Ivo Dellacroce agreed.\n\n"Growth is fragile," the IMF chief said.';
    assert.equal(speakerOf(text, 'Growth is fragile'), 'Clarabel Vossberg');
  });

  it('a monarch or a cleric named by one name and a regnal number is "the king" or "the pope" after', () => {
    assert.equal(speakerOf('King Aldric of Varnmoor opened parliament.\n\n"These are hard years," the king said.', 'These are hard'), 'Aldric');
    assert.equal(speakerOf('Pope Anselm XV visited the island on Sunday.\n\n"Do not lose hope," the pope told the crowd.', 'Do not lose hope'), 'Anselm XV');
  });
});

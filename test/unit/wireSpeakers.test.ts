// Speakers as a foreign desk introduces them: people who give only a first name, and a name with a described
// apposition that holds a relative clause (a pronoun object that says nothing of a name's gender: people.test.ts).
// Invented sentences.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, words: string) => analyze(`# T\n\n${text}\n`).quotes.find((q) => q.inner.text.includes(words))?.speaker?.name;

describe('wire-desk speakers', () => {
  it('a first name with an age or a role in apposition is a person, and the pronouns after it are theirs', () => {
    const text = 'Police fired tear gas near the Santa Marta market. Paulo, a 24-year-old delivery driver who was among the marchers, said he had hidden in a shop. "The owner pulled the shutter down," he said.';
    assert.equal(speakerOf(text, 'shutter'), 'Paulo');
    const boat = 'Men slept in the courtyard at Porto Vell. Amadou, a 19-year-old from Ombasso, said he had paid $1,800. "They told us it was six hours," he said.';
    assert.equal(speakerOf(boat, 'six hours'), 'Amadou');
    // A place described the same way is no person.
    const place = 'Kherat, a town of 4,000 people, lost its school. "We have nothing," said a teacher who would not give her name.';
    assert.equal(speakerOf(place, 'nothing'), null);
  });

  it('one who gave only a first name, in a clause set off by commas, speaks by that name', () => {
    const text = 'In Mirel, residents were wary. Lena, a teacher who gave only her first name, said she had heard of truces before:\n\n"I will believe it when the guns stop."';
    assert.equal(speakerOf(text, 'believe it'), 'Lena');
    const named = 'Ana Ruiz, a teacher who lives near the border, said she had heard of truces before:\n\n"I will believe it when the guns stop."';
    assert.equal(speakerOf(named, 'believe it'), 'Ana Ruiz');
    // Without the commas the clause restricts its noun, and the described person speaks.
    assert.equal(speakerOf('A reader who asked not to be named said: "No."', 'No.'), null);
  });

  it('a pronoun after an unnamed diplomat or envoy is theirs, not a name from before', () => {
    const text = 'Tomas Herrevik, the foreign minister, announced the expulsions.\n\nA Western diplomat said the talks had stalled. "Nobody wants to blink first," he said.';
    assert.equal(analyze(`# T\n\n${text}\n`).quotes[0]?.speaker?.name, null);
    // Named beside the description, the diplomat is that person.
    const named = 'Tomas Herrevik, the foreign minister, announced the expulsions.\n\nA Western diplomat, Tom Reed, said the talks had stalled. "Nobody wants to blink first," he said.';
    assert.equal(analyze(`# T\n\n${named}\n`).quotes[0]?.speaker?.name, 'Tom Reed');
  });

  it('a person quoted "as calling", a body as "it" after a circumstance, a name in apposition after "said"', () => {
    assert.equal(speakerOf('The agency ANP quoted Mining Minister Soraya Nkemba as calling the ban "economic blackmail."', 'blackmail'), 'Soraya Nkemba');
    const it = 'The Tamarundi Foreign Ministry rejected the charge. In a statement carried by the state news agency, it said the country "will not be made the scapegoat."';
    assert.equal(speakerOf(it, 'scapegoat'), 'Tamarundi Foreign Ministry');
    // No body before it: no guess.
    assert.equal(speakerOf('Ana Ruiz spoke. In a statement, it said the country "will not be made the scapegoat."', 'scapegoat'), null);
    assert.equal(speakerOf('"We are a fishing village," said Santa Ilaria\'s mayor, Gianna Pellostra.', 'fishing'), 'Gianna Pellostra');
    assert.equal(speakerOf('"We are a village," said Port Vell\'s mayor, Ana Ruiz.', 'village'), 'Ana Ruiz');
  });

  it('a capitalised word ending a body\'s name is no cue, and a bare name inside reported words is no speaker', () => {
    assert.equal(speakerOf('The Association of Lakeland States said broadcasters gave "unbalanced" coverage.', 'unbalanced'), 'Association of Lakeland States');
    // A country named inside what an unnamed official said: the official's words, name withheld.
    const quote = analyze('# T\n\nA Norvelian official familiar with the case, who asked not to be named, said Duvessa had raised the detention "at every single meeting" since the spring.\n').quotes[0];
    assert.equal(quote?.speaker?.text, 'A Norvelian official familiar with the case');
    assert.equal(quote?.speaker?.name, null);
  });

  it('a quotation that goes on after an inverted frame is the apposed person\'s, and "Santa" opens a place', () => {
    const text = '"We are not a country, we are a fishing village," said Santa Ilaria\'s mayor, Gianna Pellostra. "The state remembers us every summer."';
    assert.equal(speakerOf(text, 'remembers'), 'Gianna Pellostra');
  });

  it('the lead author or lead researcher of a study is the one it was led by', () => {
    assert.equal(speakerOf('The study, led by Dr Ana Ruiz of Harlow University, followed 4,000 nurses. "The effect was large," the study\'s lead author said.', 'effect'), 'Ana Ruiz');
    assert.equal(speakerOf('The trial was run by Professor Tom Reed at Kestrel College. "We were surprised," the trial\'s lead investigator said.', 'surprised'), 'Tom Reed');
    assert.equal(speakerOf('A team led by Dr Mira Okafor published the findings. "It is early," the lead researcher said.', 'early'), 'Mira Okafor');
    // Someone who led no study is no lead author.
    assert.equal(speakerOf('Dr Ana Ruiz reviewed the findings. "It is early," the lead author said.', 'early'), null);
  });

  it('a study\'s leader is found whatever the case of "by" and whatever space follows it', () => {
    assert.equal(speakerOf('THE SURVEY WAS LED BY Dr Ana Ruiz last spring. "The effect was large," the lead author said.', 'effect'), 'Ana Ruiz');
    assert.equal(speakerOf('The review, headed bY Dr Ana Ruiz, ran for a year. "The effect was large," the lead author said.', 'effect'), 'Ana Ruiz');
    assert.equal(speakerOf('The trial was run by\nProfessor Tom Reed at Kestrel College. "We were surprised," the lead investigator said.', 'surprised'), 'Tom Reed');
    assert.equal(speakerOf('The trial was run by\u00a0Tom Reed at Kestrel College. "We were surprised," the lead investigator said.', 'surprised'), 'Tom Reed');
    // "by" twenty characters before the name, the most the look allows (emphasis marks count as the spaces they are).
    assert.equal(speakerOf('The trial was run by  ***Professor*** Tom Reed at Kestrel College. "We were surprised," the lead investigator said.', 'surprised'), 'Tom Reed');
  });

  it('a definite document with a modifier speaks for whoever introduced it, past asides and far back', () => {
    const ruling = 'In its ruling, issued on Friday, the Harlow Court said the plan was lawful. The ruling also said the council had been "careless".';
    assert.equal(speakerOf(ruling, 'careless'), 'Harlow Court');
    const filler = ' The council met on Monday to discuss the budget, the bus timetable and the state of the pier.'.repeat(20);
    const far = `In its decision notice, published on Tuesday, the Office for Energy Standards said the supplier had failed its customers.${filler} The decision notice also said directors had received "no meaningful reporting" until January.`;
    assert.equal(speakerOf(far, 'meaningful'), 'Office for Energy Standards');
  });

  it('holds where text is wrapped or bodies are not a state\'s, and keeps offices and led things apart', () => {
    assert.equal(speakerOf('The Marvian football federation banned the coach for a year.\n\n"We will not appeal," the federation said.', 'appeal'), 'Marvian football federation');
    assert.equal(speakerOf('Troops crossed the river (Velorian army units moved north).\n\n"We hold the bridge," the army said.', 'bridge'), 'Velorian army');
    assert.equal(speakerOf('The trial was run\nby Dr Ana Ruiz of Harlow University. "It worked," the trial\'s lead scientist said.', 'worked'), 'Ana Ruiz');
    // A president is no chancellor; a march's leader is no study's lead author.
    assert.equal(speakerOf('Ostravian President Ivo Dell opened the summit. "We are ready," the Ostravian chancellor said.', 'ready'), null);
    assert.equal(speakerOf('The protest march was led by Ana Ruiz through the town. "It is early," the study\'s lead author said.', 'early'), null);
  });

  it('a capitalised "Said" after a capitalised name is a surname, whether the given name is known or not', () => {
    const said = (text: string, words: string) => analyze(`${text}\n`).quotes.find((q) => q.inner.text.includes(words))?.speaker;
    assert.equal(said('Khaled Said, a spokesman for the rebels, denied the claim. "It is a lie," he said.', 'a lie')?.name, 'Khaled Said');
    assert.equal(said('Egypt\'s finance minister, Tarek Said, spoke on Monday. "We are on track," Said told reporters.', 'on track')?.name, 'Tarek Said');
    // The verb in lower case stays the verb.
    assert.equal(said('"It is a lie," Ana Ruiz said.', 'a lie')?.name, 'Ana Ruiz');
  });
});


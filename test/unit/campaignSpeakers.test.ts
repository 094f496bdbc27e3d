// Who speaks and what is sourced in campaign coverage: an unnamed person described by a name ("one longtime Harbour
// volunteer", "a Patel aide"), a role named only later ("The chair of the Senate Finance Committee" in a lede), a
// body in apposition ("Voters for a Fair Count, a watchdog group"), the one asked a question answering it, time spent
// telling, and polls that put figures "on" or "at" a share or include a named poll. Invented articles.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => {
  const q = analyze(text).quotes.find((x) => x.inner.text.startsWith(quote));
  return q ? [q.speaker?.text ?? null, q.speaker?.name ?? null] : undefined;
};
const statusOf = (text: string, words: string) => analyze(`${text}\n`).claims.find((c) => c.text.includes(words))?.status;

describe('campaign speakers and sourcing', () => {
  it('a name inside an unnamed person\'s description is where they are from, not who speaks', () => {
    const hall = 'Ana Ruiz spoke at the Harbour Miners’ Hall on Friday.\n\n“We will hold the seat,” one longtime Harbour volunteer, who asked not to be named, told me.\n';
    assert.deepEqual(speakerOf(hall, 'We will hold'), ['one longtime Harbour volunteer', null]);
    const aide = 'Dev Patel took questions for an hour.\n\nA Patel aide said the candidate had rehearsed the answer for weeks, “more than the closing statement.”\n';
    assert.deepEqual(speakerOf(aide, 'more than'), ['A Patel aide', null]);
    // A named person is still the speaker: "Dev Patel said".
    assert.deepEqual(speakerOf('“We rehearsed,” Dev Patel said.\n', 'We rehearsed'), ['Dev Patel', 'Dev Patel']);
  });

  it('a role in a lede is the person the article names in that role further on', () => {
    const text = 'The chair of the Senate Finance Committee accused the agency on Monday of ‘dragging its feet’ on audits.\n\n' +
      'Lena Ortiz, the committee’s chair and a Democrat from Oregon, said the audits were two years late.\n';
    assert.deepEqual(speakerOf(text, 'dragging'), ['The chair of the Senate Finance Committee', 'Lena Ortiz']);
  });

  it('"the group" is the body an apposition calls a group, before a business named earlier', () => {
    const text = 'Tressel Foods gave $40,000 to the campaign in May.\n\nVoters for a Fair Count, a watchdog group, filed a complaint on Tuesday. “This is a scandal,” the group said on its website.\n';
    assert.deepEqual(speakerOf(text, 'This is a scandal'), ['the group', 'Voters for a Fair Count']);
  });

  it('the one asked a question answers it, and an unnamed man stays unnamed', () => {
    const asked = 'Dana Cole spoke for an hour in Marlow.\n\nOn the ride back, a reporter asked Cole whether the booing had bothered her.\n\n“Honestly? It helped,” she said.\n';
    assert.deepEqual(speakerOf(asked, 'Honestly'), ['she', 'Dana Cole']);
    const man = 'MARLOW (Harbour Wire) — Dana Cole had spoken for ten minutes when a man began to shout.\n\nThe man, who would not give his name, was led out. “She has never worked a day,” he said.\n';
    assert.deepEqual(speakerOf(man, 'She has never'), ['he', null]);
  });

  it('time spent telling: the spender is the source', () => {
    const a = analyze('Ana Ruiz, who chairs the farm committee, spent the summer telling farmers that the tariff would “ruin the harvest.”\n').attributions[0];
    assert.equal(a?.source?.text, 'Ana Ruiz');
    assert.equal(a?.cue.text, 'telling');
    // Money spent on something is no stretch of time.
    assert.equal(analyze('Half the money was spent on ads attacking the mayor.\n').attributions[0]?.source?.text, 'ads');
  });

  it('figures a poll puts "on" or "at" a share, a named poll included, a lead in a poll, and respondents a survey found', () => {
    assert.equal(statusOf('A Harbour Research poll last week put Labour on 34 per cent and the Greens on 12.', '34 per cent'), 'cited');
    assert.equal(statusOf('Ruiz leads in two of the three latest polls, including a Marsh poll released Monday that put her at 41 percent.', '41 percent'), 'cited');
    assert.equal(statusOf('Ruiz led Cole by 4 points in a Marsh Research survey taken in May.', '4 points'), 'cited');
    assert.equal(statusOf('Among women in the three northern counties around the port, 58 percent said they opposed the plan, up from 41 percent in May, the survey found.', '58 percent'), 'cited');
    assert.equal(statusOf('The council published a report showing that rents rose 9 percent in 2019.', '9 percent'), 'attributed');
  });

  it('a person\'s campaign speaks as a body, and a person a document reports speaks the words quoted', () => {
    const campaign = 'Gabriel Ruiz is running for governor.\n\nThe Ruiz campaign called the story "a fiction invented by rivals."\n';
    assert.deepEqual(speakerOf(campaign, 'a fiction'), ['The Ruiz campaign', 'Ruiz campaign']);
    assert.deepEqual(speakerOf('Gabriel Ruiz is running for governor.\n\n"It is a fiction," the Ruiz campaign said.\n', 'It is a fiction'), ['the Ruiz campaign', 'Ruiz campaign']);
    const memo = 'Gabriel Ruiz is running for governor.\n\nA campaign memo seen by the Herald says Ruiz told aides in April that he wanted "a single message, whoever pays for it."\n';
    assert.deepEqual(speakerOf(memo, 'a single message'), ['Ruiz', 'Gabriel Ruiz']);
    // The document is still the source of the attribution (no name borrowed from the quote's speaker).
    const a = analyze(memo).attributions.find((x) => x.cue.text === 'says');
    assert.equal(a?.source?.text, 'A campaign memo seen by the Herald');
    assert.equal(a?.sourceName, undefined);
  });

  it('a pronoun after a sentence led by a role no one was given is left unnamed, not the last person named', () => {
    const text = 'Mara Lind, the campaign manager, said the race was close.\n\nBut the senator has begun drawing contrasts. At a rally on Sunday, she told the crowd that “some people in this race” had backed the deal.\n';
    assert.deepEqual(speakerOf(text, 'some people'), ['she', null]);
    // A role the article gave someone still names them.
    const given = 'Mara Lind, the senator, spoke first.\n\nBut the senator has begun drawing contrasts. At a rally on Sunday, she told the crowd that “some people in this race” had backed the deal.\n';
    assert.deepEqual(speakerOf(given, 'some people'), ['she', 'Mara Lind']);
  });

  it('who did something with a document is the source, not the act', () => {
    assert.equal(analyze('Cole signed a letter supporting the treaty in 2017.\n').attributions[0]?.source?.text, 'Cole');
  });
});

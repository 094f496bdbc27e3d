// Source and content spans across frames × subjects × contents: a grid of invented sentences. Statuses alone (the
// sourcing grid) missed swapped spans — "Ana Ruiz, the treasurer, said the plan failed" was attributed, but with
// "the plan failed" as its source — so here each attribution's own spans are checked: the source holds the subject's
// name or head and none of the content; the content is the reported clause and none of the frame.
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze.js';

/** Subjects as they open a sentence, with the words their source must hold. */
const SUBJECTS: Array<[string, RegExp]> = [
  ['Ana Ruiz', /Ruiz/], ['The mayor', /mayor/i], ['Ruiz', /Ruiz/], ['The council', /council/i], ['A spokesman for the council', /spokesman/i],
  ['Ana Ruiz, the treasurer,', /Ruiz/], ['Ruiz, 54,', /Ruiz/], ['Ana Ruiz, speaking to reporters,', /Ruiz/], ['Tom Bell, who chairs the board,', /Bell/],
];
/** Clauses reported: a short one and a check-worthy one. */
const CLAUSES = ['the plan failed', 'the levy cost $4 million in 2019', 'prices rose by 4 percent'];
/** Frames: X is the subject (lowercased mid-sentence where it is a description), C the clause; the content expected. */
const FRAMES: Array<[string, (c: string) => string]> = [
  ['X said C.', (c) => c], ['X told reporters C.', (c) => c], ['X says C.', (c) => c], ['X has said C.', (c) => c], ['X said on Monday C.', (c) => c],
  ['X said in a statement C.', (c) => c], ['X also said C.', (c) => c], ['In a statement, X said C.', (c) => c], ['X wrote on Twitter that C.', (c) => `that ${c}`],
  ['X added that C.', (c) => `that ${c}`], ['X later said C.', (c) => c], ['Cc, X said.', (c) => cap(c)], ['Cc, according to X.', (c) => cap(c)],
  ['X said C, adding that it was a shame.', (c) => c], ['X, in a statement, said C.', (c) => c], ['X told the Gazette C.', (c) => c],
  ['X said last week C.', (c) => c], ['X told a hearing on Tuesday C.', (c) => c], ['Cc, X told reporters.', (c) => cap(c)],
];

const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);
/** The subject as it stands mid-sentence: a description loses its capital, a trailing comma goes before a stop. */
const midSentence = (x: string): string => (/^(?:The|A) /.test(x) ? x[0].toLowerCase() + x.slice(1) : x);

describe('frame spans', () => {
  it(`${SUBJECTS.length * CLAUSES.length * FRAMES.length} sentences: the source is the subject and the content the clause`, function () {
    this.timeout(60_000);
    const failed: string[] = [];
    for (const [subject, holds] of SUBJECTS) {
      for (const clause of CLAUSES) {
        for (const [frame, expected] of FRAMES) {
          const opens = frame.startsWith('X');
          const x = opens ? subject : midSentence(subject);
          const sentence = frame.replace('Cc', cap(clause)).replace(/\bC\b/, clause).replace('X', x).replace(/,([.,])/g, '$1');
          const a = analyze(`# T\n\n${sentence}\n`).attributions.find((y) => /said|says|told|according|wrote|added/i.test(y.cue.text));
          const source = a?.source?.text ?? '';
          const content = a?.content?.text ?? '';
          if (!holds.test(source) || /plan|levy/.test(source) || content !== expected(clause)) failed.push(`${sentence} → source «${source}», content «${content}»`);
        }
      }
    }
    assert.deepEqual(failed, []);
  });

  it('an age set off by commas after the source, in a frame closing the sentence ("Prices rose, Ruiz, 54, told reporters")', () => {
    for (const [text, source] of [['Prices rose by 4 percent, Ruiz, 54, told reporters.', 'Ruiz'], ['The plan failed, the mayor, 61, said.', 'the mayor']]) {
      const a = analyze(`# T\n\n${text}\n`).attributions[0];
      assert.equal(a?.source?.text, source, text);
      assert.match(a?.content?.text ?? '', /^(?:Prices rose by 4 percent|The plan failed)$/, text);
    }
  });
});

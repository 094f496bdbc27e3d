// Property: edits that do not touch an anchored span never move its anchor elsewhere and never drop a fact,
// whether the facts are re-anchored and rewritten after every edit (the editor's loop) or only at the end.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorFacts } from '../../src/core/facts/anchor.js';
import { addFactFromSpan, applyEdits, reanchorEdits } from '../../src/core/facts/edits.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { emptyFactsFile, serializeFacts } from '../../src/core/facts/serialize.js';
import type { FactsFile } from '../../src/core/facts/types.js';

const FILLER = ['the', 'report', 'said', 'of', 'and', 'talks', 'were', 'held', 'in', 'later', 'a', 'week', 'after', 'that'];
// Distinct sentences with capitals and digits, which filler text can never spell.
const SENTENCES = ['Minister Ito said 41 ships left port.', 'Exports rose 12% in 2023, the Bureau said.', 'Mayor Diaz, 58, won with 61% of votes.'];

type Op = { kind: 'insert' | 'delete' | 'replace'; at: number; length: number; words: string[]; sep: string };

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 60 }),
  words: fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 12 }),
  sep: fc.constantFrom(' ', '\n', '\n\n', '. ', ', '),
});

interface Doc {
  text: string;
  /** Where each anchored sentence is, in fact order. */
  spans: { start: number; end: number }[];
}

const docArb: fc.Arbitrary<Doc> = fc
  .tuple(fc.array(fc.array(fc.constantFrom(...FILLER), { minLength: 0, maxLength: 30 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 3 }), fc.boolean())
  .map(([chunks, count, duplicate]) => {
    // Filler chunks with the anchored sentences between them; `duplicate` makes every sentence the same one.
    let text = '';
    const spans: Doc['spans'] = [];
    chunks.forEach((words, i) => {
      text += words.join(' ');
      if (i < chunks.length - 1 && i < count) {
        const sentence = duplicate ? SENTENCES[0]! : SENTENCES[i]!;
        text += ' ';
        spans.push({ start: text.length, end: text.length + sentence.length });
        text += `${sentence} `;
      }
    });
    return { text, spans };
  });

function factsFor(doc: Doc): FactsFile {
  let file = emptyFactsFile('a.md');
  for (const s of doc.spans) file = applyEdits(file, [addFactFromSpan(file, doc.text, s.start, s.end, 'claim')]);
  return file;
}

/** Applies `op` unless it would touch an anchored span (or, with `margin`, the context around one). */
function applyOp(doc: Doc, op: Op, margin: number): Doc {
  const at = op.at % (doc.text.length + 1);
  const insertText = op.words.join(' ') + op.sep;
  const removeEnd = op.kind === 'insert' ? at : Math.min(doc.text.length, at + op.length);
  const touches = doc.spans.some((s) => (op.kind === 'insert' ? at > s.start - margin && at < s.end + margin : at < s.end + margin && removeEnd > s.start - margin));
  if (touches) return doc;
  const inserted = op.kind === 'delete' ? '' : insertText;
  const text = doc.text.slice(0, at) + inserted + doc.text.slice(removeEnd);
  const delta = inserted.length - (removeEnd - at);
  return { text, spans: doc.spans.map((s) => (s.start >= removeEnd ? { start: s.start + delta, end: s.end + delta } : s)) };
}

function assertAnchoredAt(doc: Doc, file: FactsFile): void {
  const anchors = anchorFacts(doc.text, file);
  assert.deepEqual(anchors.map((a) => a.factId), file.facts.map((f) => f.id));
  anchors.forEach((a, i) => {
    assert.equal(a.status, 'anchored');
    if (a.status === 'anchored') assert.deepEqual([a.start, a.end], [doc.spans[i]!.start, doc.spans[i]!.end]);
  });
}

describe('facts anchoring property (fast-check)', function () {
  // 1500 runs each; about 2 s on a quiet machine. The budget is 10 s.
  this.timeout(10_000);

  it('re-anchored and rewritten after every edit: anchors follow their spans, no fact is lost', () => {
    fc.assert(
      fc.property(docArb, fc.array(opArb, { minLength: 1, maxLength: 8 }), (start, ops) => {
        // Copies of one sentence are told apart by their context, so edits keep clear of it; distinct sentences
        // may be edited right up to their first and last character.
        const margin = new Set(start.spans.map((s) => start.text.slice(s.start, s.end))).size < start.spans.length ? 33 : 0;
        let doc = start;
        let file = factsFor(doc);
        const ids = file.facts.map((f) => f.id);
        for (const op of ops) {
          doc = applyOp(doc, op, margin);
          assertAnchoredAt(doc, file);
          const next = applyEdits(file, reanchorEdits(file, doc.text, anchorFacts(doc.text, file)));
          const reread = parseFacts(serializeFacts(next));
          assert.deepEqual(reread.problems, []);
          file = reread.file!;
          assert.deepEqual(file.facts.map((f) => f.id), ids);
          file.facts.forEach((f, i) => assert.deepEqual([f.target.start, f.target.end], [doc.spans[i]!.start, doc.spans[i]!.end]));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('anchored once after many edits: every anchor is still on its own span', () => {
    fc.assert(
      fc.property(docArb, fc.array(opArb, { minLength: 1, maxLength: 12 }), (start, ops) => {
        const margin = new Set(start.spans.map((s) => start.text.slice(s.start, s.end))).size < start.spans.length ? 33 : 0;
        const file = factsFor(start);
        const doc = ops.reduce((d, op) => applyOp(d, op, margin), start);
        assertAnchoredAt(doc, file);
        assert.equal(parseFacts(serializeFacts(file)).file!.facts.length, start.spans.length);
      }),
      { numRuns: 1500 },
    );
  });
});

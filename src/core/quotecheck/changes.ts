// Word changes from an alignment, classed by what they touch: a negation added or dropped, a number, a date or a
// name changed are errors (they change what was said); any other changed word is a warning.
import type { AlignOp } from './align.js';
import type { PreparedSnapshot } from './prepared.js';
import type { QuoteToken } from './quoteParts.js';
import type { ChangeClass, DiffPart, WordChange } from './types.js';
import { isDate, isNegation, isNumber, type Word } from './words.js';

export function classOf(words: readonly (Word | undefined)[]): ChangeClass {
  const present = words.filter((w): w is Word => w !== undefined);
  if (present.some((w) => isNegation(w.norm))) return 'negation';
  if (present.some((w) => isNumber(w.norm))) return 'number';
  if (present.some((w) => isDate(w.norm))) return 'date';
  if (present.some((w) => w.name)) return 'name';
  return 'word';
}

/** A swap of one negation for another ("never" for "not") keeps the sense negative: classed by its other traits. */
function swapClass(q: Word, s: Word): ChangeClass {
  if (isNegation(q.norm) && isNegation(s.norm)) return classOf([{ ...q, norm: '' }, { ...s, norm: '' }]);
  return classOf([q, s]);
}

export interface DiffInput {
  inner: string;
  tokens: readonly QuoteToken[];
  ops: readonly AlignOp[];
  prep: PreparedSnapshot;
}

/** The changes and the display diff of one aligned segment, in quote order. */
export function diffOf({ inner, tokens, ops, prep }: DiffInput): { changes: WordChange[]; diff: DiffPart[] } {
  const changes: WordChange[] = [];
  const diff: DiffPart[] = [];
  const qText = (i: number) => {
    const t = tokens[i]!;
    return t.type === 'word' ? inner.slice(t.word.start, t.word.end) : `[${t.text}]`;
  };
  const sText = (i: number) => prep.doc.text.slice(prep.words[i]!.start, prep.words[i]!.end);
  const same = (text: string) => {
    const last = diff[diff.length - 1];
    if (last?.kind === 'same') last.text += ` ${text}`;
    else diff.push({ kind: 'same', text });
  };
  for (const op of ops) {
    let change: WordChange | undefined;
    if (op.op === 'same' || op.op === 'insertion') same(qText(op.q));
    else if (op.op === 'swap') {
      const q = tokens[op.q]!;
      change = { kind: 'swap', quote: qText(op.q), source: sText(op.s), class: q.type === 'word' ? swapClass(q.word, prep.words[op.s]!) : 'word' };
    } else if (op.op === 'added') {
      const q = tokens[op.q]!;
      change = { kind: 'added', quote: qText(op.q), class: q.type === 'word' ? classOf([q.word]) : 'word' };
    } else {
      change = { kind: 'dropped', source: sText(op.s), class: classOf([prep.words[op.s]]) };
    }
    if (change) {
      changes.push(change);
      diff.push(change);
    }
  }
  return { changes, diff };
}

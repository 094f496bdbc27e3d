// Where each clause's sentence sits, for the learned claim score (claimModel.ts): its place in its paragraph
// (in a transcript, a speaker's turn), whether the paragraph asks a question, and the rule reasons of the
// sentences before and after it. A moderator's turn, a reply to a question, a figure announced one sentence
// earlier: context a clause cannot see by itself.
import type { Sentence } from '../markdown/sentences.js';
import type { ProseBlock } from '../markdown/prose.js';
import { REASON_NAMES, type ClauseContext } from './claimModel.js';

const QUESTION_BIT = 1 << REASON_NAMES.indexOf('question');

/**
 * The context of each clause, given in document order with its sentence and the rule reasons it fired. A
 * sentence's reasons are those of all its clauses; `sentences` (every sentence of the document) gives each
 * paragraph's length.
 */
export function clauseContexts(clauses: Array<{ sentence: Sentence; fired: number }>, sentences: readonly Sentence[]): ClauseContext[] {
  const perBlock = new Map<ProseBlock, number>();
  for (const s of sentences) perBlock.set(s.block, (perBlock.get(s.block) ?? 0) + 1);
  // The sentences that have clauses, in order, with the union of their clauses' reasons.
  const order: Sentence[] = [];
  const fired = new Map<Sentence, number>();
  for (const c of clauses) {
    const seen = fired.get(c.sentence);
    if (seen === undefined) order.push(c.sentence);
    fired.set(c.sentence, (seen ?? 0) | c.fired);
  }
  const asks = new Set<ProseBlock>();
  for (const s of order) if ((fired.get(s) ?? 0) & QUESTION_BIT) asks.add(s.block);
  const position = new Map<Sentence, number>(order.map((s, i) => [s, i]));
  return clauses.map(({ sentence }) => {
    const i = position.get(sentence) ?? 0;
    return {
      indexInParagraph: sentence.index,
      paragraphSentences: perBlock.get(sentence.block) ?? 1,
      paragraphQuestion: asks.has(sentence.block),
      previous: i > 0 ? fired.get(order[i - 1]) ?? 0 : 0,
      next: i + 1 < order.length ? fired.get(order[i + 1]) ?? 0 : 0,
    };
  });
}

// Where each clause's sentence sits, for the learned claim score (claimModel.ts): its place in its paragraph
// (in a transcript, a speaker's turn), whether the paragraph asks a question, and the rule reasons of the
// sentences before and after it. A moderator's turn, a reply to a question, a figure announced one sentence
// earlier: context a clause cannot see by itself.
import type { Sentence } from '../markdown/sentences.js';
import type { ProseBlock } from '../markdown/prose.js';
import { QUESTION_BIT, type ClauseContext } from './claimModel.js';

/**
 * The context of each clause, given in document order with its sentence and the rule reasons it fired. A
 * sentence's reasons are those of all its clauses; `sentences` (every sentence of the document, headings
 * included) gives each paragraph's length and each sentence's neighbours. A heading has no reasons, so context
 * never crosses one: an article's first sentence reads the same alone as at the end of a longer document.
 */
export function clauseContexts(clauses: Array<{ sentence: Sentence; fired: number }>, sentences: readonly Sentence[]): ClauseContext[] {
  const perBlock = new Map<ProseBlock, number>();
  for (const s of sentences) perBlock.set(s.block, (perBlock.get(s.block) ?? 0) + 1);
  // The sentences that have clauses, with the union of their clauses' reasons.
  const fired = new Map<Sentence, number>();
  for (const c of clauses) fired.set(c.sentence, (fired.get(c.sentence) ?? 0) | c.fired);
  const asks = new Set<ProseBlock>();
  for (const [s, f] of fired) if (f & QUESTION_BIT) asks.add(s.block);
  // Set one by one, without a pair array per sentence made only to fill the map.
  const position = new Map<Sentence, number>();
  for (let i = 0; i < sentences.length; i++) position.set(sentences[i], i);
  const reasonsAt = (i: number): number => (i >= 0 && i < sentences.length ? fired.get(sentences[i]) ?? 0 : 0);
  return clauses.map(({ sentence }) => {
    const i = position.get(sentence) ?? -2;
    return {
      indexInParagraph: sentence.index,
      paragraphSentences: perBlock.get(sentence.block) ?? 1,
      paragraphQuestion: asks.has(sentence.block),
      previous: reasonsAt(i - 1),
      next: reasonsAt(i + 1),
    };
  });
}

// "The study, published in the journal Heart and Movement, followed 1,140 staff. The researchers found that …": a
// definite group of a study's makers ("the researchers", "the authors", "the team") right after a study the article
// named by its maker or its place of publication is that study's authors, a group the article pointed at, not a
// vague one: neither as an attribution's source nor as vague wording.
import type { Attribution, DetectorContext } from './shared.js';
import * as shared from './shared.js';

const { firstStartingAt } = shared;

const MAKERS = /^the\s+(?:study['’]s\s+|paper['’]s\s+|trial['’]s\s+)?(?:researchers|authors|scientists|investigators|team)\b/i;
/** A study named in a sentence: its noun, then its maker or its place of publication ("published on Monday in the
 *  journal …"), capitalised. */
const NAMED_STUDY = /\b(?:study|trial|survey|paper|report|analysis|review|experiment)\b[^.;]*?\b(?:by|from|(?:published|appeared|released)(?:\s+[\p{L}\d]+){0,3}?\s+in)\s+(?:the\s+)?(?:journal\s+)?\p{Lu}/iu;
/** How many sentences back the named study may be. */
const REACH = 2;

/** Do the words at `start` name the makers of a study named in that sentence or the two before it? */
export function studyAuthorsAt(ctx: DetectorContext, start: number, words: string): boolean {
  if (!MAKERS.test(words.trim())) return false;
  const k = firstStartingAt(ctx.sentences, start + 1) - 1;
  for (let j = k; j >= Math.max(0, k - REACH); j--) {
    const s = ctx.sentences[j];
    if (NAMED_STUDY.test(ctx.doc.masked.slice(s.start, j === k ? start : s.end))) return true;
  }
  return false;
}

/** Clears `vague` on each attribution whose source is the makers of a study named just before. */
export function clearStudyAuthors(ctx: DetectorContext, list: readonly Attribution[]): void {
  for (const a of list) if (a.vague && a.source && studyAuthorsAt(ctx, a.source.start, a.source.text)) a.vague = false;
}

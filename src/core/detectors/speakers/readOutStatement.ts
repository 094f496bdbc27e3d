// "Haldane read out a message the federation had sent the programme. “…,” it said.", "Prideaux then read into the
// record a statement from the company's board. “…,” it said.": on air or in a hearing, "it" speaking after a
// statement is read out is the body that sent the statement.
import type { DetectorContext } from '../../context.js';
import { sentenceAt } from '../people/coreference.js';
import { organisationNamed, type OrganisationMemo } from './organisations.js';

/** Reading out, then the statement, then who sent it: "from the company's board", "from Harlow Trust", "the
 *  federation had sent". */
const READ_OUT = /\bread\s+(?:out|aloud|into\s+the\s+record)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:statement|message|letter|note|email)\s+(?:from\s+((?:the\s+)?[\p{L}’'&-]+(?:\s+[\p{Lu}][\p{L}’'&-]*){0,4})|(?:that\s+)?(the\s+\p{Ll}+)\s+had\s+sent)/u;

/** The body whose statement the sentence before `at` (or its own, before `at`) says was read out, or null. */
export function readOutStatementOwner(ctx: DetectorContext, at: number, memo: OrganisationMemo): string | null {
  const k = sentenceAt(ctx.sentences, at);
  for (const j of [k, k - 1]) {
    const sentence = ctx.sentences[j];
    if (!sentence || sentence.start >= at) continue;
    const m = READ_OUT.exec(ctx.doc.text.slice(sentence.start, Math.min(at, sentence.end)));
    if (!m) continue;
    // "the company's board": the company's.
    const sender = (m[1] ?? m[2]).replace(/['’]s$/u, '');
    if (/^\p{Lu}/u.test(sender)) return sender;
    return organisationNamed(ctx.doc.text, sender, sentence.start + m.index, memo);
  }
  return null;
}

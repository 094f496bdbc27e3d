// Unlabelled answers in a Q&A interview: paragraphs all in bold that ask or prompt ("**Why not raise pay?**",
// "**Q: …?**", "**Critics say the pilot is a distraction.**"), each followed by plain paragraphs that are the interviewee's answer, up to the next question. The interviewee is
// the first person the article names before its first question (the introduction presents them). A turn labelled
// with a name ("**Brookfield:** …") is found by the sentence finder (otherCues.ts); an "A:" label is dropped here.
import type { Attribution, DetectorContext, Span } from './shared.js';
import * as shared from './shared.js';
import type { ProseBlock } from '../../markdown/prose.js';

const { contentKind } = shared;

/** A paragraph wholly in bold (or underscores): the interviewer's turn, a question or a prompt. */
const TURN = /^(\*\*|__)(?:(?!\1)[\s\S])+\1$/;
/** A turn that asks. */
const ASKS = /\?\s*(?:\*\*|__)$/;
/** "A:", "**A:**", "A." opening an answer. */
const ANSWER_LABEL = /^(?:\*\*|__)?A(?:\*\*|__)?\s*[:.](?:\*\*|__)?\s+/;
/** "Brookfield:", "**Santos:**": a turn labelled with its speaker. */
const NAME_LABEL = /^(?:\*\*|__)?\p{Lu}[\p{L}.’' -]{0,40}(?:\*\*|__)?:/u;

export function interviewAnswers(ctx: DetectorContext): Attribution[] {
  const { text, blocks } = ctx.doc;
  const isQuestion = (b: ProseBlock) => b.kind === 'paragraph' && !b.blockquote && TURN.test(text.slice(b.start, b.end).trim());
  const questions = blocks.filter(isQuestion);
  // One bold paragraph is emphasis; an interview asks several questions.
  if (questions.filter((b) => ASKS.test(text.slice(b.start, b.end).trim())).length < 2) return [];
  const interviewee = ctx.people.mentions.find((m) => m.start < questions[0].start);
  if (!interviewee) return [];
  const source: Span = { start: interviewee.start, end: interviewee.end, text: interviewee.text };
  const out: Attribution[] = [];
  let question: ProseBlock | null = null;
  for (const b of blocks) {
    if (b.start < questions[0].start || b.kind === 'heading') {
      question = null;
      continue;
    }
    if (isQuestion(b)) {
      question = b;
      continue;
    }
    if (!question || b.kind !== 'paragraph' || b.blockquote) continue;
    const body = text.slice(b.start, b.end);
    const label = ANSWER_LABEL.exec(body);
    // Turns labelled with names ("**Kiptoo:** …"): the labels say who answers, and the prose after the last one
    // is the article's again.
    if (!label && NAME_LABEL.test(body)) return [];
    const start = b.start + (label ? label[0].length : 0);
    const end = b.start + body.trimEnd().length;
    if (end <= start) continue;
    const content: Span = { start, end, text: text.slice(start, end) };
    // The question is the cue: it is what makes the paragraph after it an answer.
    const cue: Span = { start: question.start, end: question.end, text: text.slice(question.start, question.end) };
    const a: Attribution = { id: '', source, cue, content, cueKind: 'speech', contentKind: contentKind(content), vague: false };
    if (interviewee.name !== interviewee.text) a.sourceName = interviewee.name;
    out.push(a);
  }
  return out;
}

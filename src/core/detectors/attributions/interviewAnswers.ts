// Unlabelled answers in a Q&A interview: paragraphs all in bold that ask or prompt ("**Why not raise pay?**",
// "**Q: …?**", "**Critics say the pilot is a distraction.**"), each followed by plain paragraphs that are the interviewee's answer, up to the next question. The interviewee is
// the first person the article names before its first question (the introduction presents them). A turn labelled
// with a name ("**Brookfield:** …") is found by the sentence finder (otherCues.ts); an "A:" label is dropped here.
// A question may also be a paragraph opened by a "Q:" label with only the label in bold ("**Q:** The board wants
// … Why not?"). When the answers carry "A:" labels, a paragraph without one is the article's prose again.
import type { Attribution, DetectorContext, Span } from './shared.js';
import * as shared from './shared.js';
import type { ProseBlock } from '../../markdown/prose.js';

const { contentKind } = shared;

/** A paragraph wholly in bold (or underscores): the interviewer's turn, a question or a prompt. */
const TURN = /^(\*\*|__)(?:(?!\1)[\s\S])+\1$/;
/** A turn that asks. */
const ASKS = /\?\s*(?:\*\*|__)$/;
/** "Q:", "**Q:**", "Q." opening a question whose words need not be in bold. */
const QUESTION_LABEL = /^(?:\*\*|__)?Q(?:\*\*|__)?\s*[:.](?:\*\*|__)?\s+\S/;
/** "A:", "**A:**", "A." opening an answer. */
const ANSWER_LABEL = /^(?:\*\*|__)?A(?:\*\*|__)?\s*[:.](?:\*\*|__)?\s+/;
/** "Brookfield:", "**Santos:**": a turn labelled with its speaker. */
const NAME_LABEL = /^(?:\*\*|__)?\p{Lu}[\p{L}.’' -]{0,40}(?:\*\*|__)?:/u;

export function interviewAnswers(ctx: DetectorContext): Attribution[] {
  const { text, blocks } = ctx.doc;
  const isQuestion = (b: ProseBlock) => {
    if (b.kind !== 'paragraph' || b.blockquote) return false;
    const body = text.slice(b.start, b.end).trim();
    return TURN.test(body) || QUESTION_LABEL.test(body);
  };
  const questions = blocks.filter(isQuestion);
  const asks = (b: ProseBlock) => {
    const body = text.slice(b.start, b.end).trim();
    return ASKS.test(body) || (QUESTION_LABEL.test(body) && body.endsWith('?'));
  };
  // One bold paragraph is emphasis; an interview asks several questions.
  if (questions.filter(asks).length < 2) return [];
  const labelledAnswers = blocks.some((b) => b.start > questions[0].start && b.kind === 'paragraph' && ANSWER_LABEL.test(text.slice(b.start, b.end)));
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
    if (!label && labelledAnswers) {
      question = null;
      continue;
    }
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

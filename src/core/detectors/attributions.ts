// Attribution triples (source / cue / content) as PARC and PolNeAR annotate them, found with word lists and
// word order instead of a parser: a cue verb, the noun phrase next to it, and the clause it reports.
// Orders handled: "X said (that) C", "C, X said", "“C,” said X", "According to X, C", "C, according to X",
// "X told reporters C", "X echoed this, saying C", headline "X: C" and "“C” ― X". A quotation that runs past
// the sentence carries the content with it.
// The finder is built in layers, one file each under attributions/: base (spans, contents, the record), phrases
// (noun phrases and clause bounds), verbCues, otherCues; this file walks the sentences and collects what they find.
import type { Attribution, CueEntry, Detector, DetectorContext, Sentence, Span, WordCues } from './attributions/shared.js';
import { tagAttributions } from './attributions/tagSentences.js';
import { taggerModel } from './attributions/model.js';
import * as shared from './attributions/shared.js';
import { OtherCues } from './attributions/otherCues.js';
import { cutAtCoordinatedAttributions } from './coordinatedContent.js';
import { continuedQuoteEnd } from './attributions/continuedQuote.js';
import { judgeSourcesByWording } from './attributions/sourceWording.js';
import { clearStudyAuthors } from './attributions/studyAuthors.js';
import { interviewAnswers } from './attributions/interviewAnswers.js';

const { LATE_CUES, MODALS, SentenceTokens, cueTable, isTimeWord, overlapsAny, quoteRanges, wordCues, wordCuesSlot } = shared;

/** Does this attribution report words or thoughts (as opposed to an act)? See attributions/shared.ts. */
export const reportsWords = shared.reportsWords;
export const agreedAct = shared.agreedAct;

export const attributionsDetector: Detector = {
  id: 'attributions',
  description: 'Source / cue / content attribution triples.',
  run(ctx) {
    const words = wordCues(cueTable(ctx.options.extraCues));
    const rules = findRuleAttributions(ctx);
    const model = ctx.options.attributionTagger ? taggerModel() : null;
    const found = model ? tagAttributions(ctx, rules, words, model) : rules;
    const answers = interviewAnswers(ctx);
    if (answers.length > 0) {
      for (const a of answers) found.push(a);
      found.sort((a, b) => a.cue.start - b.cue.start);
    }
    judgeSourcesByWording(ctx, found);
    clearStudyAuthors(ctx, found);
    found.forEach((a, i) => (a.id = 'a' + (i + 1)));
    // One push each: spreading a list of a million arguments overflows the stack.
    for (const a of found) ctx.attributions.push(a);
  },
};

/** The rule finder's attributions, sorted by cue: the proposals the tagger reads and adjusts. */
export function findRuleAttributions(ctx: DetectorContext): Attribution[] {
  const table = cueTable(ctx.options.extraCues);
  const words = wordCues(table);
  const extraCueBases = new Set(ctx.options.extraCues);
  const quotes = quoteRanges(ctx);
  const found: Attribution[] = [];
  let prevSentence: Sentence | null = null;
  const tokens = new SentenceTokens(ctx.doc.masked);
  for (const sentence of ctx.sentences) {
    // Valid for this sentence only (see SentenceTokens): nothing found keeps a Token.
    const toks = tokens.of(sentence);
    const finder = new SentenceAttributions(ctx, sentence, toks, quotes, prevSentence, extraCueBases);
    const first = found.length;
    finder.find(table, words, found);
    cutAtCoordinatedAttributions(ctx.doc.text, found, first);
    for (let k = first; k < found.length; k++) {
      const a = found[k];
      const end = continuedQuoteEnd(ctx.doc.masked, quotes, a, sentence, ctx.doc.blocks);
      if (end !== null && a.content) a.content = { start: a.content.start, end, text: ctx.doc.text.slice(a.content.start, end) };
    }
    prevSentence = sentence;
  }
  found.sort((a, b) => a.cue.start - b.cue.start);
  return found;
}

class SentenceAttributions extends OtherCues {

  find(table: Map<string, CueEntry[]>, words: Map<string, WordCues>, out: Attribution[]): void {
    const { toks } = this;
    this.table = table;
    // Attributions of earlier sentences have their cues before this sentence: the checks below skip them.
    const firstOut = out.length;
    /** Cues of the verb and "according to" attributions found in this sentence. */
    const taken: Span[] = [];
    /** Tokens that may be late cues, looked at once the verb cues are found. */
    let lateAt: number[] | null = null;
    const cuesOfWord = wordCuesSlot(words);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const cues = t.word ? cuesOfWord.of(t.lexeme) : undefined;
      if (cues === undefined) continue;
      if (cues.late !== undefined && i >= 1 && i < toks.length - 2) (lateAt ??= []).push(i);
      const m = cues.cues ? this.matchEntries(cues.cues, i) : null;
      if (!m) continue;
      // A cue inside the reported content of an earlier cue in this sentence ("said she felt…") is part of what
      // was reported; PolNeAR annotates only the outer attribution.
      const outer = out.length > 0 ? out[out.length - 1] : null;
      const inside = outer?.content && toks[i].start >= outer.content.start && toks[i].start < outer.content.end && outer.cue.start >= this.sentence.start && outer.cue.start < toks[i].start;
      // "58 percent said they disliked him, the poll found.", "Two chains have agreed to do so, Halloran said.": a
      // frame closing the sentence reports all before it, whose inner content ends at the frame's comma; a speaker's
      // frame cuts only if it is one ("…, a year later than planned." is not).
      const frameComma = inside && (m.entry.kind === 'report' || m.entry.kind === 'speech') ? this.closingFrameComma(i, m.i1) : -1;
      const uncut = m.entry.kind === 'speech' ? outer?.content : undefined;
      if (inside && frameComma > 0 && toks[frameComma].start > outer!.content!.start + 1) {
        outer!.content = this.span(outer!.content!.start, toks[frameComma - 1].end);
      } else if (inside) {
        const near = toks[i].start - outer!.content!.start < 30;
        // Not a document's report in a clause of its own ("It is often said that C1, and the club's own figures
        // show C2"): coordinated, not reported.
        // Nor words only supposed, after a modal ("said the government would not write “a blank cheque”"): nothing
        // was said there, so the quotation stays the outer speaker's.
        if ((m.entry.kind === 'cognition' || (m.entry.kind === 'report' && !this.opensCoordinatedClause(i))) || near || this.afterModal(i, outer!.content!.start)) continue;
      }
      const a = m.entry.kind === 'according-to' ? this.accordingTo(m) : this.verbCue(m);
      if (!a?.content && uncut && outer) outer.content = uncut;
      if (a) {
        out.push(a);
        taken.push(a.cue);
        while (i + 1 < toks.length && toks[i + 1].start < a.cue.end) i++;
      }
    }
    // Tokens skipped above (inside a cue just found) overlap that cue: they would be passed over here too.
    for (const i of lateAt ?? []) {
      const late = LATE_CUES.get(toks[i].lower);
      if (late === undefined || overlapsAny(taken, toks[i])) continue;
      let a: Attribution | null;
      if (late === 'adjective') a = this.insideReported(out, firstOut, i) ? null : this.adjectiveCue(i);
      // Not inside what an earlier cue of the sentence reports ("said that she appeared to be…").
      else if (late === 'seem') a = this.insideContent(out, firstOut, toks[i].start) ? null : this.seemCue(i);
      else if (late === 'criticism') a = this.facedCriticism(i);
      else if (late === 'clear') a = this.clearCue(i);
      else a = this.nominalCue(i);
      if (a) out.push(a);
    }
    // "In her 2003 book, Clinton noted…": a cue of its own in the sentence is the attribution, not the "In" phrase.
    const inDoc = taken.length === 0 ? this.inDocument() : this.inDocument(true);
    if (inDoc) out.push(inDoc);
    const inPoll = inDoc ? null : this.inPoll(taken);
    if (inPoll) out.push(inPoll);
    const putsAt = this.putsAt(taken);
    if (putsAt) out.push(putsAt);
    const figure = putsAt ? null : this.possessedFigure(taken);
    if (figure) out.push(figure);
    const heard = this.hearingHeard(taken);
    if (heard) out.push(heard);
    const byAgent = this.byNamedAgent(taken);
    if (byAgent) out.push(byAgent);
    const extra = this.colonOrDash(taken);
    if (extra) out.push(extra);
    // A source named outside a reporting clause: "The numbers, from X: …". A short sentence pointing back ("That is
    // according to X.") sources the sentence before instead of its own first words.
    const fromColon = extra || taken.length > 0 ? null : this.fromSourceColon() ?? this.statementColon();
    if (fromColon) out.push(fromColon);
    const back = fromColon || extra ? null : this.pointsBack();
    if (back) out.splice(firstOut, out.length - firstOut, back);
  }

  /**
   * Is token i inside what an earlier cue of this sentence reports ("she said she was doubtful about…")? PolNeAR
   * annotates the outer attribution only. `from`: where this sentence's attributions start in `out`.
   */
  protected insideReported(out: Attribution[], from: number, i: number): boolean {
    const at = this.toks[i].start;
    for (let k = from; k < out.length; k++) {
      const o = out[k];
      if (o.content !== null && o.cue.start >= this.sentence.start && o.cue.start < at && at >= o.content.start && at < o.content.end) return true;
    }
    return false;
  }

  /** The comma before a frame closing the sentence at cue [i0, i1) (", the poll found.", ", the survey showed on
   *  Monday."): a short subject of words after it, nothing but time words and the full stop after the cue; or -1. */
  private closingFrameComma(i0: number, i1: number): number {
    const { toks } = this;
    let e = i1;
    while (e < toks.length && toks[e].word && isTimeWord(toks[e])) e++;
    if (!(e === toks.length || (e === toks.length - 1 && /^[.!?]$/.test(toks[e].text)))) return -1;
    let k = i0 - 1;
    while (k > 0 && i0 - k <= 5 && toks[k].word) k--;
    return k < i0 - 1 && toks[k].text === ',' ? k : -1;
  }

  /** Does a modal ("would", "will not", "could never") stand right before token i, in the clause the content opening
   *  at `from` began (not past a semicolon: "said the vote was close; Kerr will argue that …")? */
  private afterModal(i: number, from: number): boolean {
    const { toks } = this;
    let k = i - 1;
    if (/^(?:not|never|n['’]t)$/.test(toks[k]?.lower ?? '')) k--;
    if (!MODALS.has(toks[k]?.lower ?? '')) return false;
    while (k > 0 && toks[k].start > from && toks[k].text !== ';') k--;
    return toks[k]?.text !== ';';
  }

  /** Does the short subject before token i follow ", and", ", but" or ";" (a clause of its own)? */
  private opensCoordinatedClause(i: number): boolean {
    const { toks } = this;
    let k = i - 1;
    while (k > 0 && i - k <= 6 && toks[k].word && toks[k].lower !== 'and' && toks[k].lower !== 'but') k--;
    if (k === i - 1) return false;
    return toks[k].text === ';' || ((toks[k].lower === 'and' || toks[k].lower === 'but') && toks[k - 1]?.text === ',');
  }

  /** Is `at` inside the content of an attribution of this sentence (those from index `from` of `out`)? */
  protected insideContent(out: Attribution[], from: number, at: number): boolean {
    for (let k = from; k < out.length; k++) {
      const o = out[k];
      if (o.content !== null && o.cue.start >= this.sentence.start && at >= o.content.start && at < o.content.end) return true;
    }
    return false;
  }
}

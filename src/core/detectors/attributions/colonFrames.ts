// Frames a colon or a dash makes, and sentences that point back: "Ruiz: No ferry cuts this year" (a headline, a
// transcript's turn), "“C” ― Sonya Herridge", "The numbers, from the transit authority: C", "That is according to
// the transit authority." Label lines, tallies and rosters after a colon name no speaker.
import type { Attribution, Span } from './shared.js';
import * as shared from './shared.js';
import { VerbCues } from './verbCues.js';

// Module-level copies of the shared bindings: under tsx every use of an import is a getter call.
const { CLOSE_QUOTES, COLON_NOT_SOURCES, DETERMINERS, OPEN_QUOTES, startsCapital, startsDigit, startsLowercase } = shared;
/** A paragraph opening with a speaker's label: capitalised words (at most five) and a colon. */
const TURN_LABEL = /^\s*(?:\*\*)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}:/u;
/** The head word of a label line that names no speaker ("Editor's Note:", "Paid Notice:", "Stat of the Week:"). */
const LABEL_HEADS = new Set(['note', 'notes', 'update', 'updates', 'notice', 'correction', 'corrections', 'credit', 'credits', 'disclaimer', 'caption', 'week']);
/** Words that open a sentence pointing back at the one before ("That is according to …"). */
const POINTERS = new Set(['that', 'this', 'these', 'those']);
const POINTED_NOUNS = new Set(['figure', 'figures', 'number', 'numbers', 'data', 'estimate', 'estimates', 'statistic', 'statistics', 'count', 'total', 'claim', 'account']);
const POINTING_VERBS = new Set(['is', 'are', 'was', 'were', 'comes', 'come', 'came']);

/** Where a statement before a colon was made ("in a statement last week:", "in a post on its website:"). */
const STATEMENT_MEDIA = new Set(['statement', 'letter', 'email', 'post', 'memo', 'note', 'message', 'release', 'notice', 'update']);

/** Words announcing a statement before its noun ("Here is the full statement from …", "Read the letter from …"). */
const STATEMENT_LEAD = new Set(['here', 'is', 'below', 'read', 'this', 'the', 'a', 'full', 'complete', 'entire', 'text', 'of']);

export abstract class ColonFrames extends VerbCues {
  protected colonOrDash(taken: readonly Span[]): Attribution | null {
    const { toks } = this;
    // "― Sonya Herridge" opening the sentence after a closed quotation: the splitter cut at the quote's end.
    if (toks.length > 1 && (toks[0].text === '―' || toks[0].text === '—' || toks[0].text === '--')) {
      const src = this.npAfter(1);
      const q = this.quoteEndingAt(toks[0].start);
      if (src && q && startsCapital(toks[src[0]].text)) {
        return this.make(this.tokenSpan(src[0], src[1]), this.span(toks[0].start, toks[0].end), this.span(q[0], q[1]), 'speech', false);
      }
    }
    // "Ruiz: No ferry cuts this year" / "MODERATOR: Let’s begin…" — only at the start of a block.
    if (this.sentence.index === 0 && toks.length > 3) {
      let k = 0;
      if (toks[0].text === '"' || OPEN_QUOTES.has(toks[0].text)) k = 1;
      const first = k;
      while (k < toks.length && k - first < 7 && toks[k].word && startsCapital(toks[k].text)) k++;
      // A verb cue before the colon ("Warren Says: …") already is the attribution.
      const cueBefore = toks[k] !== undefined && taken.some((c) => c.start < toks[k].start);
      // A label is no speaker by its first word or its head ("Editor's Note:", "Delegate Update:"), and a tally
      // ("Clinton: 547.") or a roster of names ("Iowa: Ana Ruiz, Ben Cole, …") is not what a speaker said.
      if (!cueBefore && k > first && toks[k]?.text === ':' && k + 1 < toks.length && !COLON_NOT_SOURCES.has(toks[first].lower) && !LABEL_HEADS.has(toks[k - 1].lower) &&
        oneSpaceAfter(this.ctx.doc.text, toks[k].end, toks[k + 1].start) && !this.tallyOrRoster(k + 1)) {
        const source = this.tokenSpan(first, k);
        const cue = this.span(toks[k].start, toks[k].end);
        const content = this.contentSpan([k + 1, toks.length]);
        // An interview's turn ("**Ruiz:** No ferry will be cut. All routes stay.") is the speaker's to its end.
        // So is a plain "RUIZ: …" turn beside another labelled paragraph (a transcript; a lone "LONDON:" is a dateline).
        const bold = /^[*_]{1,2}$/.test(this.ctx.doc.text.slice(toks[k].end, toks[k + 1].start - 1));
        // Not a label line that is a heading of its own ("Clinton: Keep it" over a paragraph of analysis).
        const firstLine = /^[^\n]*/.exec(this.ctx.doc.text.slice(toks[k].end, this.sentence.block.end))![0];
        const beside = firstLine.trim().length >= 25 && this.besideLabelledBlock();
        // "ISLAMABAD: Elections of the …": one word in capitals alone, with no labelled paragraph beside it, is the
        // dateline of the South Asian and Gulf press.
        // Only in the article's first paragraph, and not a name the article gives a person ("CLINTON: I feel …" in a
        // transcript run into one paragraph).
        const dateline = !bold && !beside && k - first === 1 && /^\p{Lu}{3,}$/u.test(toks[first].text) && this.firstParagraph() && !this.namesSomeone(toks[first].text);
        if (!dateline) {
          const turn = content && (bold || beside) ? this.turnEnd(content.end) : -1;
          return this.make(source, cue, turn > 0 ? this.span(content!.start, turn) : content, 'speech', false);
        }
      }
    }
    // "“C.” ― Sonya Herridge" at the end of a sentence.
    for (let k = 1; k < toks.length - 1; k++) {
      const t = toks[k];
      if (!t.word && (t.text === '―' || t.text === '—' || t.text === '--') && (CLOSE_QUOTES.has(toks[k - 1].text) || toks[k - 1].text === '"')) {
        const src = this.npAfter(k + 1);
        if (!src || !startsCapital(toks[src[0]].text)) continue;
        const q = this.quoteEndingAt(toks[k - 1].end);
        const contentStart = q ? q[0] : this.sentence.start;
        const content = this.span(contentStart, toks[k - 1].end);
        return this.make(this.tokenSpan(src[0], src[1]), this.span(t.start, t.end), content, 'speech', false);
      }
    }
    return null;
  }

  /** From token i to the sentence's end, only a number ("547.") or a list of three or more capitalised names. */
  private tallyOrRoster(i: number): boolean {
    const { toks } = this;
    let commas = 0;
    let words = 0;
    let k = i;
    for (; k < toks.length; k++) {
      const t = toks[k];
      if (t.text === ',') {
        if (words === 0 || words > 3) return false;
        commas++;
        words = 0;
      } else if (t.word && (startsCapital(t.text) || t.lower === 'and')) words++;
      else if (!(t.word && startsDigit(t.text) && k === i)) break;
    }
    const rest = toks.length - k;
    if (startsDigit(toks[i].text) && k === i + 1 && rest <= 1) return true;
    return commas >= 2 && words > 0 && words <= 4 && rest <= 1;
  }

  /** The end of the block holding a content that ends at `end`, before its closing spaces (never before `end`). */
  /** Is this sentence's block the article's first paragraph? */
  private firstParagraph(): boolean {
    return this.ctx.doc.blocks.find((b) => b.kind === 'paragraph') === this.sentence.block;
  }

  /** Does a person the article names have this word, in any case, in their name? */
  private namesSomeone(word: string): boolean {
    const w = word.toLowerCase();
    return this.ctx.people.mentions.some((m) => m.name.toLowerCase().split(/\s+/).includes(w));
  }

  /** Does the paragraph before or after this one open with a speaker's label ("LIND: …", "Ana Ruiz: …")? */
  private besideLabelledBlock(): boolean {
    const blocks = this.ctx.doc.blocks;
    const at = blocks.indexOf(this.sentence.block);
    const text = this.ctx.doc.text;
    return [blocks[at - 1], blocks[at + 1]].some((b) => b !== undefined && b.kind === 'paragraph' && TURN_LABEL.test(text.slice(b.start, b.start + 50)));
  }

  private turnEnd(end: number): number {
    const text = this.ctx.doc.text;
    let e = this.sentence.block.end;
    while (e > end && /\s/.test(text[e - 1])) e--;
    return e;
  }

  /**
   * "Dalesway set out its reasons in a statement on Thursday:" before a blockquote: the clause's subject says, in the
   * medium named just before the colon, what the next block holds.
   */
  protected statementColon(): Attribution | null {
    const { toks } = this;
    const last = toks.length - 1;
    if (toks[last]?.text !== ':' || last < 3) return null;
    const named = this.statementNamed(last);
    if (named) return named;
    if (last < 5) return null;
    for (let k = 1; k < last - 2; k++) {
      if (toks[k].lower !== 'in' || !/^(?:a|an|its|his|her|their)$/.test(toks[k + 1].lower) || !STATEMENT_MEDIA.has(toks[k + 2].lower)) continue;
      if (!this.onlyCircumstances(k + 3) || this.passiveBefore(k)) return null;
      const subject = this.clauseSubject(k);
      const content = subject ? this.nextBlock() : null;
      return subject && content ? this.make(this.tokenSpan(subject[0], subject[1]), this.tokenSpan(k, k + 3), content, 'speech', false) : null;
    }
    return null;
  }

  /**
   * "Here is the full statement from Harbour Buses:", "The statement from Harbour Buses in full:", "Harbour Buses'
   * statement read:": a statement announced by its maker before the block that holds it.
   */
  private statementNamed(last: number): Attribution | null {
    const { toks } = this;
    const content = (): Span | null => this.nextBlock();
    // "… statement read:" / "reads:": the phrase before the verb is the statement, its possessor the maker.
    if (/^reads?$/.test(toks[last - 1].lower) && STATEMENT_MEDIA.has(toks[last - 2]?.lower ?? '')) {
      const block = content();
      return block ? this.make(this.tokenSpan(0, last - 1), this.tokenSpan(last - 1, last), block, 'report', false) : null;
    }
    let k = 0;
    while (k < last && toks[k].word && !STATEMENT_MEDIA.has(toks[k].lower) && k < 5) k++;
    if (!STATEMENT_MEDIA.has(toks[k]?.lower ?? '') || !/^(?:from|by)$/.test(toks[k + 1]?.lower ?? '')) return null;
    // Only announcing words before the noun ("Here is the full", "The", "Read the").
    if (!toks.slice(0, k).every((t) => STATEMENT_LEAD.has(t.lower))) return null;
    const maker = this.npAfter(k + 2);
    if (!maker || !(maker[1] === last || this.onlyCircumstances(maker[1]))) return null;
    const block = content();
    return block ? this.make(this.tokenSpan(maker[0], maker[1]), this.tokenSpan(k, k + 2), block, 'speech', false) : null;
  }

  /** "The changes were announced in a statement": a form of "be" then a participle before token k (no speaker). */
  private passiveBefore(k: number): boolean {
    for (let j = 1; j < k; j++) if (/^(?:is|are|was|were|been|be)$/.test(this.toks[j - 1].lower) && /(?:ed|en|wn)$/.test(this.toks[j].lower)) return true;
    return false;
  }

  /** "The numbers, from the transit authority: ridership fell 12 percent": a source named before a colon. */
  protected fromSourceColon(): Attribution | null {
    const { toks } = this;
    let comma = 0;
    while (comma < toks.length && comma < 6 && toks[comma].word) comma++;
    if (comma === 0 || toks[comma]?.text !== ',' || toks[comma + 1]?.lower !== 'from') return null;
    if (!(DETERMINERS.has(toks[0].lower) || startsCapital(toks[0].text))) return null;
    const src = this.npAfter(comma + 2);
    const colon = src ? this.pastApposition(src[1]) : -1;
    if (!src || toks[colon]?.text !== ':' || colon + 2 >= toks.length) return null;
    const content = this.contentSpan([colon + 1, toks.length]);
    return this.make(this.tokenSpan(src[0], src[1]), this.tokenSpan(comma + 1, comma + 2), content, 'speech', false);
  }

  /**
   * The token after a source's description in apposition ("Ana Ruiz, the county treasurer", "Ana Ruiz, general
   * secretary of the union"): a comma, then up to ten words opened by a determiner or a lower-case word, up to the
   * next punctuation. `at` itself when no description follows.
   */
  private pastApposition(at: number): number {
    const { toks } = this;
    const first = toks[at + 1];
    if (toks[at]?.text !== ',' || !first?.word || !(DETERMINERS.has(first.lower) || startsLowercase(first.text))) return at;
    let k = at + 1;
    while (k < toks.length && toks[k].word && k - at <= 10) k++;
    return k - at <= 10 ? k : at;
  }

  /**
   * "Those figures come from the transit authority." / "That is according to the transit authority.": a short
   * sentence that points back at the sentence just before it in the paragraph names that sentence's source. Only
   * when the pointer opens the sentence and the source ends it, so nothing else can be meant.
   */
  protected pointsBack(): Attribution | null {
    const { toks, prev } = this;
    if (!prev || prev.block !== this.sentence.block || !POINTERS.has(toks[0]?.lower ?? '')) return null;
    let k = 1;
    if (toks[k]?.word && POINTED_NOUNS.has(toks[k].lower)) k++;
    if (!POINTING_VERBS.has(toks[k]?.lower ?? '')) return null;
    const via = toks[k + 1]?.lower === 'from' ? 1 : toks[k + 1]?.lower === 'according' && toks[k + 2]?.lower === 'to' ? 2 : 0;
    const src = via ? this.npAfter(k + 1 + via) : null;
    // Short up to the source, which ends the sentence (its description in apposition may follow it).
    const last = src ? this.pastApposition(src[1]) : -1;
    if (!src || src[1] > 14 || last < toks.length - 1 || (last === toks.length - 1 && toks[last].text !== '.')) return null;
    const masked = this.ctx.doc.masked;
    let end = prev.end;
    while (end > prev.start && /\s/.test(masked[end - 1])) end--;
    const content = this.span(prev.start, end);
    return this.make(this.tokenSpan(src[0], src[1]), this.tokenSpan(k, k + 1 + via), content, via === 2 ? 'according-to' : 'speech', false);
  }
}

/** One space between a colon and the words after it, past the end of an emphasis ("**Ruiz:** No …"). */
function oneSpaceAfter(text: string, from: number, to: number): boolean {
  return to - from <= 3 && /^[*_]{0,2} $/.test(text.slice(from, to));
}

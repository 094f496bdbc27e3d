// Cues that are not reporting verbs: stance adjectives, "seems", "faced criticism", "made it clear", "in a
// poll", "In her book, …", speech nouns, "according to", headline colons and dashes, "The numbers, from X: …" and
// a short sentence pointing back at the one before ("Those figures come from X.").
import type { Attribution, CueMatch, Span } from './shared.js';
import * as shared from './shared.js';
import { AGENT_PARTICIPLES } from './verbCues.js';
import { ColonFrames } from './colonFrames.js';
import { FIGURE_MODIFIERS, FIGURE_NOUNS, FIGURE_VERBS, MONTHS, VALUE_LEADS, VALUE_WORDS } from './figureWords.js';
import { AGENT_PARTICIPLE, FIGURE_NOUN, HEARING_NOUN, IN_WORD, POLL_NOUN, PUT_WORD, triggerBits } from './triggerWords.js';

// Module-level copies of the shared bindings: under tsx every use of an import is a getter call.
const { ACTOR_NOUNS, FINITE_VERBS, NUMBER_WORDS, SPEECH_EVENT_NOUNS, HEARING_NOUNS, LODGED_DOCUMENTS, DETERMINERS, DOCUMENT_SOURCES, NOMINAL_CUES, NOT_BEFORE_POLL_IN, POLL_NOUNS, POSSESSIVE_PRONOUNS, PREPOSITIONS, SOURCE_PRONOUNS, SUBJECT_PRONOUNS, TITLE_ABBREVIATIONS, endsPossessive, isAdverb, isLowercaseAsciiWord, isTimeWord, looksFinite, overlapsAny, startsCapital, startsDigit, startsLowercase } = shared;
const LETTER_CURRENCY = /^(?:N|R|Rs|Sh|Ksh|KSh|Rp|RM|P)\d/;
/** Who put a crowd or a count at a figure, beside the actor nouns ("Organisers put the crowd at 3,000"). */
const ESTIMATORS = new Set(['organisers', 'organizers', 'firefighters', 'stewards', 'marshals']);
/** What a body or an official puts at a figure: a count or an amount ("put attendance at", "put the cost at"). */
const COUNTED = new Set(['attendance', 'crowd', 'crowds', 'turnout', 'number', 'numbers', 'toll', 'cost', 'costs', 'damage', 'total', 'figure', 'size', 'bill', 'losses', 'value']);

export abstract class OtherCues extends ColonFrames {
  /** triggerBits of the sentence's tokens, once asked (-1: not yet). */
  private triggers = -1;

  /** Does the sentence hold a word of each of these triggers (triggerWords.ts)? Without them, the cue finds nothing here. */
  private holds(triggers: number): boolean {
    if (this.triggers < 0) this.triggers = triggerBits(this.toks);
    return (this.triggers & triggers) === triggers;
  }

  /**
   * "Ruiz has been critical of the plan", "aides were vague about whether…", "he was sure the bill would pass": a
   * party's attitude given by a predicative adjective, and what it is about.
   */
  protected adjectiveCue(i: number): Attribution | null {
    const { toks } = this;
    let b = i - 1;
    while (b >= 0 && toks[b].word && (isAdverb(toks[b].lower) || toks[b].lower === 'not' || toks[b].lower === "n't" || /^(too|so|very|quite|more|less|most|deeply|increasingly)$/.test(toks[b].lower))) b--;
    if (this.insideQuote(toks[i].start)) return null;
    if (b < 0 || !/^(is|was|were|are|been|be|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|’m|'m|am|weren’t|wasn’t|isn’t|aren’t|weren't|wasn't|isn't|aren't)$/.test(toks[b].lower)) return null;
    const source = this.npBefore(b);
    if (!source) return null;
    const head = toks[source[1] - 1];
    const personLike = (SOURCE_PRONOUNS.has(head.lower) && head.lower !== 'it') || startsCapital(head.text) || ACTOR_NOUNS.has(head.lower);
    if (!personLike) return null;
    const n = toks[i + 1];
    if (!n) return null;
    let from: number;
    if (/^(about|of|over|with|that|whether|to|on)$/.test(n.lower) && toks[i + 2]?.word) from = /^(that|whether|to)$/.test(n.lower) ? i + 1 : i + 2;
    else if (n.word && (SUBJECT_PRONOUNS.has(n.lower) || startsCapital(n.text)) && /^(sure|certain|convinced|confident|adamant|aware)$/.test(toks[i].lower)) from = i + 1;
    else return null;
    let end = this.coordinatedVerb(from);
    for (let k = from + 2; k < end; k++) {
      if ((toks[k].text === ',' || toks[k].text === ';') && !this.insideQuote(toks[k].start)) {
        end = k;
        break;
      }
    }
    const content = this.contentSpan([from, end]);
    if (!content) return null;
    return this.make(this.tokenSpan(source[0], source[1]), this.span(toks[i].start, toks[i].end), content, 'cognition', false);
  }

  /**
   * "The minister seems to have vanished", "it appeared that the talks had failed": an impression that nobody in
   * particular is said to hold (a vague attribution of what follows).
   */
  protected seemCue(i: number): Attribution | null {
    const { toks } = this;
    if (this.insideQuote(toks[i].start)) return null;
    const prev = toks[i - 1];
    const n = toks[i + 1];
    if (!prev?.word || !n?.word || !toks[i + 2]?.word || prev.lower === 'what' || prev.lower === 'that') return null;
    // "seems to think", "seem to support": the verb after "to" is the cue, if any.
    if (this.matchCue(this.table, i + 2)) return null;
    let from: number;
    if (n.lower === 'to' && !DETERMINERS.has(toks[i + 2].lower) && !startsCapital(toks[i + 2].text)) from = i + 1;
    else if (n.lower === 'that' && prev.lower === 'it') from = i + 1;
    else return null;
    const content = this.contentSpan([from, this.coordinatedVerb(from)]);
    if (!content) return null;
    return this.make(null, this.span(toks[i].start, toks[i].end), content, 'cognition', true);
  }

  /**
   * "The mayor faced sharp criticism from residents for…", "came under criticism", "is drawing criticism after…":
   * others' criticism of the subject; its source is the "from" phrase, or nobody in particular.
   */
  protected facedCriticism(i: number): Attribution | null {
    const { toks } = this;
    if (this.insideQuote(toks[i].start)) return null;
    let b = i - 1;
    while (b > 0 && i - b <= 2 && toks[b].word && isLowercaseAsciiWord(toks[b].text) && !/^(face|faces|faced|facing|draw|draws|drew|drawn|drawing|under|received|receives|receiving|attracted|attracts|attracting|sparked|sparks|sparking|provoked|provokes)$/.test(toks[b].lower)) b--;
    if (b < 0 || !/^(face|faces|faced|facing|draw|draws|drew|drawn|drawing|under|received|receives|receiving|attracted|attracts|attracting|sparked|sparks|sparking|provoked|provokes)$/.test(toks[b].lower)) return null;
    let k = i + 1;
    let source: [number, number] | null = null;
    if (toks[k]?.lower === 'from') {
      source = this.npAfter(k + 1);
      if (source) k = source[1];
    }
    let content: Span | null = null;
    if (/^(for|over|after|about)$/.test(toks[k]?.lower ?? '') && toks[k + 1]?.word) content = this.contentSpan([k + 1, this.coordinatedVerb(k + 1)]);
    if (!content) {
      const subject = this.npBefore(b);
      if (subject) content = this.contentSpan(subject);
    }
    if (!content) return null;
    return this.make(source ? this.tokenSpan(source[0], source[1]) : null, this.span(toks[i].start, toks[i].end), content, 'speech', !source);
  }

  /**
   * "It was unclear whether the board would vote", "Nor is it clear that…": nobody in particular knows (a vague
   * attribution); "the mayor made it clear he would veto it": the subject's stance.
   */
  protected clearCue(i: number): Attribution | null {
    const { toks } = this;
    if (this.insideQuote(toks[i].start)) return null;
    let b = i - 1;
    while (b >= 0 && toks[b].word && (isAdverb(toks[b].lower) || /^(not|n't|so|very|quite|entirely|still|yet|immediately|also)$/.test(toks[b].lower))) b--;
    const be = /^(is|was|were|are|remains|remained|isn’t|wasn’t|isn't|wasn't|be|been|seems|seemed)$/;
    let source: [number, number] | null = null;
    let vague = false;
    if (b >= 1 && be.test(toks[b].lower) && toks[b - 1].lower === 'it') vague = true;
    else if (b >= 1 && toks[b].lower === 'it' && be.test(toks[b - 1].lower) && (b === 1 || /^(nor|neither|and|but)$/.test(toks[b - 2].lower))) vague = true;
    else {
      const made = b >= 0 && toks[b].lower === 'it' ? b - 1 : b;
      if (made < 1 || !/^(made|make|makes|making)$/.test(toks[made].lower)) return null;
      source = this.npBefore(made);
      if (!source) return null;
    }
    const n = toks[i + 1];
    if (!n?.word || !toks[i + 2]?.word) return null;
    const clauseWord = /^(whether|that|if|how|what|why|who|when|where|which)$/.test(n.lower);
    if (!clauseWord && !(source && (SUBJECT_PRONOUNS.has(n.lower) || startsCapital(n.text)))) return null;
    const from = i + 1;
    const content = this.contentSpan([from, this.coordinatedVerb(from)]);
    if (!content) return null;
    return this.make(source ? this.tokenSpan(source[0], source[1]) : null, this.span(toks[i].start, toks[i].end), content, 'cognition', vague);
  }

  /**
   * "In her 2003 book, Clinton noted…" is left to the cue; with no cue of its own, "In a 2024 study, C" is the
   * study's report. "In the latest Harbor Research survey, 61 percent backed the plan" is the named survey's whatever
   * its respondents' verb (`polled`: a poll or survey heads the phrase, maybe before a participle phrase, "a poll
   * released Sunday"); "By the Daily Ledger's count, C" cites a named count, as "according to" does.
   */
  protected inDocument(polled = false): Attribution | null {
    const { toks } = this;
    const opener = toks[0]?.lower;
    if ((opener !== 'in' && opener !== 'by') || toks.length < 6) return null;
    let comma = -1;
    for (let k = 2; k < Math.min(toks.length - 3, 20); k++) {
      if (toks[k].text === ',') {
        comma = k;
        break;
      }
    }
    if (comma < 0) return null;
    if (opener === 'by') return polled ? null : this.byNamedCount(comma);
    // The document noun heads the phrase: it ends it or comes before a participle ("poll, conducted in…").
    const head = !polled && (DOCUMENT_SOURCES.has(toks[comma - 1].lower) || /^(polls|surveys|studies|reports)$/.test(toks[comma - 1].lower)) ? comma - 1 : this.pollHead(comma);
    if (head < 0) return null;
    // Beside a cue of its own, only a poll named by its maker ("the latest Harbor Research survey"): an unnamed one
    // ("In a recent poll, 61 percent backed …") leaves the sentence to its cue.
    if (polled && !toks.slice(2, head).some((t) => startsCapital(t.text) || endsPossessive(t.text))) return null;
    const content = this.contentSpan([comma + 1, toks.length]);
    if (!content) return null;
    return this.make(this.tokenSpan(1, comma), this.span(toks[0].start, toks[0].end), content, 'report', false);
  }

  /** A poll or survey heading "In …,": last in the phrase, or before a participle phrase ("poll released Sunday",
   *  "survey conducted for the council") or "of" ("survey of 2,000 voters"). Its index, or -1. */
  private pollHead(comma: number): number {
    const { toks } = this;
    for (let k = 1; k < comma; k++) {
      if (!POLL_NOUNS.has(toks[k].lower)) continue;
      const next = toks[k + 1];
      if (k === comma - 1 || next.lower === 'of' || (next.word && /ed$|^(?:taken|out)$/.test(next.lower))) return k;
    }
    return -1;
  }

  /** "By the Daily Ledger's count, C", "By NASA's estimate, C": a count or estimate whose maker is named (a
   *  possessive); "By some estimates," names nobody, "By the end of March," is a time. */
  private byNamedCount(comma: number): Attribution | null {
    const { toks } = this;
    if (!/^(?:count|tally|estimate|estimates|calculation|calculations|reckoning|figures)$/.test(toks[comma - 1].lower)) return null;
    if (!toks.slice(1, comma - 1).some((t) => /^['’]s?$/.test(t.text) || endsPossessive(t.text))) return null;
    const content = this.contentSpan([comma + 1, toks.length]);
    return content ? this.make(this.tokenSpan(1, comma), this.span(toks[0].start, toks[0].end), content, 'according-to', false) : null;
  }

  /**
   * "Okafor gained ground in two new surveys", "he saw no lift in one of the early polls to come out": the poll
   * reports the clause before "in". Not after a number or "than" ("from 61 percent in the previous poll").
   */
  protected inPoll(taken: readonly Span[]): Attribution | null {
    if (!this.holds(IN_WORD | POLL_NOUN)) return null;
    const { toks } = this;
    // From the third token: the clause before "in" needs at least a subject and a verb ("Ruiz leads in …").
    for (let i = 2; i < toks.length - 1; i++) {
      if (toks[i].lower !== 'in' || overlapsAny(taken, toks[i])) continue;
      const prev = toks[i - 1];
      if (!prev.word || startsDigit(prev.text) || NOT_BEFORE_POLL_IN.has(prev.lower) || this.insideQuote(toks[i].start)) continue;
      let k = i + 1;
      // Only over the poll's own modifiers: "in four states heading to the polls" (voting) and "in third place in
      // surveys" (the second "in" is the poll's) have none.
      while (k < Math.min(toks.length, i + 9) && toks[k].word && !POLL_NOUNS.has(toks[k].lower) && !POLL_PHRASE_STOPS.has(toks[k].lower) && !(PREPOSITIONS.has(toks[k].lower) && toks[k].lower !== 'of' && toks[k].lower !== 'about')) k++;
      if (!POLL_NOUNS.has(toks[k]?.lower ?? '')) continue;
      if (/^(the|this|that)$/.test(toks[i + 1].lower) && /^(last|previous|next|same)$/.test(toks[i + 2]?.lower ?? '')) continue;
      // The source runs on over a participle or infinitive phrase ("polls conducted after the debates").
      let e = k + 1;
      while (e < toks.length && toks[e].word && toks[e].lower !== 'and' && toks[e].lower !== 'but') e++;
      // "in two of the three latest surveys, including a Calder poll that put her at 29 percent": the polls
      // included are the source's own.
      if (toks[e]?.text === ',' && toks[e + 1]?.lower === 'including') {
        e = toks.length;
        while (e > k && !toks[e - 1].word && !/^[’”"')]$/.test(toks[e - 1].text)) e--;
      }
      let from = 0;
      for (let c = i - 1; c > 0; c--) {
        if (toks[c].text === ',' || toks[c].text === ';') {
          from = c + 1;
          break;
        }
      }
      const content = this.contentSpan([from, i]);
      if (!content || i - from < 2) continue;
      return this.make(this.tokenSpan(i + 1, e), this.span(toks[i].start, toks[i].end), content, 'report', false);
    }
    return null;
  }

  /**
   * "The board's annual report puts the cost at £3.1 million", "figures which put the stock at 61,000 tonnes": a
   * document or measurement putting a quantity at a number reports that number.
   */
  protected putsAt(taken: readonly Span[]): Attribution | null {
    if (!this.holds(PUT_WORD)) return null;
    const { toks } = this;
    for (let i = 1; i < toks.length - 3; i++) {
      const t = toks[i];
      // "the council's own figures, which put…": the document is the relative pronoun's antecedent.
      const relative = toks[i - 1].lower === 'which' && toks[i - 2]?.text === ',';
      if ((t.lower !== 'put' && t.lower !== 'puts') || overlapsAny(taken, t) || this.insideQuote(t.start)) continue;
      // "The university's survey, released on Saturday, put …": the document stands before a participle's aside.
      // "the agency's weekly report released on Friday, which puts …": past the participle on the document.
      const subjectEnd = relative ? this.beforeParticiplePhrase(i - 2) : this.relativeAsideStart(this.participleAsideStart(i));
      // "Police put the crowd at 20,000", "The fire department put attendance closer to 4,800": a body's or an
      // official's estimate of a count too (not "put its office at 10 Main Street").
      const document = this.documentSubject(subjectEnd);
      const head = toks[subjectEnd - 1];
      // "The statement put Valmera's losses at two dead": a statement's figure, a counted thing after a possessive.
      const counted = toks[i + 1]?.lower === 'the' || endsPossessive(toks[i + 1]?.lower ?? '') ? i + 2 : /^['’]s$/.test(toks[i + 2]?.text ?? '') ? i + 3 : i + 1;
      if (!document && !(head?.word && (ACTOR_NOUNS.has(head.lower) || ESTIMATORS.has(head.lower) || SPEECH_EVENT_NOUNS.has(head.lower) || startsCapital(head.text)) && COUNTED.has(toks[counted]?.lower ?? ''))) continue;
      // The "at" before the value, past one of place ("labour costs at the plant at $41 an hour").
      let at = i + 2;
      // "put the park's value at": a possessive is part of the object.
      // "put Labour on 34 per cent": British papers put a share "on" a figure; "closer to" a figure, too.
      const atValue = (k: number) => ((toks[k].lower === 'at' || toks[k].lower === 'on') && this.valueAt(k + 1)) || (/^(?:closer|nearer)$/.test(toks[k].lower) && toks[k + 1]?.lower === 'to' && this.valueAt(k + 2));
      while (at < Math.min(toks.length - 1, i + 14) && (toks[at].word || /^['’]s?$/.test(toks[at].text)) && !atValue(at)) at++;
      if (!toks[at] || !atValue(at)) continue;
      const source = this.npBefore(relative ? i : subjectEnd);
      let end = at + 2;
      while (end < toks.length && toks[end].text !== ';' && toks[end].text !== '.') end++;
      const content = this.contentSpan([i + 1, end]);
      if (!source || !content) continue;
      return this.make(this.tokenSpan(source[0], source[1]), this.span(t.start, t.end), content, document ? 'report' : 'speech', false);
    }
    return null;
  }

  /** Where a document's noun ends before a participle phrase closing at `end` ("report released on Friday"), else `end`. */
  private beforeParticiplePhrase(end: number): number {
    const { toks } = this;
    for (let k = end - 1; k > 0 && end - k <= 6; k--) {
      if (!toks[k].word) return end;
      if (/ed$/.test(toks[k].lower) && DOCUMENT_SOURCES.has(toks[k - 1].lower)) return k;
    }
    return end;
  }

  /** The comma opening a relative aside closed right before token i (", which managed the gates,"), or i. */
  private relativeAsideStart(i: number): number {
    const { toks } = this;
    if (toks[i - 1]?.text !== ',') return i;
    for (let j = i - 2; j > 0 && i - j <= 12; j--) {
      if (toks[j].text === ',') return toks[j + 1]?.lower === 'which' || toks[j + 1]?.lower === 'who' ? j : i;
    }
    return i;
  }

  /** The comma opening an aside of a participle closed right before token i (", released on Saturday,"), or i. */
  private participleAsideStart(i: number): number {
    const { toks } = this;
    if (toks[i - 1]?.text !== ',') return i;
    for (let j = i - 2; j > 0 && i - j <= 8; j--) {
      if (toks[j].text === ',') return /^\p{Ll}+(?:ed|en)$/u.test(toks[j + 1]?.text ?? '') ? j : i;
      if (!toks[j].word) return i;
    }
    return i;
  }

  /** Does a value start at token k: a number, perhaps after "more than", "about", "between" or a month ("June 4"),
   *  or a multiple ("twice", "half")? */
  private valueAt(k: number): boolean {
    const { toks } = this;
    if (VALUE_WORDS.has(toks[k]?.lower ?? '') || NUMBER_WORDS.has(toks[k]?.lower ?? '')) return true;
    for (let j = k; j < Math.min(toks.length, k + 3); j++) {
      const t = toks[j];
      // "N2.4 billion", "Sh320m", "Rs 500": a currency's letters written onto the number.
      if (startsDigit(t.text) || /^[$£€¥]$/.test(t.text) || LETTER_CURRENCY.test(t.text)) return true;
      if (!t.word || !(VALUE_LEADS.has(t.lower) || MONTHS.has(t.lower))) return false;
    }
    return false;
  }

  /**
   * "The combined authority's own forecast is 15 per cent", "the institute's estimate rises only to 64 percent": a
   * party's own figure, the subject of a verb that gives its value, reports that value (a document of the party's).
   * Not a figure with no owner ("the forecast is 15 per cent") nor one without a number after its verb.
   */
  protected possessedFigure(taken: readonly Span[]): Attribution | null {
    if (!this.holds(FIGURE_NOUN)) return null;
    const { toks } = this;
    for (let i = 1; i < toks.length - 2; i++) {
      const t = toks[i];
      if (!FIGURE_NOUNS.has(t.lower) || !FIGURE_VERBS.has(toks[i + 1].lower) || this.insideQuote(t.start)) continue;
      // A frame of its own later in the sentence ("Their tally was 40 short, the clerk said") reports it instead.
      if (taken.some((s) => s.end > t.start)) return null;
      let p = i - 1;
      while (p > 0 && i - p <= 2 && FIGURE_MODIFIERS.has(toks[p].lower)) p--;
      const owner = toks[p];
      if (!owner.word || !(POSSESSIVE_PRONOUNS.has(owner.lower) || (endsPossessive(owner.lower) && owner.lower !== 'it’s' && owner.lower !== "it's"))) continue;
      let value = i + 2;
      while (value < Math.min(toks.length, i + 5) && !startsDigit(toks[value].text) && !/^[$£€¥]$/.test(toks[value].text) && toks[value].word) value++;
      // A value, not a year ("not as bad as 2019's").
      if (value >= toks.length || !(startsDigit(toks[value].text) || /^[$£€¥]$/.test(toks[value].text)) || /^(?:19|20)\d\d(?!\d)/.test(toks[value].text)) continue;
      let from = p;
      while (from > 0 && toks[from - 1].word && (startsCapital(toks[from - 1].text) || (!DETERMINERS.has(toks[from - 1].lower) && startsLowercase(toks[from - 1].text) && from - 1 > 0 && DETERMINERS.has(toks[from - 2].lower)))) from--;
      if (from > 0 && DETERMINERS.has(toks[from - 1].lower)) from--;
      let end = value + 1;
      while (end < toks.length && toks[end].text !== ';' && toks[end].text !== '.') end++;
      const content = this.contentSpan([i + 1, end]);
      if (!content) continue;
      return this.make(this.tokenSpan(from, p + 1), this.tokenSpan(p + 1, i + 1), content, 'report', false);
    }
    return null;
  }

  /**
   * "The court heard that Auchterlonie owns 23 properties", "…, a jury at Tolland Crown Court was told on Wednesday":
   * what a court, jury, inquest or tribunal heard is evidence given before it, and the hearing is its named source.
   * Not what it heard as a noun ("The committee heard evidence from 40 witnesses").
   */
  protected hearingHeard(taken: readonly Span[]): Attribution | null {
    if (!this.holds(HEARING_NOUN)) return null;
    const { toks } = this;
    for (let i = 0; i < toks.length - 2; i++) {
      if (!HEARING_NOUNS.has(toks[i].lower) || this.insideQuote(toks[i].start)) continue;
      let start = i;
      while (start > 0 && toks[start - 1].word && (startsCapital(toks[start - 1].text) || DETERMINERS.has(toks[start - 1].lower) || endsPossessive(toks[start - 1].lower)) && !DETERMINERS.has(toks[start].lower)) start--;
      let j = i + 1;
      // "a jury at Tolland Crown Court": the place belongs to the hearing.
      if (/^(?:at|of|in)$/.test(toks[j].lower) && startsCapital(toks[j + 1]?.text ?? '')) for (j += 1; j < toks.length && toks[j].word && startsCapital(toks[j].text); j++);
      const cueEnd = /^(?:heard|hears)$/.test(toks[j]?.lower ?? '') ? j + 1 : /^(?:was|were)$/.test(toks[j]?.lower ?? '') && toks[j + 1]?.lower === 'told' ? j + 2 : -1;
      if (cueEnd < 0 || overlapsAny(taken, toks[j])) continue;
      const source = this.tokenSpan(start, j);
      const cue = this.tokenSpan(j, cueEnd);
      // "…, a jury … was told on Wednesday.": a frame closing the sentence after the content.
      if (start > 2 && toks[start - 1].text === ',' && this.onlyCircumstances(cueEnd)) {
        const content = this.contentSpan([0, start - 1]);
        return content ? heard(this.make(source, cue, content, 'speech', false)) : null;
      }
      if (start > 1 || cueEnd >= toks.length - 2) continue;
      const from = toks[cueEnd].lower === 'that' ? cueEnd + 1 : cueEnd;
      let clause = false;
      for (let k = from + 1; k < Math.min(toks.length, from + 8) && !clause; k++) clause = looksFinite(toks[k]) || (toks[k].lower.length > 4 && toks[k].lower.endsWith('ed'));
      if (from === cueEnd && !clause) continue;
      let end = from;
      while (end < toks.length && toks[end].text !== '.' && toks[end].text !== ';') end++;
      const content = this.contentSpan([from, end]);
      return content ? heard(this.make(source, cue, content, 'speech', false)) : null;
    }
    return null;
  }

  /**
   * "the 41 percent reduction recommended by the Joint Marine Advisory Council", "a deficit forecast by the Central
   * Bank": a figure or proposal whose named maker follows a bare participle (no "was") reports it. Only a name
   * counts as the maker: "a cut estimated by analysts" hides who, and "a plan backed by critics" or "hit by a car"
   * report nothing.
   */
  protected byNamedAgent(taken: readonly Span[]): Attribution | null {
    if (!this.holds(AGENT_PARTICIPLE)) return null;
    const { toks } = this;
    for (let i = 2; i < toks.length - 2; i++) {
      const t = toks[i];
      if (!AGENT_PARTICIPLES.has(t.lower) || toks[i + 1].lower !== 'by' || overlapsAny(taken, t) || this.isPassive(i) || this.insideQuote(t.start)) continue;
      const first = toks[i + 2].lower === 'the' ? i + 3 : i + 2;
      let end = first;
      while (end < toks.length && (startsCapital(toks[end].text) || (NAME_JOINERS.has(toks[end].lower) && startsCapital(toks[end + 1]?.text ?? '')))) end++;
      if (end === first) continue;
      let from = i;
      while (from > Math.max(0, i - 7) && toks[from - 1].word && !DETERMINERS.has(toks[from - 1].lower) && !NOT_IN_FIGURE.has(toks[from - 1].lower)) from--;
      if (DETERMINERS.has(toks[from - 1]?.lower ?? '')) from--;
      if (from === i) continue;
      return this.make(this.tokenSpan(i + 2, end), this.tokenSpan(i, i + 2), this.tokenSpan(from, i), 'speech', false);
    }
    return null;
  }

  // ── nominal cues ─────────────────────────────────────────────────────────────────────────────────────────

  /**
   * "Okafor’s claim that…", "his determination to act alone", "her comments about the verdict": a possessor, a
   * speech or stance noun, and the clause or phrase it introduces.
   */
  protected nominalCue(i: number): Attribution | null {
    const { toks } = this;
    // Up to two adjectives between the possessor and the noun ("his infamous comment", "Stumpf’s repeated emphasis").
    let p = i - 1;
    while (p > 0 && i - p <= 2 && toks[p].word && startsLowercase(toks[p].text) && !POSSESSIVE_PRONOUNS.has(toks[p].lower) && !endsPossessive(toks[p].lower) && !DETERMINERS.has(toks[p].lower)) p--;
    const owner = toks[p];
    if (!owner?.word || this.insideQuote(toks[i].start)) return null;
    let srcStart = p;
    if (endsPossessive(owner.lower) && owner.lower !== 'it’s' && owner.lower !== "it's") {
      if (startsCapital(owner.text)) {
        while (srcStart > 0 && ((toks[srcStart - 1].word && startsCapital(toks[srcStart - 1].text) && !DETERMINERS.has(toks[srcStart - 1].lower)) || (toks[srcStart - 1].text === '.' && TITLE_ABBREVIATIONS.has(toks[srcStart - 2]?.lower ?? '')))) srcStart--;
      } else {
        // "the treasurer’s view", "The general secretary’s view": a role after "the", perhaps with a word before it.
        let the = srcStart - 1;
        if (the > 0 && toks[the].word && startsLowercase(toks[the].text) && !DETERMINERS.has(toks[the].lower)) the--;
        if (the < 0 || toks[the].lower !== 'the') return null;
        srcStart = the;
      }
    } else if (!POSSESSIVE_PRONOUNS.has(owner.lower)) return null;
    // What the noun introduces: "that…", "to" + verb, or the object of about / on / of / for.
    const n = toks[i + 1];
    let from: number;
    // "Okafor’s view is that …": the noun's clause after a copula.
    const copula = (n.lower === 'is' || n.lower === 'was') && toks[i + 2]?.lower === 'that';
    if (copula) from = i + 2;
    else if (!NOMINAL_CUES.has(toks[i].lower)) return null;
    else if (n.lower === 'that' || n.lower === 'whether') from = i + 1;
    else if (n.lower === 'to' && toks[i + 2]?.word && !DETERMINERS.has(toks[i + 2].lower) && !startsCapital(toks[i + 2].text)) from = i + 1;
    else if (/^(about|on|of|for|with)$/.test(n.lower) && toks[i + 2]?.word && !isTimeWord(toks[i + 2]) && !startsDigit(toks[i + 2].text)) from = i + 2;
    else return null;
    let end = this.coordinatedVerb(from);
    // After a copula the clause is the sentence's predicate, commas and all; elsewhere a comma ends the phrase.
    for (let k = from + 2; k < end && !copula; k++) {
      const t = toks[k];
      if ((t.text === ',' || t.text === ';' || t.text === '—' || t.text === '(') && !this.insideQuote(t.start)) {
        end = k;
        break;
      }
    }
    const content = this.contentSpan([from, end]);
    if (!content) return null;
    return this.make(this.tokenSpan(srcStart, p + 1), this.span(toks[i].start, toks[i].end), content, 'speech', false);
  }

  // ── according to ─────────────────────────────────────────────────────────────────────────────────────────

  protected accordingTo(m: CueMatch): Attribution | null {
    const { toks } = this;
    // "per" cites only as "…, per CTV News." or "Per the audit, …": not "12 euros per household", "per cent".
    if (toks[m.i0].lower === 'per') {
      const opensClause = m.i0 === 0 || toks[m.i0 - 1].text === ',';
      const next = toks[m.i1];
      if (!opensClause || !next || !(startsCapital(next.text) || /^(?:the|a|an|its|their|his|her)$/.test(next.lower))) return null;
    }
    const found = this.npAfter(m.i1);
    if (!found) return null;
    const src: [number, number] = [found[0], this.makerAfter(found[1])];
    let content: [number, number] | null;
    if (m.i0 === 0 || (m.i0 <= 2 && !toks[0].word)) {
      // "According to X, C."
      let k = src[1];
      while (k < toks.length && toks[k].text !== ',') k++;
      content = k + 1 < toks.length ? [k + 1, toks.length] : null;
    } else {
      // "C, according to X." / "C according to X, D."
      const end = toks[m.i0 - 1]?.text === ',' ? m.i0 - 1 : m.i0;
      content = end > 0 ? [0, end] : null;
      // "At the heart of it, according to X, was a decision…": the frame splits the reported clause, which goes on
      // after it (not when a new clause or a participle follows: "…, according to X, and exports fell").
      // Past the source's apposition when one closes with a comma; else the comma right after the source (in
      // "By 2030, according to the port authority, the dredging bill will double" no apposition follows).
      const aside = this.afterAside(src[1]);
      const k = toks[aside]?.text === ',' ? aside : src[1];
      // Not when the source's apposition closes the sentence ("…, according to Ana Ruiz, the treasurer.").
      const opener = toks[src[1] + 1];
      const appositionCloses = aside > src[1] && (aside >= toks.length - 1 || /^[.!?]$/.test(toks[aside]?.text ?? '')) && aside - src[1] <= 8
        && opener !== undefined && (DETERMINERS.has(opener.lower) || startsDigit(opener.text) || startsCapital(opener.text)) && !toks.slice(src[1], aside).some((t) => FINITE_VERBS.has(t.lower));
      if (content && !appositionCloses && toks[m.i0 - 1]?.text === ',' && toks[k]?.text === ',' && toks.length - k > 3 && !/ing$|^(?:and|but|or|so|yet|while|as|because|which|who)$/.test(toks[k + 1].lower)) content = [0, toks.length];
    }
    const source = this.tokenSpan(src[0], src[1]);
    const cue = this.span(toks[m.i0].start, toks[m.i1 - 1].end);
    return this.make(source, cue, content ? this.contentSpan(content) : null, 'according-to', false);
  }

  /** "figures from the Bureau of Employment Statistics", "a survey by FactSet": the named maker after a document
   *  noun belongs to the source; returns the end of the source phrase starting its tail at `k`. */
  private makerAfter(k: number): number {
    const { toks } = this;
    // "a filing with the Securities and Exchange Commission", "a submission to the inquiry": where a document was
    // lodged says where to find it, as a maker does.
    const lodged = /^(?:with|to|before)$/.test(toks[k]?.lower ?? '') && LODGED_DOCUMENTS.has(toks[k - 1]?.lower ?? '');
    if (!lodged && !/^(?:from|by|of|at)$/.test(toks[k]?.lower ?? '')) return k;
    let e = k + 1;
    if (toks[e]?.lower === 'the') e++;
    const first = e;
    while (e < toks.length && toks[e].word && (startsCapital(toks[e].text) || (e > first && /^(?:of|for|and|on)$/.test(toks[e].lower) && startsCapital(toks[e + 1]?.text ?? '')))) e++;
    return e > first ? e : k;
  }

}


/** Lower-case words inside a name ("Bank of England", "Office for Budget Responsibility"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on']);
/** Words that end the noun phrase a poll would head: a clause or a participle phrase begins. */
const POLL_PHRASE_STOPS = new Set(['where', 'who', 'which', 'that', 'when', 'while', 'going', 'heading', 'head', 'go', 'went', 'headed']);
/** Words that end the figure before its participle ("smaller than the …", "is the …"). */
const NOT_IN_FIGURE = new Set(['than', 'is', 'was', 'are', 'were', 'to', 'of', 'and', 'but', 'that', 'with', 'by', 'from', 'at', 'in', 'on', 'for']);

/** A hearing is a named proceeding, never a vague group ("Jurors were told …" is evidence given in court). */
function heard(a: Attribution): Attribution {
  a.vague = false;
  return a;
}

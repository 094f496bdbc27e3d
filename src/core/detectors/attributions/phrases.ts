// Clause boundaries around a cue: where its content starts and ends, asides, coordinated verbs, hypotheticals
// (the noun phrases around it are in nounPhrases.ts).
import type { CueMatch } from './shared.js';
import * as shared from './shared.js';
import { SentenceNounPhrases } from './nounPhrases.js';
import { continuesReported } from './verbAgreement.js';
import { MAX_TITLE_WORDS, MEDIUM_NOUNS, TITLE_SMALL_WORDS } from '../../lexicon/titledWorks.js';

// Module-level copies of the shared bindings: under tsx every use of an import is a getter call.
const { ACTOR_NOUNS, AUXILIARIES, SAYING_FORMS, CLOSE_QUOTES, CONTRACTED_WILL, CUE_PREPOSITIONS, DETERMINERS, DOCUMENT_SOURCES, LISTENER_VERBS, MODALS, NEGATIONS, NP_BOUNDARIES, NUMBER_WORDS, OPEN_QUOTES, PREPOSITIONS, SOURCE_PRONOUNS, SPEECH_EVENT_NOUNS, STANCE, STANCE_ONLY_BASES, SUBJECT_PRONOUNS, TIME_WORDS, TITLE_ABBREVIATIONS, isAdverb, isTimeWord, looksFinite, startsCapital, startsLowercase } = shared;

/** Signs written before an amount ("$2 million", "£40m", "€3bn", "₹12 crore"). */
const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥', '₹', '₦', '₱', 'R$']);

/** -ing forms that are also nouns of a notice or an event ("a red warning", "the morning briefing"). */
const NOMINAL_ING = new Set(['warning', 'warnings', 'briefing', 'briefings', 'hearing', 'hearings', 'ruling', 'rulings']);
/** Prepositions that place a report in a document or an occasion ("in a ruling", "at a briefing"). */
const IN_PHRASE = new Set(['in', 'at', 'during', 'with', 'through', 'via', 'under']);


/** What follows "to" when it is a preposition: a determiner, a name or a plural noun ("to the board", "to students"). */
const PREPOSITION_OBJECT = /^(?:the|a|an|its|his|her|their|our|\p{Lu}\p{L}*|\p{Ll}{2,}[^su]s)$/u;

export abstract class SentencePhrases extends SentenceNounPhrases {

  /** The frame's cue word right before a content starting at `from` (across a listener or "that"), or -1. */
  private frameCueBefore(from: number): number {
    for (let k = from - 1; k >= 0 && from - k <= 6; k--) if (this.toks[k].word && this.table.has(this.toks[k].lower)) return k;
    return -1;
  }

  /**
   * End of the content that starts at `from`: before "…, and said …" / "… but insisted …", a second cue verb
   * sharing the subject, which reports something else.
   */
  protected coordinatedVerb(from: number): number {
    const { toks } = this;
    for (let k = from + 1; k < toks.length - 1; k++) {
      // "reported that, according to its own count, the club …": an aside right after "that" opens inside the clause.
      if (toks[k].text === ',' && toks[k - 1].lower === 'that') continue;
      // "called the budget a fantasy, urging a revote": a participle cue after a comma is a second act.
      if (toks[k].text === ',' && toks[k + 1].lower.endsWith('ing') && this.table.has(toks[k + 1].lower) && !this.insideQuote(toks[k].start)) return k;
      // "wrote his book, Mr. Lund said that…": a new clause with a named subject and its own cue.
      if (toks[k].text === ',' && !this.insideQuote(toks[k].start) && this.namedClauseCue(k + 1)) return k;
      if (k === from + 1) continue;
      if (toks[k].lower !== 'and' && toks[k].lower !== 'but') continue;
      let j = k + 1;
      while (j < toks.length && (AUXILIARIES.has(toks[j].lower) || isAdverb(toks[j].lower))) j++;
      const t = toks[j];
      if (!t || !t.word || this.insideQuote(t.start)) continue;
      // "that he had declared the relationship and had taken no part": the auxiliary of the reported clause again,
      // so the verb goes on with that clause, not the frame's.
      const parallel = j > k + 1 && hasLower(toks, from, k, toks[k + 1].lower);
      // Not a bare verb going on with an infinitive ("the plan he drew up to cut the fares and advocate …").
      const infinitive = j === k + 1 && hasLower(toks, from, k, 'to') && this.table.get(t.lower)?.some((e) => e.base === t.lower);
      // A cue whose further words follow ("take aim at", not "take a couple of minutes").
      const cueHere = this.table.get(t.lower)?.some((e) => e.words.every((w, n) => n === 0 || toks[j + n]?.lower === w)) === true;
      if (cueHere && !t.lower.endsWith('ing') && !parallel && !infinitive && !(j === k + 1 && continuesReported(toks, this.frameCueBefore(from), from, k, j))) return toks[k - 1].text === ',' ? k - 1 : k;
      // "…, and Republicans want…", "…, but she said…": a new clause with its own subject and cue.
      const determiner = DETERMINERS.has(t.lower) && t.lower !== 'that';
      // "…skipped the coastal towns, but she has campaigned in…": a contrast with a subject pronoun of its own is the
      // writer's clause, not more of what was reported.
      if (toks[k - 1].text === ',' && toks[k].lower === 'but' && j === k + 1 && SUBJECT_PRONOUNS.has(t.lower) && toks[j + 1]?.word) return k - 1;
      const comma = toks[k - 1].text === ',';
      if ((comma || toks[k].lower === 'and') && (SUBJECT_PRONOUNS.has(t.lower) || startsCapital(t.text) || determiner)) {
        let e = j;
        if (determiner) {
          // "…, and the council wants": a short lowercase noun phrase as the new subject.
          while (e < j + 3 && toks[e + 1]?.word && startsLowercase(toks[e + 1].text) && !this.table.has(toks[e + 1].lower)) e++;
        }
        while (e < j + 3 && toks[e + 1]?.word && startsCapital(toks[e + 1].text)) e++;
        let v = e + 1;
        while (v < toks.length && (AUXILIARIES.has(toks[v].lower) || isAdverb(toks[v].lower))) v++;
        const cue = toks[v];
        // Without a comma, only a name or a pronoun right before a verb of saying: "a voter asked for a selfie and
        // Ruiz said, “…”" (not "a gap between Ruiz and Cole in the county race").
        const saying = comma || (!determiner && v === e + 1 && SAYING_FORMS.has(cue?.lower ?? ''));
        if (saying && cue?.word && startsLowercase(cue.text) && this.table.has(cue.lower) && !cue.lower.endsWith('ing') && !this.insideQuote(cue.start)) return comma ? k - 1 : k;
      }
    }
    return toks.length;
  }

  /**
   * "a statement announcing the pick", "a tweet attacking the mayor", "video showing him at the door", "with
   * experts offering their views": a participle after a speech noun or a party, followed by its object.
   */
  protected participleAfterNoun(m: CueMatch): boolean {
    const { toks } = this;
    const t = toks[m.i0];
    const prev = this.tok(m.i0 - 1);
    const next = toks[m.i1];
    if (!t.lower.endsWith('ing') || t.lower === 'ruling' || !prev?.word || !next?.word || m.i1 - m.i0 > 1) return false;
    if (!(m.entry.kind === 'speech' || m.entry.kind === 'report' || m.entry.kind === 'writing' || STANCE.has(m.entry.base))) return false;
    if (PREPOSITIONS.has(next.lower) && !CUE_PREPOSITIONS.has(next.lower) && next.lower !== 'that') return false;
    return SPEECH_EVENT_NOUNS.has(prev.lower) || DOCUMENT_SOURCES.has(prev.lower) || /^(him|her|them|each|one)$/.test(prev.lower) || (this.tok(m.i0 - 2)?.lower === 'with' && (ACTOR_NOUNS.has(prev.lower) || startsCapital(prev.text))) || (startsCapital(prev.text) && !this.titleCase() && m.i0 > 1 && !DETERMINERS.has(this.tok(m.i0 - 2)?.lower ?? ''));
  }

  /**
   * "the first amber warning to cover", "a stark warning since 2014": an -ing noun after its determiner and
   * adjectives, with no content of its own after it ("a stern warning that …" reports; "the protesters chanting"
   * has its subject before it).
   */
  protected nominalIng(m: CueMatch): boolean {
    const { toks } = this;
    const next = toks[m.i1];
    if (NOMINAL_ING.has(toks[m.i0].lower) && this.insidePrepositionalPhrase(m.i0)) return true;
    if (!NOMINAL_ING.has(toks[m.i0].lower) || !(!next || !next.word || PREPOSITIONS.has(next.lower) || next.lower === 'to')) return false;
    for (let k = m.i0 - 1; k >= Math.max(0, m.i0 - 3); k--) {
      const w = toks[k];
      if (!w.word || !startsLowercase(w.text) || AUXILIARIES.has(w.lower) || (k === m.i0 - 1 && w.lower.endsWith('s'))) return false;
      if (k < m.i0 - 1 && DETERMINERS.has(w.lower) && w.lower !== 'that') return true;
    }
    return false;
  }

  /**
   * "wrote in a 63-page ruling that …", "said at a hastily called briefing that …": an -ing noun in a prepositional
   * phrase, after its determiner and up to two modifiers, is where the report was made, whatever follows it.
   */
  private insidePrepositionalPhrase(i0: number): boolean {
    const { toks } = this;
    for (let k = i0 - 1; k >= Math.max(1, i0 - 3); k--) {
      const w = toks[k];
      if (!w.word || AUXILIARIES.has(w.lower) || startsCapital(w.text)) return false;
      if (DETERMINERS.has(w.lower) && w.lower !== 'that') return IN_PHRASE.has(toks[k - 1].lower);
    }
    return false;
  }

  /** Is the verb at i0 under a modal ("would accept", "could not continue", "will seek")? "May" is a name. */
  protected hypothetical(i0: number): boolean {
    let j = i0 - 1;
    while (j >= 0 && (isAdverb(this.toks[j].lower) || NEGATIONS.has(this.toks[j].lower))) j--;
    const t = this.tok(j);
    if (t?.word && CONTRACTED_WILL.test(t.lower)) return true;
    return t !== undefined && t.text === t.lower && MODALS.has(t.lower);
  }

  /**
   * Past a parenthesis and an apposition after an inverted source ("…,” added Rep. Jim Berg (D-Ore.), the
   * assistant leader of the caucus."): the index where the clause would go on.
   */
  protected afterAside(i: number): number {
    const { toks } = this;
    let k = i;
    if (toks[k]?.text === '(') {
      while (k < toks.length && k - i < 12 && toks[k].text !== ')') k++;
      if (toks[k]?.text !== ')') return i;
      k++;
    }
    // "…, said an insider who was in the room.": a relative clause of place, then perhaps an aside.
    if (toks[k]?.lower === 'who' && /^(?:is|was|are|were)$/.test(toks[k + 1]?.lower ?? '')) {
      while (k < toks.length && toks[k].word) k++;
    }
    // "…, said one neighbour, speaking privately.": an aside of how the source spoke.
    if (toks[k]?.text === ',' && /^(the|a|an|who|which|speaking|talking)$/.test(toks[k + 1]?.lower ?? '')) {
      k++;
      while (k < toks.length && (toks[k].word || toks[k].text === '-' || toks[k].text === '’' || toks[k].text === "'")) k++;
    }
    // "…, said a senior official at the ministry, Siobhán Ní Bhriain.": the name of the person described, closing it.
    else if (toks[k]?.text === ',' && toks[k + 1]?.word && startsCapital(toks[k + 1].text)) {
      let e = k + 1;
      while (e < toks.length && toks[e].word && startsCapital(toks[e].text)) e++;
      if (e - k >= 3 && /^[.!?]$/.test(toks[e]?.text ?? '') && e === toks.length - 1) k = e;
    }
    return k;
  }

  /**
   * "…, The Ferry Gazette reports.": a named source and its cue closing the sentence after the content; or a document
   * and its cue set off by commas after the content ("…, its annual report shows, costing it €160 million").
   */
  protected closesSentence(m: CueMatch): boolean {
    const { toks } = this;
    if (toks[m.i1]?.text === ',') return this.documentFrameAfterComma(m.i0);
    // Or only its circumstances close the sentence: "…, the Rivers Trust estimates in its report."
    const ends = toks[m.i1]?.text === '.' || (PREPOSITIONS.has(toks[m.i1]?.lower ?? '') && this.onlyCircumstances(m.i1));
    if (!ends || !(startsCapital(this.tok(m.i0 - 1)?.text ?? '') || this.documentSubject(m.i0))) return false;
    for (let k = 0; k < m.i0 - 1; k++) if (toks[k].text === ',') return true;
    return false;
  }

  /** Are the words before the verb at i0 a document ("its annual report") opened by a comma after some content? */
  private documentFrameAfterComma(i0: number): boolean {
    let k = i0 - 1;
    while (k >= 0 && i0 - k <= 8 && this.toks[k].word) k--;
    return k > 2 && this.toks[k].text === ',' && k < i0 - 1 && !/^(?:whose|which|that)$/.test(this.toks[k + 1].lower) && this.documentSubject(i0);
  }

  /** Is there a document noun ("documents", "polls", "records") among the few words before the verb at i0? */
  protected documentSubject(i0: number): boolean {
    for (let k = i0 - 1; k >= Math.max(0, i0 - 8) && this.toks[k].word; k--) {
      const w = this.toks[k].lower;
      if (DOCUMENT_SOURCES.has(w) || (w.endsWith('s') && DOCUMENT_SOURCES.has(w.slice(0, -1)))) return true;
    }
    return false;
  }

  /** Does a named subject ("Mr. Lund", "she") start at j, followed by a cue verb ("said", "has argued")? */
  protected namedClauseCue(j: number): boolean {
    const { toks } = this;
    const first = toks[j];
    if (!first?.word || this.insideQuote(first.start)) return false;
    let e = j;
    // "…, who says he is honored": a relative clause with its own cue; a pronoun is a subject by itself.
    if (first.lower !== 'who' && (!SUBJECT_PRONOUNS.has(first.lower) || first.lower === 'it')) {
      if (!startsCapital(first.text) || DETERMINERS.has(first.lower) || NP_BOUNDARIES.has(first.lower)) return false;
      while (e < j + 4 && ((toks[e + 1]?.word && startsCapital(toks[e + 1].text)) || (toks[e + 1]?.text === '.' && TITLE_ABBREVIATIONS.has(toks[e].lower)))) e++;
    }
    let v = e + 1;
    while (v < toks.length && (AUXILIARIES.has(toks[v].lower) || isAdverb(toks[v].lower)) && toks[v].lower !== 'to') v++;
    const cue = toks[v];
    return cue?.word === true && startsLowercase(cue.text) && this.table.has(cue.lower) && !cue.lower.endsWith('ing') && !this.insideQuote(cue.start) && toks[v + 1]?.text !== ',' && toks[v + 1]?.text !== '.';
  }

  /** "… and said", "… but has said": a second verb sharing the clause's subject. */
  protected afterConjunction(i0: number): boolean {
    let j = i0 - 1;
    while (j >= 0 && (AUXILIARIES.has(this.toks[j].lower) || isAdverb(this.toks[j].lower))) j--;
    return j >= 0 && (this.toks[j].lower === 'and' || this.toks[j].lower === 'but');
  }

  /** "and had passed", "but was never charged": a conjunction then an auxiliary, so the verb shares the subject before. */
  protected sharedSubjectVerb(i: number): boolean {
    const [conjunction, verb] = [this.toks[i], this.toks[i + 1]];
    return (conjunction?.lower === 'and' || conjunction?.lower === 'but') && !!verb && AUXILIARIES.has(verb.lower) && verb.lower !== 'to' && verb.lower !== 'not';
  }

  /** Only punctuation, or a short time phrase ("on Tuesday", "last week", "yesterday"), from index i to the end. */
  protected sentenceEndsAfter(i: number): boolean {
    const { toks } = this;
    const words = toks.slice(i).filter((t) => t.word);
    return words.length === 0 || (words.length <= 3 && (TIME_WORDS.has(words[0].lower) || words[0].lower === 'on' || words[0].lower === 'in'));
  }

  /** From token i to the sentence end, nothing but a short prepositional or time phrase ("in its business plan",
   *  "on Tuesday"): the circumstances of a report, no clause of its own. */
  protected onlyCircumstances(i: number): boolean {
    // "…, Ruiz wrote in her 2021 book, “A Season in Hell.”": a title quoted at the end names where, it reports nothing.
    const title = this.closingTitleAt(i);
    const end = title >= 0 ? title : this.toks.length;
    const words = this.toks.slice(i, end).filter((t) => t.word);
    if (words.length === 0) return true;
    // "…, a manager told us on condition that the firm not be named.": the terms of the telling, not its content.
    if (words[0].lower === 'on' && words[1]?.lower === 'condition' && (words[2]?.lower === 'that' || words[2]?.lower === 'of')) return true;
    if (words.length > 6 || !(PREPOSITIONS.has(words[0].lower) || TIME_WORDS.has(words[0].lower))) return false;
    // "in an email to students", "in a letter to the board": "to" before a noun phrase is a preposition, not a verb's.
    const verbTo = (k: number): boolean => words[k].lower === 'to' && !PREPOSITION_OBJECT.test(words[k + 1]?.text ?? '');
    return !words.some((t, k) => t.lower === 'that' || (AUXILIARIES.has(t.lower) && (t.lower !== 'to' || verbTo(k)))) && this.toks.slice(i, end).every((t) => t.word || /^[.,;:!?”"’)]$/.test(t.text));
  }

  /** Where a quoted title closing the sentence opens (“A Season in Hell.”, “Morning Call.”: at most six words, each
   *  capitalised or a short function word), at or after i; -1 if the sentence ends otherwise. */
  private closingTitleAt(i: number): number {
    const { toks } = this;
    let open = i;
    // A doubled apostrophe opens a quotation too ("in his book, ''An American Son.''", as some papers print it).
    while (open < toks.length && !OPEN_QUOTES.has(toks[open].text) && toks[open].text !== '"' && toks[open].text !== "''") open++;
    if (open >= toks.length) return -1;
    // Only the title of a medium ("in his book, “…”", "on MSNBC’s “…”"), not a short quote in capitals ("said, “No Comment.”").
    const before = toks[open - 1]?.text === ',' ? toks[open - 2] : toks[open - 1];
    if (!before?.word || !(MEDIUM_NOUNS.has(before.lower) || /['’]s$/.test(before.text))) return -1;
    let n = 0;
    for (let k = open + 1; k < toks.length; k++) {
      const t = toks[k];
      if (!t.word) {
        if (!/^(?:[.,;:!?”"’)]|'')$/.test(t.text)) return -1;
        continue;
      }
      if (++n > MAX_TITLE_WORDS || !(startsCapital(t.text) || TITLE_SMALL_WORDS.has(t.lower))) return -1;
    }
    return n > 0 ? open : -1;
  }

  /** Does the token at i begin reported content: "that", a colon, a quotation mark, "whether"? */
  protected opensContent(i: number): boolean {
    const t = this.toks[i];
    if (!t) return false;
    if (t.lower === 'that' || t.text === ':' || OPEN_QUOTES.has(t.text) || t.lower === 'whether') return true;
    if (t.text === '"' && (!this.toks[i - 1] || this.toks[i - 1].end < t.start)) return true;
    if (t.text === ',' && this.toks[i + 1] && (OPEN_QUOTES.has(this.toks[i + 1].text) || this.toks[i + 1].text === '"')) return true;
    return false;
  }

  /** "said, once the levy passes, the ferry …": a condition set off by commas before the reported clause, at i. The index of
   *  its closing comma, or -1. */
  protected conditionAside(i: number): number {
    const { toks } = this;
    if (!/^(?:if|unless|once|when)$/.test(toks[i]?.lower ?? '')) return -1;
    for (let k = i + 1; k < Math.min(toks.length - 1, i + 7); k++) if (toks[k].text === ',') return toks[k + 1].word ? k : -1;
    return -1;
  }

  /** Does an amount open at token k: a currency sign written against its number ("$14 million", "£40m")? */
  protected amountAt(k: number): boolean {
    const sign = this.toks[k];
    const after = this.toks[k + 1];
    return !!sign && !sign.word && CURRENCY_SIGNS.has(sign.text) && !!after?.word && after.start === sign.end;
  }

  /** Does a complement clause open at i: a quote or colon, or "that" followed by a subject (not a verb)? */
  protected complementClause(i: number): boolean {
    if (!this.opensContent(i)) return false;
    if (this.toks[i].lower !== 'that') return true;
    const subject = this.toks[i + 1];
    return !!subject && (DETERMINERS.has(subject.lower) || SUBJECT_PRONOUNS.has(subject.lower) || /^[A-Z\d]/.test(subject.text));
  }

  /** Nothing but time words, short prepositional phrases or punctuation between index i and the clause end. */
  protected endsClause(i: number): boolean {
    const { toks } = this;
    let k = i;
    // Skip closing marks only: a straight quote opening a title ("Morning Joe") is not the end of anything.
    while (k < toks.length && (CLOSE_QUOTES.has(toks[k].text) || toks[k].text === ')' || (toks[k].text === '"' && k > 0 && toks[k - 1].end === toks[k].start))) k++;
    if (k >= toks.length) return true;
    const first = toks[k];
    if (first.text === ':' || first.text === '—' || first.text === '–') return k + 1 >= toks.length;
    // "found $2 million in payments", "puts it at £40m": a currency sign before a number opens what follows.
    if (this.amountAt(k)) return false;
    if (!first.word) return first.text !== '(' && first.text !== '"' && !OPEN_QUOTES.has(first.text) && (first.text !== ',' || !(this.opensContent(k + 1) || this.conditionAside(k + 1) > 0));
    // "said Monday", "said in a statement", "said of the plan", "told reporters", "said, adding…".
    if (!(TIME_WORDS.has(first.lower) || PREPOSITIONS.has(first.lower) || isAdverb(first.lower) || first.lower === 'as')) return false;
    if (first.lower === 'that' || opensLookalikeContent(toks, k, CLAUSE_CUES.has(toks[i - 1]?.lower ?? ''))) return false;
    // "said in a statement the plan failed": a clause's subject right after where it was said opens the content.
    const said = this.occasionEnd(k);
    if (said > k && CLAUSE_CUES.has(toks[i - 1]?.lower ?? '') && this.subjectOpens(said)) return false;
    let words = 0;
    for (; k < toks.length; k++) {
      const t = toks[k];
      // "said Monday the plan would fail": after the day, a subject opens the content.
      if (words > 0 && t.word && (DETERMINERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || this.subjectOpens(k)) && isTimeWord(toks[k - 1])) return false;
      if (!t.word) {
        // "says of the mayor, “If she…”" / "said of the plan: …": the content follows the adverbial.
        if ((t.text === ',' || t.text === ':') && k + 1 < toks.length && (this.opensContent(k + 1) || t.text === ':') && this.closingTitleAt(k + 1) !== k + 1) return false;
        if ((OPEN_QUOTES.has(t.text) || (t.text === '"' && toks[k - 1]?.end !== t.start)) && this.closingTitleAt(k) !== k) return false;
        if (t.text === '.' && TITLE_ABBREVIATIONS.has(toks[k - 1]?.lower ?? '')) continue;
        return true;
      }
      if (t.lower === 'that' && words < 3) return false;
      if (++words > 12) return false;
    }
    return true;
  }

  /** After "in a statement", "in an interview on Monday", "on social media": where the occasion of saying ends (a
   *  preposition, at most three words, a noun of a statement or a message, perhaps a time word), or k. */
  private occasionEnd(k: number): number {
    const { toks } = this;
    if (!/^(?:in|on|during|via|through)$/.test(toks[k]?.lower ?? '')) return k;
    for (let j = k + 1; j < Math.min(toks.length, k + 5) && toks[j].word; j++) {
      if (!SPEECH_EVENT_NOUNS.has(toks[j].lower) && toks[j].lower !== 'media') continue;
      let end = j + 1;
      // "… on Monday", "… last week".
      while (end < toks.length && toks[end].word && (isTimeWord(toks[end]) || this.onDayAt(end))) end++;
      return end;
    }
    return k;
  }

  /** Is "on" and a time word at k ("on Monday")? */
  private onDayAt(k: number): boolean {
    const next = this.toks[k + 1];
    return this.toks[k]?.lower === 'on' && next !== undefined && isTimeWord(next);
  }

  /** Does a clause's subject open at k: a determiner or a pronoun and a word, or a capitalised name, before a verb? */
  private subjectOpens(k: number): boolean {
    const t = this.toks[k];
    const next = this.toks[k + 1];
    if (!t?.word || !next?.word) return false;
    // "prices rose …": a bare plural is a subject when a finite verb follows it.
    if (startsLowercase(t.text) && t.lower.endsWith('s') && !DETERMINERS.has(t.lower) && looksFinite(next)) return true;
    return ((DETERMINERS.has(t.lower) && t.lower !== 'that') || SUBJECT_PRONOUNS.has(t.lower) || startsCapital(t.text)) && !PREPOSITIONS.has(next.lower);
  }

  /** "X believes the plan will fail" — a cognition cue followed directly by a clause with its own subject. */
  protected cognitionClause(m: CueMatch, afterStart: number): boolean {
    if (m.entry.kind !== 'cognition') return false;
    if (!['believe', 'think', 'fear', 'doubt', 'suspect', 'hope', 'worry', 'reckon', 'assume', 'know', 'feel', 'expect', 'guess', 'realize', 'realise'].includes(m.entry.base)) return false;
    const t = this.toks[afterStart];
    const t2 = this.toks[afterStart + 1];
    if (!t || !t2) return false;
    return SOURCE_PRONOUNS.has(t.lower) || (t.lower === 'the' && t2.word) || (startsCapital(t.text) && t.word);
  }

  /** Index of the first content token after the cue (skipping the listener, time words and "that"-less padding). */
  protected contentStart(i1: number, base: string): number {
    const { toks } = this;
    let k = i1;
    // Skip up to 8 tokens to reach "that" ("said on Monday in a statement that…"); a stance verb's object is
    // its content ("rejected the mayor’s claim that…").
    // Only across adverbials or a listener: in "want policies that…" the "that" opens a relative clause.
    const first = toks[k];
    const adverbial = first !== undefined && (PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower) || isAdverb(first.lower) || first.text === ',' || LISTENER_VERBS.has(base) || isTimeWord(first));
    for (let j = k; j < Math.min(toks.length, STANCE_ONLY_BASES.has(base) || !adverbial ? k + 1 : k + 9); j++) {
      if (toks[j].lower === 'that' && toks[j].word) return j;
      const p = toks[j].text;
      if (!toks[j].word && (p === ';' || p === ':' || p === '!' || p === '?' || p === '(' || p === '—' || (p === '.' && !TITLE_ABBREVIATIONS.has(toks[j - 1]?.lower ?? '')))) break;
    }
    if (LISTENER_VERBS.has(base)) {
      const obj = this.npAfter(k);
      // "warned the plan would cost $4 million": a phrase followed by its own modal or auxiliary is the reported
      // clause's subject, not who was warned ("told" always has its listener).
      const subject = obj !== null && base !== 'tell' && (MODALS.has(toks[obj[1]]?.lower ?? '') || FINITE_AUXILIARIES.has(toks[obj[1]]?.lower ?? ''));
      if (obj && obj[1] - obj[0] <= 5 && !subject) k = obj[1];
      // "warned residents the plan would fail": the listener ends where the clause's subject opens.
      else if (obj && subject) {
        for (let d = obj[0] + 1; d < obj[1]; d++) if (DETERMINERS.has(toks[d].lower) || SUBJECT_PRONOUNS.has(toks[d].lower)) {
          k = d;
          break;
        }
      }
    }
    if (opensLookalikeContent(toks, k, CLAUSE_CUES.has(base))) return k;
    const said = this.occasionEnd(k);
    if (said > k && this.subjectOpens(said)) return said;
    // "said on Monday the plan failed": the day it was said is no part of what was.
    while (k < toks.length && (TIME_WORDS.has(toks[k].lower) || toks[k].text === ',' || toks[k].text === ':' || isAdverb(toks[k].lower) || (this.onDayAt(k) && this.subjectOpens(k + 2)))) k++;
    return k;
  }
}

/** A clause's own finite auxiliary right after a phrase: the phrase is that clause's subject. */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did']);
/** Words that open a quantity ("about 4,000 passengers"), not a topic, before a number. */
const QUANTITY_OPENERS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'over', 'under', 'some']);
/** Verbs (any form) that report a clause, after which a bare time noun may open it ("says night staffing …"). */
const CLAUSE_CUES = new Set(['show', 'find', 'suggest', 'reveal', 'say', 'tell', 'report', 'write', 'add', 'note', 'claim', 'insist', 'warn', 'estimate'].flatMap((v) => shared.inflect(v).slice(0, 3)));
/** Time nouns that are no adverbial alone right after a cue ("said night" is no English; "said last night" is). */
const BARE_TIME_NOUNS = new Set(['night', 'morning', 'afternoon', 'evening', 'week', 'month', 'year']);

/**
 * Does the content open at toks[k] though its first word looks like the cue's circumstances: a quantity ("says
 * about 4,000 people pass through") or a bare time noun that is the content's own ("says night staffing meets …")?
 */
function opensLookalikeContent(toks: readonly { lower: string; text: string; word: boolean }[], k: number, clauseCue: boolean): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  if (!t || !next || !t.word || !next.word) return false;
  if (QUANTITY_OPENERS.has(t.lower)) return /^\d/.test(next.text) || NUMBER_WORDS.has(next.lower);
  // Only after a verb that reports a clause: "refused night shifts" is a verb and its object.
  return clauseCue && BARE_TIME_NOUNS.has(t.lower) && !TIME_WORDS.has(next.lower) && !PREPOSITIONS.has(next.lower) && next.lower !== 'that';
}

/** Does a token of toks[from, to) read `lower` (toks.slice(from, to).some(…) without the copy)? */
function hasLower(toks: readonly { lower: string }[], from: number, to: number, lower: string): boolean {
  for (let k = from; k < to; k++) if (toks[k].lower === lower) return true;
  return false;
}

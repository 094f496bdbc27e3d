// Noun phrases and clause boundaries around a cue: the source before or after it, where its content starts and
// ends, asides, coordinated verbs.
import type { CueMatch } from './shared.js';
import * as shared from './shared.js';
import { SentenceBase } from './base.js';

// Module-level copies of the shared bindings: under tsx every use of an import is a getter call.
const { ACTOR_NOUNS, AUXILIARIES, CLOSE_QUOTES, CONTRACTED_WILL, CUE_PREPOSITIONS, DETERMINERS, DOCUMENT_SOURCES, INTRO_WORDS, LISTENER_VERBS, MODALS, NEGATIONS, NP_BOUNDARIES, ONE_WORD_LISTENERS, OPENING_PARTICIPLE, OPEN_QUOTES, PREPOSITIONS, SOURCE_PRONOUNS, SOURCE_QUANTIFIERS, SPEECH_EVENT_NOUNS, STANCE, STANCE_ONLY_BASES, SUBJECT_PRONOUNS, TIME_DETERMINERS, TIME_HEADS, TIME_WORDS, TITLE_ABBREVIATIONS, isAdverb, isTimeWord, startsCapital, startsLowercase } = shared;

const DASHES = new Set(['—', '–', '--', '―']);

export abstract class SentencePhrases extends SentenceBase {

  /**
   * End of the content that starts at `from`: before "…, and said …" / "… but insisted …", a second cue verb
   * sharing the subject, which reports something else.
   */
  protected coordinatedVerb(from: number): number {
    const { toks } = this;
    for (let k = from + 1; k < toks.length - 1; k++) {
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
      if (this.table.has(t.lower) && !t.lower.endsWith('ing')) return toks[k - 1].text === ',' ? k - 1 : k;
      // "…, and Republicans want…", "…, but she said…": a new clause with its own subject and cue.
      const determiner = DETERMINERS.has(t.lower) && t.lower !== 'that';
      // "…ignored South Carolina, but he has focused on…": a contrast with a subject pronoun of its own is the
      // writer's clause, not more of what was reported.
      if (toks[k - 1].text === ',' && toks[k].lower === 'but' && j === k + 1 && SUBJECT_PRONOUNS.has(t.lower) && toks[j + 1]?.word) return k - 1;
      if (toks[k - 1].text === ',' && (SUBJECT_PRONOUNS.has(t.lower) || startsCapital(t.text) || determiner)) {
        let e = j;
        if (determiner) {
          // "…, and the council wants": a short lowercase noun phrase as the new subject.
          while (e < j + 3 && toks[e + 1]?.word && startsLowercase(toks[e + 1].text) && !this.table.has(toks[e + 1].lower)) e++;
        }
        while (e < j + 3 && toks[e + 1]?.word && startsCapital(toks[e + 1].text)) e++;
        let v = e + 1;
        while (v < toks.length && (AUXILIARIES.has(toks[v].lower) || isAdverb(toks[v].lower))) v++;
        const cue = toks[v];
        if (cue?.word && startsLowercase(cue.text) && this.table.has(cue.lower) && !cue.lower.endsWith('ing') && !this.insideQuote(cue.start)) return k - 1;
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
    if (toks[k]?.text === ',' && /^(the|a|an|who|which)$/.test(toks[k + 1]?.lower ?? '')) {
      k++;
      while (k < toks.length && (toks[k].word || toks[k].text === '-' || toks[k].text === '’' || toks[k].text === "'")) k++;
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
    if (toks[m.i1]?.text !== '.' || !(startsCapital(this.tok(m.i0 - 1)?.text ?? '') || this.documentSubject(m.i0))) return false;
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

  /**
   * Is toks[0, end) an introductory adverbial ("In the end,", "Heading into the debate,", "On Monday,") rather
   * than reported speech? Reported speech before a cue almost always carries quotation marks or a full clause.
   */
  protected introPhrase(end: number): boolean {
    const { toks } = this;
    // "Deploring the “rigged tender,” Okafor accused…": a participle clause, whatever quotes it holds.
    if (toks[0]?.word && OPENING_PARTICIPLE.test(toks[0].text) && toks[0].text.length > 5) return true;
    for (let k = 0; k < end; k++) if (!toks[k].word && (OPEN_QUOTES.has(toks[k].text) || CLOSE_QUOTES.has(toks[k].text) || toks[k].text === '"')) return false;
    const first = toks[0];
    if (!first?.word) return false;
    const l = first.lower;
    // "Even after the complaint was filed,", "Instead of complying,", "Wednesday on Fox News,": adverbials too.
    const second = toks[1]?.lower ?? '';
    if ((l === 'even' && (PREPOSITIONS.has(second) || INTRO_WORDS.has(second) || second === 'though' || second === 'if')) || (l === 'instead' && second === 'of')) return true;
    if (isTimeWord(first) && PREPOSITIONS.has(second) && second !== 'of') return true;
    return PREPOSITIONS.has(l) || INTRO_WORDS.has(l) || (l.endsWith('ing') && l.length > 5) || (isAdverb(l) && end < 6);
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
    const words = this.toks.slice(i).filter((t) => t.word);
    if (words.length === 0) return true;
    if (words.length > 6 || !(PREPOSITIONS.has(words[0].lower) || TIME_WORDS.has(words[0].lower))) return false;
    return !words.some((t) => t.lower === 'that' || AUXILIARIES.has(t.lower)) && this.toks.slice(i).every((t) => t.word || /^[.,;:!?”"’)]$/.test(t.text));
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
    if (!first.word) return first.text !== '(' && first.text !== '"' && !OPEN_QUOTES.has(first.text) && (first.text !== ',' || !this.opensContent(k + 1));
    // "said Monday", "said in a statement", "said of the plan", "told reporters", "said, adding…".
    if (!(TIME_WORDS.has(first.lower) || PREPOSITIONS.has(first.lower) || isAdverb(first.lower) || first.lower === 'as')) return false;
    if (first.lower === 'that') return false;
    let words = 0;
    for (; k < toks.length; k++) {
      const t = toks[k];
      if (!t.word) {
        // "says of the mayor, “If she…”" / "said of the plan: …": the content follows the adverbial.
        if ((t.text === ',' || t.text === ':') && k + 1 < toks.length && (this.opensContent(k + 1) || t.text === ':')) return false;
        if (OPEN_QUOTES.has(t.text) || (t.text === '"' && toks[k - 1]?.end !== t.start)) return false;
        if (t.text === '.' && TITLE_ABBREVIATIONS.has(toks[k - 1]?.lower ?? '')) continue;
        return true;
      }
      if (t.lower === 'that' && words < 3) return false;
      if (++words > 12) return false;
    }
    return true;
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
      if (obj && obj[1] - obj[0] <= 5) k = obj[1];
    }
    while (k < toks.length && (TIME_WORDS.has(toks[k].lower) || toks[k].text === ',' || toks[k].text === ':' || isAdverb(toks[k].lower))) k++;
    return k;
  }

  // ── noun phrases ─────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Index of the last token of the subject before the cue at i0, past auxiliaries, adverbs, time phrases
   * ("X on Saturday said"), "declined to" and a dashed aside; -1 when there is none.
   */
  private subjectEnd(i0: number): number {
    const { toks } = this;
    let j = i0 - 1;
    for (;;) {
      while (j >= 0 && toks[j].word && (AUXILIARIES.has(toks[j].lower) || isAdverb(toks[j].lower) || toks[j].lower === "n't") && toks[j].lower !== 'to') j--;
      // "X on Saturday said", "X in 2001 found", "X last week said": a time phrase is not the source.
      let k = j;
      while (k >= 0 && toks[k].word && isTimeWord(toks[k])) k--;
      // "during a Sunday", "in the past", "at one point": a time phrase with its determiner (and, for a noun that
      // is no date word, only with its preposition).
      const head = k === j && k >= 0 && TIME_HEADS.has(toks[k].lower);
      const d = head ? k - 1 : k;
      if ((head || k < j) && d >= 1 && TIME_DETERMINERS.has(toks[d].lower) && (!head || /^(in|at)$/.test(toks[d - 1].lower))) k = d - 1;
      else if (head) break;
      if (k === j) break;
      if (k >= 0 && /^(on|in|at|during|last|this|since|by|early|late|until|from|of)$/.test(toks[k].lower)) k--;
      j = k;
    }
    if (j < 0) return -1;
    if (toks[j].lower === 'to') {
      // "declined to say", "went on to say": the source is the subject of the governing verb.
      j--;
      if (j >= 0 && toks[j].lower === 'on') j--;
      if (j < 0 || !/(ed|ent|ew|ook|ing|s|ant|ave|ould)$/.test(toks[j].lower)) return -1;
      j--;
      while (j >= 0 && toks[j].word && (AUXILIARIES.has(toks[j].lower) || isAdverb(toks[j].lower))) j--;
      if (j < 0) return -1;
    }
    // "Lena Brandt, the head of Harbour Foods -- the firm that … -- told me": a dashed aside is skipped.
    if ((toks[j].text === '--' || toks[j].text === '—' || toks[j].text === '―') && j > 2) {
      for (let k = j - 1; k > Math.max(0, j - 40); k--) {
        if (toks[k].text === toks[j].text) {
          if (toks[k - 1]?.word || toks[k - 1]?.text === ',') j = toks[k - 1].word ? k - 1 : k - 2;
          break;
        }
      }
      if (j < 0 || !toks[j]) return -1;
    }
    return j;
  }

  /** First token of the noun phrase ending at token j (at most nine words back, stopping at a boundary word). */
  private npStart(j: number, apposition: boolean): number {
    const { toks } = this;
    let k = j;
    let n = 0;
    let names = 0;
    while (k >= 0 && n < 9) {
      const w = toks[k];
      if (!w.word) {
        // Apposition: a name preceded by ", title ," or "title, Name".
        if (apposition && w.text === ',' && names > 0 && names === n && k > 0 && toks[k - 1].word && startsCapital(toks[k - 1].text) && !NP_BOUNDARIES.has(toks[k - 1].lower)) {
          k--;
          n++;
          continue;
        }
        if ((w.text === '-' || w.text === '’' || w.text === '.') && k > 0 && toks[k - 1].end === w.start) {
          k--;
          continue;
        }
        // "Keys & Daughter": an ampersand joins the words of a firm's name.
        if (w.text === '&' && names > 0 && k > 0 && toks[k - 1].word && startsCapital(toks[k - 1].text)) {
          k--;
          continue;
        }
        break;
      }
      const capital = startsCapital(w.text);
      if (NP_BOUNDARIES.has(w.lower) && !(capital && k > 0 && w.lower !== 'and')) break;
      // "Hatton recalled Ferris telling him": a past-tense verb before a name is not part of it.
      if (names > 0 && names === n && !capital && w.lower.length > 4 && w.lower.endsWith('ed') && k > 0 && toks[k - 1].word && startsCapital(toks[k - 1].text)) break;
      if (SOURCE_PRONOUNS.has(w.lower) && k !== j) {
        // "some owners", "many economists": the quantifier belongs to the source (and makes it vague).
        if (SOURCE_QUANTIFIERS.has(w.lower)) k--;
        break;
      }
      if (w.lower === 'is' || w.lower === 'was' || w.lower === 'were' || w.lower === 'are') break;
      if (capital) names++;
      n++;
      k--;
    }
    let a = k + 1;
    while (a <= j && (toks[a].lower === 'of' || toks[a].lower === 'and' || toks[a].text === ',')) a++;
    return a;
  }

  /** The source noun phrase ending right before the cue (skipping "has", "also", "repeatedly"…). */
  protected npBefore(i0: number): [number, number] | null {
    const { toks } = this;
    let j = this.subjectEnd(i0);
    if (j < 0) return null;
    // PolNeAR marks the relative pronoun itself as the source ("Smith, who said…").
    if (toks[j].lower === 'who' || toks[j].lower === 'which') return [j, j + 1];
    // "the tenants, most of whom say…": the quantified relative pronoun.
    if (toks[j].lower === 'whom' && toks[j - 1]?.lower === 'of' && toks[j - 2]?.word) return [j - 2, j + 1];
    const apposed = toks[j].text === ',' ? this.trailingApposedSource(j, i0) : null;
    if (apposed) return apposed;
    // "Sen. Ana Ruiz (D-Ore.) said": the parenthesis belongs to the name.
    if (toks[j].text === ')') {
      let k = j;
      while (k > 0 && toks[k].text !== '(' && j - k < 12) k--;
      if (toks[k].text === '(' && k > 0) j = k - 1;
    }
    // "The F.T.A. said": an abbreviation's final dot.
    if (toks[j].text === '.' && j > 0 && toks[j - 1].end === toks[j].start && toks[j - 1].word) j--;
    // Apposition closing comma: "Japan’s Chief Cabinet Secretary, Hirokazu Matsuno, echoed".
    const apposition = toks[j].text === ',' && j > 0 && toks[j - 1].word && startsCapital(toks[j - 1].text);
    if (toks[j].text === ',' && !apposition) {
      // "Scott Pruitt, the attorney general of Oklahoma, said": the subject opens the clause.
      return this.clauseSubject(i0);
    }
    if (apposition) j--;
    const t = toks[j];
    if (!t.word) return null;
    if (SOURCE_PRONOUNS.has(t.lower)) {
      // "He", "They", "Many": a lone pronoun, unless it quantifies a noun ("many experts").
      return [j, j + 1];
    }
    const a = this.npStart(j, apposition);
    if (a > j) return null;
    // "Trump, in Kentucky, said", "The complaint, which was filed in Washington, alleged": the name closes an aside
    // that a comma opened; the source is the noun phrase before the aside.
    const aside = apposition && toks[a - 1]?.word ? this.asideOpening(a - 1) : -1;
    if (aside > 0 && toks[aside - 1].word && !this.introPhrase(aside)) {
      const before = this.npBefore(aside);
      if (before && this.subjectLike(before[0])) return before;
      // "Kirsty Munro, 29, who is expecting a child in July, said": asides in a row after the clause's subject.
      const subject = this.clauseSubject(i0);
      if (subject && subject[1] <= aside && toks[subject[1]]?.text === ',' && !this.introPhrase(subject[1])) return subject;
    }
    if (apposition && toks[a - 1]?.text === ',') {
      // "Tomas Lind, the trade minister of Sweden, said": what precedes the comma is a description.
      const subject = this.clauseSubject(i0);
      if (subject && subject[0] < a) return subject;
    }
    return [this.attachHead(a), j + 1];
  }

  /**
   * "Turnout is 31 per cent, the returning officer, Denise Ockley, has announced." / "…, Denise Ockley, the returning
   * officer, said.": a frame after the content whose source is a name and a description in apposition, the comma
   * before the cue (at `comma`) closing the second. The source is both, from the comma after the content; the
   * sentence subject before it is what was reported, not who reported it.
   */
  private trailingApposedSource(comma: number, i0: number): [number, number] | null {
    const { toks } = this;
    const end = toks[i0 + 1];
    if (end && !/^[.!?]$/.test(end.text)) return null;
    const segment = (to: number): number => {
      let k = to - 1;
      while (k >= 0 && to - k <= 8 && toks[k].word) k--;
      return k >= 0 && toks[k].text === ',' && k < to - 1 ? k : -1;
    };
    const mid = segment(comma);
    const open = mid > 0 ? segment(mid) : -1;
    if (open <= 0) return null;
    const named = (a: number, b: number) => { for (let k = a; k < b; k++) if (!startsCapital(toks[k].text)) return false; return true; };
    const described = (a: number) => DETERMINERS.has(toks[a].lower) || /['’]s?$/.test(toks[a].text);
    const first: [number, number] = [open + 1, mid];
    const second: [number, number] = [mid + 1, comma];
    const ok = (named(...first) && described(second[0])) || (described(first[0]) && named(...second));
    return ok ? [open + 1, comma] : null;
  }

  /** A noun phrase starting at token a could be a subject: not a preposition's object ("around Chez Vachon,"),
   *  opened by a capital, a determiner or a pronoun. */
  private subjectLike(a: number): boolean {
    const { toks } = this;
    const prev = toks[a - 1];
    if (prev?.word && PREPOSITIONS.has(prev.lower)) return false;
    const t = toks[a];
    return startsCapital(t.text) || DETERMINERS.has(t.lower) || SOURCE_PRONOUNS.has(t.lower);
  }

  /** The comma opening the aside that token k lies in (at most 25 tokens back, within the clause), or -1. */
  private asideOpening(k: number): number {
    const { toks } = this;
    for (let j = k; j >= 0 && k - j < 25; j--) {
      const t = toks[j];
      if (t.text === ',') return j;
      if (t.text === ';' || CLOSE_QUOTES.has(t.text) || OPEN_QUOTES.has(t.text)) return -1;
    }
    return -1;
  }

  /**
   * "Sources close to the mayor", "the spokesman for the campaign", "insiders at city hall": the phrase found so
   * far is a prepositional complement; the source is the noun before the preposition.
   */
  protected attachHead(a: number): number {
    const { toks } = this;
    let p = a - 1;
    if (p < 1) return a;
    const prep = toks[p].lower;
    if (prep === 'to' && toks[p - 1]?.lower === 'close') p--;
    else if (prep === 'with' && toks[p - 1]?.lower === 'familiar') p--;
    else if (prep !== 'for' && prep !== 'at' && prep !== 'from' && prep !== 'in' && prep !== 'on') return a;
    let k = p - 1;
    let n = 0;
    while (k >= 0 && n < 4 && toks[k].word && !NP_BOUNDARIES.has(toks[k].lower) && !SOURCE_PRONOUNS.has(toks[k].lower)) {
      k--;
      n++;
    }
    if (n === 0) return a;
    // Only when the head is a noun phrase on its own: it starts the clause or follows a determiner or a comma.
    const before = this.tok(k);
    if (before && before.word && !DETERMINERS.has(before.lower) && !/^(some|many|most|several|few|other)$/.test(before.lower)) return a;
    if (before && before.word) k--;
    const head = k + 1;
    return head < p ? head : a;
  }

  /** A noun phrase starting at token i ("said Matsuno", "according to a 2024 report", "told reporters"). */
  protected npAfter(i: number): [number, number] | null {
    const { toks } = this;
    let k = i;
    if (k >= toks.length || !toks[k].word || NP_BOUNDARIES.has(toks[k].lower) || TIME_WORDS.has(toks[k].lower)) return null;
    if (SOURCE_PRONOUNS.has(toks[k].lower) || ONE_WORD_LISTENERS.has(toks[k].lower)) return [k, k + 1];
    let n = 0;
    while (k < toks.length && n < 10) {
      const w = toks[k];
      if (!w.word) {
        if ((w.text === '’' || w.text === '-' || w.text === '.' || w.text === '&') && toks[k + 1]?.start === w.end) {
          k++;
          continue;
        }
        // "Mr. Rhodes", "Sen. Warren": the title's dot does not end the name.
        // "Alan B. Krueger", "a former U.S. official": an initial's dot does not end the name either.
        if (w.text === '.' && k > i && (TITLE_ABBREVIATIONS.has(toks[k - 1].lower) || isInitial(toks[k - 1].text)) && toks[k + 1]?.word && startsCapital(toks[k + 1].text)) {
          k++;
          continue;
        }
        break;
      }
      if (n > 0 && (NP_BOUNDARIES.has(w.lower) || TIME_WORDS.has(w.lower)) && w.lower !== 'of') break;
      if (n > 0 && w.lower === 'of' && !(toks[k + 1]?.word)) break;
      n++;
      k++;
    }
    while (k > i && (toks[k - 1].lower === 'of' || toks[k - 1].lower === 'the' || toks[k - 1].lower === 'and')) k--;
    return k > i ? [i, k] : null;
  }

  /** The subject of the clause a participle or a comma-separated cue belongs to: its first name or pronoun. */
  protected clauseSubject(before: number): [number, number] | null {
    const { toks } = this;
    let from = 0;
    for (let k = before - 1; k >= 0; k--) {
      if (CLOSE_QUOTES.has(toks[k].text) || toks[k].text === ';') {
        from = k + 1;
        break;
      }
    }
    from = this.afterDateline(from);
    // "Chastened by the analyses, Trump…", "On Thursday, she…": skip an introductory phrase up to its comma.
    const first = toks[from];
    if (first?.word && (PREPOSITIONS.has(first.lower) || first.lower.endsWith('ing') || first.lower.endsWith('ed') || isAdverb(first.lower) || isTimeWord(first))) {
      for (let k = from + 1; k < Math.min(before, from + 12); k++) {
        if (toks[k].text === ',') {
          from = k + 1;
          break;
        }
      }
    }
    for (let k = from; k < before; k++) {
      const t = toks[k];
      if (!t.word || isTimeWord(t)) continue;
      if (SOURCE_PRONOUNS.has(t.lower) && t.lower !== 'it') return [k, k + 1];
      if (startsCapital(t.text) && !(k === from && DETERMINERS.has(t.lower)) && !NP_BOUNDARIES.has(t.lower) && !DETERMINERS.has(t.lower)) {
        let e = k + 1;
        while (e < before && ((toks[e].word && (startsCapital(toks[e].text) || toks[e].lower === 'of')) || (toks[e].text === '.' && toks[e].start === toks[e - 1].end && toks[e + 1]?.word && startsCapital(toks[e + 1].text)))) e++;
        const s = k > 0 && toks[k - 1].lower === 'the' ? k - 1 : k;
        return [s, this.titledNameEnd(e, before)];
      }
    }
    return null;
  }

  /**
   * "Independent battery researcher Marguerite Sallis, who …, said": a capitalised first word, a lowercase title of at
   * most three words, then the name closing the subject at a comma. Returns the name's end, or `e` unchanged.
   */
  private titledNameEnd(e: number, before: number): number {
    const { toks } = this;
    let n = e;
    while (n < before && n - e < 3 && toks[n].word && startsLowercase(toks[n].text) && !NP_BOUNDARIES.has(toks[n].lower) && !PREPOSITIONS.has(toks[n].lower) && !SOURCE_PRONOUNS.has(toks[n].lower)) n++;
    if (n === e || !toks[n]?.word || !startsCapital(toks[n].text)) return e;
    let end = n;
    while (end < before && toks[end].word && startsCapital(toks[end].text)) end++;
    return end - n >= 2 && toks[end]?.text === ',' ? end : e;
  }

  /** Past a dateline opening the sentence ("WASHINGTON —", "Oslo (Reuters) –"): capitalised words, perhaps a
   *  wire service in brackets, then a dash. */
  private afterDateline(from: number): number {
    const { toks } = this;
    let k = from;
    while (k < from + 4 && toks[k]?.word && startsCapital(toks[k].text)) k++;
    if (k === from) return from;
    if (toks[k]?.text === '(') {
      const close = k + 2;
      if (toks[close]?.text !== ')') return from;
      k = close + 1;
    }
    return DASHES.has(toks[k]?.text ?? '') ? k + 1 : from;
  }

  /** A capitalised name from token i to the end of the sentence or the next punctuation. */
  protected placeThenEnd(i: number): boolean {
    const { toks } = this;
    if (!startsCapital(toks[i]?.text ?? '')) return false;
    let k = i;
    while (toks[k]?.word && startsCapital(toks[k].text)) k++;
    return !toks[k] || !toks[k].word;
  }
}

/** A single capital letter: a middle initial ("B" of "Alan B. Krueger") or the last letter of "U.S.". */
function isInitial(text: string): boolean {
  return text.length === 1 && startsCapital(text);
}

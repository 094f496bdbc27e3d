// Where a cue word can stand as a verb: the checks that tell "the mayor plans to" from "savings plans", "a new poll
// shows support for" from "Republican support was solid". VerbCues (verbCues.ts) asks them of every cue it matches.
import type { CueMatch } from './shared.js';
import * as shared from './shared.js';
import { SentencePhrases } from './phrases.js';
import { documentMakerEndsAt, makerBeforeApposition } from './describedSubjects.js';

// Module-level copies of the shared bindings: under tsx every use of an import is a getter call.
const { ACTOR_NOUNS, ADJECTIVE_SHAPE, documentHeadBefore, FINITE_VERBS, ASIDE_PARTICIPLE_SET, AUXILIARIES, CONTINUING_PARTICIPLES, CUE_PREPOSITIONS, DETERMINERS, DOCUMENT_SOURCES, INFINITIVE_CUES, NOT_AFTER_VERB, NOT_SUBJECT_MODIFIERS, NOUN_DETERMINERS, NOUN_LIKE, PLURAL_QUANTIFIERS, PREPOSITIONS, REPORT_VERB_SET, SHOWN_ATTITUDES, SOURCE_PRONOUNS, STANCE, SUBJECT_PRONOUNS, SUBORDINATORS, VERBS_AFTER_SUBJECT, endsPossessive, inflect, isAdverb, isLowercaseAsciiWord, startsCapital, startsDigit, startsLowercase } = shared;
/** The finite forms of the document verbs ("shows", "found", "suggested"): a poll or report as their subject. */
const REPORTED_BY_DOCUMENT = new Set([...REPORT_VERB_SET].flatMap((v) => inflect(v).slice(0, 3)));

/** What someone asking for anonymity asks, or refuses: "not to be named", "that his name not be used", "to be named". */
const WITHHELD_NAME = /^(?:not\s+to\s+be\s+(?:named|identified|quoted)|that\s+(?:his|her|their|my|our)\s+name|for\s+anonymity|to\s+be\s+(?:named|identified|quoted)|to\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?)/i;
/** Verbs of asking for anonymity or refusing a name ("asked for anonymity", "declined to be named"). */
const WITHHOLDING_VERBS = new Set(['ask', 'request', 'decline', 'refuse', 'wish', 'want']);
/** A reason for that request, open before a word: "not to be named because he [does not want]", "that they not be
 *  named because they fear", "that his name be withheld as he is seeking". Not "withheld" of money ("Wages were
 *  withheld as managers claimed"): the subjunctive forms follow "that" and a name or a person. */
const WHY_WITHHELD = /(?:not\s+to\s+be\s+(?:named|identified|quoted)|anonymity|\bthat\s+(?:[a-z’']+\s+){1,2}(?:(?:not|n['’]t)\s+be\s+(?:named|identified|used)|be\s+withheld))\s+(?:because|as|since)\b[^,;:.!?“”"]*$/i;

/** A document's noun, singular or plural ("poll", "polls", "documents"). */
function isDocumentWord(lower: string): boolean {
  return DOCUMENT_SOURCES.has(lower) || DOCUMENT_SOURCES.has(lower.replace(/s$/, ''));
}

/** Referring adjectives that are adverbs before a verb ("the later report" / "she later posted"). */
const ADVERB_ADJECTIVES = new Set(['later', 'earlier']);
/** Verbs in the form a plural subject takes, reporting a clause ("figures believe", "documents show"). */
const PLURAL_SUBJECT_VERBS = new Set(['say', 'believe', 'think', 'fear', 'worry', 'argue', 'insist', 'suggest', 'expect', 'warn', 'agree', 'contend', 'acknowledge', 'concede', 'predict', 'doubt', 'claim', 'allege', 'maintain', 'hope', 'feel', 'know', 'want', 'show', 'indicate', 'reveal', 'list']);

/** The verb a subject's participle aside gives way to ("Ruiz, asked about the cuts, said …"). */
const ASIDE_CLOSING_VERBS = new Set(['said', 'says', 'told', 'tells', 'replied', 'added', 'insisted', 'argued', 'conceded', 'declined', 'refused', 'acknowledged', 'admitted', 'answered', 'responded', 'noted', 'explained', 'would', 'will', 'could', 'did', 'does', 'was', 'is', 'has', 'had']);

export abstract class VerbPositions extends SentencePhrases {
  /**
   * The checks of verbPosition for a noun-like cue ("report", "claim", "plan") in its base or plural form: a verb
   * only after a subject it can agree with, or when a clause follows.
   */
  private nounLikeVerbPosition(m: CueMatch, head: string): boolean {
    const { toks } = this;
    const base = m.entry.base;
    const t = toks[m.i0];
    const prev = this.tok(m.i0 - 1);
    const next = toks[m.i1];
    const isBaseOrPlural = t.lower === head || t.lower === inflect(head)[1];
    if (isBaseOrPlural) {
      if (!prev) return false;
      if (prev.word && startsDigit(prev.text)) return false;
      if (endsPossessive(prev.lower)) return false;
      const pronoun = SOURCE_PRONOUNS.has(prev.lower);
      const aux = AUXILIARIES.has(prev.lower) || isAdverb(prev.lower) || prev.lower === 'who' || prev.lower === 'that';
      let capital = prev.word && startsCapital(prev.text) && (m.i0 > 1 || startsLowercase(t.text));
      if (capital && t.lower === head) {
        // "a National Audit Board report", "in the Daily Ledger report": a name as a modifier.
        let k = m.i0 - 1;
        while (k > 0 && toks[k - 1].word && startsCapital(toks[k - 1].text) && !DETERMINERS.has(toks[k - 1].lower)) k--;
        // Not when the name places a plural subject and the bare form agrees with it: "Scientists at the Hartley
        // Institute estimate the …" ("a copy of the Audit Board report shows" keeps the noun).
        const placed = /^(?:at|from|with)$/.test(toks[k - 2]?.lower ?? '') && /^\p{L}+s$/u.test(toks[k - 3]?.text ?? '') && t.lower === base;
        if (k > 0 && /^(a|an|the)$/.test(toks[k - 1].lower) && !placed) capital = false;
      }
      // A plural subject noun ("officials say") is allowed for the plain -s-less form of speech verbs, and so is a
      // quantifier placed by a phrase ("Many in the party fear", "Some at the ministry believe").
      const pluralSubject = t.lower === base && ((prev.word && /^[a-z]+s$/.test(prev.text)) || this.placedQuantifierBefore(m.i0));
      // "The mayor wants", "the campaign plans": a singular noun after a determiner, then the -s form.
      const before = this.tok(m.i0 - 2);
      const singularSubject = prev.word && isLowercaseAsciiWord(prev.text) && !prev.lower.endsWith('ed') && !prev.lower.endsWith('ing') && t.lower !== base && before !== undefined && (DETERMINERS.has(before.lower) || endsPossessive(before.lower) || (before.word && startsCapital(before.text) && ACTOR_NOUNS.has(prev.lower))) && !NOT_SUBJECT_MODIFIERS.has(before.lower) && !DETERMINERS.has(prev.lower);
      const opens = this.opensContent(m.i1) && (prev.word || prev.text === '–' || prev.text === '—');
      // "a Harbour Gazette review of council filings shows two firms ahead": a document verb before a
      // clause with its own subject.
      // "leaked documents from his tax return show he…": a plural document subject takes the bare form.
      // "Data from the Hartley Institute show the debt rose": a plural document subject, then its clause.
      const documentClause = t.lower === base && next?.word === true && this.documentSubject(m.i0);
      const reportClause = REPORT_VERB_SET.has(base) && (t.lower !== base || this.documentSubject(m.i0)) && prev.word && (next === undefined || next.text === '.' || (next.text === ',' && this.closesSentence(m)) || SUBJECT_PRONOUNS.has(next.lower) || (startsCapital(next.text) && next.word) || documentClause);
      // "A new poll shows", "the Harlow survey finds": a document noun is the subject, whatever modifies it — not
      // in a relative clause ("the company, whose annual report shows a loss, hired…"), which frames nothing.
      const documentNoun = REPORT_VERB_SET.has(base) && t.lower !== base && DOCUMENT_SOURCES.has(prev.lower) && !this.afterRelative(m.i0 - 1, 4);
      // "the annual accounts, which show a profit of …": a relative on a document reports what the document shows.
      const documentRelative = REPORT_VERB_SET.has(base) && prev.lower === 'which' && toks[m.i0 - 2]?.text === ',' && isDocumentWord(toks[m.i0 - 3]?.lower ?? '');
      if (!(pronoun || aux || capital || pluralSubject || singularSubject || documentNoun || documentRelative || opens || reportClause || prev.text === ',')) return false;
      // "Ferry Board Chair Ana Ruiz, plans to publish the audit": after an apposition, an infinitive of intent.
      const intent = INFINITIVE_CUES.has(base) && next?.lower === 'to' && toks[m.i1 + 1]?.word === true;
      // "Its own application, filed with the county in May, lists 38 positions": a document past its aside.
      // The bare form after a plural document: "The figures, released on Tuesday, show …".
      const documentAside = prev.text === ',' && REPORT_VERB_SET.has(base) && this.documentBeforeAside(m.i0 - 1, t.lower === base);
      if (prev.text === ',' && !this.opensContent(m.i1) && !intent && !documentAside && !this.placedAside(m.i0 - 1)) return false;
    }
    return true;
  }

  /** A cue word that its neighbours show to be a noun or a participle aside, not the clause's verb. */
  private nounOrAside(m: CueMatch, head: string, nounLike: boolean): boolean {
    const t = this.toks[m.i0];
    const prev = this.tok(m.i0 - 1);
    const next = this.toks[m.i1];
    const base = m.entry.base;
    // "a round of contests held on Saturday", "in states that split their delegates": no finite verb follows a
    // preposition, so an -s form there is a plural noun — a cue only as a noun of report before its clause ("amid
    // reports that the bank had lost …"; "over remarks that likened …" is a relative clause).
    if (prev && PREPOSITIONS.has(prev.lower) && t.lower !== base && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !(nounLike && this.complementClause(m.i1))) return true;
    // "Senior party figures believe …", "Fundraising documents show …": a plural noun before a verb that agrees with it.
    // Not "says hope is returning", "warns fear is driving …": there the word after the cue opens the reported clause.
    if ((nounLike || DOCUMENT_SOURCES.has(t.lower)) && t.lower !== base && t.lower === inflect(head)[1] && next && PLURAL_SUBJECT_VERBS.has(next.lower) && !VERBS_AFTER_SUBJECT.has(this.toks[m.i1 + 1]?.lower ?? '')) return true;
    // "Ruiz, asked about the cuts, said …", "The aide, told of the result, replied", "The report, published in May,
    // said": a participle aside on the subject, closed by a comma before the clause's own verb.
    if (prev?.text === ',' && ASIDE_PARTICIPLE_SET.has(t.lower) && this.asideClosedBeforeVerb(m.i1)) return true;
    return false;
  }

  /** A capitalised name from token i to the end of the sentence or the next punctuation. */
  private placeThenEnd(i: number): boolean {
    const { toks } = this;
    if (!startsCapital(toks[i]?.text ?? '')) return false;
    let k = i;
    while (toks[k]?.word && startsCapital(toks[k].text)) k++;
    return !toks[k] || !toks[k].word;
  }

  /** A comma within a few words from i, then a word (the clause's verb), no "that" or quotation before it. */
  private asideClosedBeforeVerb(i: number): boolean {
    const { toks } = this;
    for (let k = i; k < Math.min(toks.length - 1, i + 8); k++) {
      // The word after the comma is a verb, not a clause's subject ("told the Gazette, ferry ridership fell").
      if (toks[k].text === ',') return k > i && (ASIDE_CLOSING_VERBS.has(toks[k + 1].lower) || (toks[k + 1].lower.endsWith('ed') && startsLowercase(toks[k + 1].text)));
      if (!toks[k].word || toks[k].lower === 'that') return false;
    }
    return false;
  }

  /** "Many in the party", "Some at the ministry", "Few within the campaign": a quantifier at the clause's start, then
   *  a short place phrase, right before token i. */
  private placedQuantifierBefore(i: number): boolean {
    const { toks } = this;
    for (let k = i - 2; k >= Math.max(1, i - 6); k--) {
      if (!toks[k].word) return false;
      if (!/^(?:in|at|within|inside|across|among|around)$/.test(toks[k].lower)) continue;
      const q = toks[k - 1];
      return /^(?:many|some|most|few|several|others)$/.test(q.lower) && (k - 1 === 0 || !toks[k - 2].word);
    }
    return false;
  }

  /** Is the word at the cue used as a verb here (not "the said report", "a phone call", "reports of")? */
  /** Is there a relative pronoun ("whose", "which", "that") among the `span` words before token `i`? */
  private afterRelative(i: number, span: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - span); k--) {
      const w = this.toks[k];
      if (!w.word) return false;
      if (w.lower === 'whose' || w.lower === 'which' || w.lower === 'that') return true;
    }
    return false;
  }

  /** "The council, in its budget papers, estimates …": the comma at `close` ends a short prepositional aside right
   *  after the sentence's opening subject (a few words, no comma before them). */
  private placedAside(close: number): boolean {
    const { toks } = this;
    let k = close - 1;
    while (k > 0 && close - k <= 6 && toks[k].word) k--;
    if (toks[k]?.text !== ',' || !PREPOSITIONS.has(toks[k + 1]?.lower ?? '') || k > 6) return false;
    for (let j = 0; j < k; j++) if (!toks[j].word) return false;
    return k > 0;
  }

  /** Does the aside that the comma at `close` ends follow a document noun ("application, filed … in May,")? */
  protected documentBeforeAside(close: number, plural = false): boolean {
    const { toks } = this;
    for (let k = close - 1; k > 0 && close - k <= 15; k--) {
      if (toks[k].text !== ',') continue;
      const head = toks[k - 1];
      if (head.word && DOCUMENT_SOURCES.has(head.lower) && (!plural || (head.lower.endsWith('s') && head.lower !== 'census' && head.lower !== 'analysis') || head.lower === 'data')) return true;
      // "Data from the Harlow Institute, a think tank, show": the aside is on the document's maker; "The assessment by
      // Hallett Structural Group, released Thursday, estimates": a participle aside after the maker.
      // "Pharmacy issue logs for January to June, which the nurse photographed, show": a relative on the document.
      if (toks[k + 1]?.lower === 'which' && documentHeadBefore(toks, k) >= 0) return true;
      return makerBeforeApposition(toks, 0, close) !== null || documentMakerEndsAt(toks, k);
    }
    return false;
  }

  protected verbPosition(m: CueMatch): boolean {
    const { toks } = this;
    const base = m.entry.base;
    // The first word of a phrasal base ("weigh" of "weigh in"), found once rather than by a split per test.
    const space = base.indexOf(' ');
    const head = space < 0 ? base : base.slice(0, space);
    const t = toks[m.i0];
    const prev = this.tok(m.i0 - 1);
    const next = toks[m.i1];
    // "who asked not to be named", "requested that her name be withheld": asking for anonymity reports nothing.
    if (WITHHOLDING_VERBS.has(base) && next && WITHHELD_NAME.test(this.ctx.doc.masked.slice(next.start, next.start + 50))) return false;
    // "who asked not to be named because he does not want to fall out with his landlord": nor does its reason.
    const lead = this.ctx.doc.masked.slice(Math.max(0, t.start - 100), t.start);
    if (/anonymity|to\s+be|be\s+(?:named|identified|used)|withheld/i.test(lead) && WHY_WITHHELD.test(lead)) return false;
    // "an official not authorized to discuss the case": what a source may not say is why it is unnamed, not a report.
    if (prev?.lower === 'to' && shared.PERMITTED_WORDS.has(toks[m.i0 - 2]?.lower ?? '')) return false;
    // "the said report", "a noted author"; adjectives like "later", "first" only rule out noun-like words.
    // "to tell the truth", "the right to question": an infinitive is a cue only under a verb of saying or intent.
    if (prev?.lower === 'to' && base !== 'discuss' && !/^(declin|refus|continu|on|began|begin|want|plan|promis|vow|threaten|agre|decid|tri|sought|seek|go|able|us|hop|expect|fail|appear|seem|like|lov|tend|would|need|ha)/.test(toks[m.i0 - 2]?.lower ?? '')) return false;
    // After a possessive ("the council’s published minutes") a word is a noun or an adjective, not a verb.
    if (prev && endsPossessive(prev.lower) && !/^(he|she|it|that|who|there|what|here)['’]s$/.test(prev.lower)) return false;
    // Not a capitalised "Said", a surname ("Omar Said told"), which the determiner "the said report" never is.
    // Nor "later"/"earlier" before a past form, an adverb there ("later posted on Facebook", "earlier told reporters").
    if (prev && DETERMINERS.has(prev.lower) && prev.lower !== 'that' && prev.text !== 'Said' && !(ADVERB_ADJECTIVES.has(prev.lower) && t.lower.endsWith('ed')) && (NOUN_DETERMINERS.has(prev.lower) || NOUN_LIKE.has(head))) return false;
    // "the subject of repeated mediation attempts", "after repeated warnings": a participle between a preposition and
    // a noun modifies the noun.
    if (prev && PREPOSITIONS.has(prev.lower) && t.lower.endsWith('ed') && next?.word && isLowercaseAsciiWord(next.text) && !CUE_PREPOSITIONS.has(next.lower) && next.lower !== 'that' && !DETERMINERS.has(next.lower)) return false;
    // "United States", "Fox News Reports": a capitalised cue inside a sentence is part of a name.
    if (startsCapital(t.text) && prev && prev.word && !this.titleCase()) return false;
    if (this.insideQuote(t.start)) return false;
    if (prev && (prev.lower === 'so' || prev.lower === 'well') && t.lower === 'called') return false;
    const nounLike = NOUN_LIKE.has(base) || NOUN_LIKE.has(head);
    if (this.nounOrAside(m, head, nounLike)) return false;
    // "Republican support was solid", "the vote for admission": a noun before its own verb.
    if ((nounLike || STANCE.has(base)) && (t.lower === head || t.lower === inflect(head)[1]) && next && VERBS_AFTER_SUBJECT.has(next.lower)) return false;
    if (next && nounLike && (next.lower === 'of' || next.lower === '’s' || next.lower === "'s") && !/^(been|be|being|is|was|were|are)$/.test(prev?.lower ?? '')) return false;
    if (this.nominalIng(m)) return false;
    if (t.lower.endsWith('ing') && prev && !AUXILIARIES.has(prev.lower) && prev.text !== ',' && !isAdverb(prev.lower) && !CONTINUING_PARTICIPLES.has(t.lower)) {
      // "the saying goes", "after seeing" — a gerund, not a finite cue.
      if (prev.word && startsLowercase(prev.text) && !(SUBORDINATORS.has(prev.lower) && m.i0 > 2) && !this.participleAfterNoun(m)) return false;
    }
    // "emissions rules that…", "savings plans": an -s form after a plural noun is a compound noun (a plural
    // subject would take the bare verb); a document verb may follow a long subject ("an average of polls shows").
    if (t.lower !== base && !REPORT_VERB_SET.has(base) && t.lower.endsWith('s') && prev?.word && prev.text.length >= 4 && isLowercaseAsciiWord(prev.text) && prev.text.endsWith('s') && !prev.lower.endsWith('ss') && !prev.lower.endsWith('us') && !prev.lower.endsWith('is') && !SOURCE_PRONOUNS.has(prev.lower) && !AUXILIARIES.has(prev.lower) && !isAdverb(prev.lower)) return false;
    // "it is worth noting that…", "it goes without saying that…": the writer's own aside.
    if (prev && (prev.lower === 'worth' || (prev.lower === 'without' && t.lower === 'saying'))) return false;
    if (this.modifiedNoun(m, head, nounLike)) return false;
    // "personal attacks", "criminal charges", "a strong signal": a noun-like form after an adjective is a noun.
    // Not before a complement clause: in "The medical journal reports that the drug…" the word ending in -al is
    // the noun, while "the personal attacks that defined…" goes on with a relative clause.
    if (prev?.word && ADJECTIVE_SHAPE.test(prev.text) && prev.text.length > 4 && !ACTOR_NOUNS.has(prev.lower) && (t.lower === base || t.lower === inflect(base)[1]) && (NOUN_LIKE.has(base) || STANCE.has(base)) && !this.complementClause(m.i1)) return false;
    // Credit lines: "(Reporting by Ana Lund; Editing by …)", "Lund reported from Oslo." — a place name and
    // nothing more, unlike "reported from March to May that…".
    if (base === 'report' && ((t.lower === 'reporting' && next?.lower === 'by') || (next?.lower === 'from' && this.placeThenEnd(m.i1 + 1)))) return false;
    // "has shown limited interest", "showed signs of fatigue": a party's behaviour, not what a document shows
    // ("the poll shows support for…", "polls show signs of…" report a finding).
    if (base === 'show' && !(prev && isDocumentWord(prev.lower)) && !(prev?.text === ',' && this.documentBeforeAside(m.i0 - 1, t.lower === base))) {
      let k = m.i1;
      while (k < m.i1 + 3 && toks[k]?.word && !SHOWN_ATTITUDES.has(toks[k].lower) && isLowercaseAsciiWord(toks[k].text) && !DETERMINERS.has(toks[k].lower)) k++;
      if (SHOWN_ATTITUDES.has(toks[k]?.lower ?? '')) return false;
    }
    // "found a way to…", "found ways": an object, not a finding.
    if (base === 'find' && next && (/^ways?$/.test(next.lower) || (/^(a|the)$/.test(next.lower) && /^(way|ways)$/.test(toks[m.i1 + 1]?.lower ?? '')))) return false;
    // "state" and "states" are nearly always nouns in news ("the Ohio state treasurer"); as verbs they
    // introduce a clause ("The report states that…"), or follow a document ("The referee's report states the club …").
    if ((t.lower === 'state' || t.lower === 'states') && !this.opensContent(m.i1) && !(prev?.word && DOCUMENT_SOURCES.has(prev.lower))) return false;
    // "…, compared with $2,700": a prepositional phrase, not a cue.
    if (base === 'compare' && prev?.text === ',' && (next?.lower === 'with' || next?.lower === 'to')) return false;
    // "voting rights advocates", "battleground states", "Republican claims as false": a plural noun after a
    // modifier, followed by a preposition or punctuation rather than by what a verb would take (an amount is what
    // a document's verb takes: "The deck projects $14 million"; "The council plans $3 million in cuts" is an intent).
    if ((nounLike || STANCE.has(base) || base === 'state' || base === 'advocate' || base === 'credit') && t.lower !== base && t.lower.endsWith('s') && prev?.word && !SOURCE_PRONOUNS.has(prev.lower) && !AUXILIARIES.has(prev.lower) && !isAdverb(prev.lower) && prev.lower !== 'who' && prev.lower !== 'that' && (!next || (!next.word && !(REPORT_VERB_SET.has(base) && this.amountAt(m.i1))) || (PREPOSITIONS.has(next.lower) && next.lower !== 'to' && !CUE_PREPOSITIONS.has(next.lower)) || NOT_AFTER_VERB.has(next.lower)) && !this.opensContent(m.i1) && !this.closesSentence(m)) return false;
    // "A new poll shows support for the plan", "the survey found plans to…": right after a document's verb a
    // noun-like word is what the document shows, not a second cue.
    // Not after a document's own noun ("documents show", "reports suggest": the noun is the subject).
    if ((nounLike || STANCE.has(base)) && (t.lower === head || t.lower === inflect(head)[1]) && prev && REPORTED_BY_DOCUMENT.has(prev.lower) && !isDocumentWord(prev.lower)) return false;
    if (nounLike && !this.nounLikeVerbPosition(m, head)) return false;
    return true;
  }

  /** Is the cue word a noun after a quantifier, before a relative clause or after an adjective in -ic? */
  private modifiedNoun(m: CueMatch, head: string, nounLike: boolean): boolean {
    const { toks } = this;
    const base = m.entry.base;
    const t = toks[m.i0];
    const prev = this.tok(m.i0 - 1);
    const next = toks[m.i1];
    // "All rates exclude…", "most reports": the -s form of a noun-like cue after a quantifier is a plural noun.
    if (prev && PLURAL_QUANTIFIERS.has(prev.lower) && t.lower !== base && t.lower.endsWith('s') && (NOUN_LIKE.has(base) || STANCE.has(base))) return true;
    // "states that have voted", "claims that were never checked": a noun-like -s form whose "that" or "which" is the
    // subject of an auxiliary is a plural noun with a relative clause ("The report states that the …" is not).
    // (An auxiliary only: in "It estimates that degraded peat emits …" a past participle is an adjective.)
    if (nounLike && t.lower !== base && t.lower.endsWith('s') && (next?.lower === 'that' || next?.lower === 'which') && FINITE_VERBS.has(toks[m.i1 + 1]?.lower ?? '')) return true;
    // "the Democratic contests", "the early Olympic hopes": a capitalised adjective in -ic after a determiner or a
    // lowercase word and before a noun form makes it a noun. Not a name ("Dominic claims", "Ivan Petrovic estimates"), nor a past form
    // ("The Atlantic reported"), nor before an object or a clause's subject ("The Atlantic reports the senator …").
    if (!prev?.word || !nounLike || !startsCapital(prev.text) || prev.lower.length <= 4 || !prev.lower.endsWith('ic')) return false;
    const before = this.tok(m.i0 - 2);
    if (!before?.word || !(startsLowercase(before.text) || DETERMINERS.has(before.lower)) || (t.lower !== head && t.lower !== inflect(head)[1])) return false;
    if (next && next.lower !== 'that' && (DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower))) return false;
    return !this.complementClause(m.i1);
  }
}

// Cue words that an object or a subject shows are no report: "found him guilty", "Five questions for the coach",
// "reports fourth-quarter results on Thursday", "declared a local emergency"; and what a verb's object looks like.
import type { CueMatch } from './shared.js';
import * as shared from './shared.js';
import { VerbPositions } from './verbPositions.js';

// Module-level copies of the shared bindings: under tsx every use of an import is a getter call.
const { AUXILIARIES, NUMBER_WORDS, OPEN_QUOTES, PREPOSITIONS, isTimeWord, startsDigit } = shared;

/** Words of a verdict or a state, not a finding: "found him guilty", "found the city liable". */
const VERDICT_WORDS = new Set(['guilty', 'innocent', 'liable', 'culpable', 'negligent', 'dead',
  // … or a state something was found in: "found the car abandoned", "found him unconscious".
  'abandoned', 'unconscious', 'alive', 'injured', 'unharmed', 'hidden', 'buried', 'dumped', 'burned', 'burnt', 'stabbed', 'submerged']);
/** What is declared by an act, not said: "declared a local emergency", "declared bankruptcy", "declared war on". */
const DECLARED_STATES = new Set(['emergency', 'emergencies', 'holiday', 'bankruptcy', 'insolvency', 'war', 'independence', 'martial', 'curfew', 'ceasefire', 'cease-fire', 'truce', 'moratorium', 'disaster', 'quarantine', 'lockdown', 'amnesty', 'default', 'mourning', 'recess', 'dividend', 'candidacy']);

/** A document's verbs of finding, which a noun with a participle after it may still take. */
const DOCUMENT_VERBS = new Set(['show', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'reveal', 'reveals', 'found', 'find', 'finds', 'put', 'puts', 'estimate', 'estimates', 'says', 'said', 'states', 'stated', 'wrote', 'writes']);

/** Verbs that release a company's or an agency's figures on a date, and what they release. */
export const RELEASING = new Set(['report', 'publish', 'release', 'announce', 'post', 'unveil']);
const RELEASED_DOCUMENTS = new Set(['results', 'earnings', 'figures', 'numbers', 'accounts']);

/** What is added as words, not as a thing ("added a warning to the minister that …"). */
const ADDED_WORDS = new Set(['warning', 'caveat', 'note', 'plea', 'reminder', 'message', 'comment', 'appeal']);

/** Words leading a count ("about 60", "more than 40", "at least 12"). */
const COUNT_LEADS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'more', 'less', 'fewer', 'than', 'over', 'at', 'least', 'up', 'to']);

export abstract class CueLookalikes extends VerbPositions {
  /** A verdict word ("guilty", "liable") within the few words after a "find" cue, before any "that". */
  protected verdictAfter(i: number): boolean {
    return this.objectWordAt(i, 10, VERDICT_WORDS) >= 0;
  }

  /** Where the first of `words` stands among the `reach` tokens from i, before any that is no word or is "that"
   *  (the object of the verb before i, not a clause it reports); -1 if none does. */
  private objectWordAt(i: number, reach: number, words: ReadonlySet<string>): number {
    const { toks } = this;
    for (let k = i; k < Math.min(toks.length, i + reach); k++) {
      if (toks[k].lower === 'that' || !toks[k].word) return -1;
      if (words.has(toks[k].lower)) return k;
    }
    return -1;
  }

  /**
   * A source is never a number: in "Five questions for the new coach" the count wants a plural verb, so "questions"
   * is a noun it counts, not a cue ("nine states", "two contests" too). A count that stands for people keeps its
   * source ("One says the port is safe", "Twelve said", "52 percent said the levy should pass": respondents).
   */
  protected countedNoun([a, b]: [number, number], m: CueMatch): boolean {
    const t = this.toks[a];
    if (b - a !== 1 || b !== m.i0 || t.lower === 'one' || t.text === '1') return false;
    const cue = this.toks[m.i0].lower;
    return (startsDigit(t.text) || NUMBER_WORDS.has(t.lower)) && cue.endsWith('s') && !cue.endsWith('ss');
  }

  /** Is the subject of the verb at i0 a document, right before it or before an aside ("its application, filed …,")? */
  protected listingDocument(i0: number): boolean {
    return this.documentSubject(i0) || (this.toks[i0 - 1]?.text === ',' && this.documentBeforeAside(i0 - 1));
  }

  /** Does an object open at token i: a word other than an auxiliary, or a quotation? */
  protected takesObject(i: number): boolean {
    const t = this.toks[i];
    return !!t && (t.word ? !AUXILIARIES.has(t.lower) : OPEN_QUOTES.has(t.text) || t.text === '"');
  }

  /**
   * "reports fourth-quarter results on Thursday", "will publish its annual accounts next month": a release of
   * results, a scheduled event, when the results noun closes the object (the sentence, a time or a preposition other
   * than "of" follows). "reported earnings of $8 a share" and "reported figures showing that …" report figures.
   */
  protected scheduledRelease(i: number): boolean {
    const k = this.objectWordAt(i, 6, RELEASED_DOCUMENTS);
    if (k < 0) return false;
    const next = this.toks[k + 1];
    return !next || next.text === '.' || (next.word && (isTimeWord(next) || (PREPOSITIONS.has(next.lower) && next.lower !== 'of')));
  }

  /**
   * "Results published in the Lancet on Thursday show …", "Figures released by the agency last week suggest …", "A
   * memo seen by the Herald says …": a participle after the noun it describes, the sentence's verb still to come;
   * the document is the subject of that verb, not the writer of a report here.
   */
  protected reducedRelative(m: CueMatch): boolean {
    const { toks } = this;
    const t = toks[m.i0];
    const prev = toks[m.i0 - 1];
    if (!/(?:ed|en|wn)$/.test(t.lower) || !prev?.word || AUXILIARIES.has(prev.lower) || !PREPOSITIONS.has(toks[m.i1]?.lower ?? '')) return false;
    for (let k = m.i1 + 1; k < Math.min(toks.length, m.i1 + 12); k++) {
      if (toks[k].text === '.' || toks[k].lower === 'that') return false;
      if (DOCUMENT_VERBS.has(toks[k].lower)) return true;
    }
    return false;
  }

  /**
   * "the club added 40 stewards at the gates": a count added, not words. A clause after the count
   * ("added 40 jobs had been cut") reports words: an auxiliary comes before the object closes. Nor a thing added to
   * something ("added a warning label to the video").
   */
  protected addedCount(at: number): boolean {
    const { toks } = this;
    let i = at;
    // "She has since added the hashtag #ad to all five posts", "added a warning label to the video": a thing added
    // to something, not words.
    if (/^(?:a|an|the|his|her|its|their)$/.test(toks[i]?.lower ?? '')) {
      for (let k = i + 1; k < Math.min(toks.length - 1, i + 8); k++) {
        // Not a warning or a note whose words follow its receiver ("added a warning to the minister that …"; "added a
        // label to every post that …" is a thing added).
        if (toks[k].lower === 'to') return k > i + 1 && /^(?:a|an|the|his|her|its|their|all|each|every|both)$|^\d/.test(toks[k + 1].lower) && !(ADDED_WORDS.has(toks[k - 1].lower) && toks.slice(k + 2, k + 7).some((t) => t.lower === 'that' || t.text === ':'));
        if (!toks[k].word && toks[k].text !== '#') return false;
      }
      return false;
    }
    // "about 60", "more than 40": a count's lead.
    while (i < toks.length - 1 && COUNT_LEADS.has(toks[i].lower)) i++;
    if (!toks[i] || !(startsDigit(toks[i].text) || NUMBER_WORDS.has(toks[i].lower))) return false;
    for (let k = i + 1; k < Math.min(toks.length, i + 7); k++) {
      const t = toks[k];
      if (!t.word || PREPOSITIONS.has(t.lower)) return true;
      if (AUXILIARIES.has(t.lower)) return false;
    }
    return true;
  }

  /**
   * "declared a local emergency on Tuesday", "declared a state of emergency", "declared war on": within the few
   * words of the object a state that an act declares, closing it (the sentence, a preposition or a comma follows).
   * "declared that …", "declared, “…”" and "declared the war a failure" report words.
   */
  protected declaredAct(i: number): boolean {
    const k = this.objectWordAt(i, 5, DECLARED_STATES);
    if (k < 0) return false;
    const next = this.toks[k + 1];
    return !next || !next.word || PREPOSITIONS.has(next.lower) || next.lower === 'law' || next.lower === 'and';
  }
}

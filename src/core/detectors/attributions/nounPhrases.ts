// Noun phrases around a cue: the source before or after it, the subject of a clause, titled names, asides and the
// introductory adverbials that are not reported speech.
import * as shared from './shared.js';
import { ORG_WORDS, andInBodyName } from '../../lexicon/names.js';
import * as vagueLexicon from '../../lexicon/vague.js';
import { nounPhraseAfter } from './phraseAfter.js';
import { SentenceBase } from './base.js';
import { isCount, polledGroupBefore, shareStart } from './pollShares.js';
import { PARTICLES } from '../people/scan.js';
import { afterDateline, joinsName, ownedDocumentEnd, ownedGroupEnd, particleInName, titledNameEnd } from './nameSpans.js';
import { isRoleNoun } from '../../lexicon/titles.js';
import { leadBeforeTeam } from './teamLead.js';
import { documentMakerAt, madeByAt, placingWordBefore } from './placedHeads.js';
import { LINKING_ADVERBS, governsInfinitive, wellKnown } from './subjectVerbGap.js';
import { describedBeforeParticiple, describedBeforeRelative, describedBeforeVerb, beforeBracket, closedSubject, placeAfterName, relativeClosedAt, whoseRoleBefore } from './describedSubjects.js';

// Module-level copies of the shared bindings: under tsx every use of an import is a getter call.
const { AUXILIARIES, CLOSE_QUOTES, CONTINUING_PARTICIPLES, DETERMINERS, documentHeadBefore, INTRO_WORDS, NP_BOUNDARIES, OPENING_PARTICIPLE, OPEN_QUOTES, PREPOSITIONS, SOURCE_PRONOUNS, SOURCE_QUANTIFIERS, TIME_DETERMINERS, TIME_HEADS, TIME_WORDS, isAdverb, isTimeWord, startsCapital, startsLowercase } = shared;

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'yet', 'so']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Pronouns that words placing an unnamed source may follow ("Someone close to the manager"). */
const PLACED_PRONOUNS = new Set(vagueLexicon.PLACED_PRONOUNS);
/** An aside of how a source spoke, set off by commas ("speaking privately", "talking on background", "who spoke
 *  on condition of anonymity"): the two words opening it. */
// … or an aside of how the subject came to speak, or of a document's issue (shared.ts ASIDE_PARTICIPLES).
const SPEAKING_ASIDE = new RegExp(`^(?:speaking|talking|who (?:spoke|talked)|${shared.ASIDE_PARTICIPLES.join('|')})\\b`);


/** Prepositions that open a subject's own phrase ("Ruiz of the court", "analysts at Halden Bank"). */
const OWN_PHRASE_OPENERS = new Set(['of', 'at', 'for', 'with', 'from']);
export abstract class SentenceNounPhrases extends SentenceBase {
  /** From token i to the sentence end, only a short prepositional or time phrase (phrases.ts). */
  protected abstract onlyCircumstances(i: number): boolean;

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
    // "Even after the appeal was lodged,", "Instead of complying,", "Wednesday on Fox News,": adverbials too.
    const second = toks[1]?.lower ?? '';
    if ((l === 'even' && (PREPOSITIONS.has(second) || INTRO_WORDS.has(second) || second === 'though' || second === 'if')) || (l === 'instead' && second === 'of')) return true;
    if (isTimeWord(first) && PREPOSITIONS.has(second) && second !== 'of') return true;
    return PREPOSITIONS.has(l) || INTRO_WORDS.has(l) || (l.endsWith('ing') && l.length > 5) || (isAdverb(l) && end < 6);
  }

  /**
   * Index of the last token of the subject before the cue at i0, past auxiliaries, adverbs, time phrases
   * ("X on Saturday said"), "declined to" and a dashed aside; -1 when there is none.
   */
  private subjectEnd(i0: number): number {
    const { toks } = this;
    let j = i0 - 1;
    // "The two lawmakers, however, argue": a linking adverb set off by commas stands between subject and verb.
    if (j >= 3 && toks[j].text === ',' && LINKING_ADVERBS.has(toks[j - 1].lower) && toks[j - 2].text === ',') j -= 3;
    for (;;) {
      while (j >= 0 && toks[j].word && (AUXILIARIES.has(toks[j].lower) || isAdverb(toks[j].lower) || toks[j].lower === "n't" || wellKnown(toks, j, i0)) && toks[j].lower !== 'to') j--;
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
      if (j < 0 || !governsInfinitive(toks, j)) return -1;
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
        // A mark glued to the word before joins it ("Residents’", "F.T.A."), not one closing a quotation (‘…,’ Ana said).
        if ((w.text === '-' || w.text === '’' || w.text === '.') && k > 0 && toks[k - 1].end === w.start && (w.text !== '’' || toks[k - 1].word)) {
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
      // "The Food and Allied Workers Union": "and" inside an organisation's name, not between two names.
      // So is "The Ministry for Land and Rural Affairs": a body "of" or "for" two things.
      // "The Health and Safety Executive's inspection report": also before a head the body owns.
      if (w.text === 'and' && names > 0 && (names === n || andInBodyName(toks, k)) && k > 0 && toks[k - 1].word && startsCapital(toks[k - 1].text) && !ORG_WORDS.has(toks[k - 1].lower) && (ORG_WORDS.has(toks[j].lower) || andInBodyName(toks, k))) {
        k--;
        n++;
        continue;
      }
      // "Economists surveyed by Halden Wire had expected …": a group and the named pollster that asked it, one source.
      if (w.lower === 'by' && names > 0 && names === n && polledGroupBefore(toks, k)) {
        k -= 2;
        n += 2;
        continue;
      }
      // "the Office for National Statistics", "the Ministry of Fisheries": a body's word, then its field's names.
      if ((w.lower === 'of' || w.lower === 'for') && names > 0 && names === n && toks[k - 1]?.word && startsCapital(toks[k - 1].text) && ORG_WORDS.has(toks[k - 1].lower)) {
        k--;
        n++;
        continue;
      }
      // "both parties" (in "Operatives in both parties say"): the quantifier opens the phrase, as "some" does.
      if (w.lower === 'both' && k !== j) {
        k--;
        break;
      }
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

  /** Is there a ", and" or ", but" in toks[from, to) (a second clause with a subject of its own)? */
  private joinedClauseBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.toks[k].text === ',' && /^(?:and|but)$/.test(this.toks[k + 1]?.lower ?? '')) return true;
    return false;
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
    const apposed = toks[j].text === ',' ? this.trailingApposedSource(j, i0) ?? this.documentBeforeRelative(j) : null;
    if (apposed) return apposed;
    let bracketed = false;
    [j, bracketed] = beforeBracket(toks, j);
    // "The F.T.A. said": an abbreviation's final dot.
    if (toks[j].text === '.' && j > 0 && toks[j - 1].end === toks[j].start && toks[j - 1].word) j--;
    // Apposition closing comma: "Japan’s Chief Cabinet Secretary, Hirokazu Matsuno, echoed".
    let apposition = toks[j].text === ',' && j > 0 && toks[j - 1].word && startsCapital(toks[j - 1].text);
    const placed = toks[j].text === ',' && !apposition ? placeAfterName(toks, j) : -1; // "…, Rep. Ana Ruiz of a rural district, said"
    if (placed > 0) [j, apposition] = [placed, true];
    if (toks[j].text === ',' && !apposition) {
      const spoke = this.beforeSpeakingAside(j) ?? this.beforeAge(j);
      if (spoke) return spoke;
      // "Scott Pruitt, the attorney general of Oklahoma, said": the subject opens the clause.
      return this.clauseSubject(i0);
    }
    // "Aisling Moran, 34, from Dublin, who was travelling … to Chester, said": the name closes a relative clause on the
    // clause's subject, not an apposition.
    if (apposition && relativeClosedAt(this.toks, j)) {
      const subject = this.clauseSubject(i0);
      if (subject && subject[1] < j) return subject;
    }
    if (apposition) j--;
    const t = toks[j];
    if (!t.word) return null;
    if (SOURCE_PRONOUNS.has(t.lower)) {
      // "Many of you told us": a part of the pronoun's group, counted by the quantifier.
      if (j >= 2 && toks[j - 1].lower === 'of' && SOURCE_QUANTIFIERS.has(toks[j - 2].lower)) return [j - 2, j + 1];
      // "He", "They", "Many": a lone pronoun, unless it quantifies a noun ("many experts").
      return [j, j + 1];
    }
    const a = this.npStart(j, apposition);
    if (a > j) return null;
    // "…, whose leader, Gwendolyn Ashby, described": the name fills the relative's role and is the verb's subject.
    if (apposition && whoseRoleBefore(toks, a - 1)) return [a, j + 1];
    // "A ward sister talking to the Gazette said": the paper is whom she spoke to, not the source.
    if (!apposition && a >= 3 && /^(?:to|with)$/.test(toks[a - 1].lower) && /^(?:speaking|talking)$/.test(toks[a - 2].lower) && toks[a - 3].word) {
      const speaker = this.npBefore(a - 2);
      if (speaker && this.subjectLike(speaker[0])) return speaker;
    }
    // "Trump, in Kentucky, said", "The appeal, which was lodged in Denver, claimed": the name closes an aside
    // that a comma opened; the source is the noun phrase before the aside.
    const aside = apposition && toks[a - 1]?.word ? this.asideOpening(a - 1) : -1;
    // "In a string of posts Sunday, Ms. Okonjo, an adviser to Gov. Ana Ruiz, wrote": the introductory phrase closed
    // at an earlier comma; the aside's comma follows the subject.
    const introOnly = aside > 0 && this.introPhrase(aside) && !toks.slice(0, aside).some((t) => t.text === ',');
    if (aside > 0 && toks[aside - 1].word && !introOnly) {
      const before = this.npBefore(aside);
      if (before && this.subjectLike(before[0])) return before;
      // "Kirsty Munro, 29, who is expecting a child in July, said": asides in a row after the clause's subject.
      const subject = this.clauseSubject(i0);
      if (subject && subject[1] <= aside && toks[subject[1]]?.text === ',' && !this.introPhrase(subject[1])) return subject;
    }
    if (apposition && toks[a - 1]?.text === ',') {
      // "Tomas Lind, the trade minister of Sweden, said": what precedes the comma is a description.
      const subject = this.clauseSubject(i0);
      // "Ruiz has a sore knee, and her coach, Tom Ellery, said": not past a clause joined by ", and".
      if (subject && subject[0] < a && !this.joinedClauseBetween(subject[1], a - 1)) return subject;
    }
    if (bracketed && toks[a - 1]?.text === ',') {
      // "Lena Brandt, chair of Harbor Watch (a residents group), posted": the name right before the description.
      const subject = this.clauseSubject(i0);
      if (subject && subject[1] === a - 1) return subject;
    }
    const head = this.headBeforeRelative(a)?.[0] ?? this.headBeforeBareRelative(a)?.[0] ?? this.headBeforeWithheld(a)?.[0] ?? leadBeforeTeam(this.toks, a);
    if (head !== null) return [head, j + 1];
    return this.subjectBeforePlace(a, j) ?? [this.attachHead(a), j + 1];
  }

  /** "Pharmacy logs (for January to June), which the nurse photographed, show": the document a relative aside closing
   *  at `close` is on, with its complement. */
  private documentBeforeRelative(close: number): [number, number] | null {
    const { toks } = this;
    for (let k = close - 2; k > 0 && close - k <= 15; k--) {
      if (toks[k].text !== ',') continue;
      const d = toks[k + 1]?.lower === 'which' ? documentHeadBefore(toks, k) : -1;
      const np = d >= 0 ? this.npBefore(d + 1) : null;
      // Not a document inside someone's relative ("Ruiz, who read the logs, which …", "The nurse who kept the logs").
      if (np && ((np[0] > 0 && toks[np[0] - 1].word && !CONJUNCTIONS.has(toks[np[0] - 1].lower)) || toks.slice(np[0], d).some((t) => RELATIVES.has(t.lower)))) return null;
      return np ? [np[0], k] : null;
    }
    return null;
  }

  /**
   * "Judge Evelyn Marchetti of the federal district court in Northern California wrote", "Analysts at Halden Bank in
   * London said": a place after the subject's own prepositional phrase closes that subject; the source is the whole
   * phrase from the clause's start, not the place.
   */
  private subjectBeforePlace(a: number, j: number): [number, number] | null {
    const { toks } = this;
    if (a < 3 || !/^(?:in|at|from)$/.test(toks[a - 1].lower) || !startsCapital(toks[a].text)) return null;
    const outer = this.npBefore(a - 1);
    if (!outer || outer[1] !== a - 1 || outer[0] !== this.clauseStart(a - 1) || !this.subjectLike(outer[0])) return null;
    // Only past a phrase of its own ("of the court", "at Halden Bank"): "Residents in Leeds" is placed already.
    for (let k = outer[0] + 1; k < outer[1]; k++) if (OWN_PHRASE_OPENERS.has(toks[k].lower)) return [outer[0], j + 1];
    return null;
  }

  /** "Aisling Moran, …", "Fleming Oduya said": a first name ending like a participle, then a capitalised surname that
   *  is no time word ("Speaking Tuesday, …" opens with a participle). */
  private nameAt(k: number): boolean {
    const next = this.toks[k + 1];
    return startsCapital(this.toks[k].text) && next !== undefined && next.word && startsCapital(next.text) && !isTimeWord(next) && !DETERMINERS.has(next.lower);
  }

  /**
   * "A staffer at the ministry, speaking privately, said": the subject before an aside of how one spoke that the
   * comma at `comma` closes (clauseSubject looks for a name and would find none, or one inside what was said).
   */
  /** "…, Ana Ruiz, 54, told reporters": an age set off by commas after a name or a description, which is the source. */
  private beforeAge(comma: number): [number, number] | null {
    const { toks } = this;
    if (!/^\d{1,3}$/.test(toks[comma - 1]?.text ?? '') || toks[comma - 2]?.text !== ',' || !toks[comma - 3]?.word) return null;
    // "…, Ana Ruiz, 54," or "…, the mayor, 61,": a name or a description standing alone after a comma.
    const before = this.npBefore(comma - 2);
    if (!before || !(startsCapital(toks[before[0]].text) || DETERMINERS.has(toks[before[0]].lower))) return null;
    return before[0] === 0 || toks[before[0] - 1].text === ',' ? before : null;
  }

  private beforeSpeakingAside(comma: number): [number, number] | null {
    const { toks } = this;
    let k = comma - 1;
    // An abbreviation's dots stay inside the aside ("issued at 4 p.m.,").
    // Up to fourteen words: "speaking on condition that neither they nor their employer be named".
    while (k > 0 && comma - k <= 14 && (toks[k].word || (toks[k].text === '.' && toks[k - 1].end === toks[k].start))) k--;
    if (toks[k]?.text !== ',' || this.introPhrase(k)) return null;
    // "The mayor, in a statement, said": a short aside of where or when, after a subject opening the sentence.
    const placed = PREPOSITIONS.has(toks[k + 1]?.lower ?? '') && comma - k <= 6;
    if (!placed && !SPEAKING_ASIDE.test(`${toks[k + 1]?.lower} ${toks[k + 2]?.lower}`)) return null;
    const before = this.npBefore(k);
    return before && this.subjectLike(before[0]) && (!placed || before[0] === 0) ? before : null;
  }

  /**
   * "One source who was in the room said": the phrase starting at `a` closes a relative clause of place ("who was
   * in …"); the source is the noun phrase the clause describes, not the place.
   */
  private headBeforeRelative(a: number): [number, number] | null {
    const { toks } = this;
    const [who, be, prep] = [toks[a - 3], toks[a - 2], toks[a - 1]];
    if (!who || !/^(?:who|that)$/.test(who.lower) || !/^(?:is|was|are|were)$/.test(be.lower) || !PREPOSITIONS.has(prep.lower)) return null;
    const head = this.npBefore(a - 3);
    return head && toks[head[1]] === who && this.subjectLike(head[0]) ? head : null;
  }

  /**
   * "People who live near the plant said", "Shoppers who spoke to the Gazette said": the words before the cue close a
   * relative clause with no comma on the subject; the source is the subject and its clause, not the clause's object.
   */
  private headBeforeBareRelative(a: number): [number, number] | null {
    const { toks } = this;
    for (let k = a - 1; k >= 1 && a - k <= 8; k--) {
      if (!toks[k].word) return null;
      if (toks[k].lower !== 'who') continue;
      const head = this.npBefore(k);
      if (!head || head[1] !== k) return null;
      // A subject, or a phrase opening its clause ("…, shoppers who spoke to us said"), or whom a placing phrase follows.
      if (this.subjectLike(head[0]) || !toks[head[0] - 1]?.word) return head;
      const placed = this.attachHead(head[0]);
      return placed < head[0] && this.subjectLike(placed) ? [placed, k] : null;
    }
    return null;
  }

  /**
   * "An official not authorized to talk about the case publicly said": the phrase starting at `a` is the object of
   * what the source may not say; the source is the noun phrase before "not authorized", which the whole describes.
   */
  private headBeforeWithheld(a: number): [number, number] | null {
    const { toks } = this;
    for (let k = a - 1; k >= 2 && a - k <= 5; k--) {
      if (!toks[k].word) return null;
      if (!shared.PERMITTED_WORDS.has(toks[k].lower) || !/^(?:not|never)$/.test(toks[k - 1].lower) || toks[k + 1]?.lower !== 'to') continue;
      const head = this.npBefore(k - 1);
      return head && head[1] === k - 1 && this.subjectLike(head[0]) ? head : null;
    }
    return null;
  }

  /** Do at most four words of when or where, from i, close at a comma before "and" or "but" ("said on Saturday, and")? */
  private joinedAfterCircumstances(i: number): boolean {
    const { toks } = this;
    const first = toks[i];
    if (!first?.word || !(TIME_WORDS.has(first.lower) || PREPOSITIONS.has(first.lower) || isTimeWord(first))) return false;
    for (let k = i; k < toks.length && k - i <= 4; k++) {
      if (toks[k].text === ',') return /^(?:and|but)$/.test(toks[k + 1]?.lower ?? '');
      if (!toks[k].word) return false;
    }
    return false;
  }

  /**
   * "Turnout is 31 per cent, the returning officer, Denise Ockley, has announced." / "…, Denise Ockley, the returning
   * officer, said.": a frame after the content whose source is a name and a description in apposition, the comma
   * before the cue (at `comma`) closing the second. The source is both, from the comma after the content; the
   * sentence subject before it is what was reported, not who reported it.
   */
  private trailingApposedSource(comma: number, i0: number): [number, number] | null {
    const { toks } = this;
    // Past a cue of two words or a listener ("pointed out", "told reporters").
    let e = i0 + 1;
    while (e < toks.length && e - i0 <= 2 && toks[e].word) e++;
    const end = toks[e];
    // The frame ends the sentence, a participle continues it ("…, added, noting that …"), only its circumstances follow
    // ("…, said in a letter.") or a clause joined after them ("…, Ana White, said on Friday, and it has …").
    if (end && !/^[.!?]$/.test(end.text) && !(end.text === ',' && CONTINUING_PARTICIPLES.has(toks[e + 1]?.lower ?? '')) && !this.onlyCircumstances(i0 + 1) && !this.joinedAfterCircumstances(i0 + 1)) return null;
    // A segment opens after a comma, or after a quotation closed by one ("“…,” Ana Ruiz, the treasurer, said.").
    const segment = (to: number): number => {
      let k = to - 1;
      while (k >= 0 && to - k <= 8 && toks[k].word) k--;
      const opens = toks[k]?.text === ',' || ((CLOSE_QUOTES.has(toks[k]?.text ?? '') || toks[k]?.text === '"') && toks[k - 1]?.text === ',');
      return k >= 0 && opens && k < to - 1 ? k : -1;
    };
    const mid = segment(comma);
    const open = mid > 0 ? segment(mid) : -1;
    if (open <= 0) return null;
    const named = (a: number, b: number) => { for (let k = a; k < b; k++) if (!startsCapital(toks[k].text)) return false; return true; };
    const described = (a: number) => DETERMINERS.has(toks[a].lower) || /['’]s?$/.test(toks[a].text);
    const first: [number, number] = [open + 1, mid];
    const second: [number, number] = [mid + 1, comma];
    // After a name, a bare role describes it too ("…, Siobhán Ní Bhriain, general secretary of the union, said.").
    const role = (a: number) => described(a) || startsLowercase(toks[a].text);
    const ok = (named(...first) && role(second[0])) || (described(first[0]) && named(...second));
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
  protected attachHead(a: number, depth = 0): number {
    const { toks } = this;
    // "Someone inside the dressing room": the place a pronoun is in, found as the phrase.
    if (a > 0 && /^(?:inside|within)$/.test(toks[a].lower) && PLACED_PRONOUNS.has(toks[a - 1].lower)) return a - 1;
    let p = a - 1;
    if (p < 1) return a;
    const prep = toks[p].lower;
    // "nearly 7 in 10 answered", "three in 10 saying": a poll's share of respondents, not the number closing it.
    if (prep === 'in' && shared.startsDigit(toks[a].text) && isCount(toks[p - 1])) return shareStart(toks, p - 1);
    let maker = false;
    let placed = false;
    // "sources close to the mayor", "Residents reached by phone"; "a filing by the ministry shows" (not across a
    // link's brackets: in "A [survey by the union](…)" the link text is the source).
    if (placingWordBefore(toks, p)) p--;
    // "One person with (direct) knowledge of the deal": the knowledge places the person.
    else if (prep === 'with' && (toks[a].lower === 'knowledge' || toks[a + 1]?.lower === 'knowledge')) placed = true;
    else if (documentMakerAt(toks, p)) maker = true;
    else if (madeByAt(toks, p)) {
      p--;
      maker = true;
    }
    else if (prep !== 'for' && prep !== 'at' && prep !== 'from' && prep !== 'in' && prep !== 'on' && prep !== 'across' && !(prep === 'with' && isRoleNoun(toks[p - 1]?.lower ?? '')) && !((prep === 'over' || prep === 'under') && shared.startsDigit(toks[a].text))) return a;
    let k = p - 1;
    let n = 0;
    while (k >= 0 && n < 4 && toks[k].word && !NP_BOUNDARIES.has(toks[k].lower) && !SOURCE_PRONOUNS.has(toks[k].lower)) {
      k--;
      n++;
    }
    // "Someone close to the manager", "Those familiar with the talks": a pronoun is the head the words place.
    if (n === 0) return p > 0 && PLACED_PRONOUNS.has(toks[p - 1].lower) && (placed || p < a - 1) ? p - 1 : a;
    // Only when the head is a noun phrase on its own: it starts the clause or follows a determiner, a comma or a
    // conjunction, or opens with a determiner or a possessive ("an exchange student in Montana", "but Cruz’s
    // fusillade in Colorado": the place is no source).
    const before = this.tok(k);
    const opener = toks[k + 1];
    const ownPhrase = DETERMINERS.has(opener.lower) || (startsCapital(opener.text) && /['’]s$/.test(opener.text)) || CONJUNCTIONS.has(before?.lower ?? '');
    const quantifier = before !== undefined && before.word && (DETERMINERS.has(before.lower) || /^(some|many|most|several|few|other)$/.test(before.lower));
    if (before && before.word && !ownPhrase && !quantifier) {
      // "Two diplomats in Velsk briefed on the matter": where the head is, between it and what places it.
      if (depth === 0 && p < a - 1 && /^(?:in|at|from)$/.test(before.lower)) {
        const outer = this.attachHead(k + 1, 1);
        if (outer < k + 1) return outer;
      }
      return a;
    }
    if (quantifier) k--;
    const head = k + 1;
    if (maker && /[[\]]/.test(this.ctx.doc.text.slice(toks[head].start, toks[p].start))) return a;
    return head < p ? head : a;
  }

  /** A noun phrase starting at token i ("said Matsuno", "according to a 2024 report", "told reporters"). */
  protected npAfter(i: number): [number, number] | null {
    return nounPhraseAfter(this.toks, i);
  }

  /** The subject of the clause a participle or a comma-separated cue belongs to: its first name or pronoun. */
  protected clauseSubject(before: number): [number, number] | null {
    const from = this.clauseStart(before);
    const joined = this.joinedSubject(from, before);
    if (joined) return joined;
    // "The town council, which runs the beach, says": a description closed by its relative clause's comma.
    const described = describedBeforeRelative(this.toks, from);
    if (described && described[1] < before) return described;
    return describedBeforeParticiple(this.toks, from, before) ?? this.firstSubject(from, before) ?? describedBeforeVerb(this.toks, from, before);
  }

  /** "An aide, who argued …, said": the subject whose asides close at `comma`, or a document's maker past its apposition. */
  protected describedClosedAt(comma: number): [number, number] | null {
    return closedSubject(this.toks, this.clauseStart(comma), comma);
  }

  /** Where the clause ending before token `before` starts: after a closing quotation or a semicolon, a dateline and an
   *  introductory phrase ("Chastened by the analyses, …", "On Thursday, …"). */
  private clauseStart(before: number): number {
    const { toks } = this;
    let from = 0;
    for (let k = before - 1; k >= 0; k--) {
      // A straight or single mark after a comma closes a quotation that opened the sentence ("Costs rose," Ruiz,
      // …, said), not a title inside it (Hemsley, the author of "Going Viral," said).
      if (CLOSE_QUOTES.has(toks[k].text) || toks[k].text === ';' || (/^["'’]$/.test(toks[k].text) && /^[,?!]$/.test(toks[k - 1]?.text ?? '') && /^["'‘]$/.test(toks[0].text))) {
        from = k + 1;
        break;
      }
    }
    from = afterDateline(this.toks, from);
    // "Chastened by the analyses, Trump…", "On Thursday, she…": skip an introductory phrase up to its comma; and a
    // second after it ("At one point, when a donor asks about Wexley's preparation, Kettering sighs and says").
    for (let round = 0; round < 2; round++) {
      const skipped = this.afterIntroPhrase(from, before);
      if (skipped === from) break;
      from = skipped;
    }
    return from;
  }

  /** Where the clause goes on after one introductory phrase opening at `from` (up to its comma), or `from`. */
  private afterIntroPhrase(from: number, before: number): number {
    const { toks } = this;
    const first = toks[from];
    const participle = first?.word && (first.lower.endsWith('ing') || first.lower.endsWith('ed')) && !this.nameAt(from);
    // "When the judge asked whether he was well, the defendant…", "Back in Dunmore, Kessler…" too, when one comma
    // closes them (in "while discussing a post showing X, Y and Z, Ruiz said" the first comma is inside the list).
    // Not "As Ruiz, the treasurer, told the Gazette, …": an "as" frame is itself the attribution.
    const intro = first?.word && INTRO_WORDS.has(first.lower) && first.lower !== 'as' && toks.slice(from, toks[before - 1]?.text === ',' ? before - 1 : before).filter((t) => t.text === ',').length === 1;
    if (!(first?.word && (PREPOSITIONS.has(first.lower) || participle || isAdverb(first.lower) || isTimeWord(first) || intro))) return from;
    for (let k = from + 1; k < Math.min(before, from + (intro ? 20 : 12)); k++) if (toks[k].text === ',') return k + 1;
    return from;
  }

  /**
   * "Petrova has been warning that …, and the Harwick City Council, which sided with her, said": the subject of a
   * clause joined by ", and" or ", but" that opens right after the conjunction and is set off by a comma before the
   * cue; else null.
   */
  private joinedSubject(from: number, before: number): [number, number] | null {
    const { toks } = this;
    for (let c = before - 2; c > from; c--) {
      if (toks[c].text !== ',' || !/^(?:and|but)$/.test(toks[c + 1].lower)) continue;
      const s = this.firstSubject(c + 2, before);
      return s && s[0] === c + 2 && toks[s[1]]?.text === ',' ? s : null;
    }
    return null;
  }

  /** The first name or pronoun in toks[from, before) (with its "the" and a lowercase title before the name). */
  private firstSubject(from: number, before: number): [number, number] | null {
    const { toks } = this;
    for (let k = from; k < before; k++) {
      const t = toks[k];
      if (!t.word || isTimeWord(t)) continue;
      if (SOURCE_PRONOUNS.has(t.lower) && t.lower !== 'it') return [k, k + 1];
      // "a Kenyan charity", "his Facebook page": a capital between an article or a possessive and a noun modifies it.
      const modifier = k > from && /^(?:a|an|his|her|its|their)$/.test(toks[k - 1].lower) && toks[k + 1]?.word && startsLowercase(toks[k + 1].text) && !PARTICLES.has(toks[k + 1].lower) && !/^(?:of|for|and)$/.test(toks[k + 1].lower);
      if (startsCapital(t.text) && !modifier && !(k === from && DETERMINERS.has(t.lower)) && !NP_BOUNDARIES.has(t.lower) && !DETERMINERS.has(t.lower)) {
        let e = k + 1;
        // "The Health and Safety Executive's inspection report, read in part by …, says": "and" inside a body's name,
        // then the body's own document.
        while (e < before && ((toks[e].word && (startsCapital(toks[e].text) || toks[e].lower === 'of' || particleInName(toks, e, before) || (toks[e].lower === 'and' && andInBodyName(toks, e)))) || joinsName(toks, e))) e++;
        const s = k > 0 && toks[k - 1].lower === 'the' ? k - 1 : k;
        // "The Velorian government, in a communiqué read on state radio, said": the body's noun after its name.
        if (s < k && e < before && GOVERNING_BODIES.has(toks[e].lower)) e++;
        return [s, ownedDocumentEnd(toks, e, before) ?? ownedGroupEnd(toks, e, before) ?? titledNameEnd(toks, e, before)];
      }
    }
    return null;
  }
}

/** Lowercase nouns of a state's bodies that follow the name of the state or place they belong to ("The Garoua
 *  government", "the Velorian army"). */
const GOVERNING_BODIES = new Set(['government', 'ministry', 'army', 'military', 'police', 'administration', 'junta', 'presidency', 'regime', 'authorities', 'embassy', 'parliament', 'cabinet']);


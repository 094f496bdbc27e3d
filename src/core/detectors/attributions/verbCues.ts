// Verb cues ("X said that C", "C, X said", "“C,” said X", passives, participles): where the source and the
// content lie for a reporting verb.
import type { Attribution, CueEntry, CueMatch, Span, Token } from './shared.js';
import * as shared from './shared.js';
import { RELEASING } from './cueLookalikes.js';
import { FrameShapes } from './frameShapes.js';
import * as titles from '../../lexicon/titles.js';
import { isAgentNoun } from '../../lexicon/bareGroups.js';
import { pairAfter, pairBefore } from './coordinated.js';
import { INCLUDING, KNOWN_PEOPLE, RECORDERS, quantityOnly } from './cueContext.js';
import { inClauseBeforeMain } from './openingClauses.js';
import { entriesBefore } from './cueIndex.js';

// Module-level copies of the shared bindings: under tsx every use of an import is a getter call.
const { ACTOR_NOUNS, ASIDE_PARTICIPLE_SET, AUXILIARIES, CLOSE_QUOTES, CONDITION_WORDS, HEARING_NOUNS, CONTINUING_PARTICIPLES, CUE_PREPOSITIONS, DETERMINERS, DOCUMENT_SOURCES, IMPERSONAL, IMPERSONAL_WITH_THAT, INFINITIVE_CUES, LISTENER_VERBS, OPEN_QUOTES, PREPOSITIONS, RELATIVE_PRONOUNS, SAYING_FORMS, SOURCE_PRONOUNS, STANCE, STRONG_CUES, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_WORDS, isAdverb, isTimeWord, lastWord, spaceRuns, startsCapital, startsDigit } = shared;
const { isRoleNoun } = titles;
/** Speech verbs that take no object, so that a description after them ("…, said the treasurer.") is their subject. */
const INVERTING = new Set(['say', 'add', 'continue', 'insist', 'reply', 'quip', 'concede']);
/** The words opening an unnamed source's description ("said one neighbour", "said a diplomat"). */
const UNNAMED_OPENERS = /^(?:a|an|one|two|three|four|five|several|some)$/;

/** Particles and idioms after "call" and its object that name nothing ("called him back", "called it quits"). */
const CALL_PARTICLES = new Set(['back', 'in', 'out', 'up', 'off', 'over', 'away', 'home', 'quits', 'names']);
/** Objects of a naming "call" ("called him divisive", "calls it a scandal"): a person, a thing or an act named. */
const CALLED_OBJECTS = new Set(['him', 'her', 'it', 'them', 'this', 'that', 'these', 'those', 'himself', 'herself', 'themselves', 'itself']);
/** Verbs of perceiving a thing, whose object a relative clause may end before the main verb ("who has seen the
 *  records said"). */
const PERCEIVED = new Set(['see', 'hear', 'read', 'witness', 'watch']);
/** How long something went on, after "for" ("complained for years about"). */
const DURATIONS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'ages', 'generations']);
/** Cue forms news uses as nouns unless an object or a clause follows. */
const NOUN_FORMS = new Set(['rules', 'rates']);
/** Words that only modify those nouns ("Federal rules that …", "Interest rates the banks charge"), never their subject. */
const NOUN_FORM_MODIFIERS = new Set(['new', 'old', 'current', 'existing', 'proposed', 'draft', 'federal', 'state', 'local', 'national', 'strict', 'stricter', 'tough', 'tougher', 'tight', 'tighter', 'loose', 'looser', 'interest', 'mortgage', 'tax', 'exchange', 'lending', 'borrowing', 'inflation', 'unemployment', 'vacancy', 'response', 'birth', 'death', 'crime', 'poverty', 'growth', 'insurance', 'safety', 'zoning', 'planning', 'voting', 'election', 'trade', 'visa', 'immigration', 'freight', 'shipping', 'spot', 'savings', 'deposit', 'tariff', 'fire', 'building', 'ethics', 'these', 'those', 'such']);
/** Participles whose maker, after "by", stands behind a figure or a proposal ("the cut recommended by X"). */
export const AGENT_PARTICIPLES = new Set(['recommended', 'estimated', 'forecast', 'forecasted', 'projected', 'predicted', 'proposed', 'calculated']);

/** A verb cue's source, and how it was found. */
interface VerbSource {
  source: [number, number] | null;
  /** Inverted ("…,” said X") or a passive's agent: the source follows the cue. */
  sourceAfter: boolean;
  /** "It is widely believed that…": a passive with no agent. */
  vagueImpersonal: boolean;
  passive: boolean;
}

/** A verb cue's content, and what its place says about the cue (evidence for weak cues). */
interface VerbContent {
  content: Span | null;
  afterStart: number;
  afterOpens: boolean;
  contentFirst: boolean;
  endsHere: boolean;
  infinitive: boolean;
  participle: boolean;
  prepContent: boolean;
  asContent: boolean;
  passiveContent: boolean;
}

export abstract class VerbCues extends FrameShapes {

  protected matchCue(table: ReadonlyMap<string, CueEntry[]>, i: number): CueMatch | null {
    const t = this.toks[i];
    if (!t.word) return null;
    const list = table.get(t.lower);
    return list ? this.matchEntries(list, i) : null;
  }

  /** The first (longest) of the cues starting with token i whose further words follow it. */
  protected matchEntries(list: CueEntry[], i: number): CueMatch | null {
    // A long list is read through its index: only the entries whose second word comes next can match.
    const entries = entriesBefore(list, this.toks[i + 1]);
    for (const entry of entries) {
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        if (this.toks[i + k]?.lower !== entry.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { i0: i, i1: i + entry.words.length, entry };
    }
    return null;
  }

  // ── verb cues ────────────────────────────────────────────────────────────────────────────────────────────

  protected verbCue(m: CueMatch): Attribution | null {
    const { toks } = this;
    const { entry } = m;
    const extra = this.extraCueBases.has(entry.base);
    if (!extra && !this.verbPosition(m)) return null;
    // "was found guilty", "were found dead": a verdict or an event, not a finding reported ("it was found that…" is).
    if (entry.base === 'find' && toks[m.i0].lower === 'found' && this.isPassive(m.i0) && toks[m.i1]?.lower !== 'that') return null;
    // "A jury found the treasurer guilty": the active verdict, a verdict word closing the object.
    if (entry.base === 'find' && this.verdictAfter(m.i1)) return null;
    if (entry.base === 'declare' && this.declaredAct(m.i1)) return null;
    // "Federal rules require …", "Response rates for small appliances run …": nouns all but always in news (PolNeAR
    // train marks 1 of 127 "rules" and 1 of 89 "rates" a cue); verbs before "that" or an object ("The judge rules
    // that …", "Factline rates the claim false").
    if (NOUN_FORMS.has(toks[m.i0].lower) && (!this.objectOrThat(m.i1) || NOUN_FORM_MODIFIERS.has(toks[m.i0 - 1]?.lower ?? ''))) return null;
    // "Those who knew him say …": knowing a person is acquaintance, not a thought reported ("knew him to be" is).
    if (entry.base === 'know' && KNOWN_PEOPLE.has(toks[m.i1]?.lower ?? '') && toks[m.i1 + 1]?.lower !== 'to') return null;
    // "Meridian has observed about 60 small rocky planets": a count observed, like one added, is no report.
    if ((entry.base === 'add' || entry.base === 'observe') && this.addedCount(m.i1)) return null;
    if ((entry.kind === 'writing' || RELEASING.has(entry.base) || DOCUMENT_SOURCES.has(toks[m.i0 - 1]?.lower ?? '')) && this.reducedRelative(m)) return null;
    // "has argued for years with the council": the cue's "for" opens a stretch of time, not what was argued for.
    if (entry.base.endsWith(' for') && toks[m.i1 - 1]?.lower === 'for' && DURATIONS.has(toks[m.i1]?.lower ?? '') && toks[m.i1 + 1]?.lower !== 'that') return null;
    if (RELEASING.has(entry.base) && this.scheduledRelease(m.i1)) return null;
    // "The filing lists 38 positions": a document lists, as it shows (a person listing reasons is left to other
    // cues); the verb takes its object ("on the business-friendly list." and "billionaire lists can grow" are nouns).
    if (entry.base === 'list' && !(this.takesObject(m.i1) && this.listingDocument(m.i0))) return null;
    // "The minutes record that the vote was 7-2": a document's record of a clause (a record is a noun far more often).
    // So do a coroner, a judge or a hearing ("The coroner recorded that …").
    if (entry.base === 'record' && !(toks[m.i1]?.lower === 'that' && (this.listingDocument(m.i0) || RECORDERS.has(toks[m.i0 - 1]?.lower ?? '') || HEARING_NOUNS.has(toks[m.i0 - 1]?.lower ?? '')))) return null;
    // "the cut recommended by the Council": the figure and its maker, read by byNamedAgent (otherCues).
    if (AGENT_PARTICIPLES.has(toks[m.i0].lower) && toks[m.i1]?.lower === 'by' && !this.isPassive(m.i0)) return null;
    const intro = this.introParticiple(m);
    if (intro) return intro;
    const i1 = this.cueEnd(m);
    const s = this.verbSource(m, i1);
    if (s === null || (s.source && !s.sourceAfter && this.countedNoun(s.source, m)) || (s.source && quantityOnly(this.toks, s.source, m))) return null;
    if (entry.base === 'call' && !s.passive && this.namingCall(m, s.source, s.sourceAfter)) return null;
    const c = this.verbContent(m, i1, s);
    // Weak cues need evidence that something is reported ("made the remarks", "issued a statement": the noun
    // already says that something was said).
    const strong = extra || STRONG_CUES.has(entry.base) || entry.words.length === 3;
    if (!strong && i1 === m.i1 && !this.reportEvidence(m, s, c)) return null;
    if (!this.stillAttribution(m, i1, s, c)) return null;
    // "A person who has seen the records said …": what a relative clause on the subject saw is no report; the
    // sentence's own verb of saying follows its object.
    if (PERCEIVED.has(entry.base) && s.source && toks[s.source[0]].lower === 'who' && this.sayingAfterObject(i1)) return null;
    const cue = this.span(toks[m.i0].start, toks[i1 - 1].end);
    const sourceSpan = s.source ? this.tokenSpan(s.source[0], s.source[1]) : null;
    let kind = entry.kind;
    if (sourceSpan && DOCUMENT_SOURCES.has(lastWord(sourceSpan.text))) kind = 'report';
    return this.make(sourceSpan, cue, c.content, kind, s.vagueImpersonal);
  }

  /**
   * Where the cue ends: "echoed this commitment, stating that…" is one cue from the verb to the participle
   * (PolNeAR style). A stance or listener verb has its own object ("attacked Trump, saying…", "told the group,
   * adding…"): two cues.
   */
  private cueEnd(m: CueMatch): number {
    const { toks } = this;
    const { entry } = m;
    let i1 = m.i1;
    // Nor a verb that reports a clause: in "said the plan failed, adding that …" what follows "said" is its content.
    if (CONTINUING_PARTICIPLES.has(toks[m.i0].lower) || this.opensContent(i1) || STANCE.has(entry.base) || LISTENER_VERBS.has(entry.base) || SAYING_FORMS.has(toks[m.i0].lower)) return i1;
    for (let k = i1; k < Math.min(toks.length - 1, i1 + 8); k++) {
      const tk = toks[k];
      // Only across an object ("echoed this commitment, stating"), not across nothing or an adverbial
      // ("said, adding", "said at the town hall, stressing"): those are two attributions.
      if (tk.text === ',' && CONTINUING_PARTICIPLES.has(toks[k + 1].lower)) {
        const between = toks[i1];
        if (k === i1 || PREPOSITIONS.has(between.lower) || (TIME_WORDS.has(between.lower) && !DETERMINERS.has(between.lower)) || isAdverb(between.lower)) break;
        i1 = k + 2;
        if (toks[i1]?.lower === 'out' || toks[i1]?.lower === 'to') i1++;
        break;
      }
      if (!tk.word) break;
    }
    return i1;
  }

  /** Does a "that", a determiner or a capitalised name follow at k? */
  private objectOrThat(k: number): boolean {
    const t = this.toks[k];
    return t !== undefined && t.word && (t.lower === 'that' || DETERMINERS.has(t.lower) || startsCapital(t.text));
  }

  /** The source of a verb cue: a passive's agent, the noun phrase before, or an inverted one after. Null: no cue. */
  private verbSource(m: CueMatch, i1: number): VerbSource | null {
    const { toks } = this;
    const { entry } = m;
    const prev = this.tok(m.i0 - 1);
    // Passive: "it is believed that", "was told", "was described by X as".
    const passive = this.isPassive(m.i0) && /(ed|en|id|ld|wn|ought|ard|nt|found)$/.test(toks[m.i0].lower);
    if (passive) {
      // "was called a fraud by several rival bakers": the agent may follow a short complement.
      let byAt = i1;
      // Not past "that": "believed that the tax cut raised revenue by 20 percent" has no agent.
      while (byAt < Math.min(toks.length, i1 + 6) && toks[byAt].lower !== 'by' && toks[byAt].lower !== 'that' && (toks[byAt].word || CLOSE_QUOTES.has(toks[byAt].text) || OPEN_QUOTES.has(toks[byAt].text)) && !PREPOSITIONS.has(toks[byAt].lower)) byAt++;
      if (toks[byAt]?.lower !== 'by') byAt = i1;
      // A source is never a quantity ("by 20 percent", "by 3 to 1").
      const by = toks[byAt]?.lower === 'by' && !this.quantityAt(byAt + 1) ? this.npAfter(byAt + 1) : null;
      if (by) return { source: by, sourceAfter: true, vagueImpersonal: false, passive };
      const vagueImpersonal = (IMPERSONAL.has(entry.base) && !this.toldToRecipient(i1)) || (IMPERSONAL_WITH_THAT.has(entry.base) && this.impersonalComplement(i1, entry.base));
      return vagueImpersonal ? { source: null, sourceAfter: false, vagueImpersonal, passive } : null;
    }
    // "…, adding", "and saying", "while chanting", "before asking her": the participle shares the clause's subject.
    const participle = toks[m.i0].lower.endsWith('ing') && (prev?.text === ',' || prev?.lower === 'and' || (SUBORDINATORS.has(prev?.lower ?? '') && m.i0 > 2));
    // "271 pledged delegates", "$500,000 worth of planned ads": an adjective, no cue.
    if (!participle && (this.participleAdjective(m.i0, i1) || this.nounCompound(m.i0, i1))) return null;
    // "An aide, who argued for the plan, said the council cut 40 jobs": the relative clause closes at the comma.
    const described = !participle && prev?.text === ',' ? this.describedClosedAt(m.i0 - 1) : null;
    if (described) return { source: described, sourceAfter: false, vagueImpersonal: false, passive };
    // "Keel spent last spring telling families that …": time spent doing it; the spender is the source.
    const spent = participle ? -1 : this.spentTimeBefore(m.i0);
    let source = participle ? this.lastSource : spent >= 0 ? this.clauseSubject(spent) : pairBefore(toks, this.npBefore(m.i0));
    // "Pryce signed a letter supporting the deal": who did it with the document, not the act and the document. "We
    // will never send a text asking for payment": a document that may never exist says nothing.
    if (source && !participle && spent < 0 && this.participleAfterNoun(m)) {
      if (this.unsentDocument(source)) return null;
      source = this.beforeObjectVerb(source);
    }
    // "A memo seen by the Herald says": the document the participle describes, with its agent.
    if (source && !participle && spent < 0) source = this.withReducedRelative(source);
    // "C, said Wilcox, a Republican who…": right after a comma the verb comes before its subject (npBefore would
    // take the first capital of C).
    // Not when the words before the comma are the subject and asides on it ("Ana Ruiz, speaking to reporters, said
    // the plan failed", "Ana Ruiz, the treasurer, said …"): that is no content, and what follows the cue is.
    if (source && !participle && prev?.text === ',' && entry.kind === 'speech' && !LISTENER_VERBS.has(entry.base) && !this.subjectWithAside(source, m.i0) && this.namedAfterCue(i1, entry.base)) source = null;
    let sourceAfter = false;
    if (!source && !participle && !LISTENER_VERBS.has(entry.base) && (prev?.text === ',' || (prev && CLOSE_QUOTES.has(prev.text)) || prev?.text === '"' || !prev)) {
      const after = pairAfter(toks, this.npAfter(i1));
      // Inverted order is only "…,” said X" / "…, says X": the cue ends the clause.
      // "Said Lund: “…”" opening a sentence is inverted too.
      const saidColon = m.i0 === 0 && after !== null && toks[after[1]]?.text === ':' && after[1] + 1 < toks.length;
      if (after && (prev || startsCapital(toks[m.i0].text)) && (saidColon || this.endsClause(after[1]) || this.endsClause(this.afterAside(after[1])) || this.quotationResumes(m.i0, after[1]) || this.relativeToEnd(after[1]))) {
        source = after;
        sourceAfter = true;
      }
    }
    if (!source && (prev?.text === ',' || participle || CONTINUING_PARTICIPLES.has(toks[m.i0].lower) || this.afterConjunction(m.i0))) source = this.clauseSubject(m.i0);
    // "The group said it welcomed the exemption but warned that …": a verb right after "and" or "but" whose subject
    // so found runs on from the last cue's source into its clause ("The group said it") shares that source.
    const last = this.lastSource;
    if (source && last && !sourceAfter && source[0] <= last[0] && source[1] > last[1] && this.afterConjunction(m.i0)) source = last;
    // "Trump tweeted that she was “a con” and encouraged…": a verb coordinated with an earlier cue shares its subject.
    if (!source && this.afterConjunction(m.i0) && this.lastSource) source = this.lastSource;
    return { source, sourceAfter, vagueImpersonal: false, passive };
  }

  /** "C, said a diplomat who asked not to be identified.": a relative clause on the source running to the sentence's
   *  end, with no punctuation in it but apostrophes and hyphens (so no quotation, and no clause set off by a comma). */
  private relativeToEnd(k: number): boolean {
    const { toks } = this;
    if (!/^(?:who|whose)$/.test(toks[k]?.lower ?? '') || toks.length - k > 25) return false;
    for (let j = k + 1; j < toks.length; j++) {
      const t = toks[j];
      if (t.word) continue;
      if (j === toks.length - 1 && /^[.!?]$/.test(t.text)) return true;
      if (t.text !== '’' && t.text !== "'" && t.text !== '-') return false;
    }
    return true;
  }

  /**
   * "“Q,” Romney tweeted the day after the shooting.": a quotation closed by a comma (or ? !) right before the frame
   * is what was said, however long the adverbial after the cue; only a content opening after the cue ("that", a
   * colon, a quotation) is another.
   */
  private quoteBeforeFrame(sep: Token | undefined, beforeEnd: number, afterOpens: boolean): boolean {
    if (!sep || afterOpens || !(CLOSE_QUOTES.has(sep.text) || sep.text === '"')) return false;
    const mark = this.tok(beforeEnd - 2)?.text;
    if (mark !== ',' && mark !== '?' && mark !== '!') return false;
    // The quotation opens the sentence, maybe after a word or two ("But “…,” he said"), or began before it: not a
    // title in an opening phrase ("On Fox’s
    // “Hannity,” Gingrich said if…").
    const q = this.quoteEndingAt(sep.end);
    return q !== null && q[0] <= this.toks[Math.min(2, this.toks.length - 1)].start;
  }

  /**
   * "“A,” Ruiz said, “B.”": a quotation before the frame (as quoteBeforeFrame) opening again after it, past the
   * source and its apposition ("said Tomas Lind, the union steward, “B”") or a short phrase ("said of the vote,
   * “B”", "wrote in her letter to the trustees, “B”"). The index of the second part's opening mark, or -1.
   */
  private splitQuotation(sep: Token | undefined, beforeEnd: number, from: number): number {
    const { toks } = this;
    for (let k = from; k < Math.min(toks.length, from + 16); k++) {
      const t = toks[k];
      if (OPEN_QUOTES.has(t.text) || (t.text === '"' && toks[k - 1]?.end !== t.start)) {
        return toks[k - 1]?.text === ',' && this.quoteBeforeFrame(sep, beforeEnd, false) ? k : -1;
      }
      // Words and commas only: not a clause of the writer's own ("…, he said, and the board …").
      if (t.word ? /^(?:and|but|that|because|while|which)$/.test(t.lower) : t.text !== ',' && t.text !== "'" && t.text !== '’') return -1;
    }
    return -1;
  }

  /** "“A,” said Ana Ruiz, “B.”": a quotation closed by a comma before the cue (at i0) opens again after the name
   *  ending at k, so the name is the frame's source though no clause end follows it. */
  private quotationResumes(i0: number, k: number): boolean {
    const { toks } = this;
    const isMark = (t: Token | undefined, marks: ReadonlySet<string>) => !!t && (marks.has(t.text) || t.text === '"');
    return toks[k]?.text === ',' && isMark(toks[k + 1], OPEN_QUOTES) && isMark(toks[i0 - 1], CLOSE_QUOTES) && /^[,?!]$/.test(toks[i0 - 2]?.text ?? '');
  }

  /** A name right after the cue that ends the clause, past an apposition ("…, said Ana Ruiz, a professor."). */
  /** Does the source open its clause, set off by asides that run to the cue ("Ana Ruiz, the treasurer, said")? */
  private subjectWithAside(source: [number, number], cue: number): boolean {
    const { toks } = this;
    const before = toks[source[0] - 1];
    const opens = before === undefined || before.text === ',' || /^(?:and|but|so|yet)$/.test(before.lower);
    if (!opens || toks[source[1]]?.text !== ',' || source[1] >= cue - 2) return false;
    // The last aside describes or places (a name, an age, "the treasurer", "speaking to reporters", "who …", "in a
    // statement"); a verb there ("The plan, which cost millions, failed, said X") ends a clause that is the content.
    let k = cue - 2;
    while (k > source[1] && toks[k].text !== ',') k--;
    const t = toks[k + 1];
    return t !== undefined && (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || startsCapital(t.text) || startsDigit(t.text) || (/^(?:who|whose|speaking|talking|aged)$/.test(t.lower) || ASIDE_PARTICIPLE_SET.has(t.lower)));
  }

  private namedAfterCue(i1: number, base: string): boolean {
    // "…,\" Ana Ruiz, the treasurer, said, \"…\"": a quotation opens after the cue, no name.
    if (this.toks[i1]?.text === ',' && (OPEN_QUOTES.has(this.toks[i1 + 1]?.text ?? '') || this.toks[i1 + 1]?.text === '"')) return false;
    const after = pairAfter(this.toks, this.npAfter(i1));
    if (after === null) return false;
    // "…, said the general secretary.": a description closing the sentence names the speaker too, after a verb that
    // takes no object ("…, explained the number of fallen trees" does).
    // So does one named in apposition after it ("…, said its field manager, Anwar Siddiqui.").
    if (INVERTING.has(base) && /^(?:the|his|her|its|their)$/.test(this.toks[after[0]].lower) && after[1] - after[0] <= 5) {
      const end = this.afterAside(after[1]);
      if (/^[.!?]$/.test(this.toks[end]?.text ?? '') && end === this.toks.length - 1) return true;
    }
    if (INVERTING.has(base) && this.unnamedClosing(after)) return true;
    // A name: capitalised words (and the small words inside names), not "Gates described the plan".
    for (let k = after[0]; k < after[1]; k++) {
      const t = this.toks[k];
      if (t.word && !startsCapital(t.text) && !/^(?:of|the|and|de|van|von|al|bin)$/.test(t.lower)) return false;
    }
    return this.endsClause(after[1]) || this.endsClause(this.afterAside(after[1]));
  }

  /**
   * "…, said one neighbour, speaking privately.", "…, said a diplomat in the department.", "…, said an insider who
   * was in the room.": an unnamed description closing the sentence after the cue, with its complement of place and
   * an aside of how or where the source spoke.
   */
  private unnamedClosing(after: [number, number]): boolean {
    const { toks } = this;
    if (!UNNAMED_OPENERS.test(toks[after[0]].lower) || after[1] - after[0] > 5) return false;
    const place = PREPOSITIONS.has(toks[after[1]]?.lower ?? '') ? this.npAfter(after[1] + 1) : null;
    const described = place && place[1] - after[0] <= 7 ? place[1] : after[1];
    // "…, said a stretch flooded in 2019": a verb closes the phrase, so it is a clause.
    if (/ed$/.test(toks[after[1] - 1].lower)) return false;
    if (this.relativeToEnd(described)) return true;
    const end = this.afterAside(described);
    return /^[.!?]$/.test(toks[end]?.text ?? '') && end === toks.length - 1;
  }

  /** Where the content of a verb cue lies, and what its place says about the cue. */
  private verbContent(m: CueMatch, i1: number, s: VerbSource): VerbContent {
    const { toks } = this;
    const { entry } = m;
    const { source, sourceAfter, passive } = s;
    const prev = this.tok(m.i0 - 1);
    let content: Span | null = null;
    let contentToks: [number, number] | null = null;
    let split = -1;
    const beforeEnd = sourceAfter ? m.i0 : source ? source[0] : m.i0;
    const sep = this.tok(beforeEnd - 1);
    // The separator first: the introductory-phrase test scans the sentence.
    // A long stretch before a frame that ends the sentence ("Mapping what sits beneath the reef is far harder
    // than …, she said.") is what was said, even when it opens like an introductory phrase.
    const listener = LISTENER_VERBS.has(entry.base) ? this.npAfter(i1) : null;
    // Where a frame set off by commas ends: after the cue, or after a short listener ("…, Ruiz told the Gazette, …").
    const frameEnd = listener && listener[1] - listener[0] <= 5 && toks[listener[1]]?.text === ',' ? listener[1] : i1;
    // "…, the company told the regulator in its business plan.": after a short listener, only circumstances.
    // "Across the county, C, the network says in its latest survey.": a short circumstance may close it too.
    // "accused him of lying", "warned voters about the cuts": the verb's own preposition after a short listener.
    const objectPrep = listener !== null ? this.listenerPreposition(i1, entry.base) : -1;
    const listenerObject = objectPrep > 0;
    const closingFrame = beforeEnd > 7 && !sourceAfter && (this.sentenceEndsAfter(i1) || (listener === null && this.onlyCircumstances(i1)) || (listener !== null && listener[1] - listener[0] <= 4 && this.onlyCircumstances(listener[1]) && !listenerObject));
    // "…, the other never found", "…, Ruiz did not deny": a negated verb after the clause is the writer's, not a frame.
    // "…, the district wrote:", "Margaret Yeo, the returning officer, issued a statement on the count:": a frame
    // ending at a colon reports the next block, never the words before it.
    const colonNext = toks[toks.length - 1]?.text === ':' && (toks.length - 1 === i1 || this.onlyCircumstances(i1));
    const contentFirst = !colonNext && beforeEnd > 1 && !(prev !== undefined && /^(?:never|not|n['’]t)$/.test(prev.lower)) && (sep?.text === ',' || (sep && CLOSE_QUOTES.has(sep.text)) || sep?.text === '"' || sep?.text === '—' || sep?.text === '–') && (closingFrame || !this.introPhrase(beforeEnd - 1));
    const afterStart = this.contentStart(i1, entry.base);
    const afterOpens = this.opensContent(i1) || (afterStart > i1 && toks[afterStart]?.lower === 'that');
    // "wants to triple the program", "vowed to repeal it": the infinitive is what is intended or promised.
    // "asked the candidates to discuss…": after a short listener.
    const toAt = listener && listener[1] - listener[0] <= 4 && toks[listener[1]]?.lower === 'to' ? listener[1] : i1;
    // "is said to", "is thought to be": only in the passive.
    const infinitive = !sourceAfter && toks[toAt]?.lower === 'to' && (INFINITIVE_CUES.has(entry.base) || (passive && /^(think|believe|say|know|report|consider|understand)$/.test(entry.base))) && toks[toAt + 1]?.word === true && !DETERMINERS.has(toks[toAt + 1].lower);
    const endsHere = !infinitive && ((listener !== null && closingFrame) || this.endsClause(sourceAfter && source ? source[1] : listener && listener[1] - listener[0] <= 5 ? listener[1] : i1) || (sourceAfter && source !== null && (this.endsClause(this.afterAside(source[1])) || this.relativeToEnd(source[1]))));
    const participle = toks[m.i0].lower.endsWith('ing') && (prev?.text === ',' || (SUBORDINATORS.has(prev?.lower ?? '') && m.i0 > 2));
    if (source) this.lastSource = source;
    if (sourceAfter && source && m.i0 === 0 && toks[source[1]]?.text === ':' && source[1] + 1 < toks.length) {
      contentToks = [source[1] + 1, toks.length];
    } else if (listenerObject && !sourceAfter) {
      contentToks = this.chargeContent(i1, objectPrep);
    } else if (contentFirst && !participle && (split = this.splitQuotation(sep, beforeEnd, sourceAfter && source ? source[1] : i1)) >= 0) {
      // "“A,” Ruiz said, “B.”": one quotation split by its frame; the content runs over both parts, the frame
      // inside it, as it does when the second part is a sentence of its own (continuedQuote.ts).
      contentToks = [0, this.coordinatedVerb(split)];
    } else if (contentFirst && !participle && (endsHere || afterStart >= toks.length || (!toks[m.i0].lower.endsWith('ing') && this.quoteBeforeFrame(sep, beforeEnd, afterOpens)))) {
      contentToks = [0, beforeEnd - 1];
      if (sep && (CLOSE_QUOTES.has(sep.text) || sep.text === '"')) contentToks = [0, beforeEnd];
      // "C1, X said, C2": the reported speech continues after the cue.
      if (!endsHere && toks[frameEnd]?.text === ',' && toks.length - frameEnd > 3) contentToks = [0, toks.length];
      // "Exports, the minister said, rose by 12 percent": the frame splits the reported clause (not when what
      // follows is a participle or a new clause: "…, he said, adding that…", "…, he said, and exports fell"; a
      // reason given goes on: "…, he said, because he prizes …").
      // "She had no prior warnings, the ferry operator noted, and had cleared every inspection": a verb sharing the subject goes on.
      else if (sep?.text === ',' && toks[frameEnd]?.text === ',' && toks.length - frameEnd > 3 && (!/ing$|^(?:and|but|or|so|yet|while|as)$/.test(toks[frameEnd + 1]?.lower ?? '') || INCLUDING.has(toks[frameEnd + 1]?.lower ?? '') || this.sharedSubjectVerb(frameEnd + 1))) contentToks = [0, toks.length];
    } else if (sep?.text === ',' && !sourceAfter && !participle && endsHere && toks[frameEnd]?.text === ',' && toks.length - frameEnd > 3) {
      // "By March, he recalled, he was weighing…": a frame set off by commas after an introductory phrase;
      // the sentence around it is what was said.
      contentToks = [0, toks.length];
    } else if (afterStart < toks.length && (!endsHere || toks[afterStart].lower === 'that')) {
      // Past a condition the reported clause opens with ("said, once the levy passes, the ferry would …").
      const opens = toks[i1]?.text === ',' && this.conditionAside(i1 + 1) > 0 ? i1 + 1 : afterStart;
      contentToks = [opens, this.coordinatedVerb(Math.max(afterStart, this.conditionAside(opens)))];
    } else if (m.i0 <= 2 || (source && source[0] === 0) || sourceAfter) {
      // '“Why not?” he asked.' — the sentence splitter ended the quotation's sentence at its "?".
      content = this.previousQuote();
    }
    const c: VerbContent = { content, afterStart, afterOpens, contentFirst, endsHere, infinitive, participle, prepContent: false, asContent: false, passiveContent: false };
    if (!contentToks && !content) contentToks = this.objectContent(m, i1, s, c);
    if (contentToks) contentToks = this.trimmedContent(m, s, contentToks);
    if (contentToks) c.content = this.contentSpan(contentToks);
    if (toks[toks.length - 1]?.text === ':' && this.reportsNextBlock(c, i1, s, colonNext, entry.base)) c.content = this.nextBlock();
    return c;
  }

  /**
   * "Caddell continued:" closing its paragraph: the content is the next paragraph (usually a quotation), or the list
   * after "Ruiz argued that:"; also past where it was said ("said in a statement on its website:", "issued a
   * statement on the count:"). The sentence ends at a colon.
   */
  private reportsNextBlock(c: VerbContent, i1: number, s: VerbSource, colonNext: boolean, base: string): boolean {
    const last = this.toks.length - 1;
    const thatColon = c.content !== null && last - 1 === i1 && this.toks[i1].lower === 'that';
    if (c.content && !thatColon && !(colonNext && c.prepContent)) return false;
    // "Harbour Buses told the Gazette:": past a listener.
    const listener = last > i1 && LISTENER_VERBS.has(base) ? this.npAfter(i1) : null;
    return last === i1 || thatColon || (s.sourceAfter && s.source !== null && last === s.source[1]) || (last > i1 && !s.sourceAfter && this.onlyCircumstances(i1)) || (listener !== null && listener[1] === last);
  }

  /**
   * A content that is an object rather than a clause: of the verb's preposition ("railed against the super
   * PACs"), of an impersonal passive ("blamed for the delays"), around an "as" phrase ("as a report put it"), or
   * a passive's subject ("has been backed by several unions"). Sets the flag saying which on `c`.
   */
  private objectContent(m: CueMatch, i1: number, s: VerbSource, c: VerbContent): [number, number] | null {
    const { toks } = this;
    const { entry } = m;
    const { source, sourceAfter, passive, vagueImpersonal } = s;
    // "weighed in Friday about…", "called on Monday for…": a time word may sit before the preposition.
    let pi = i1;
    while (pi < i1 + 3 && toks[pi]?.word && (isTimeWord(toks[pi]) || (toks[pi].lower === 'on' && toks[pi + 1] && isTimeWord(toks[pi + 1])))) pi++;
    // "have complained for years about…", "warned for months about…": a stretch of time before it too.
    if (toks[pi]?.lower === 'for' && DURATIONS.has(toks[pi + 1]?.lower ?? '') && CUE_PREPOSITIONS.has(toks[pi + 2]?.lower ?? '')) pi += 2;
    // "did not respond to several emails", "replied to the letter": what was answered.
    const answered = (entry.base === 'respond' || entry.base === 'reply') && toks[pi]?.lower === 'to';
    if (!sourceAfter && !passive && source && (CUE_PREPOSITIONS.has(toks[pi]?.lower ?? '') || answered) && toks[pi + 1]?.word && !TIME_WORDS.has(toks[pi + 1].lower) && !startsDigit(toks[pi + 1].text) && !isTimeWord(toks[pi + 1]) && (STANCE.has(entry.base) || answered || ((entry.kind === 'speech' || entry.kind === 'cognition') && /^(about|on|against|over|for)$/.test(toks[pi].lower)))) {
      c.prepContent = true;
      return [pi + 1, this.coordinatedVerb(pi + 1)];
    }
    // "The contractors have been blamed for the delays": who blames them is left unsaid (a vague attribution).
    if (vagueImpersonal && /^(for|of|as)$/.test(toks[i1]?.lower ?? '') && toks[i1 + 1]?.word) {
      c.prepContent = true;
      return [i1 + 1, this.coordinatedVerb(i1 + 1)];
    }
    // "…, as a harbour board report put it." / "As Okafor observed, …": the clause around the "as" phrase.
    if (source && !sourceAfter && this.tok(source[0] - 1)?.lower === 'as') {
      const asAt = source[0] - 1;
      let found: [number, number] | null = null;
      // The frame may close on a listener or a circumstance ("As Ruiz told the Gazette,", "As the Gazette noted in
      // an editorial on Friday,"), and open after a conjunction or a bracket ("But as a reporter noted, …").
      // Not "as Kerry continues to pursue diplomacy,": an infinitive makes the verb an act's.
      const comma = toks[i1]?.lower === 'to' ? -1 : this.asFrameComma(i1);
      const opens = asAt === 0 || (asAt === 1 && (/^(?:and|but|yet|so)$/.test(toks[0].lower) || toks[0].text === '('));
      if (opens && comma > 0) found = [comma + 1, toks.length];
      // "Late last year, as the Gazette reported, the council weighed a fare rise": the frame splits the clause.
      else if (asAt > 2 && toks[asAt - 1].text === ',' && comma > 0 && toks.length - comma > 3 && !/^(?:and|but|or|which|who)$/.test(toks[comma + 1].lower)) found = [0, toks.length];
      else if (asAt > 2 && this.endsClause(i1)) {
        const k = asAt - 1;
        const closing = CLOSE_QUOTES.has(toks[k].text) || toks[k].text === '"';
        if (closing && toks[k - 1]?.text === ',') found = [0, k + 1];
        else if (toks[k].text === ',') found = [0, k];
      }
      c.asContent = found !== null;
      if (found) return found;
    }
    // "The mayor has been backed by several unions": the passive subject is what the agent took a stance on.
    if (passive && sourceAfter && (STANCE.has(entry.base) || entry.kind === 'speech')) {
      const subject = this.npBefore(m.i0);
      if (subject) {
        c.passiveContent = true;
        return subject;
      }
    }
    return null;
  }

  /** A content cut at the comma that closes a participle's object or a relative clause. */
  private trimmedContent(m: CueMatch, s: VerbSource, contentToks: [number, number]): [number, number] {
    const { toks } = this;
    const { source } = s;
    // "In a statement announcing the strike, the union…": the participle's object ends at the comma.
    if (this.participleAfterNoun(m)) {
      for (let k = contentToks[0] + 1; k < contentToks[1]; k++) {
        if (toks[k].text === ',' && !this.insideQuote(toks[k].start)) {
          contentToks = [contentToks[0], k];
          break;
        }
      }
    }
    // "Diaz, who voted against the plan, said…": a relative clause ends at its closing comma; what follows is
    // the main clause, with a cue of its own. Also the second of two joined clauses ("Diaz, who represents the
    // ward and who voted against the plan, said…").
    const before = source && source[1] - source[0] === 1 ? this.tok(source[0] - 1) : undefined;
    const relativeSource = source && before && RELATIVE_PRONOUNS.has(toks[source[0]].lower) && (before.text === ',' || /^(?:and|or|but)$/.test(before.lower));
    // "The senator, whose third place was read as a setback, said…": the cue inside any relative clause, too, and
    // inside an opening clause ("When a donor asks about the debate, Kettering sighs").
    if (relativeSource || (!s.sourceAfter && inClauseBeforeMain(toks, m.i0))) {
      for (let k = contentToks[0]; k < contentToks[1]; k++) {
        if (toks[k].text === ',') return [contentToks[0], k];
      }
    }
    return contentToks;
  }

  /** Whether a weak cue shows that something is reported. */
  private reportEvidence(m: CueMatch, s: VerbSource, c: VerbContent): boolean {
    const { toks } = this;
    const { entry } = m;
    const { source, sourceAfter, passive, vagueImpersonal } = s;
    const { content } = c;
    // A weak speech verb with a subject and an object clause is usually reported speech ("The campaign called
    // the charges fabricated"); a weak cognition verb ("can see why", "witnesses saw a gun") usually is not.
    // A person's role heads a description of a person ("The surgeon thinks wages are higher").
    const last = source !== null ? toks[source[1] - 1].lower : '';
    // "Several Republican appropriators consider her …": a plural agent noun names people too.
    const personLike = source !== null && (SOURCE_PRONOUNS.has(last) || startsCapital(toks[source[1] - 1].text) || ACTOR_NOUNS.has(last) || isRoleNoun(last) || (last.endsWith('s') && isAgentNoun(last.slice(0, -1)))) && last !== 'you' && last !== 'we';
    // Three words or more (`content.text.split(/\s+/).length >= 3`), counted without splitting a long content.
    const clauseLike = content !== null && spaceRuns(content.text, 2) >= 2;
    const namedSource = source !== null && !sourceAfter && clauseLike && (entry.kind !== 'writing' || personLike) && (entry.kind !== 'cognition' || personLike) && !toks[m.i0].lower.endsWith('ing');
    // A stance verb ("admires", "is defending") with a person or organisation as its subject and an object.
    const head = source !== null && !sourceAfter ? toks[source[1] - 1] : null;
    const actor = head !== null && (personLike || ACTOR_NOUNS.has(head.lower)) && !passive;
    const stanceEvidence = ((STANCE.has(entry.base) || c.prepContent) && actor && content !== null && content.end - content.start > 3) || (vagueImpersonal && (c.prepContent || c.infinitive || /^(think|believe|consider|know|say|report|expect)$/.test(entry.base)) && content !== null);
    // "…,” she said, adding she would never sign it" / "…, casting her as a villain": a participle after
    // a comma continues the clause's subject with a second act of speech or stance.
    const participleEvidence = c.participle && source !== null && content !== null && content.end - content.start > 8 && (CONTINUING_PARTICIPLES.has(toks[m.i0].lower) || STANCE.has(entry.base) || entry.kind === 'speech');
    // "Ruiz called him divisive", "Clinton called it ''predatory''": a person naming what someone or something is.
    // Not a particle or an idiom after the object ("called him back", "called them in", "called it quits").
    const namedAs = entry.base === 'call' && !toks[m.i0].lower.endsWith('ing') && personLike && !sourceAfter && !passive && content !== null && CALLED_OBJECTS.has(toks[m.i1]?.lower ?? '') && spaceRuns(content.text, 1) >= 1 && !CALL_PARTICLES.has(toks[m.i1 + 1]?.lower ?? '');
    return namedAs || this.participleAfterNoun(m) || stanceEvidence || participleEvidence || c.passiveContent || c.asContent || c.afterOpens || (c.contentFirst && c.endsHere) || (content !== null && /["“”«»„「」『』]/.test(content.text)) || this.cognitionClause(m, c.afterStart) || (namedSource && content !== null);
  }

  /** The last checks: a cue that may happen, a condition, or a cue with nothing reported is no attribution. */
  private stillAttribution(m: CueMatch, i1: number, s: VerbSource, c: VerbContent): boolean {
    const { toks } = this;
    const { source, sourceAfter, vagueImpersonal } = s;
    if (!source && !c.content) return false;
    // "would accept her back", "could add fuel", "will seek new sanctions": an act that may happen is not yet an
    // attribution, unless it reports a clause ("might wish that…") or names something ("critics would call them…").
    if (this.hypothetical(m.i0) && !c.afterOpens && m.entry.base !== 'call') return false;
    // "if the court found an interest", "whether anyone disclosed it": a condition or a question, not a report.
    if (source && !sourceAfter && CONDITION_WORDS.has(this.tok(source[0] - 1)?.lower ?? '') && !c.afterOpens) return false;
    // A cue with neither a source nor a reported clause in front of it is most often not an attribution.
    if (!source && !vagueImpersonal && !CONTINUING_PARTICIPLES.has(toks[m.i0].lower) && !c.contentFirst && !this.opensContent(i1)) return false;
    return true;
  }

  /** "Deploring the “rigged tender,” Okafor accused…": an opening participle clause reports the main subject's act. */
  protected introParticiple(m: CueMatch): Attribution | null {
    const { toks } = this;
    // "Asked about the closure, the mayor said…": the one past participle that opens a sentence the same way.
    const asked = toks[0].lower === 'asked' && m.i1 === 1;
    if (m.i0 !== 0 || !(toks[0].lower.endsWith('ing') || asked) || !(STANCE.has(m.entry.base) || m.entry.kind === 'speech')) return null;
    let comma = -1;
    for (let k = m.i1 + 1; k < Math.min(toks.length - 2, m.i1 + 16); k++) {
      if (toks[k].text === ',' && !this.insideQuote(toks[k].start)) {
        comma = k;
        break;
      }
      // '…the "phony system," Trump accused': the comma sits inside the closing quotation mark.
      if (toks[k].text === ',' && (CLOSE_QUOTES.has(toks[k + 1]?.text) || toks[k + 1]?.text === '"')) {
        comma = k + 1;
        break;
      }
    }
    if (comma < 0) return null;
    const np = this.npAfter(comma + 1);
    if (!np) return null;
    // The subject ends where its verb begins ("Trump accused…", "the council has…").
    let e = np[0] + 1;
    while (e < np[1] && !this.table.has(toks[e].lower) && !AUXILIARIES.has(toks[e].lower)) e++;
    const src: [number, number] = [np[0], e];
    const head = toks[src[1] - 1];
    if (!(startsCapital(toks[src[0]].text) || SUBJECT_PRONOUNS.has(head.lower) || ACTOR_NOUNS.has(head.lower)) || head.lower === 'it') return null;
    const content = this.contentSpan([m.i1, comma]);
    if (!content) return null;
    // Whoever asked is left unsaid; the subject is the one asked.
    if (asked) return this.make(null, this.span(toks[0].start, toks[m.i1 - 1].end), content, m.entry.kind, true);
    return this.make(this.tokenSpan(src[0], src[1]), this.span(toks[0].start, toks[m.i1 - 1].end), content, m.entry.kind, false);
  }
}

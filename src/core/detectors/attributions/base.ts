// The attribution finder's base: one sentence's tokens and quotes, spans, contents cut to their window, and the
// attribution record (vagueness, resolved source name). Every stage above builds on these.
import { notFreeToSpeak } from '../../lexicon/withholding.js';
import type { Attribution, CueEntry, CueKind, DetectorContext, Range, Sentence, Span, Token } from './shared.js';
import * as shared from './shared.js';
import * as vagueWording from '../../lexicon/vagueWording.js';
import * as vagueLexicon from '../../lexicon/vague.js';
import { firstStartingAfter } from '../../text/sorted.js';
import { namePair } from '../people/coordinated.js';
import { BODY_WITH_AND } from '../../lexicon/names.js';
import { ownsOrganisation } from '../people/placeOwners.js';
import { writesLowercase } from '../../text/lowercaseWords.js';
import { isBareAgentGroup, usedAsNameIn } from '../../lexicon/bareGroups.js';
import { MAKING_PARTICIPLES } from '../../lexicon/cues.js';
import { personApposedAt } from '../people/apposed.js';
import { endsWithWordThenSpaces } from '../../text/tailMatch.js';

/** A phrase of place, not a noun phrase: "along Quay Street", "outside the depot". */
/** Verbs a plural "claims" or "reports" is the subject of, never the object of ("Jobless claims fell"): finite
 *  auxiliaries and the verbs of figures moving. */
const NOUN_THEN_VERB = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'have', 'has', 'had', 'can', 'could', 'may', 'might', 'fell', 'rose', 'jumped', 'dropped', 'climbed', 'declined', 'increased', 'decreased', 'surged', 'slipped', 'edged', 'soared', 'plunged', 'remain', 'remained', 'hit', 'topped', 'reached', 'totalled', 'totaled', 'circulated', 'emerged', 'surfaced']);
/** "rates", "estimates", "pushes": the -s form of a cue that is also a common noun. */
function pluralOfNounLike(w: string): boolean {
  return w.endsWith('s') && (NOUN_LIKE.has(w.slice(0, -1)) || (w.endsWith('es') && NOUN_LIKE.has(w.slice(0, -2))));
}
/** Per analysis: isVagueSource's answer for each source phrase (SentenceAttributions.vagueHere). */
const vagueSourceMemo = new WeakMap<DetectorContext, Map<string, boolean>>();
const PLACE_PHRASE = /^(?:along|near|outside|across|around|beside|in|at|on)\s/u;

// Module-level copies of the shared bindings: under tsx every use of an import is a getter call.
const { isAnonymousSource } = vagueWording;
const { figuresCounted, namesGroup } = vagueLexicon;
const { DOCUMENT_SOURCES, MAX_CONTENT, NOUN_DETERMINERS, NOUN_LIKE, SOURCE_PRONOUNS, NO_CUES, PASSIVE_AUXILIARIES, QUANTITY_UNITS, RESOLVABLE_SOURCE, VAGUE_WINDOW, contentKind, firstStartingAt, isAdverb, isSpaceUnit, isVagueSource, normalisePhrase, sortedMentions, spaceRuns, startsCapital, startsDigit } = shared;
/** Who a report is made to, unnamed: "was reported to police". */
const RECIPIENTS = new Set(['police', 'authorities', 'officers', 'officials', 'regulators', 'investigators', 'prosecutors', 'managers', 'staff', 'inspectors']);

/** Words after an "-ed" verb that open its object or complement, not a noun it modifies ("271 said that …"). */
const NOT_NOUNS = new Set(['that', 'to', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'it', 'he', 'she', 'they', 'we', 'on', 'in', 'by', 'for', 'with', 'as', 'this', 'these', 'those', 'what', 'how', 'whether', 'against', 'about', 'at', 'from', 'out', 'up', 'and', 'or', 'but', 'not', 'also', 'them', 'him', 'me', 'us', 'you']);
/** Words ending in a preposition (and an article): what follows modifies the phrase before it. */
const AFTER_PREPOSITION = /\b(?:of|from|in|at|for|with)\s+(?:the\s+)?$/;

export abstract class SentenceBase {
  protected table: ReadonlyMap<string, CueEntry[]> = NO_CUES;
  protected titleCaseMemo: boolean | null = null;
  protected lastSource: [number, number] | null = null;

  constructor(
    protected readonly ctx: DetectorContext,
    protected readonly sentence: Sentence,
    protected readonly toks: Token[],
    protected readonly quotes: Range[],
    protected readonly prev: Sentence | null,
    protected readonly extraCueBases: Set<string>,
  ) {}


  /** toks[i], or undefined before the first token: reading a negative index of an array is a slow lookup in V8. */
  protected tok(i: number): Token | undefined {
    return i >= 0 ? this.toks[i] : undefined;
  }

  /** The source of the sentence's previous attribution, for participles that continue it. */

  /** Headlines in Title Case ("Lindsey Graham Says") capitalise their cue verbs too. */
  protected titleCase(): boolean {
    if (this.titleCaseMemo === null) {
      const words = this.toks.filter((t) => t.word && t.text.length > 3);
      this.titleCaseMemo = words.length >= 3 && words.filter((t) => startsCapital(t.text)).length >= words.length * 0.8;
    }
    return this.titleCaseMemo;
  }

  protected insideQuote(pos: number): boolean {
    // Quotes are sorted and (mostly) disjoint: look at the last one starting at or before pos, and its parent.
    let lo = 0;
    let hi = this.quotes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid][0] <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = found; k >= 0 && k > found - 3; k--) if (pos > this.quotes[k][0] && pos < this.quotes[k][1]) return true;
    return false;
  }

  /**
   * Index of the first quote starting at or after start - 4000. With those starting before end + 4000, these are the
   * only quotes that can extend a content span [start, end) (callers walk them in place instead of a slice).
   */
  protected firstNearbyQuote(start: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid][0] < start - 4000) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  protected isPassive(i0: number): boolean {
    for (let k = i0 - 1; k >= Math.max(0, i0 - 3); k--) {
      const l = this.toks[k].lower;
      if (PASSIVE_AUXILIARIES.has(l)) return true;
      if (!isAdverb(l) && l !== 'not' && l !== 'also' && l !== 'widely' && l !== 'generally') return false;
    }
    return false;
  }

  // ── spans ────────────────────────────────────────────────────────────────────────────────────────────────

  protected make(source: Span | null, cue: Span, content: Span | null, cueKind: CueKind, impersonal: boolean): Attribution {
    source = withDocumentMaker(this.ctx.doc.text, withPartitive(this.ctx.doc.text, source));
    // "Some stall owners we spoke to along Quay Street are worried that …": a place after a preposition is where the
    // speakers were met, not who they are; the words before the cue are the source.
    if (source && PLACE_PHRASE.test(source.text)) source = null;
    const sourceText = source?.text ?? '';
    const extraVague = this.ctx.options.extraVagueSources;
    const vague = impersonal || (extraVague.length > 0 && this.leadHasExtraVague(cue)) || (source !== null && this.vagueHere(sourceText) && !figuresCounted(sourceText, cue.text)) || (source === null && content !== null && isVagueSource(this.ctx.doc.text.slice(this.leadStart(cue), cue.end), extraVague))
      || (source !== null && isBareAgentGroup(sourceText, (word) => usedAsNameIn(this.ctx.doc.masked, word)));
    // An anonymous source ("people familiar with the talks") is a source, but one a reader cannot check: not vague.
    // So is one whose aside says so: "One selector, who asked not to be named, says".
    const anonymous = source !== null && (isAnonymousSource(sourceText) || notFreeToSpeak(sourceText) || (asideBeforeCue(this.ctx.doc.text, source, cue) && isAnonymousSource(this.ctx.doc.text.slice(source.start, cue.start))));
    // "Critics of the plan, led by Senator Ana Ruiz, said": the apposition names the group.
    const named = source !== null && source.end < cue.start && namesGroup(this.ctx.doc.text.slice(source.end, cue.start));
    const a: Attribution = { id: '', source, cue, content, cueKind, contentKind: contentKind(content), vague: vague && !anonymous && !named };
    if (anonymous) a.anonymous = true;
    // Only pronouns and short names need resolving ("He", "Matsuno"); in a longer phrase ("Japan’s Chief Cabinet
    // Secretary, Hirokazu Matsuno") the person the people detector found inside it is the name.
    // At most two words: what `source.text.split(/\s+/).length <= 2` asked, counted without splitting.
    if (source && spaceRuns(source.text, 2) <= 1 && RESOLVABLE_SOURCE.test(source.text)) {
      const resolved = this.ctx.people.resolve(source.text, source.start);
      if (resolved && resolved !== source.text) a.sourceName = resolved;
    } else if (source && namePair(source.text)) {
      // "Ana Ruiz and Tom Lee": the pair is the source, named by both (not by the person found last in it).
      const resolved = this.ctx.people.resolve(source.text, source.start);
      if (resolved !== source.text) a.sourceName = resolved;
    } else if (source) {
      const person = this.personWithin(source);
      // "The Regional Tripartite Wages and Productivity Board": a body's name with "and" in it holds no person.
      if (person && person !== source.text && !modifiesHead(source.text, person) && !BODY_WITH_AND.test(source.text)) a.sourceName = person;
    }
    // "said Santa Ilaria's mayor, Gianna Pellostra.": a description after its cue, named in apposition; so is "said
    // Fair Trolley’s director, Annika Lachlan-Moss", whose possessor the people detector took for a person.
    if (source && (a.sourceName === undefined || POSSESSOR_OPENING.test(source.text)) && source.start >= cue.end) {
      const apposed = personApposedAt(this.ctx.doc.text, sortedMentions(this.ctx), source.end);
      if (apposed) a.sourceName = apposed.name;
    }
    return a;
  }

  /**
   * Where the words before a cue that say whether its source is vague begin: the sentence start, or in a longer
   * sentence the first word of the VAGUE_WINDOW characters before the cue. "It is widely believed that", "Some
   * say" sit next to their cue; reading from the sentence start made every cue of a long sentence cost its length.
   */
  protected leadStart(cue: Span): number {
    const from = cue.start - VAGUE_WINDOW;
    if (from <= this.sentence.start) return this.sentence.start;
    const masked = this.ctx.doc.masked;
    let k = from;
    while (k < cue.start && !isSpaceUnit(masked.charCodeAt(k - 1))) k++;
    return k;
  }

  /** Do the words before the cue (see leadStart) contain one of the user's extra vague phrases? */
  protected leadHasExtraVague(cue: Span): boolean {
    const lead = normalisePhrase(this.ctx.doc.text.slice(this.leadStart(cue), cue.start));
    for (const p of this.ctx.options.extraVagueSources) if (lead.includes(normalisePhrase(p))) return true;
    return false;
  }

  /** Name of the last person mention inside a span (mentions are sorted once per analysis). */
  protected personWithin(span: Span): string | null {
    const mentions = sortedMentions(this.ctx);
    const masked = this.ctx.doc.masked;
    let name: string | null = null;
    for (let k = firstStartingAt(mentions, span.start); k < mentions.length && mentions[k].end <= span.end; k++) {
      // "Mayor Colin Abernathy of Port Ellery": a name after a preposition is no head of the source.
      if (name !== null && AFTER_PREPOSITION.test(masked.slice(Math.max(span.start, mentions[k].start - 12), mentions[k].start))) continue;
      // "Tavora’s energy ministry": a place owning the organisation is not the "Tavora Hauliers" it shares a word with.
      if (ownsOrganisation(this.ctx.doc.text, mentions[k])) continue;
      name = mentions[k].name;
    }
    return name;
  }

  /** "…suggested that", "…regarded as", "…seen as": what makes a passive of these verbs a claim with no one behind it. */
  protected impersonalComplement(i1: number, base: string): boolean {
    const next = this.toks[i1]?.lower;
    if (next === 'that') return true;
    return (base === 'regard' || base === 'see' || base === 'hold') && (next === 'as' || (next === 'to' && this.toks[i1 + 1]?.lower === 'be'));
  }

  /** "was reported to police", "was described to the inquiry": a passive that names who heard it is an event of
   *  telling, not a claim hidden behind nobody ("is reported to be", "is said to have" stay impersonal). */
  protected toldToRecipient(i1: number): boolean {
    const next = this.toks[i1 + 1];
    if (this.toks[i1]?.lower !== 'to' || !next?.word) return false;
    return NOUN_DETERMINERS.has(next.lower) || RECIPIENTS.has(next.lower) || (startsCapital(next.text) && next.lower !== 'i');
  }

  /** "271 pledged delegates", "2,640 written submissions", "worth of planned ads": a participle cue word after a number
   *  modifies the noun after it. */
  protected participleAdjective(i0: number, i1: number): boolean {
    const { toks } = this;
    const prev = this.tok(i0 - 1);
    const next = toks[i1];
    if (!prev || !next?.word || i1 !== i0 + 1 || !/(?:ed|en|wn)$/.test(toks[i0].lower)) return false;
    return (startsDigit(prev.text) || (prev.lower === 'of' && this.tok(i0 - 2)?.lower === 'worth')) && !NOT_NOUNS.has(next.lower);
  }

  /** isVagueSource of a source phrase, with this article's lowercase words, remembered for the analysis: a third to a
   *  half of the asks are about a phrase already judged, and an answer depends only on the phrase, the article and
   *  the options. */
  private vagueHere(phrase: string): boolean {
    let known = vagueSourceMemo.get(this.ctx);
    if (!known) vagueSourceMemo.set(this.ctx, (known = new Map()));
    let vague = known.get(phrase);
    if (vague === undefined) known.set(phrase, (vague = isVagueSource(phrase, this.ctx.options.extraVagueSources, (word) => this.commonHere(word))));
    return vague;
  }

  /** Is a capitalised first word a common word in this article: written in lowercase somewhere, or a gerund
   *  ("Cycling groups") the article never writes inside a sentence as a name ("Sen. Tom Browning")? */
  private commonHere(word: string): boolean {
    if (writesLowercase(this.ctx.doc, word)) return true;
    return word.length > 5 && word.endsWith('ing') && !usedAsNameIn(this.ctx.doc.masked, word[0].toUpperCase() + word.slice(1));
  }

  /** "a Washington think tank", "initial claims for jobless benefits", "reports of gunfire": a cue word that is a noun
   *  here, by the word after it. */
  protected nounCompound(i0: number, i1: number): boolean {
    const next = this.toks[i1]?.lower;
    if (i1 !== i0 + 1 || next === undefined) return false;
    const w = this.toks[i0].lower;
    if (w === 'think') return next === 'tank' || next === 'tanks';
    // "Defence counsel Rupert Aylward KC suggested": the lawyer, not a verb.
    if (w === 'counsel') return /^(?:defence|defense|prosecution|prosecuting|crown|legal|senior|junior|lead|the|his|her|their|its)$/.test(this.toks[i0 - 1]?.lower ?? '');
    // "Jobless claims fell", "reports have circulated": a plural noun, the subject of the verb after it.
    if ((w === 'claims' || w === 'reports') && (next === 'of' || next === 'for' || next === 'against')) return true;
    // "Vaccination rates rose", "Budget estimates fell": so is any noun-like cue's -s form after a noun (not after a
    // pronoun: "she records hit songs").
    const prev = this.toks[i0 - 1]?.lower;
    return NOUN_THEN_VERB.has(next) && pluralOfNounLike(w) && (w === 'claims' || w === 'reports' || (prev !== undefined && !SOURCE_PRONOUNS.has(prev)));
  }

  /** "20 percent", "3 to 1", "$5 million", "half": an amount, which is never a source ("by 3 engineers" is one). */
  protected quantityAt(k: number): boolean {
    const t = this.toks[k];
    if (t === undefined) return false;
    if (t.text === '$' || t.text === '€' || t.text === '£' || t.lower === 'half') return true;
    if (!startsDigit(t.text)) return false;
    const unit = this.toks[k + 1];
    return unit === undefined || !unit.word || QUANTITY_UNITS.has(unit.lower);
  }

  protected contentSpan([a, b]: [number, number]): Span | null {
    const { toks } = this;
    b = this.withinContentWindow(a, b);
    // A concessive clause after the content is the writer's counterpoint, not the source's words:
    // "Owners say sales dropped, although the chamber has published no figures."
    for (let k = a + 3; k < b - 3; k++) {
      if (toks[k].text === ',' && /^(although|though|whereas)$/.test(toks[k + 1].lower) && !this.insideQuote(toks[k].start)) {
        b = k;
        break;
      }
    }
    b = this.beforeTrailingRelative(a, b);
    while (a < b && (toks[a].text === ',' || toks[a].text === ':' || toks[a].text === '—')) a++;
    while (b > a && (toks[b - 1].text === '.' || toks[b - 1].text === ',' || toks[b - 1].text === ';' || toks[b - 1].text === ':')) b--;
    if (b <= a) return null;
    let start = toks[a].start;
    let end = toks[b - 1].end;
    // A quotation opened in the content and closed in a later sentence carries the content with it;
    // one closed here but opened earlier pulls the start back.
    const { quotes } = this;
    const limit = end + 4000;
    for (let k = this.firstNearbyQuote(start); k < quotes.length && quotes[k][0] < limit; k++) {
      const q = quotes[k];
      // Quotes are sorted by start, end only grows and start stays below it: none from here on can change either.
      if (q[0] >= end) break;
      if (q[0] >= start && q[0] < end && q[1] > end && q[1] - end < 4000) end = q[1];
      if (q[1] > start && q[1] <= end + 1 && q[0] < start && start - q[0] < 4000 && q[0] >= this.blockStart()) start = q[0];
    }
    return this.span(start, end);
  }

  /**
   * A content cut before a closing ", which …" (with no comma after it): the writer's gloss on the last noun, not
   * the source's words. "He said he was being sarcastic, which raised concerns among experts." The relative clause
   * inside the content ("said the law, which passed in 2010, is failing") goes on after a comma and stays, and so
   * does one closing a content that a frame follows ("… a camera, which she bought for £40, she says").
   */
  private beforeTrailingRelative(a: number, b: number): number {
    const { toks } = this;
    if (toks[b]?.text === ',') return b;
    let cut = -1;
    for (let k = a + 3; k < b - 2; k++) {
      if (toks[k].text !== ',') continue;
      if (cut >= 0) return b;
      if (toks[k + 1].lower === 'which' && !this.insideQuote(toks[k].start)) cut = k;
    }
    return cut >= 0 ? cut : b;
  }

  /**
   * The content's token end, cut so that it spans at most MAX_CONTENT characters: a content runs to the end of its
   * clause, which in text without sentence ends can be thousands of characters for every cue (quadratic output).
   */
  protected withinContentWindow(a: number, b: number): number {
    const { toks } = this;
    if (a >= b || toks[b - 1].end - toks[a].start <= MAX_CONTENT) return b;
    const limit = toks[a].start + MAX_CONTENT;
    // The first token ending past the limit, by binary search over tokens in text order.
    let lo = a;
    let hi = b - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].end > limit) hi = mid;
      else lo = mid + 1;
    }
    return Math.max(lo, a + 1);
  }

  protected blockStart(): number {
    // Quotations may run over several paragraphs; allow reaching back into the previous block of the same run.
    return this.prev ? Math.min(this.prev.start, this.sentence.block.start) : this.sentence.block.start;
  }

  /** The prose block after this sentence's block, trimmed. */
  protected nextBlock(): Span | null {
    const blocks = this.ctx.doc.blocks;
    const next = blocks[firstStartingAfter(blocks, this.sentence.block.start)];
    if (!next || next.kind === 'heading') return null;
    const m = this.ctx.doc.masked;
    let start = next.start;
    let end = next.end;
    // A list runs on over its items (each a block of its own).
    for (let k = firstStartingAfter(blocks, this.sentence.block.start) + 1; next.listItem && k < blocks.length && blocks[k].listItem; k++) end = blocks[k].end;
    while (start < end && /\s/.test(m[start])) start++;
    end = this.trimEnd(end);
    return end > start ? this.span(start, end) : null;
  }

  protected previousQuote(): Span | null {
    const prev = this.prev;
    if (!prev || prev.block !== this.sentence.block) return null;
    const q = this.quoteEndingAt(this.sentence.start);
    return q && q[0] >= prev.block.start ? this.span(q[0], this.trimEnd(prev.end)) : null;
  }

  protected trimEnd(end: number): number {
    const m = this.ctx.doc.masked;
    while (end > 0 && /\s/.test(m[end - 1])) end--;
    return end;
  }

  protected quoteEndingAt(pos: number): Range | null {
    const { quotes } = this;
    for (let k = this.firstNearbyQuote(pos); k < quotes.length && quotes[k][0] < pos + 4000; k++) {
      if (quotes[k][1] <= pos && pos - quotes[k][1] <= 4) return quotes[k];
    }
    return null;
  }

  protected tokenSpan(a: number, b: number): Span {
    return this.span(this.toks[a].start, this.toks[b - 1].end);
  }

  protected span(start: number, end: number): Span {
    return { start, end, text: this.ctx.doc.text.slice(start, end) };
  }
}

/**
 * Is there more than spaces between a source and its cue ("One selector, who asked not to be named, says")? With
 * only spaces the source and its cue's words are the source's words: isAnonymousSource gives the same answer for
 * both (its patterns end in a word or in \s*$), so it is asked once.
 */
function asideBeforeCue(text: string, source: Span, cue: Span): boolean {
  if (source.end >= cue.start) return false;
  if (source.text.length !== source.end - source.start || !text.startsWith(source.text, source.start)) return true;
  for (let i = source.end; i < cue.start; i++) if (!isSpaceUnit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * A name the source phrase holds only after a preposition modifies its head and does not name it: "Residents in
 * Port Alder" are not Port Alder, as "Mayor Colm Abernethy of Port Ellery" is Colm Abernethy.
 */
function modifiesHead(source: string, name: string): boolean {
  const k = source.indexOf(name);
  return k > 0 && /\s(?:in|of|from|at|for|with|near)\s+(?:the\s+)?$/i.test(source.slice(0, k));
}

/** A source phrase opened by a name's possessive ("Fair Trolley’s director", "Longwhite's managing director"), whose
 *  possessor the people detector may have taken for the one speaking. */
const POSSESSOR_OPENING = /^(?:\p{Lu}[\p{L}&-]*\s+){0,3}\p{Lu}[\p{L}&-]*['’]s\s/u;

// "Some in the trade say", "Many in the sport assumed": a quantifier and "in"/"at" before the source phrase, which
// stops at the preposition, make it a part of that place or trade, as vague as "some traders".

/** PARTITIVE's last words: most sources follow none of them, and the pattern is tried at every position before. */
export const PARTITIVE_PREPOSITIONS = ['in', 'at', 'within', 'across', 'around', 'inside'];
export const PARTITIVE = new RegExp(String.raw`(?:^|[^\p{L}])((?:[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Ss]everal|[Oo]thers|[Tt]hose) (?:${PARTITIVE_PREPOSITIONS.join('|')}) )$`, 'u');

/** The source with a partitive quantifier before it ("Some in the trade"), or the source itself. */
function withPartitive(text: string, source: Span | null): Span | null {
  if (!source || !PARTITIVE_PREPOSITIONS.some((w) => endsWithWordThenSpaces(text, source.start, w))) return source;
  const m = PARTITIVE.exec(text.slice(Math.max(0, source.start - 20), source.start));
  if (!m) return source;
  const start = source.start - m[1].length;
  return { start, end: source.end, text: text.slice(start, source.end) };
}

// "An ecology survey commissioned by Rookwood found …", "a study led by Ana Ruiz found …": the source phrase stops at
// "by", but the document speaks, and its maker is part of its name. Up to five words before the document noun.
const DOCUMENT_MAKER = new RegExp(String.raw`(?:^|[^\p{L}])((?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ne) (?:[\p{L}\d’'-]+ ){0,4}?([\p{Ll}]+),? (?:${MAKING_PARTICIPLES}) by )$`, 'u');

/** The source with the document it made before it ("An ecology survey commissioned by Rookwood"), or the source. */
function withDocumentMaker(text: string, source: Span | null): Span | null {
  // The pattern ends in "by ": most sources are not after one, and the pattern is slow to fail over 80 characters.
  if (!source || !text.startsWith('by ', source.start - 3)) return source;
  const m = DOCUMENT_MAKER.exec(text.slice(Math.max(0, source.start - 80), source.start));
  if (!m || !(DOCUMENT_SOURCES.has(m[2]) || (m[2].endsWith('s') && DOCUMENT_SOURCES.has(m[2].slice(0, -1))))) return source;
  const start = source.start - m[1].length;
  return { start, end: source.end, text: text.slice(start, source.end) };
}

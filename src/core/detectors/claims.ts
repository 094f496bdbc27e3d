// Check-worthy statements. Each prose sentence (headings excluded: a headline is never flagged) is cut into
// clauses at contrastive joints (", although", ", but", "; "…) because the two halves often differ in standing
// ("The US extended invitations, although North Korea has shown limited interest"). Each clause gets a rule score:
// a weighted sum of evidence — numbers, dates, comparisons, causes, events, named actors — minus evidence of
// opinion, speculation or conversation. A learned adjustment (claimModel.ts) then moves it by its wording and its
// context, and a logistic function squashes the sum to 0..1. The reasons that fired are kept so an editor hover
// can say why a sentence was flagged. Status is decided later (claimStatus.ts).
import type { Detector, DetectorContext } from '../context.js';
import type { Claim } from '../types.js';
import * as claimWords from '../lexicon/claimWords.js';
import * as tokens from '../text/tokens.js';
import type { Token } from '../text/tokens.js';
import * as phrases from '../lexicon/phrases.js';
import * as chars from '../text/chars.js';
import { LexemeSlot } from '../text/lexemes.js';
import type { Sentence } from '../markdown/sentences.js';
import * as claimModelModule from './claimModel.js';
import type { ClauseEvidence } from './claimModel.js';
import { clauseContexts } from './claimContext.js';
import { nameOpeners } from './claimNameOpeners.js';
import { pushClosingRelative } from './claimRelatives.js';
import { HashedSum } from './claimHashedSum.js';

// Module-level copies of the imported bindings: under tsx (bench, eval, tests) every use of an import is a getter
// call on the module object, a large share of the time of these per-word loops.
const { CAUSAL_PHRASES, COMPARISON_WORDS, CONTRAST_JOINTS, EVENT_VERBS, HEDGES, MONTHS, NUMBER_WORDS, OPINION_PHRASES, STAT_NOUNS } = claimWords;
const { SentenceTokens } = tokens;
const { PhraseSet } = phrases;
const { charFlags, codePointAt, isLowercaseAsciiWord, isSpaceUnit, LETTER, NUMBER, startsUpper } = chars;
const { ALONE, claimModel, combineHashes, hashString, scoreInContext, wordingFromSum, wordingWithTerm } = claimModelModule;

/** Weights of the rule score (log-odds), set by hand on news prose; the learned adjustment starts from them. */
const W = {
  bias: -1.1,
  number: 1.3,
  numberWord: 0.8,
  money: 0.6,
  percent: 0.9,
  date: 0.3,
  comparison: 0.5,
  superlative: 0.3,
  causal: 0.8,
  namedActor: 0.4,
  event: 0.8,
  /** An event anchored in time (a date, a month or a day of the week): a datable happening, checkable however short. */
  anchoredEvent: 0.3,
  statistic: 0.8,
  length: 0.3,
  question: -2.5,
  opinion: -1.0,
  hedged: -0.3,
  short: -1.5,
  secondPerson: -0.5,
  firstPerson: -0.4,
};

/** Verbs of having before a count of none ("has no", "had no"). */
const HAVING = new Set(['has', 'have', 'had']);
/** What "no" denies that is no count: an intention, a view or a way ("have no plans", "had no choice"). */
const NOT_COUNTED = new Set(['plans', 'plan', 'intention', 'intentions', 'idea', 'choice', 'option', 'comment', 'doubt', 'reason', 'right', 'business', 'problem', 'problems', 'issue', 'time', 'way', 'place', 'interest', 'desire', 'wish', 'regrets', 'regret', 'illusions', 'say', 'sense', 'clue', 'answer', 'answers', 'excuse', 'respect', 'patience', 'confidence', 'faith', 'trust', 'need', 'authority', 'power', 'control', 'role', 'part', 'chance', 'hope', 'fear', 'shame', 'love', 'appetite']);

/** Is what "no" at k denies no count, within its first three words ("had no immediate plans")? */
function notCountedAfter(toks: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(toks.length, k + 4); j++) {
    if (!toks[j].word) return false;
    if (NOT_COUNTED.has(toks[j].lower)) return true;
  }
  return false;
}

/** Superlatives: any lowercase word in -est (less the exceptions below), and these. */
const SUPERLATIVE_WORDS = new Set(['most', 'least', 'best', 'worst', 'record', 'ever', 'unprecedented', 'historic']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const NOT_SUPERLATIVE = new Set(['interest', 'latest', 'honest', 'protest', 'rest', 'test', 'west', 'best-selling', 'request', 'contest', 'suggest', 'arrest', 'invest', 'guest', 'forest', 'chest', 'nest', 'quest', 'modest', 'manifest', 'digest', 'priest', 'harvest', 'earnest', 'conquest', 'inquest', 'detest', 'attest', 'behest', 'biggest']);
const CAUSAL = new PhraseSet(CAUSAL_PHRASES);
const OPINION = new PhraseSet(OPINION_PHRASES);
const NOT_PAST = new Set(['proceed', 'succeed', 'exceed', 'indeed', 'embed', 'speed', 'breed', 'bleed']);
const YEAR = /^(1[89]\d\d|20\d\d)s?$/;
/** A score in words, a result in sport: "one-all", "two-nil", "nil-nil" (digits such as 2-1 count as numbers). */
const SCORE_WORD = /^(nil|one|two|three|four|five|six|seven|eight|nine|ten)-(all|nil|one|two|three|four|five|six|seven|eight|nine|ten)$/;
const STARTERS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'so', 'this', 'that', 'it', 'there', 'however', 'meanwhile', 'while', 'when', 'if', 'as', 'after', 'before', 'since', 'for', 'with', 'we', 'i', 'you', 'they', 'he', 'she', 'our', 'my', 'his', 'her', 'their', 'its', 'these', 'those', 'yes', 'no', 'well', 'now', 'then', 'because', 'although', 'though', 'what', 'who', 'why', 'how', 'where', 'all', 'some', 'many', 'most', 'every', 'each', 'one', 'also', 'still', 'even', 'just', 'not', 'or', 'mr', 'mrs', 'ms', 'dr', 'today', 'last', 'next', 'first']);

export const claimsDetector: Detector = {
  id: 'claims',
  description: 'Check-worthy statements with a score and reasons.',
  run(ctx) {
    const { minClaimScore, includeAllClaims } = ctx.options;
    const model = claimModel();
    const found: Array<{ start: number; end: number; sentence: Sentence; e: ClauseEvidence; wording: number }> = [];
    eachClause(ctx, (start, end, sentence, e) => {
      const wording = wordingFromSum(e.hashedSum ?? 0, e.shippedTerm ?? 0, model);
      // The words and their hashes are spent: keep a million clauses from holding them.
      e.unigrams = e.bigrams = [];
      e.own = [];
      found.push({ start, end, sentence, e, wording });
    }, new HashedSum(model));
    const contexts = clauseContexts(found.map((f) => ({ sentence: f.sentence, fired: f.e.fired })), ctx.sentences);
    const claims: Claim[] = [];
    const { text } = ctx.doc;
    found.forEach(({ start, end, e, wording }, i) => {
      const { score, wordingReason } = scoreInContext(e, contexts[i], wording, model);
      if (score < minClaimScore && !includeAllClaims) return;
      const reasons = reasonsOf(e.fired);
      if (wordingReason) reasons.push('wording');
      claims.push({ id: '', start, end, text: text.slice(start, end), status: 'unsourced', score, reasons });
    });
    claims.forEach((c, i) => (c.id = 'c' + (i + 1)));
    // One push each: spreading a list of a million arguments overflows the stack.
    for (const c of claims) ctx.claims.push(c);
  },
};

/**
 * The evidence of every clause of every prose sentence (headings excluded), in document order. Exported for the
 * training script, which must see clauses exactly as the detector does. With `hashed`, each clause's hashed wording
 * is summed into `e.hashedSum` instead of listed (the detector's way; training needs the lists).
 */
export function eachClause(ctx: DetectorContext, visit: (start: number, end: number, sentence: Sentence, e: ClauseEvidence) => void, hashed?: HashedSum): void {
  const person = personLookup(ctx);
  const { masked } = ctx.doc;
  const sentenceTokens = new SentenceTokens(masked);
  for (const sentence of ctx.sentences) {
    if (sentence.block.kind === 'heading') continue;
    // Valid for this sentence only (see SentenceTokens): a claim keeps offsets, never a Token.
    const toks = sentenceTokens.of(sentence);
    const count = toks.length;
    let from = 0;
    for (const [start, end] of clauses(ctx, sentence.start, sentence.end)) {
      while (from < count && toks[from].start < start) from++;
      let to = from;
      while (to < count && toks[to].end <= end) to++;
      visit(start, end, sentence, scoreTokens(toks, from, to, masked.slice(start, end), person, hashed));
    }
  }
}

/** Clause ranges of a sentence: cut at contrastive joints, trimmed of spaces and the final stop. */
export function clauses(ctx: DetectorContext, start: number, end: number): Array<[number, number]> {
  const text = ctx.doc.masked.slice(start, end);
  const cuts: Array<[number, number]> = [];
  if (text.includes('\u0130')) {
    // "İ" lowercases to two characters, shifting the offsets of a lowercased copy: keep the copy's offsets.
    const lower = text.toLowerCase();
    for (const joint of CONTRAST_JOINTS) {
      let i = lower.indexOf(joint);
      while (i >= 0) {
        cuts.push([i, i + joint.length]);
        i = lower.indexOf(joint, i + joint.length);
      }
    }
    cuts.sort((a, b) => a[0] - b[0]);
  } else {
    // Every joint starts with a comma or a semicolon; compared in place, ignoring ASCII case, instead of on a
    // lowercased copy of every sentence.
    for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) pushJoint(text, i, cuts);
    for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) pushJoint(text, i, cuts);
    pushClosingRelative(ctx, start, text, cuts);
    if (cuts.length > 1) cuts.sort((a, b) => a[0] - b[0]);
  }
  if (cuts.length === 0) {
    // One clause (most sentences): no intermediate lists.
    const [s, e] = trimClause(text, 0, text.length);
    return e > s ? [[start + s, start + e]] : [];
  }
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const [a, b] of cuts) {
    if (a < from) continue;
    // Only cut where both sides are real clauses (at least four words), and never inside a quotation.
    if (!hasWords(text, from, a, 4) || !hasWords(text, b, text.length, 4)) continue;
    if (insideQuotes(text, a)) continue;
    out.push([from, a]);
    from = b;
  }
  out.push([from, text.length]);
  const trimmed: Array<[number, number]> = [];
  for (const [a, b] of out) {
    const [s, e] = trimClause(text, a, b);
    if (e > s) trimmed.push([start + s, start + e]);
  }
  return trimmed;
}

/** text[a, b) without leading spaces and trailing spaces or stops (. ; , :). */
function trimClause(text: string, a: number, b: number): [number, number] {
  let s = a;
  let e = b;
  while (s < e && isSpaceUnit(text.charCodeAt(s))) s++;
  while (e > s && isTrailing(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

function isTrailing(c: number): boolean {
  return isSpaceUnit(c) || c === 46 || c === 59 || c === 44 || c === 58;
}


/** A contrast joint starting at i (lowercase letters match either case), as a cut. */
function pushJoint(text: string, i: number, cuts: Array<[number, number]>): void {
  for (const joint of CONTRAST_JOINTS) {
    if (i + joint.length > text.length) continue;
    let k = 1;
    while (k < joint.length) {
      const c = text.charCodeAt(i + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== joint.charCodeAt(k)) break;
      k++;
    }
    if (k === joint.length && text.charCodeAt(i) === joint.charCodeAt(0)) {
      cuts.push([i, i + joint.length]);
      return;
    }
  }
}

/**
 * Does text[from, to) hold at least n words (runs of letters and digits, as /[\p{L}\p{N}]+/gu finds them in its
 * slice)? Counted in place and only to n: a regex listing every word of the rest of the sentence at each joint.
 */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; ) {
    const cp = codePointAt(text, i, to);
    const c = cp < 128 ? (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) : (charFlags(cp) & (LETTER | NUMBER)) !== 0;
    if (c && !inWord && ++words >= n) return true;
    inWord = c;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/** An odd number of double quotation marks before `pos` means we are inside a quotation. */
function insideQuotes(text: string, pos: number): boolean {
  let open = 0;
  for (let i = 0; i < pos; i++) {
    const c = text[i];
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
    else if (c === '"') open = open > 0 ? open - 1 : 1;
  }
  return open > 0;
}

/** Is a token part of a person mention found by the people detector (binary search over sorted mentions), or the
 *  short name of an organisation the article names in full ("Dunmore" of "Dunmore Athletic", no person)? */
function personLookup(ctx: DetectorContext): (t: Token) => boolean {
  const spans = ctx.people.mentions.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  let openers: Set<string> | undefined;
  return (t) => isMention(spans, t) || (openers ??= nameOpeners(ctx)).has(t.text);
}

function isMention(spans: ReadonlyArray<readonly [number, number]>, t: Token): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= t.start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && t.end <= spans[at][1];
}

/**
 * Score one clause from its tokens. Exported for tests and evaluation. Stance words (first person, hedges,
 * questions) count only outside quotation marks: inside them they are the speaker's, and what a named party
 * says it wants is itself worth checking.
 */
export function scoreClause(toks: Token[], text: string, person: (t: Token) => boolean = () => false): { score: number; reasons: string[] } {
  const e = scoreTokens(toks, 0, toks.length, text, person);
  const { score, wordingReason } = scoreInContext(e, ALONE, wordingWithTerm(e, e.shippedTerm ?? 0, claimModel()));
  return { score, reasons: wordingReason ? [...reasonsOf(e.fired), 'wording'] : reasonsOf(e.fired) };
}

/** The evidence of scoreClause on the clause toks[from, to) of a sentence's tokens (no copy of them per clause). */
function scoreTokens(toks: Token[], from: number, to: number, text: string, person: (t: Token) => boolean, hashed?: HashedSum): ClauseEvidence {
  const c = scanClause(toks, from, to, hashed);
  const e: ClauseEvidence = { x: W.bias, fired: 0, words: c.words, quoted: c.quotedWords > 0, unigrams: c.unigrams, bigrams: c.bigrams, first: c.first, own: c.own,
    shippedTerm: c.tableCount ? c.tableSum / c.tableCount : 0, hashedSum: hashed?.total(c.first) };
  if (c.digits > c.years) fire(e, REASON.number, W.number);
  else if (c.numberWord || c.percent) fire(e, REASON.quantity, W.numberWord);
  if (c.money || hasCurrencySign(text)) fire(e, REASON.money, W.money);
  if (c.percent || text.includes('%')) fire(e, REASON.percent, W.percent);
  const anchored = c.years > 0 || c.month || c.weekday;
  if (anchored) fire(e, REASON.date, W.date);
  if (c.comparison) fire(e, REASON.comparison, W.comparison);
  if (c.superlative) fire(e, REASON.superlative, W.superlative);
  if (c.causalFrom >= 0 && CAUSAL.matches(phraseWordsOf(toks, c.causalFrom, to, false))) fire(e, REASON.causal, W.causal);
  if (namedActor(toks, from, to, person)) fire(e, REASON.namedActor, W.namedActor);
  // A span of dates ("from May to August") says when something happens, as an event verb does.
  if (c.event || c.span) fire(e, REASON.event, W.event);
  if (c.event && anchored) e.x += W.anchoredEvent;
  if (c.statistic) fire(e, REASON.statistic, W.statistic);
  if (c.words >= 10) e.x += W.length;

  if (c.quotedWords === 0 && text.includes('?') && (/\?\s*["”’)]*\s*$/.test(text) || (/^(what|why|how|who|where|when|do|does|did|is|are|can|could|would|will|should)\b/i.test(text.trim()) && text.includes('?')))) fire(e, REASON.question, W.question);
  if (c.opinionFrom >= 0 && OPINION.matches(phraseWordsOf(toks, c.opinionFrom, to, true))) fire(e, REASON.opinion, W.opinion);
  if (c.hedged) fire(e, REASON.hedged, W.hedged);
  // "The diner reopened on Friday" is short but datable, "Two people died" short but counted: the penalty is for
  // fragments and chatter.
  if (c.words < 5 && !(c.event && (anchored || counted(e)))) fire(e, REASON.short, W.short);
  if (c.secondPerson) fire(e, REASON.secondPerson, W.secondPerson);
  else if (c.firstPerson) fire(e, REASON.firstPerson, W.firstPerson);
  return e;
}

/** Did the clause count something (a number or a number word)? */
const counted = (e: ClauseEvidence): boolean => (e.fired & (REASON.number | REASON.quantity)) !== 0;

/** What one pass over a clause's words finds, before any weighing. */
interface ClauseSignals {
  words: number;
  /** Words inside double quotation marks. */
  quotedWords: number;
  digits: number;
  years: number;
  numberWord: boolean;
  money: boolean;
  percent: boolean;
  month: boolean;
  /** A day of the week, written with its capital, outside quotation marks: a time anchor like a date. */
  weekday: boolean;
  /** A span of dates: from/between, a month or year, to/until/through/and, a month or year. */
  span: boolean;
  comparison: boolean;
  superlative: boolean;
  event: boolean;
  statistic: boolean;
  /** Where a causal or an opinion phrase can first start (-1: nowhere, so most clauses skip the phrase search). */
  causalFrom: number;
  opinionFrom: number;
  hedged: boolean;
  secondPerson: boolean;
  firstPerson: boolean;
  /** Hashes of the words outside quotation marks, of their adjacent pairs and of the clause's first word (claimModel.ts). */
  unigrams: number[];
  bigrams: number[];
  first: number;
  /** The words outside quotation marks, lowercased (claimModel.ts looks them up in its word table). */
  own: string[];
  /** The sum and count of the shipped model's word-table numbers of `own` (those in the table), in their order. */
  tableSum: number;
  tableCount: number;
}

/**
 * One pass counts the words (and those inside double quotation marks) and collects every lexical signal from each
 * word's cached flags; the word lists that phrase matching needs are built later, only when a phrase can match.
 */
function scanClause(toks: Token[], from: number, to: number, hashed?: HashedSum): ClauseSignals {
  const c: ClauseSignals = {
    words: 0, quotedWords: 0, digits: 0, years: 0, numberWord: false, money: false, percent: false, month: false, weekday: false, span: false, comparison: false,
    superlative: false, event: false, statistic: false, causalFrom: -1, opinionFrom: -1, hedged: false, secondPerson: false, firstPerson: false,
    unigrams: [], bigrams: [], first: 0, own: [], tableSum: 0, tableCount: 0,
  };
  let previous = '';
  let previousHash = 0;
  let open = false;
  // The span's stages so far, word by word: 1 after from/between, 2 after its date, 3 after to/until/and.
  let spanStage = 0;
  hashed?.start();
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (!t.word) {
      open = quotationOpenAfter(t.text, open);
      continue;
    }
    const i = c.words++;
    if (open) c.quotedWords++;
    const l = t.lower;
    const before = previous;
    previous = l;
    const info = INFO.of(t.lexeme);
    const f = info.flags;
    if (!open) previousHash = hashWord(c, l, info, i, previousHash, hashed);
    else previousHash = 0;
    spanStage = nextSpanStage(spanStage, l, f);
    if (spanStage === 4) c.span = true;
    // "Keld Cross has no GP surgery": a count of none, checkable as any count is (not "has no plans", "had no idea").
    if (l === 'no' && HAVING.has(before) && !open && !notCountedAfter(toks, k)) c.numberWord = true;
    if (f === 0) continue;
    if (f & DIGIT) {
      c.digits++;
      if (f & YEAR_WORD) c.years++;
    }
    if (f & NUMBER_WORD) c.numberWord = true;
    if (f & MONEY_WORD) c.money = true;
    if ((f & PERCENT_WORD) || (l === 'cent' && before === 'per')) c.percent = true;
    if ((f & MONTH_WORD) && (l !== 'may' || t.text !== l) && (i > 0 || l !== 'march')) c.month = true;
    // Only in the writer's own words: a day inside a quotation is mostly a promise's deadline ("by Friday").
    if ((f & WEEKDAY_WORD) && t.text !== l && !open) c.weekday = true;
    if (f & COMPARISON_WORD) c.comparison = true;
    if (f & SUPERLATIVE_WORD) c.superlative = true;
    if ((f & EVENT_VERB) || ((f & PAST_FORM) && t.text === l)) c.event = true;
    if (f & STAT_NOUN) c.statistic = true;
    if ((f & CAUSAL_OPENER) && c.causalFrom < 0) c.causalFrom = k;
    if (!open) {
      // The speaker's own words, outside quotation marks.
      if ((f & OPINION_OPENER) && c.opinionFrom < 0) c.opinionFrom = k;
      if ((f & HEDGE) && HEDGES.has(t.text)) c.hedged = true;
      if (f & SECOND_PERSON) c.secondPerson = true;
      if (f & FIRST_PERSON) c.firstPerson = true;
    }
  }
  return c;
}

/** The span stage after word l (flags f): from/between → a month or year → to/until/through/and → a month or year (4). */
function nextSpanStage(stage: number, l: string, f: number): number {
  const dated = (f & (MONTH_WORD | YEAR_WORD)) !== 0;
  if (stage === 1 && dated) return 2;
  if (stage === 2 && (l === 'to' || l === 'until' || l === 'through' || l === 'and')) return 3;
  if (stage === 3 && dated) return 4;
  return l === 'from' || l === 'between' ? 1 : 0;
}

/**
 * Adds the hashes of an own word (numbers as <number>, years as <year>) and of its pair with the previous own
 * word (none across a quotation) to the clause (or to `hashed`'s sum, leaving the lists empty); returns the word's hash.
 */
function hashWord(c: ClauseSignals, l: string, info: WordInfo, i: number, previousHash: number, hashed: HashedSum | undefined): number {
  const h = info.hash;
  if (hashed) hashed.unigram(h);
  else {
    c.unigrams.push(h);
    c.own.push(l);
  }
  if (info.table !== undefined) {
    c.tableSum += info.table;
    c.tableCount++;
  }
  if (i === 0) c.first = combineHashes(h, 1);
  if (previousHash !== 0) {
    if (hashed) hashed.bigram(combineHashes(previousHash, h));
    else c.bigrams.push(combineHashes(previousHash, h));
  }
  return h;
}

const YEAR_HASH = hashString('<year>');
const NUMBER_HASH = hashString('<number>');

/** Is a quotation open after the punctuation token `s`? “ opens, ” closes, " and '' toggle, the rest leave it be. */
function quotationOpenAfter(s: string, open: boolean): boolean {
  if (s.length === 1) {
    // By code unit: a fresh one-character string is compared by content with each literal otherwise.
    const c = s.charCodeAt(0);
    return c === 0x201c ? true : c === 0x201d ? false : c === 34 ? !open : open;
  }
  return s === "''" ? !open : open;
}

/** $ £ € ¥ anywhere in the text (four native searches instead of a regex per clause). */
function hasCurrencySign(text: string): boolean {
  return text.includes('$') || text.includes('£') || text.includes('€') || text.includes('¥');
}

/**
 * The words of toks[from, to), lowercase with straight apostrophes as phrase lists are written; with `ownOnly`,
 * only those outside double quotation marks (the speaker's own words; toks[from] must be outside them).
 */
function phraseWordsOf(toks: Token[], from: number, to: number, ownOnly: boolean): string[] {
  const out: string[] = [];
  let open = false;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (!t.word) open = quotationOpenAfter(t.text, open);
    else if (!ownOnly || !open) out.push(straightLower(t));
  }
  return out;
}

/** One bit per reason, in the order scoreTokens tests them; claimModel.ts's REASON_NAMES names them in the same order. */
const REASON = { number: 1, quantity: 2, money: 4, percent: 8, date: 16, comparison: 32, superlative: 64, causal: 128, namedActor: 256, event: 512, statistic: 1024, question: 2048, opinion: 4096, hedged: 8192, short: 16384, secondPerson: 32768, firstPerson: 65536 };
const { REASON_NAMES } = claimModelModule;

function fire(e: ClauseEvidence, reason: number, weight: number): void {
  e.x += weight;
  e.fired |= reason;
}

/** The names of the reasons that fired, in the order they were tested. */
function reasonsOf(fired: number): string[] {
  const reasons: string[] = [];
  for (let i = 0; i < REASON_NAMES.length; i++) if (fired & (1 << i)) reasons.push(REASON_NAMES[i]);
  return reasons;
}

// What a lowercase word says by itself, as bits: looked up once per distinct word (news repeats its words), not
// with a dozen set and suffix tests per occurrence.
const DIGIT = 1;
const YEAR_WORD = 2;
const NUMBER_WORD = 4;
const MONEY_WORD = 8;
const PERCENT_WORD = 16;
const MONTH_WORD = 32;
const COMPARISON_WORD = 64;
const SUPERLATIVE_WORD = 128;
const EVENT_VERB = 256;
/** A past form in -ed (an event when the word is written in lowercase). */
const PAST_FORM = 512;
const STAT_NOUN = 1024;
/** "cent" (a percentage after "per"): the one signal that needs its neighbour. */
const CENT = 2048;
/** First word of a causal or an opinion phrase (straight apostrophes): only then can the phrase list match. */
const CAUSAL_OPENER = 4096;
const OPINION_OPENER = 8192;
/** A modal or hedging word (when written in lowercase). */
const HEDGE = 16384;
const SECOND_PERSON = 32768;
const FIRST_PERSON = 65536;
const WEEKDAY_WORD = 131072;

/**
 * What scanClause needs of a word, worked out once per word and kept in its lexeme: its lexical flags (computeFlags is a dozen set and string
 * tests), its hash (numbers as <number>, years as <year>) and its number in the shipped model's word table.
 */
interface WordInfo {
  flags: number;
  hash: number;
  table: number | undefined;
}

const INFO = new LexemeSlot(computeInfo);

function computeInfo(l: string): WordInfo {
  const flags = computeFlags(l);
  const hash = flags & DIGIT ? (flags & YEAR_WORD ? YEAR_HASH : NUMBER_HASH) : hashString(l);
  return { flags, hash, table: claimModel().words.get(l) };
}

function computeFlags(l: string): number {
  let f = 0;
  const c0 = l.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) f |= DIGIT | (YEAR.test(l) ? YEAR_WORD : 0);
  if (NUMBER_WORDS.has(l) || SCORE_WORD.test(l)) f |= NUMBER_WORD;
  if (l === 'dollars' || l === 'euros' || l === 'pounds' || l === 'yen') f |= MONEY_WORD;
  if (l === 'percent' || l === 'percentage') f |= PERCENT_WORD;
  if (l === 'cent') f |= CENT;
  if (MONTHS.has(l)) f |= MONTH_WORD;
  if (WEEKDAYS.has(l)) f |= WEEKDAY_WORD;
  if (COMPARISON_WORDS.has(l)) f |= COMPARISON_WORD;
  if ((l.endsWith('est') ? l.length > 3 && isLowercaseAsciiWord(l) : SUPERLATIVE_WORDS.has(l)) && !NOT_SUPERLATIVE.has(l) && !l.endsWith('west')) f |= SUPERLATIVE_WORD;
  if (EVENT_VERBS.has(l) && l.length > 3 && l !== 'have' && l !== 'were' && l !== 'stands') f |= EVENT_VERB;
  if (l.length > 5 && l.endsWith('ed') && !NOT_PAST.has(l)) f |= PAST_FORM;
  if (STAT_NOUNS.has(l)) f |= STAT_NOUN;
  const straight = l.includes('’') ? l.replace(/’/g, "'") : l;
  if (CAUSAL.opens(straight)) f |= CAUSAL_OPENER;
  if (OPINION.opens(straight)) f |= OPINION_OPENER;
  if (HEDGES.has(l)) f |= HEDGE;
  if (straight === 'you' || straight === 'your') f |= SECOND_PERSON;
  if (straight === 'i' || straight === 'me' || straight === 'my' || straight === "i'm" || straight === "i've") f |= FIRST_PERSON;
  return f;
}

/** A word lowercased with straight apostrophes, as phrase lists are written. */
function straightLower(t: Token): string {
  return t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower;
}

/**
 * A person, country, party or body: a capitalised word that is not merely the sentence's first word (which
 * counts when the people detector knows it, or when the next word is capitalised too: "North Korea").
 */
function namedActor(toks: Token[], from: number, to: number, person: (t: Token) => boolean): boolean {
  let first = true;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (!t.word) continue;
    const isFirst = first;
    first = false;
    const text = t.text;
    if (!startsUpper(text) || (text.charCodeAt(0) === 73 && (text.length === 1 || text.charCodeAt(1) === 39 || text.charCodeAt(1) === 0x2019))) continue;
    if (isFirst && (STARTERS.has(t.lower) || !(person(t) || startsUpper(nextWordText(toks, k + 1, to))))) continue;
    if (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) continue;
    return true;
  }
  return false;
}

/** Text of the first word in toks[from, to), or ''. */
function nextWordText(toks: Token[], from: number, to: number): string {
  for (let k = from; k < to; k++) if (toks[k].word) return toks[k].text;
  return '';
}


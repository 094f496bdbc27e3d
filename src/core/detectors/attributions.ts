// Attribution triples (source / cue / content) as PARC and PolNeAR annotate them, found with word lists and
// word order instead of a parser: a cue verb, the noun phrase next to it, and the clause it reports.
// Orders handled: "X said (that) C", "C, X said", "“C,” said X", "According to X, C", "C, according to X",
// "X told reporters C", "X echoed this, saying C", headline "X: C" and "“C” ― X". A quotation that runs past
// the sentence carries the content with it.
import type { Detector, DetectorContext, PersonMention } from '../context.js';
import type { Attribution, ContentKind, CueKind, Span } from '../types.js';
import type { Sentence } from '../markdown/sentences.js';
import * as chars from '../text/chars.js';
import * as sorted from '../text/sorted.js';
import * as cueLexicon from '../lexicon/cues.js';
import * as wordLexicon from '../lexicon/words.js';
import * as vagueLexicon from '../lexicon/vague.js';
import * as quoteRangesModule from './quoteRanges.js';
import type { Range } from './quoteRanges.js';
import * as tokenizer from '../text/tokens.js';
import * as phraseLexicon from '../lexicon/phrases.js';
import { cutAtCoordinatedAttributions } from './coordinatedContent.js';
import type { Token } from '../text/tokens.js';

// Module-level copies of the imported bindings: under tsx (bench, eval, tests) every use of an import is a getter
// call on the module object, a large share of the time of the per-token tests below.
const {
  ACCORDING_TO_CUES, COGNITION_VERBS, CONTINUING_PARTICIPLES, DOCUMENT_SOURCES, EXTRA_SPEECH_VERBS, NOUN_LIKE,
  REPORT_VERBS, SPEECH_VERBS, STANCE_VERBS, STRONG_CUES, WRITING_VERBS, inflect,
} = cueLexicon;
const { AUXILIARIES, DETERMINERS, NP_BOUNDARIES, PREPOSITIONS, SOURCE_PRONOUNS, SUBJECT_PRONOUNS, TIME_WORDS, TITLE_ABBREVIATIONS, isAdverb } = wordLexicon;
const { isVagueSource, normalisePhrase } = vagueLexicon;
const { isLowercaseAsciiWord, isSpaceUnit } = chars;
const { firstStartingAt } = sorted;
const { quoteRanges } = quoteRangesModule;
const { SentenceTokens } = tokenizer;
const { splitWords } = phraseLexicon;

interface CueEntry {
  words: string[];
  base: string;
  kind: CueKind;
}

interface CueMatch {
  i0: number;
  /** Exclusive token index. */
  i1: number;
  entry: CueEntry;
}

const OPEN_QUOTES = new Set(['“', '‘', '«', '„', '「', '『', "''"]);
const CLOSE_QUOTES = new Set(['”', '’', '»', '」', '』', "''"]);
/** Verbs whose first object is the listener, not the content ("told reporters that…"). */
const LISTENER_VERBS = new Set(['tell', 'ask', 'warn', 'assure', 'reassure', 'inform', 'remind', 'urge', 'advise', 'promise', 'caution', 'call on', 'accuse', 'email', 'text']);
/** Passive cues that are vague on their own ("it is believed", "he is said to"). */
const IMPERSONAL = new Set(['say', 'believe', 'think', 'report', 'allege', 'rumor', 'rumour', 'know', 'understand', 'expect', 'estimate', 'claim', 'consider', 'fear', 'accuse', 'criticize', 'criticise', 'blame', 'praise', 'describe', 'label', 'dub']);
/** Cues whose content can be an infinitive clause ("plans to", "refused to", "urged them to"). */
/** Passives read as vague only before "that" (or "as"): "it has been suggested that", "is widely regarded as". */
const IMPERSONAL_WITH_THAT = new Set(['find', 'suggest', 'argue', 'state', 'assert', 'predict', 'speculate', 'assume', 'presume', 'note', 'observe', 'acknowledge', 'accept', 'agree', 'regard', 'see', 'hold', 'show', 'indicate', 'reveal', 'conclude', 'estimate']);
const INFINITIVE_CUES = new Set(['want', 'plan', 'hope', 'expect', 'decide', 'refuse', 'decline', 'agree', 'promise', 'pledge', 'vow', 'threaten', 'propose', 'wish', 'seek', 'intend', 'aim', 'vote', 'offer', 'demand', 'ask', 'urge', 'call on', 'encourage', 'tell', 'warn', 'advise', 'claim', 'prefer', 'seek', 'intend']);
const STANCE = new Set(STANCE_VERBS);
const REPORT_VERB_SET = new Set(REPORT_VERBS);
const STANCE_ONLY_BASES = new Set(STANCE_VERBS.filter((v) => !SPEECH_VERBS.includes(v) && !WRITING_VERBS.includes(v) && !COGNITION_VERBS.includes(v) && !REPORT_VERBS.includes(v)));
/** Predicative adjectives of attitude ("has been critical of", "was sure", "were coy about"). */
const STANCE_ADJECTIVES = new Set(['critical', 'supportive', 'skeptical', 'sceptical', 'wary', 'confident', 'sure', 'certain', 'convinced', 'concerned', 'worried', 'optimistic', 'pessimistic', 'hopeful', 'coy', 'adamant', 'aware', 'doubtful', 'opposed', 'eager', 'reluctant', 'frustrated', 'angry', 'furious', 'upset', 'proud', 'pleased', 'disappointed', 'dismissive', 'enthusiastic', 'unhappy', 'outspoken', 'vocal', 'insistent', 'incensed', 'unsure', 'uncertain', 'afraid', 'fearful', 'comfortable', 'uncomfortable', 'willing', 'unwilling', 'determined', 'passionate', 'bearish', 'bullish', 'vague', 'silent']);
/** Subordinators before a participle that continues the main clause ("while chanting", "before asking her"). */
const SUBORDINATORS = new Set(['while', 'before', 'after', 'despite', 'when']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** Nouns that name what a party said, wants or holds ("Trump’s claim that", "her decision to"). */
const NOMINAL_CUES = new Set(['claim', 'claims', 'comment', 'comments', 'remark', 'remarks', 'statement', 'assertion', 'argument', 'insistence', 'emphasis', 'accusation', 'accusations', 'allegation', 'allegations', 'admission', 'suggestion', 'contention', 'denial', 'conclusion', 'determination', 'eagerness', 'missive', 'pronouncements', 'promises', 'ideas', 'message', 'speech', 'decision']);
/** Prepositions whose object is the topic of a cue ("commented on", "railed against", "bragged about"). */
const CUE_PREPOSITIONS = new Set(['about', 'on', 'against', 'for', 'with', 'over', 'of']);
/** Nouns for parties that hold positions: as the head of a subject they make a stance verb an attribution. */
const ACTOR_NOUNS = new Set(['campaign', 'party', 'committee', 'administration', 'government', 'officials', 'official', 'group', 'court', 'company', 'bank', 'city', 'state', 'department', 'agency', 'council', 'coalition', 'union', 'unions', 'senators', 'senator', 'lawmakers', 'leaders', 'leader', 'voters', 'critics', 'supporters', 'opponents', 'nominee', 'candidate', 'candidates', 'president', 'governor', 'spokesman', 'spokeswoman', 'republicans', 'democrats', 'ad', 'video', 'article', 'editorial', 'board', 'newspaper', 'paper', 'network', 'organization', 'organisation', 'activists', 'advocates', 'experts', 'economists', 'analysts', 'residents', 'members', 'team', 'staff', 'aides', 'allies', 'rivals', 'rival', 'firm', 'ministry', 'minister', 'congress', 'senate', 'house', 'white', 'police', 'prosecutors', 'judge', 'who', 'mayor', 'chairman', 'chairwoman', 'chair', 'director', 'secretary', 'chief', 'executive', 'spokesperson', 'lawyer', 'lawyers', 'attorney', 'sheriff', 'commissioner', 'ambassador', 'chancellor', 'premier', 'governors', 'mayors', 'ministers', 'executives', 'investors', 'employers', 'workers', 'regulators', 'owners', 'owner', 'developer', 'authorities', 'ministry', 'manager', 'founder', 'host', 'author', 'authors', 'researchers', 'scientists', 'doctors', 'teachers', 'parents', 'students', 'reporters', 'journalists', 'people', 'americans', 'conservatives', 'liberals', 'progressives', 'observers', 'commentators', 'strategists', 'pollsters', 'protesters', 'demonstrators', 'officers', 'officer', 'representatives', 'legislators', 'politicians', 'delegates', 'donors', 'advisers', 'advisors', 'adviser', 'advisor', 'lawmaker', 'economist', 'expert', 'analyst', 'historian', 'historians', 'scholars', 'scholar', 'professor', 'researcher', 'activist', 'relatives', 'wife', 'husband', 'mother', 'father', 'friends', 'neighbors', 'witness', 'witnesses', 'colleagues', 'campaigns', 'governments', 'countries', 'nations', 'companies', 'banks', 'agencies', 'groups', 'organizations', 'newspapers', 'panel', 'commission', 'moderator', 'moderators', 'critic', 'supporter', 'opponent', 'fans', 'citizens', 'users', 'readers', 'viewers', 'respondents', 'americans', 'women', 'men', 'democrat', 'republican', 'administrators', 'regime', 'military', 'pentagon', 'ceo', 'executives', 'judges', 'justices', 'jury', 'attorneys', 'prosecutor', 'defense', 'family', 'families']);
/** Nouns for things said or shown, which a participle can follow ("a statement announcing…", "footage showing…"). */
const SPEECH_EVENT_NOUNS = new Set(['statement', 'statements', 'tweet', 'tweets', 'post', 'posts', 'conference', 'briefing', 'video', 'videos', 'footage', 'ad', 'ads', 'advertisement', 'letter', 'letters', 'email', 'emails', 'message', 'messages', 'speech', 'remarks', 'comments', 'interview', 'op-ed', 'column', 'editorial', 'release', 'clip', 'clips', 'segment', 'broadcast', 'resolution', 'motion', 'petition', 'lawsuit', 'complaint', 'filing', 'filings', 'ruling', 'order', 'notice', 'sign', 'signs', 'banner', 'banners', 'headline', 'headlines']);
/** What a party shows by its conduct rather than by a finding ("showed interest", "shows no signs of…"). */
const SHOWN_ATTITUDES = new Set(['interest', 'signs', 'sign', 'willingness', 'restraint', 'resolve', 'courage', 'leadership', 'respect', 'support', 'strength', 'weakness', 'enthusiasm', 'patience', 'flexibility', 'reluctance', 'up']);
/** "seems", "appeared": an impression nobody in particular holds (see seemCue). */
const SEEM_VERBS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** "faced criticism", "drew backlash" (see facedCriticism). */
const CRITICISM_NOUNS = new Set(['criticism', 'criticisms', 'backlash', 'ridicule', 'condemnation', 'scrutiny']);
const COLON_NOT_SOURCES = new Set(['update', 'note', 'editor', 'editors', 'read', 'watch', 'photo', 'photos', 'video', 'related', 'source', 'sources', 'correction', 'breaking', 'exclusive', 'caption', 'q', 'a', 'see', 'also', 'warning', 'disclaimer', 'credit', 'image', 'listen', 'transcript', 'subscribe', 'advertisement', 'getty', 'partial', 'full', 'more', 'here', 'why', 'how', 'what', 'this', 'the']);

/** Sources worth resolving to a person: a capitalised word or a personal pronoun ("He", "Matsuno", "who"). */
const RESOLVABLE_SOURCE = /^(?:\p{Lu}|he\b|she\b|they\b|who\b|him\b|her\b)/u;

// Word lists and word shapes asked about most cues, kept here as sets and regexes: a regex literal in a method
// is a new object each time it runs, and slower to test than a set.
/** "if the court found…", "whether anyone disclosed it": a condition or a question before the source. */
const CONDITION_WORDS = new Set(['if', 'unless', 'whether']);
/** Determiners after which a cue word is a noun ("the said report", "a call", "whose claims"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'each', 'every', 'no', 'any', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'said', 'aforementioned', 'such', 'another']);
/** Verbs after a noun-like cue that show it is the subject ("Republican support was solid"). */
const VERBS_AFTER_SUBJECT = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'will', 'would', 'could']);
/** Quantifiers before a plural noun ("all rates", "most reports"). */
const PLURAL_QUANTIFIERS = new Set(['all', 'most', 'some', 'many', 'several', 'few', 'these', 'those', 'other']);
/** A lowercase adjective by its ending ("personal", "harmful", "strongest"). */
const ADJECTIVE_SHAPE = /^[a-z]+(al|ful|ous|ive|ic|est|ible|able|less|ary)$/;
/** Words after a plural noun that a verb would not take ("advocates as", "states and"). */
const NOT_AFTER_VERB = new Set(['as', 'have', 'are', 'were', 'had', 'say', 'said', 'and', 'or', 'that', 'which', 'who']);
/** Modifiers that make "budget plans" a compound noun, not a subject and its verb ("the latest budget plans"). */
const NOT_SUBJECT_MODIFIERS = new Set(['new', 'latest', 'recent', 'last', 'first', 'final', 'annual', 'previous', 'own', 'same']);
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const QUANTITY_UNITS = new Set(['percent', 'per', 'percentage', 'points', 'point', 'times', 'to', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'fold', 'votes', 'dollars', 'euros', 'pounds', 'yen', 'cents', 'degrees', 'miles', 'kilometers', 'kilometres', 'meters', 'metres', 'feet', 'tons', 'tonnes']);
const NEGATIONS = new Set(['not', "n't", 'never']);
/** "she’ll", "they'll". */
const CONTRACTED_WILL = /.['’]ll$/;
const MODALS = new Set(['would', 'could', 'can', 'cannot', 'will', 'may', 'might', 'should', 'must', 'shall', 'wouldn’t', "wouldn't", 'couldn’t', "couldn't", 'can’t', "can't", 'won’t', "won't", 'shouldn’t', "shouldn't", 'wo', 'ca']);
/** Forms of "be" before a passive participle ("is believed", "has been told", "it’s said"). */
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', '’s', "'s"]);
/** "Deploring", "Asking": a capitalised participle opening a sentence. */
const OPENING_PARTICIPLE = /^[A-Z][a-z]+ing$/;
/** Words that open an introductory adverbial ("When…", "Asked…", "Meanwhile,"). */
const INTRO_WORDS = new Set(['when', 'while', 'as', 'after', 'before', 'following', 'asked', 'pressed', 'speaking', 'later', 'earlier', 'meanwhile', 'however', 'yet', 'still', 'now', 'then', 'also', 'last', 'this', 'next', 'once', 'since', 'until', 'despite', 'amid', 'unlike', 'like']);
/** Quantifiers that belong to the source they precede ("some owners", "many economists"). */
const SOURCE_QUANTIFIERS = new Set(['some', 'many', 'few', 'both', 'most', 'several', 'all']);
/** One-word noun phrases after a cue ("told reporters", "asked him"). */
const ONE_WORD_LISTENERS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters', 'journalists', 'lawmakers', 'supporters']);

/** "in … poll(s)" / "in … survey(s)" (see inPoll), and the words before an "in" that is not one ("than in the poll"). */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
const NOT_BEFORE_POLL_IN = new Set(['than', 'percent', 'point', 'points', 'lead', 'ahead', 'behind']);

/** The cues looked for once a sentence's verb cues are found, by their word (first listed kind wins). */
type LateCue = 'adjective' | 'seem' | 'criticism' | 'clear' | 'nominal';
const LATE_CUES = new Map<string, LateCue>();

// Bounds that keep each cue's work and output independent of the sentence length (see sentences.ts MAX_SENTENCE).
// Each is above what any of the 24,000 evaluation texts reaches (longest content 1,078 characters before quote
// extension), so news text is unaffected.
/** Longest content span before a quotation extends it. */
const MAX_CONTENT = 1200;
/** Characters before a source-less cue read for vague wording. */
const VAGUE_WINDOW = 400;
/** Characters of a content read by reportsWords. */
const REPORT_WINDOW = 1000;
for (const [words, kind] of [[STANCE_ADJECTIVES, 'adjective'], [SEEM_VERBS, 'seem'], [CRITICISM_NOUNS, 'criticism'], [['clear', 'unclear'], 'clear'], [NOMINAL_CUES, 'nominal']] as const) {
  for (const w of words) if (!LATE_CUES.has(w)) LATE_CUES.set(w, kind);
}

/** Does the token overlap one of the spans? (A loop, not `some`: asked for many tokens of every sentence.) */
function overlapsAny(spans: readonly Span[], t: Token): boolean {
  for (let k = 0; k < spans.length; k++) if (t.start < spans[k].end && t.end > spans[k].start) return true;
  return false;
}

const tableCache = new Map<string, Map<string, CueEntry[]>>();
/** The table of a finder before `find` sets it (shared: a new map per sentence was measurable garbage). */
const NO_CUES: ReadonlyMap<string, CueEntry[]> = new Map();

/** Inflected first word → cue entries (multi-word cues list their remaining words). Cached per extra-cue list. */
function cueTable(extra: readonly string[]): Map<string, CueEntry[]> {
  const key = extra.join('\n');
  const cached = tableCache.get(key);
  if (cached) return cached;
  const table = new Map<string, CueEntry[]>();
  // Forms already listed (a set: scanning the lists for each of thousands of forms took 60 ms on first use).
  const listed = new Set<string>();
  const add = (bases: readonly string[], kind: CueKind, inflected = true) => {
    for (const base of bases) {
      for (const form of inflected ? inflect(base) : [base]) {
        const words = form.split(' ');
        const list = table.get(words[0]) ?? [];
        if (!listed.has(form)) list.push({ words, base, kind });
        listed.add(form);
        table.set(words[0], list);
      }
    }
  };
  add(SPEECH_VERBS, 'speech');
  add(EXTRA_SPEECH_VERBS, 'speech');
  add(WRITING_VERBS, 'writing');
  add(REPORT_VERBS, 'report');
  add(COGNITION_VERBS, 'cognition');
  add(STANCE_VERBS, 'speech');
  // "backed Clinton", "backs the plan": never the bare form ("came back", "back yard").
  add(['backs', 'backed'], 'speech', false);
  add(['according to', 'as reported by', 'as quoted by', 'in the words of'].filter((c) => ACCORDING_TO_CUES.includes(c)), 'according-to', false);
  for (const e of extra) {
    const forms = /(ed|s)$/.test(e) || e.includes(' ') ? [e] : inflect(e);
    for (const form of forms) {
      const words = form.split(' ');
      const list = table.get(words[0]) ?? [];
      list.unshift({ words, base: e, kind: 'speech' });
      table.set(words[0], list);
    }
  }
  // Longest multi-word cue first.
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  if (tableCache.size > 8) tableCache.clear();
  tableCache.set(key, table);
  return table;
}

/** The cues a word can be: verb cues starting with it (the cue table's entries) and the late cue it is. */
interface WordCues {
  cues: CueEntry[] | undefined;
  late: LateCue | undefined;
}

const wordCuesCache = new WeakMap<Map<string, CueEntry[]>, Map<string, WordCues>>();

/** A cue table and LATE_CUES in one map: one lookup per token finds both (each lookup of a fresh word hashes it). */
function wordCues(table: Map<string, CueEntry[]>): Map<string, WordCues> {
  let words = wordCuesCache.get(table);
  if (!words) {
    words = new Map();
    for (const [w, cues] of table) words.set(w, { cues, late: LATE_CUES.get(w) });
    for (const [w, late] of LATE_CUES) if (!words.has(w)) words.set(w, { cues: undefined, late });
    wordCuesCache.set(table, words);
  }
  return words;
}

export const attributionsDetector: Detector = {
  id: 'attributions',
  description: 'Source / cue / content attribution triples.',
  run(ctx) {
    const table = cueTable(ctx.options.extraCues);
    const words = wordCues(table);
    const extraCueBases = new Set(ctx.options.extraCues);
    const quotes = quoteRanges(ctx);
    const found: Attribution[] = [];
    let prevSentence: Sentence | null = null;
    const tokens = new SentenceTokens(ctx.doc.masked);
    for (const sentence of ctx.sentences) {
      // Valid for this sentence only (see SentenceTokens): nothing found keeps a Token.
      const toks = tokens.of(sentence);
      const finder = new SentenceAttributions(ctx, sentence, toks, quotes, prevSentence, extraCueBases);
      const first = found.length;
      finder.find(table, words, found);
      cutAtCoordinatedAttributions(ctx.doc.text, found, first);
      prevSentence = sentence;
    }
    found.sort((a, b) => a.cue.start - b.cue.start);
    found.forEach((a, i) => (a.id = 'a' + (i + 1)));
    // One push each: spreading a list of a million arguments overflows the stack.
    for (const a of found) ctx.attributions.push(a);
  },
};

class SentenceAttributions {
  constructor(
    private readonly ctx: DetectorContext,
    private readonly sentence: Sentence,
    private readonly toks: Token[],
    private readonly quotes: Range[],
    private readonly prev: Sentence | null,
    private readonly extraCueBases: Set<string>,
  ) {}

  private table: ReadonlyMap<string, CueEntry[]> = NO_CUES;

  /** toks[i], or undefined before the first token: reading a negative index of an array is a slow lookup in V8. */
  private tok(i: number): Token | undefined {
    return i >= 0 ? this.toks[i] : undefined;
  }

  find(table: Map<string, CueEntry[]>, words: Map<string, WordCues>, out: Attribution[]): void {
    const { toks } = this;
    this.table = table;
    // Attributions of earlier sentences have their cues before this sentence: the checks below skip them.
    const firstOut = out.length;
    /** Cues of the verb and "according to" attributions found in this sentence. */
    const taken: Span[] = [];
    /** Tokens that may be late cues, looked at once the verb cues are found. */
    let lateAt: number[] | null = null;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const cues = t.word ? words.get(t.lower) : undefined;
      if (cues === undefined) continue;
      if (cues.late !== undefined && i >= 1 && i < toks.length - 2) (lateAt ??= []).push(i);
      const m = cues.cues ? this.matchEntries(cues.cues, i) : null;
      if (!m) continue;
      // A cue inside the reported content of an earlier cue in this sentence ("said she felt…") is part of what
      // was reported; PolNeAR annotates only the outer attribution.
      const outer = out.length > 0 ? out[out.length - 1] : null;
      if (outer?.content && toks[i].start >= outer.content.start && toks[i].start < outer.content.end && outer.cue.start >= this.sentence.start && outer.cue.start < toks[i].start) {
        const near = toks[i].start - outer.content.start < 30;
        if (m.entry.kind === 'cognition' || m.entry.kind === 'report' || near) continue;
      }
      const a = m.entry.kind === 'according-to' ? this.accordingTo(m) : this.verbCue(m);
      if (a) {
        out.push(a);
        taken.push(a.cue);
        while (i + 1 < toks.length && toks[i + 1].start < a.cue.end) i++;
      }
    }
    // Tokens skipped above (inside a cue just found) overlap that cue: they would be passed over here too.
    for (const i of lateAt ?? []) {
      const late = LATE_CUES.get(toks[i].lower);
      if (late === undefined || overlapsAny(taken, toks[i])) continue;
      let a: Attribution | null;
      if (late === 'adjective') a = this.insideReported(out, firstOut, i) ? null : this.adjectiveCue(i);
      // Not inside what an earlier cue of the sentence reports ("said that she appeared to be…").
      else if (late === 'seem') a = this.insideContent(out, firstOut, toks[i].start) ? null : this.seemCue(i);
      else if (late === 'criticism') a = this.facedCriticism(i);
      else if (late === 'clear') a = this.clearCue(i);
      else a = this.nominalCue(i);
      if (a) out.push(a);
    }
    // "In her 2003 book, Clinton noted…": a cue of its own in the sentence is the attribution, not the "In" phrase.
    const inDoc = taken.length === 0 ? this.inDocument() : null;
    if (inDoc) out.push(inDoc);
    const inPoll = inDoc ? null : this.inPoll(taken);
    if (inPoll) out.push(inPoll);
    const extra = this.colonOrDash(taken);
    if (extra) out.push(extra);
  }

  /**
   * Is token i inside what an earlier cue of this sentence reports ("she said she was doubtful about…")? PolNeAR
   * annotates the outer attribution only. `from`: where this sentence's attributions start in `out`.
   */
  private insideReported(out: Attribution[], from: number, i: number): boolean {
    const at = this.toks[i].start;
    for (let k = from; k < out.length; k++) {
      const o = out[k];
      if (o.content !== null && o.cue.start >= this.sentence.start && o.cue.start < at && at >= o.content.start && at < o.content.end) return true;
    }
    return false;
  }

  /** Is `at` inside the content of an attribution of this sentence (those from index `from` of `out`)? */
  private insideContent(out: Attribution[], from: number, at: number): boolean {
    for (let k = from; k < out.length; k++) {
      const o = out[k];
      if (o.content !== null && o.cue.start >= this.sentence.start && at >= o.content.start && at < o.content.end) return true;
    }
    return false;
  }

  private matchCue(table: ReadonlyMap<string, CueEntry[]>, i: number): CueMatch | null {
    const t = this.toks[i];
    if (!t.word) return null;
    const list = table.get(t.lower);
    return list ? this.matchEntries(list, i) : null;
  }

  /** The first (longest) of the cues starting with token i whose further words follow it. */
  private matchEntries(list: CueEntry[], i: number): CueMatch | null {
    for (const entry of list) {
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

  private verbCue(m: CueMatch): Attribution | null {
    const { toks } = this;
    const { entry } = m;
    const prev = this.tok(m.i0 - 1);
    const extra = this.extraCueBases.has(entry.base);
    if (!extra && !this.verbPosition(m)) return null;
    // "was found guilty", "were found dead": a verdict or an event, not a finding reported ("it was found that…" is).
    if (entry.base === 'find' && toks[m.i0].lower === 'found' && this.isPassive(m.i0) && toks[m.i1]?.lower !== 'that') return null;
    const intro = this.introParticiple(m);
    if (intro) return intro;
    let i1 = m.i1;
    // "echoed this commitment, stating that…": one cue from the verb to the participle (PolNeAR style).
    // A stance or listener verb has its own object ("attacked Trump, saying…", "told the group, adding…"): two cues.
    if (!CONTINUING_PARTICIPLES.has(toks[m.i0].lower) && !this.opensContent(i1) && !STANCE.has(entry.base) && !LISTENER_VERBS.has(entry.base)) {
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
    }
    const cueStart = toks[m.i0].start;
    const cueEnd = toks[i1 - 1].end;
    // "made the remarks", "issued a statement": the noun already says that something was said.
    const strong = extra || STRONG_CUES.has(entry.base) || entry.words.length === 3;
    const mergedParticiple = i1 !== m.i1;

    // Passive: "it is believed that", "was told", "was described by X as".
    const passive = this.isPassive(m.i0) && /(ed|en|id|ld|wn|ought|ard|nt|found)$/.test(toks[m.i0].lower);
    let source: [number, number] | null = null;
    let sourceAfter = false;
    let vagueImpersonal = false;
    if (passive) {
      // "was called a fraud by several rival bakers": the agent may follow a short complement.
      let byAt = i1;
      // Not past "that": "believed that the tax cut raised revenue by 20 percent" has no agent.
      while (byAt < Math.min(toks.length, i1 + 6) && toks[byAt].lower !== 'by' && toks[byAt].lower !== 'that' && (toks[byAt].word || CLOSE_QUOTES.has(toks[byAt].text) || OPEN_QUOTES.has(toks[byAt].text)) && !PREPOSITIONS.has(toks[byAt].lower)) byAt++;
      if (toks[byAt]?.lower !== 'by') byAt = i1;
      // A source is never a quantity ("by 20 percent", "by 3 to 1").
      const by = toks[byAt]?.lower === 'by' && !this.quantityAt(byAt + 1) ? this.npAfter(byAt + 1) : null;
      if (by) {
        source = by;
        sourceAfter = true;
      } else {
        vagueImpersonal = IMPERSONAL.has(entry.base) || (IMPERSONAL_WITH_THAT.has(entry.base) && this.impersonalComplement(i1, entry.base));
        if (!vagueImpersonal) return null;
      }
    } else {
      // "…, adding", "and saying", "while chanting", "before asking her": the participle shares the clause's subject.
      const participle = toks[m.i0].lower.endsWith('ing') && (prev?.text === ',' || prev?.lower === 'and' || (SUBORDINATORS.has(prev?.lower ?? '') && m.i0 > 2));
      source = participle ? this.lastSource : this.npBefore(m.i0);
      if (!source && !participle && !LISTENER_VERBS.has(entry.base) && (prev?.text === ',' || (prev && CLOSE_QUOTES.has(prev.text)) || prev?.text === '"' || !prev)) {
        const after = this.npAfter(i1);
        // Inverted order is only "…,” said X" / "…, says X": the cue ends the clause.
        // "Said Lund: “…”" opening a sentence is inverted too.
        const saidColon = m.i0 === 0 && after !== null && toks[after[1]]?.text === ':' && after[1] + 1 < toks.length;
        if (after && (prev || startsCapital(toks[m.i0].text)) && (saidColon || this.endsClause(after[1]) || this.endsClause(this.afterAside(after[1])))) {
          source = after;
          sourceAfter = true;
        }
      }
      if (!source && (prev?.text === ',' || participle || CONTINUING_PARTICIPLES.has(toks[m.i0].lower) || this.afterConjunction(m.i0))) source = this.clauseSubject(m.i0);
      // "Trump tweeted that she was “a con” and encouraged…": a verb coordinated with an earlier cue shares its subject.
      if (!source && this.afterConjunction(m.i0) && this.lastSource) source = this.lastSource;
    }

    if (entry.base === 'call' && !passive && this.namingCall(m, source, sourceAfter)) return null;

    // Where does the content lie?
    let content: Span | null = null;
    let contentToks: [number, number] | null = null;
    const beforeEnd = sourceAfter ? m.i0 : source ? source[0] : m.i0;
    const sep = this.tok(beforeEnd - 1);
    // The separator first: the introductory-phrase test scans the sentence.
    const contentFirst = beforeEnd > 1 && (sep?.text === ',' || (sep && CLOSE_QUOTES.has(sep.text)) || sep?.text === '"' || sep?.text === '—' || sep?.text === '–') && !this.introPhrase(beforeEnd - 1);
    const afterStart = this.contentStart(i1, entry.base);
    const afterOpens = this.opensContent(i1) || (afterStart > i1 && toks[afterStart]?.lower === 'that');
    const listener = LISTENER_VERBS.has(entry.base) ? this.npAfter(i1) : null;
    // "wants to triple the program", "vowed to repeal it": the infinitive is what is intended or promised.
    // "asked the candidates to discuss…": after a short listener.
    const toAt = listener && listener[1] - listener[0] <= 4 && toks[listener[1]]?.lower === 'to' ? listener[1] : i1;
    // "is said to", "is thought to be": only in the passive.
    const infinitive = !sourceAfter && toks[toAt]?.lower === 'to' && (INFINITIVE_CUES.has(entry.base) || (passive && /^(think|believe|say|know|report|consider|understand)$/.test(entry.base))) && toks[toAt + 1]?.word === true && !DETERMINERS.has(toks[toAt + 1].lower);
    const endsHere = !infinitive && (this.endsClause(sourceAfter && source ? source[1] : listener && listener[1] - listener[0] <= 5 ? listener[1] : i1) || (sourceAfter && source !== null && this.endsClause(this.afterAside(source[1]))));
    const participle = toks[m.i0].lower.endsWith('ing') && (prev?.text === ',' || (SUBORDINATORS.has(prev?.lower ?? '') && m.i0 > 2));
    if (source) this.lastSource = source;
    if (sourceAfter && source && m.i0 === 0 && toks[source[1]]?.text === ':' && source[1] + 1 < toks.length) {
      contentToks = [source[1] + 1, toks.length];
    } else if (contentFirst && !participle && (endsHere || afterStart >= toks.length)) {
      contentToks = [0, beforeEnd - 1];
      if (sep && (CLOSE_QUOTES.has(sep.text) || sep.text === '"')) contentToks = [0, beforeEnd];
      // "C1, X said, C2": the reported speech continues after the cue.
      if (!endsHere && toks[i1]?.text === ',' && toks.length - i1 > 3) contentToks = [0, toks.length];
    } else if (afterStart < toks.length && (!endsHere || toks[afterStart].lower === 'that')) {
      contentToks = [afterStart, this.coordinatedVerb(afterStart)];
    } else if (m.i0 <= 2 || (source && source[0] === 0) || sourceAfter) {
      // '“Why not?” he asked.' — the sentence splitter ended the quotation's sentence at its "?".
      content = this.previousQuote();
    }
    // "railed against the super PACs", "commented on the verdict", "apologized for his remarks": the object of
    // the verb's preposition is what the party spoke about or took a stance on.
    let prepContent = false;
    // "weighed in Friday about…", "called on Monday for…": a time word may sit before the preposition.
    let pi = i1;
    while (pi < i1 + 3 && toks[pi]?.word && (isTimeWord(toks[pi]) || (toks[pi].lower === 'on' && toks[pi + 1] && isTimeWord(toks[pi + 1])))) pi++;
    // "did not respond to requests for comment", "replied to the letter": what was answered.
    const answered = (entry.base === 'respond' || entry.base === 'reply') && toks[pi]?.lower === 'to';
    if (!contentToks && !content && !sourceAfter && !passive && source && (CUE_PREPOSITIONS.has(toks[pi]?.lower ?? '') || answered) && toks[pi + 1]?.word && !TIME_WORDS.has(toks[pi + 1].lower) && !startsDigit(toks[pi + 1].text) && !isTimeWord(toks[pi + 1]) && (STANCE.has(entry.base) || answered || ((entry.kind === 'speech' || entry.kind === 'cognition') && /^(about|on|against|over|for)$/.test(toks[pi].lower)))) {
      contentToks = [pi + 1, this.coordinatedVerb(pi + 1)];
      prepContent = true;
    }
    // "The contractors have been blamed for the delays": who blames them is left unsaid (a vague attribution).
    if (!contentToks && !content && vagueImpersonal && /^(for|of|as)$/.test(toks[i1]?.lower ?? '') && toks[i1 + 1]?.word) {
      contentToks = [i1 + 1, this.coordinatedVerb(i1 + 1)];
      prepContent = true;
    }
    // "…, as a harbour board report put it." / "As Okafor observed, …": the clause around the "as" phrase.
    let asContent = false;
    if (!contentToks && !content && source && !sourceAfter && this.tok(source[0] - 1)?.lower === 'as') {
      const asAt = source[0] - 1;
      if (asAt === 0 && toks[i1]?.text === ',') contentToks = [i1 + 1, toks.length];
      else if (asAt > 2 && this.endsClause(i1)) {
        const c = asAt - 1;
        const closing = CLOSE_QUOTES.has(toks[c].text) || toks[c].text === '"';
        if (closing && toks[c - 1]?.text === ',') contentToks = [0, c + 1];
        else if (toks[c].text === ',') contentToks = [0, c];
      }
      asContent = contentToks !== null;
    }
    // "The mayor has been backed by several unions": the passive subject is what the agent took a stance on.
    let passiveContent = false;
    if (!contentToks && !content && passive && sourceAfter && (STANCE.has(entry.base) || entry.kind === 'speech')) {
      const subject = this.npBefore(m.i0);
      if (subject) {
        contentToks = subject;
        passiveContent = true;
      }
    }
    // "In a statement announcing the strike, the union…": the participle's object ends at the comma.
    if (contentToks && this.participleAfterNoun(m)) {
      for (let k = contentToks[0] + 1; k < contentToks[1]; k++) {
        if (toks[k].text === ',' && !this.insideQuote(toks[k].start)) {
          contentToks = [contentToks[0], k];
          break;
        }
      }
    }
    // "Diaz, who voted against the plan, said…": a relative clause ends at its closing comma; what follows is
    // the main clause, with a cue of its own.
    if (contentToks && source && source[1] - source[0] === 1 && RELATIVE_PRONOUNS.has(toks[source[0]].lower) && this.tok(source[0] - 1)?.text === ',') {
      for (let k = contentToks[0]; k < contentToks[1]; k++) {
        if (toks[k].text === ',') {
          contentToks = [contentToks[0], k];
          break;
        }
      }
    }
    if (contentToks) content = this.contentSpan(contentToks);
    // "Caddell continued:" closing its paragraph: the content is the next paragraph (usually a quotation).
    if (!content && toks[toks.length - 1]?.text === ':' && (toks.length - 1 === i1 || (sourceAfter && source && toks.length - 1 === source[1]))) {
      content = this.nextBlock();
    }

    // Weak cues need evidence that something is reported.
    if (!strong && !mergedParticiple) {
      // A weak speech verb with a subject and an object clause is usually reported speech ("The campaign called
      // the charges fabricated"); a weak cognition verb ("can see why", "witnesses saw a gun") usually is not.
      const personLike = source !== null && (SOURCE_PRONOUNS.has(toks[source[1] - 1].lower) || startsCapital(toks[source[1] - 1].text) || ACTOR_NOUNS.has(toks[source[1] - 1].lower)) && toks[source[1] - 1].lower !== 'you' && toks[source[1] - 1].lower !== 'we';
      // Three words or more (`content.text.split(/\s+/).length >= 3`), counted without splitting a long content.
      const clauseLike = content !== null && spaceRuns(content.text, 2) >= 2;
      const namedSource = source !== null && !sourceAfter && clauseLike && (entry.kind !== 'writing' || personLike) && (entry.kind !== 'cognition' || personLike) && !toks[m.i0].lower.endsWith('ing');
      // A stance verb ("admires", "is defending") with a person or organisation as its subject and an object.
      const head = source !== null && !sourceAfter ? toks[source[1] - 1] : null;
      const actor = head !== null && (personLike || ACTOR_NOUNS.has(head.lower)) && !passive;
      const stanceEvidence = ((STANCE.has(entry.base) || prepContent) && actor && content !== null && content.end - content.start > 3) || (vagueImpersonal && (prepContent || infinitive || /^(think|believe|consider|know|say|report|expect)$/.test(entry.base)) && content !== null);
      // "…,” she said, adding she would never sign it" / "…, casting her as a villain": a participle after
      // a comma continues the clause's subject with a second act of speech or stance.
      const participleEvidence = participle && source !== null && content !== null && content.end - content.start > 8 && (CONTINUING_PARTICIPLES.has(toks[m.i0].lower) || STANCE.has(entry.base) || entry.kind === 'speech');
      const evidence = this.participleAfterNoun(m) || stanceEvidence || participleEvidence || passiveContent || asContent || afterOpens || (contentFirst && endsHere) || (content !== null && /["“”«»„「」『』]/.test(content.text)) || this.cognitionClause(m, afterStart) || (namedSource && content !== null);
      if (!evidence) return null;
    }
    if (!source && !content) return null;
    // "would accept her back", "could add fuel", "will seek new sanctions": an act that may happen is not yet an
    // attribution, unless it reports a clause ("might wish that…") or names something ("critics would call them…").
    if (this.hypothetical(m.i0) && !afterOpens && entry.base !== 'call') return null;
    // "if the court found an interest", "whether anyone disclosed it": a condition or a question, not a report.
    if (source && !sourceAfter && CONDITION_WORDS.has(this.tok(source[0] - 1)?.lower ?? '') && !afterOpens) return null;
    if (!source && !vagueImpersonal && !CONTINUING_PARTICIPLES.has(toks[m.i0].lower) && !contentFirst) {
      // A cue with neither a source nor a reported clause in front of it is most often not an attribution.
      if (!this.opensContent(i1)) return null;
    }

    const cue = this.span(cueStart, cueEnd);
    const sourceSpan = source ? this.tokenSpan(source[0], source[1]) : null;
    let kind = entry.kind;
    if (sourceSpan && DOCUMENT_SOURCES.has(lastWord(sourceSpan.text))) kind = 'report';
    return this.make(sourceSpan, cue, content, kind, vagueImpersonal);
  }

  /**
   * "call" that names rather than reports: "what he called a disgrace" (the writer's framing of a phrase, which
   * PolNeAR leaves unannotated), "the scheme, called FX-9," and "a group called Northern Star" (a name), "called
   * an emergency meeting" and "called in to a show" (convening, phoning).
   */
  private namingCall(m: CueMatch, source: [number, number] | null, sourceAfter: boolean): boolean {
    const { toks } = this;
    const t = toks[m.i0];
    if (m.i1 - m.i0 > 1) return false;
    if (source && !sourceAfter && this.tok(source[0] - 1)?.lower === 'what') return true;
    const prev = this.tok(m.i0 - 1);
    const next = toks[m.i1];
    if (t.lower === 'called' && sourceAfter) return true;
    if (t.lower === 'called' && prev?.word && isLowercaseAsciiWord(prev.text) && /^(a|an)$/.test(this.tok(m.i0 - 2)?.lower ?? '') && next?.word && startsCapital(next.text)) return true;
    if (next?.lower === 'in' || next?.lower === 'off') return true;
    const obj = /^(a|an|the)$/.test(next?.lower ?? '') ? toks[m.i1 + 1] : null;
    const noun = obj && !/^(meeting|vote|election|session|strike|recess|halt|summit|referendum|press|news|truce|ceasefire|special|emergency|snap|timeout)$/.test(obj.lower) ? null : obj;
    return noun !== null && noun !== undefined;
  }

  /** Is the word at the cue used as a verb here (not "the said report", "a phone call", "reports of")? */
  private verbPosition(m: CueMatch): boolean {
    const { toks } = this;
    const base = m.entry.base;
    // The first word of a phrasal base ("weigh" of "weigh in"), found once rather than by a split per test.
    const space = base.indexOf(' ');
    const head = space < 0 ? base : base.slice(0, space);
    const t = toks[m.i0];
    const prev = this.tok(m.i0 - 1);
    const next = toks[m.i1];
    // "the said report", "a noted author"; adjectives like "later", "first" only rule out noun-like words.
    // "to tell the truth", "the right to question": an infinitive is a cue only under a verb of saying or intent.
    if (prev?.lower === 'to' && base !== 'discuss' && !/^(declin|refus|continu|on|began|begin|want|plan|promis|vow|threaten|agre|decid|tri|sought|seek|go|able|us|hop|expect|fail|appear|seem|like|would|need|ha)/.test(toks[m.i0 - 2]?.lower ?? '')) return false;
    // After a possessive ("the council’s published minutes") a word is a noun or an adjective, not a verb.
    if (prev && endsPossessive(prev.lower) && !/^(he|she|it|that|who|there|what|here)['’]s$/.test(prev.lower)) return false;
    if (prev && DETERMINERS.has(prev.lower) && prev.lower !== 'that' && (NOUN_DETERMINERS.has(prev.lower) || NOUN_LIKE.has(head))) return false;
    // "United States", "Fox News Reports": a capitalised cue inside a sentence is part of a name.
    if (startsCapital(t.text) && prev && prev.word && !this.titleCase()) return false;
    if (this.insideQuote(t.start)) return false;
    if (prev && (prev.lower === 'so' || prev.lower === 'well') && t.lower === 'called') return false;
    const nounLike = NOUN_LIKE.has(base) || NOUN_LIKE.has(head);
    // "Republican support was solid", "the vote for admission": a noun before its own verb.
    if ((nounLike || STANCE.has(base)) && (t.lower === head || t.lower === inflect(head)[1]) && next && VERBS_AFTER_SUBJECT.has(next.lower)) return false;
    if (next && nounLike && (next.lower === 'of' || next.lower === '’s' || next.lower === "'s") && !/^(been|be|being|is|was|were|are)$/.test(prev?.lower ?? '')) return false;
    if (t.lower.endsWith('ing') && prev && !AUXILIARIES.has(prev.lower) && prev.text !== ',' && !isAdverb(prev.lower) && !CONTINUING_PARTICIPLES.has(t.lower)) {
      // "the saying goes", "after seeing" — a gerund, not a finite cue.
      if (prev.word && startsLowercase(prev.text) && !(SUBORDINATORS.has(prev.lower) && m.i0 > 2) && !this.participleAfterNoun(m)) return false;
    }
    // "emissions rules that…", "savings plans": an -s form after a plural noun is a compound noun (a plural
    // subject would take the bare verb); a document verb may follow a long subject ("an average of polls shows").
    if (t.lower !== base && !REPORT_VERB_SET.has(base) && t.lower.endsWith('s') && prev?.word && prev.text.length >= 4 && isLowercaseAsciiWord(prev.text) && prev.text.endsWith('s') && !prev.lower.endsWith('ss') && !prev.lower.endsWith('us') && !prev.lower.endsWith('is') && !SOURCE_PRONOUNS.has(prev.lower) && !AUXILIARIES.has(prev.lower) && !isAdverb(prev.lower)) return false;
    // "it is worth noting that…", "it goes without saying that…": the writer's own aside.
    if (prev && (prev.lower === 'worth' || (prev.lower === 'without' && t.lower === 'saying'))) return false;
    // "All rates exclude…", "most reports": the -s form of a noun-like cue after a quantifier is a plural noun.
    if (prev && PLURAL_QUANTIFIERS.has(prev.lower) && t.lower !== base && t.lower.endsWith('s') && (NOUN_LIKE.has(base) || STANCE.has(base))) return false;
    // "personal attacks", "criminal charges", "a strong signal": a noun-like form after an adjective is a noun.
    // Not before a complement clause: in "The medical journal reports that the drug…" the word ending in -al is
    // the noun, while "the personal attacks that defined…" goes on with a relative clause.
    if (prev?.word && ADJECTIVE_SHAPE.test(prev.text) && prev.text.length > 4 && !ACTOR_NOUNS.has(prev.lower) && (t.lower === base || t.lower === inflect(base)[1]) && (NOUN_LIKE.has(base) || STANCE.has(base)) && !this.complementClause(m.i1)) return false;
    // Credit lines: "(Reporting by Ana Lund; Editing by …)", "Lund reported from Oslo." — a place name and
    // nothing more, unlike "reported from March to May that…".
    if (base === 'report' && ((t.lower === 'reporting' && next?.lower === 'by') || (next?.lower === 'from' && this.placeThenEnd(m.i1 + 1)))) return false;
    // "has shown limited interest", "showed signs of fatigue": a party's behaviour, not what a document shows.
    if (base === 'show') {
      let k = m.i1;
      while (k < m.i1 + 3 && toks[k]?.word && !SHOWN_ATTITUDES.has(toks[k].lower) && isLowercaseAsciiWord(toks[k].text) && !DETERMINERS.has(toks[k].lower)) k++;
      if (SHOWN_ATTITUDES.has(toks[k]?.lower ?? '')) return false;
    }
    // "found a way to…", "found ways": an object, not a finding.
    if (base === 'find' && next && (/^ways?$/.test(next.lower) || (/^(a|the)$/.test(next.lower) && /^(way|ways)$/.test(toks[m.i1 + 1]?.lower ?? '')))) return false;
    // "state" and "states" are nearly always nouns in news ("the Ohio state treasurer"); as verbs they
    // introduce a clause ("The report states that…").
    if ((t.lower === 'state' || t.lower === 'states') && !this.opensContent(m.i1)) return false;
    // "…, compared with $2,700": a prepositional phrase, not a cue.
    if (base === 'compare' && prev?.text === ',' && (next?.lower === 'with' || next?.lower === 'to')) return false;
    // "voting rights advocates", "battleground states", "Republican claims as false": a plural noun after a
    // modifier, followed by a preposition or punctuation rather than by what a verb would take.
    if ((nounLike || STANCE.has(base) || base === 'state' || base === 'advocate' || base === 'credit') && t.lower !== base && t.lower.endsWith('s') && prev?.word && !SOURCE_PRONOUNS.has(prev.lower) && !AUXILIARIES.has(prev.lower) && !isAdverb(prev.lower) && prev.lower !== 'who' && prev.lower !== 'that' && (!next || !next.word || (PREPOSITIONS.has(next.lower) && next.lower !== 'to' && !CUE_PREPOSITIONS.has(next.lower)) || NOT_AFTER_VERB.has(next.lower)) && !this.opensContent(m.i1) && !this.closesSentence(m)) return false;
    if (nounLike) {
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
          if (k > 0 && /^(a|an|the)$/.test(toks[k - 1].lower)) capital = false;
        }
        // A plural subject noun ("officials say") is allowed for the plain -s-less form of speech verbs.
        const pluralSubject = prev.word && /^[a-z]+s$/.test(prev.text) && t.lower === base;
        // "The mayor wants", "the campaign plans": a singular noun after a determiner, then the -s form.
        const before = this.tok(m.i0 - 2);
        const singularSubject = prev.word && isLowercaseAsciiWord(prev.text) && !prev.lower.endsWith('ed') && !prev.lower.endsWith('ing') && t.lower !== base && before !== undefined && (DETERMINERS.has(before.lower) || endsPossessive(before.lower) || (before.word && startsCapital(before.text) && ACTOR_NOUNS.has(prev.lower))) && !NOT_SUBJECT_MODIFIERS.has(before.lower) && !DETERMINERS.has(prev.lower);
        const opens = this.opensContent(m.i1) && (prev.word || prev.text === '–' || prev.text === '—');
        // "a Harbour Gazette review of council filings shows two firms ahead": a document verb before a
        // clause with its own subject.
        // "leaked documents from his tax return show he…": a plural document subject takes the bare form.
        const reportClause = REPORT_VERB_SET.has(base) && (t.lower !== base || this.documentSubject(m.i0)) && prev.word && (next === undefined || next.text === '.' || SUBJECT_PRONOUNS.has(next.lower) || (startsCapital(next.text) && next.word));
        if (!(pronoun || aux || capital || pluralSubject || singularSubject || opens || reportClause || prev.text === ',')) return false;
        // "Ferry Board Chair Ana Ruiz, plans to publish the audit": after an apposition, an infinitive of intent.
        const intent = INFINITIVE_CUES.has(base) && next?.lower === 'to' && toks[m.i1 + 1]?.word === true;
        if (prev.text === ',' && !this.opensContent(m.i1) && !intent) return false;
      }
    }
    return true;
  }

  private titleCaseMemo: boolean | null = null;
  /** The source of the sentence's previous attribution, for participles that continue it. */
  private lastSource: [number, number] | null = null;

  /** Headlines in Title Case ("Lindsey Graham Says") capitalise their cue verbs too. */
  private titleCase(): boolean {
    if (this.titleCaseMemo === null) {
      const words = this.toks.filter((t) => t.word && t.text.length > 3);
      this.titleCaseMemo = words.length >= 3 && words.filter((t) => startsCapital(t.text)).length >= words.length * 0.8;
    }
    return this.titleCaseMemo;
  }

  private insideQuote(pos: number): boolean {
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
  private firstNearbyQuote(start: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid][0] < start - 4000) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * End of the content that starts at `from`: before "…, and said …" / "… but insisted …", a second cue verb
   * sharing the subject, which reports something else.
   */
  private coordinatedVerb(from: number): number {
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
  private participleAfterNoun(m: CueMatch): boolean {
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
  private hypothetical(i0: number): boolean {
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
  private afterAside(i: number): number {
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

  /** "…, The Ferry Gazette reports.": a named source and its cue closing the sentence after the content. */
  private closesSentence(m: CueMatch): boolean {
    const { toks } = this;
    if (toks[m.i1]?.text !== '.' || !(startsCapital(this.tok(m.i0 - 1)?.text ?? '') || this.documentSubject(m.i0))) return false;
    for (let k = 0; k < m.i0 - 1; k++) if (toks[k].text === ',') return true;
    return false;
  }

  /** Is there a document noun ("documents", "polls", "records") among the few words before the verb at i0? */
  private documentSubject(i0: number): boolean {
    for (let k = i0 - 1; k >= Math.max(0, i0 - 8) && this.toks[k].word; k--) {
      const w = this.toks[k].lower;
      if (DOCUMENT_SOURCES.has(w) || (w.endsWith('s') && DOCUMENT_SOURCES.has(w.slice(0, -1)))) return true;
    }
    return false;
  }

  /** Does a named subject ("Mr. Lund", "she") start at j, followed by a cue verb ("said", "has argued")? */
  private namedClauseCue(j: number): boolean {
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
  private afterConjunction(i0: number): boolean {
    let j = i0 - 1;
    while (j >= 0 && (AUXILIARIES.has(this.toks[j].lower) || isAdverb(this.toks[j].lower))) j--;
    return j >= 0 && (this.toks[j].lower === 'and' || this.toks[j].lower === 'but');
  }

  private isPassive(i0: number): boolean {
    for (let k = i0 - 1; k >= Math.max(0, i0 - 3); k--) {
      const l = this.toks[k].lower;
      if (PASSIVE_AUXILIARIES.has(l)) return true;
      if (!isAdverb(l) && l !== 'not' && l !== 'also' && l !== 'widely' && l !== 'generally') return false;
    }
    return false;
  }

  /**
   * Is toks[0, end) an introductory adverbial ("In the end,", "Heading into the debate,", "On Monday,") rather
   * than reported speech? Reported speech before a cue almost always carries quotation marks or a full clause.
   */
  private introPhrase(end: number): boolean {
    const { toks } = this;
    // "Deploring the “rigged tender,” Okafor accused…": a participle clause, whatever quotes it holds.
    if (toks[0]?.word && OPENING_PARTICIPLE.test(toks[0].text) && toks[0].text.length > 5) return true;
    for (let k = 0; k < end; k++) if (!toks[k].word && (OPEN_QUOTES.has(toks[k].text) || CLOSE_QUOTES.has(toks[k].text) || toks[k].text === '"')) return false;
    const first = toks[0];
    if (!first?.word) return false;
    const l = first.lower;
    return PREPOSITIONS.has(l) || INTRO_WORDS.has(l) || (l.endsWith('ing') && l.length > 5) || (isAdverb(l) && end < 6);
  }

  /** Does the token at i begin reported content: "that", a colon, a quotation mark, "whether"? */
  private opensContent(i: number): boolean {
    const t = this.toks[i];
    if (!t) return false;
    if (t.lower === 'that' || t.text === ':' || OPEN_QUOTES.has(t.text) || t.lower === 'whether') return true;
    if (t.text === '"' && (!this.toks[i - 1] || this.toks[i - 1].end < t.start)) return true;
    if (t.text === ',' && this.toks[i + 1] && (OPEN_QUOTES.has(this.toks[i + 1].text) || this.toks[i + 1].text === '"')) return true;
    return false;
  }

  /** Does a complement clause open at i: a quote or colon, or "that" followed by a subject (not a verb)? */
  private complementClause(i: number): boolean {
    if (!this.opensContent(i)) return false;
    if (this.toks[i].lower !== 'that') return true;
    const subject = this.toks[i + 1];
    return !!subject && (DETERMINERS.has(subject.lower) || SUBJECT_PRONOUNS.has(subject.lower) || /^[A-Z\d]/.test(subject.text));
  }

  /** Nothing but time words, short prepositional phrases or punctuation between index i and the clause end. */
  private endsClause(i: number): boolean {
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
  private cognitionClause(m: CueMatch, afterStart: number): boolean {
    if (m.entry.kind !== 'cognition') return false;
    if (!['believe', 'think', 'fear', 'doubt', 'suspect', 'hope', 'worry', 'reckon', 'assume', 'know', 'feel', 'expect', 'guess', 'realize', 'realise'].includes(m.entry.base)) return false;
    const t = this.toks[afterStart];
    const t2 = this.toks[afterStart + 1];
    if (!t || !t2) return false;
    return SOURCE_PRONOUNS.has(t.lower) || (t.lower === 'the' && t2.word) || (startsCapital(t.text) && t.word);
  }

  /** Index of the first content token after the cue (skipping the listener, time words and "that"-less padding). */
  private contentStart(i1: number, base: string): number {
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

  /** The source noun phrase ending right before the cue (skipping "has", "also", "repeatedly"…). */
  private npBefore(i0: number): [number, number] | null {
    const { toks } = this;
    let j = i0 - 1;
    for (;;) {
      while (j >= 0 && toks[j].word && (AUXILIARIES.has(toks[j].lower) || isAdverb(toks[j].lower) || toks[j].lower === "n't") && toks[j].lower !== 'to') j--;
      // "X on Saturday said", "X in 2001 found", "X last week said": a time phrase is not the source.
      let k = j;
      while (k >= 0 && toks[k].word && isTimeWord(toks[k])) k--;
      if (k === j) break;
      if (k >= 0 && /^(on|in|at|during|last|this|since|by|early|late|until|from|of)$/.test(toks[k].lower)) k--;
      j = k;
    }
    if (j < 0) return null;
    if (toks[j].lower === 'to') {
      // "declined to say", "went on to say": the source is the subject of the governing verb.
      j--;
      if (j >= 0 && toks[j].lower === 'on') j--;
      if (j < 0 || !/(ed|ent|ew|ook|ing|s|ant|ave|ould)$/.test(toks[j].lower)) return null;
      j--;
      while (j >= 0 && toks[j].word && (AUXILIARIES.has(toks[j].lower) || isAdverb(toks[j].lower))) j--;
      if (j < 0) return null;
    }
    // "Lena Brandt, the head of Harbour Foods -- the firm that … -- told me": a dashed aside is skipped.
    if ((toks[j].text === '--' || toks[j].text === '—' || toks[j].text === '―') && j > 2) {
      for (let k = j - 1; k > Math.max(0, j - 40); k--) {
        if (toks[k].text === toks[j].text) {
          if (toks[k - 1]?.word || toks[k - 1]?.text === ',') j = toks[k - 1].word ? k - 1 : k - 2;
          break;
        }
      }
      if (j < 0 || !toks[j]) return null;
    }
    // PolNeAR marks the relative pronoun itself as the source ("Smith, who said…").
    if (toks[j].lower === 'who' || toks[j].lower === 'which') return [j, j + 1];
    // "the tenants, most of whom say…": the quantified relative pronoun.
    if (toks[j].lower === 'whom' && toks[j - 1]?.lower === 'of' && toks[j - 2]?.word) return [j - 2, j + 1];
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
        break;
      }
      const capital = startsCapital(w.text);
      if (NP_BOUNDARIES.has(w.lower) && !(capital && k > 0 && w.lower !== 'and')) break;
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
    if (a > j) return null;
    if (apposition && toks[a - 1]?.text === ',') {
      // "Tomas Lind, the trade minister of Sweden, said": what precedes the comma is a description.
      const subject = this.clauseSubject(i0);
      if (subject && subject[0] < a) return subject;
    }
    return [this.attachHead(a), j + 1];
  }

  /**
   * "Sources close to the mayor", "the spokesman for the campaign", "insiders at city hall": the phrase found so
   * far is a prepositional complement; the source is the noun before the preposition.
   */
  private attachHead(a: number): number {
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
  private npAfter(i: number): [number, number] | null {
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
        if (w.text === '.' && k > i && TITLE_ABBREVIATIONS.has(toks[k - 1].lower) && toks[k + 1]?.word && startsCapital(toks[k + 1].text)) {
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
  private clauseSubject(before: number): [number, number] | null {
    const { toks } = this;
    let from = 0;
    for (let k = before - 1; k >= 0; k--) {
      if (CLOSE_QUOTES.has(toks[k].text) || toks[k].text === ';') {
        from = k + 1;
        break;
      }
    }
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
        return [s, e];
      }
    }
    return null;
  }

  /**
   * "Ruiz has been critical of the plan", "aides were vague about whether…", "he was sure the bill would pass": a
   * party's attitude given by a predicative adjective, and what it is about.
   */
  private adjectiveCue(i: number): Attribution | null {
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
  private seemCue(i: number): Attribution | null {
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
  private facedCriticism(i: number): Attribution | null {
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
  private clearCue(i: number): Attribution | null {
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

  /** "In the latest Post/ABC News poll, Trump leads…": a document named by an opening "In" phrase is the source. */
  private inDocument(): Attribution | null {
    const { toks } = this;
    if (toks[0]?.lower !== 'in' || toks.length < 6) return null;
    let comma = -1;
    for (let k = 2; k < Math.min(toks.length - 3, 20); k++) {
      if (toks[k].text === ',') {
        comma = k;
        break;
      }
    }
    if (comma < 0) return null;
    // The document noun heads the phrase: it ends it or comes before a participle ("poll, conducted in…").
    const head = toks[comma - 1];
    if (!DOCUMENT_SOURCES.has(head.lower) && !/^(polls|surveys|studies|reports)$/.test(head.lower)) return null;
    const content = this.contentSpan([comma + 1, toks.length]);
    if (!content) return null;
    return this.make(this.tokenSpan(1, comma), this.span(toks[0].start, toks[0].end), content, 'report', false);
  }

  /**
   * "Okafor gained ground in two new surveys", "he saw no lift in one of the early polls to come out": the poll
   * reports the clause before "in". Not after a number or "than" ("from 61 percent in the previous poll").
   */
  private inPoll(taken: readonly Span[]): Attribution | null {
    const { toks } = this;
    // From the fourth token: the clause before "in" needs at least a subject and a verb.
    for (let i = 3; i < toks.length - 1; i++) {
      if (toks[i].lower !== 'in' || overlapsAny(taken, toks[i])) continue;
      const prev = toks[i - 1];
      if (!prev.word || startsDigit(prev.text) || NOT_BEFORE_POLL_IN.has(prev.lower) || this.insideQuote(toks[i].start)) continue;
      let k = i + 1;
      while (k < Math.min(toks.length, i + 9) && toks[k].word && !POLL_NOUNS.has(toks[k].lower)) k++;
      if (!POLL_NOUNS.has(toks[k]?.lower ?? '')) continue;
      if (/^(the|this|that)$/.test(toks[i + 1].lower) && /^(last|previous|next|same)$/.test(toks[i + 2]?.lower ?? '')) continue;
      // The source runs on over a participle or infinitive phrase ("polls conducted after the debates").
      let e = k + 1;
      while (e < toks.length && toks[e].word && toks[e].lower !== 'and' && toks[e].lower !== 'but') e++;
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

  /** A capitalised name from token i to the end of the sentence or the next punctuation. */
  private placeThenEnd(i: number): boolean {
    const { toks } = this;
    if (!startsCapital(toks[i]?.text ?? '')) return false;
    let k = i;
    while (toks[k]?.word && startsCapital(toks[k].text)) k++;
    return !toks[k] || !toks[k].word;
  }

  /** "Deploring the “rigged tender,” Okafor accused…": an opening participle clause reports the main subject's act. */
  private introParticiple(m: CueMatch): Attribution | null {
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

  // ── nominal cues ─────────────────────────────────────────────────────────────────────────────────────────

  /**
   * "Okafor’s claim that…", "his determination to act alone", "her comments about the verdict": a possessor, a
   * speech or stance noun, and the clause or phrase it introduces.
   */
  private nominalCue(i: number): Attribution | null {
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
      } else if (srcStart > 0 && (toks[srcStart - 1].lower === 'the')) srcStart--;
      else return null;
    } else if (!POSSESSIVE_PRONOUNS.has(owner.lower)) return null;
    // What the noun introduces: "that…", "to" + verb, or the object of about / on / of / for.
    const n = toks[i + 1];
    let from: number;
    if (n.lower === 'that' || n.lower === 'whether') from = i + 1;
    else if (n.lower === 'to' && toks[i + 2]?.word && !DETERMINERS.has(toks[i + 2].lower) && !startsCapital(toks[i + 2].text)) from = i + 1;
    else if (/^(about|on|of|for|with)$/.test(n.lower) && toks[i + 2]?.word && !isTimeWord(toks[i + 2]) && !startsDigit(toks[i + 2].text)) from = i + 2;
    else return null;
    let end = this.coordinatedVerb(from);
    for (let k = from + 2; k < end; k++) {
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

  private accordingTo(m: CueMatch): Attribution | null {
    const { toks } = this;
    const src = this.npAfter(m.i1);
    if (!src) return null;
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
    }
    const source = this.tokenSpan(src[0], src[1]);
    const cue = this.span(toks[m.i0].start, toks[m.i1 - 1].end);
    return this.make(source, cue, content ? this.contentSpan(content) : null, 'according-to', false);
  }

  // ── "X: C" headlines and transcripts, "“C” ― X" ──────────────────────────────────────────────────────────

  private colonOrDash(taken: readonly Span[]): Attribution | null {
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
      if (!cueBefore && k > first && toks[k]?.text === ':' && k + 1 < toks.length && !COLON_NOT_SOURCES.has(toks[first].lower) && toks[k + 1].start === toks[k].end + 1) {
        const source = this.tokenSpan(first, k);
        const cue = this.span(toks[k].start, toks[k].end);
        const content = this.contentSpan([k + 1, toks.length]);
        return this.make(source, cue, content, 'speech', false);
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

  // ── spans ────────────────────────────────────────────────────────────────────────────────────────────────

  private make(source: Span | null, cue: Span, content: Span | null, cueKind: CueKind, impersonal: boolean): Attribution {
    const sourceText = source?.text ?? '';
    const extraVague = this.ctx.options.extraVagueSources;
    const vague = impersonal || (extraVague.length > 0 && this.leadHasExtraVague(cue)) || (source !== null && isVagueSource(sourceText, extraVague)) || (source === null && content !== null && isVagueSource(this.ctx.doc.text.slice(this.leadStart(cue), cue.end), extraVague));
    const a: Attribution = { id: '', source, cue, content, cueKind, contentKind: contentKind(content), vague };
    // Only pronouns and short names need resolving ("He", "Matsuno"); in a longer phrase ("Japan’s Chief Cabinet
    // Secretary, Hirokazu Matsuno") the person the people detector found inside it is the name.
    // At most two words: what `source.text.split(/\s+/).length <= 2` asked, counted without splitting.
    if (source && spaceRuns(source.text, 2) <= 1 && RESOLVABLE_SOURCE.test(source.text)) {
      const resolved = this.ctx.people.resolve(source.text, source.start);
      if (resolved && resolved !== source.text) a.sourceName = resolved;
    } else if (source) {
      const person = this.personWithin(source);
      if (person && person !== source.text) a.sourceName = person;
    }
    return a;
  }

  /**
   * Where the words before a cue that say whether its source is vague begin: the sentence start, or in a longer
   * sentence the first word of the VAGUE_WINDOW characters before the cue. "It is widely believed that", "Some
   * say" sit next to their cue; reading from the sentence start made every cue of a long sentence cost its length.
   */
  private leadStart(cue: Span): number {
    const from = cue.start - VAGUE_WINDOW;
    if (from <= this.sentence.start) return this.sentence.start;
    const masked = this.ctx.doc.masked;
    let k = from;
    while (k < cue.start && !isSpaceUnit(masked.charCodeAt(k - 1))) k++;
    return k;
  }

  /** Do the words before the cue (see leadStart) contain one of the user's extra vague phrases? */
  private leadHasExtraVague(cue: Span): boolean {
    const lead = normalisePhrase(this.ctx.doc.text.slice(this.leadStart(cue), cue.start));
    for (const p of this.ctx.options.extraVagueSources) if (lead.includes(normalisePhrase(p))) return true;
    return false;
  }

  /** Name of the last person mention inside a span (mentions are sorted once per analysis). */
  private personWithin(span: Span): string | null {
    const mentions = sortedMentions(this.ctx);
    let name: string | null = null;
    for (let k = firstStartingAt(mentions, span.start); k < mentions.length && mentions[k].end <= span.end; k++) name = mentions[k].name;
    return name;
  }

  /** "…suggested that", "…regarded as", "…seen as": what makes a passive of these verbs a claim with no one behind it. */
  private impersonalComplement(i1: number, base: string): boolean {
    const next = this.toks[i1]?.lower;
    if (next === 'that') return true;
    return (base === 'regard' || base === 'see' || base === 'hold') && (next === 'as' || (next === 'to' && this.toks[i1 + 1]?.lower === 'be'));
  }

  /** "20 percent", "3 to 1", "$5 million", "half": an amount, which is never a source ("by 3 engineers" is one). */
  private quantityAt(k: number): boolean {
    const t = this.toks[k];
    if (t === undefined) return false;
    if (t.text === '$' || t.text === '€' || t.text === '£' || t.lower === 'half') return true;
    if (!startsDigit(t.text)) return false;
    const unit = this.toks[k + 1];
    return unit === undefined || !unit.word || QUANTITY_UNITS.has(unit.lower);
  }

  private contentSpan([a, b]: [number, number]): Span | null {
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
   * The content's token end, cut so that it spans at most MAX_CONTENT characters: a content runs to the end of its
   * clause, which in text without sentence ends can be thousands of characters for every cue (quadratic output).
   */
  private withinContentWindow(a: number, b: number): number {
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

  private blockStart(): number {
    // Quotations may run over several paragraphs; allow reaching back into the previous block of the same run.
    return this.prev ? Math.min(this.prev.start, this.sentence.block.start) : this.sentence.block.start;
  }

  /** The prose block after this sentence's block, trimmed. */
  private nextBlock(): Span | null {
    const blocks = this.ctx.doc.blocks;
    const here = this.sentence.block;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].start <= here.start) lo = mid + 1;
      else hi = mid;
    }
    const next = blocks[lo];
    if (!next || next.kind === 'heading') return null;
    const m = this.ctx.doc.masked;
    let start = next.start;
    let end = next.end;
    while (start < end && /\s/.test(m[start])) start++;
    end = this.trimEnd(end);
    return end > start ? this.span(start, end) : null;
  }

  private previousQuote(): Span | null {
    const prev = this.prev;
    if (!prev || prev.block !== this.sentence.block) return null;
    const q = this.quoteEndingAt(this.sentence.start);
    return q && q[0] >= prev.block.start ? this.span(q[0], this.trimEnd(prev.end)) : null;
  }

  private trimEnd(end: number): number {
    const m = this.ctx.doc.masked;
    while (end > 0 && /\s/.test(m[end - 1])) end--;
    return end;
  }

  private quoteEndingAt(pos: number): Range | null {
    const { quotes } = this;
    for (let k = this.firstNearbyQuote(pos); k < quotes.length && quotes[k][0] < pos + 4000; k++) {
      if (quotes[k][1] <= pos && pos - quotes[k][1] <= 4) return quotes[k];
    }
    return null;
  }

  private tokenSpan(a: number, b: number): Span {
    return this.span(this.toks[a].start, this.toks[b - 1].end);
  }

  private span(start: number, end: number): Span {
    return { start, end, text: this.ctx.doc.text.slice(start, end) };
  }
}

// Character tests asked of nearly every token near a cue: a char-code check instead of a regex each (a regex
// literal in a function is also a new object every time it is evaluated).

/** /^[A-Z]/ */
function startsCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** /^[a-z]/ */
function startsLowercase(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** /^\d/ */
function startsDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** /['’]s$/: an apostrophe and a final s ("Trump’s", "it's"). */
function endsPossessive(s: string): boolean {
  const a = s.charCodeAt(s.length - 2);
  return s.charCodeAt(s.length - 1) === 115 && (a === 39 || a === 0x2019);
}

const MONTH_OR_DAY = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday tonight recently earlier later week month year weeks months years ago morning afternoon evening night weekend spring summer fall autumn winter'.split(' '));

/** A date or time word: "Saturday", "2001", "August", "last" in "last week". */
function isTimeWord(t: Token): boolean {
  return MONTH_OR_DAY.has(t.lower) || isYear(t.text);
}

/** 1800–2099 (what /^(1[89]|20)\d\d$/ accepts), without a regex: this is asked for nearly every token. */
function isYear(s: string): boolean {
  if (s.length !== 4) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  const c = s.charCodeAt(2);
  const d = s.charCodeAt(3);
  return ((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48)) && c >= 48 && c <= 57 && d >= 48 && d <= 57;
}

const mentionCache = new WeakMap<DetectorContext, PersonMention[]>();

function sortedMentions(ctx: DetectorContext): PersonMention[] {
  let list = mentionCache.get(ctx);
  if (!list) {
    list = [...ctx.people.mentions].sort((a, b) => a.start - b.start);
    mentionCache.set(ctx, list);
  }
  return list;
}

/** Inflected forms of stance verbs that are not also verbs of saying, writing or thinking. */
const STANCE_ONLY_FORMS = (() => {
  const other = new Set([...SPEECH_VERBS, ...WRITING_VERBS, ...COGNITION_VERBS, ...REPORT_VERBS].flatMap((v) => inflect(v)));
  return new Set(STANCE_VERBS.flatMap((v) => inflect(v)).map((f) => f.split(' ')[0]).filter((f) => !other.has(f)));
})();

/** Verbs whose object is always reported speech: "X said the bridge cost…" needs no "that" or finite-verb test. */
const SAYING_FORMS = new Set(
  ['say', 'tell', 'state', 'add', 'write', 'announce', 'report', 'claim', 'insist', 'argue', 'explain', 'assert',
    'declare', 'contend', 'maintain', 'testify', 'confirm', 'warn', 'acknowledge', 'admit', 'reveal', 'disclose',
    'estimate', 'predict', 'believe', 'think'].flatMap((v) => inflect(v)),
);

/**
 * Does the attribution report someone's words or thoughts, so that it can source a claim? "X said the plan
 * failed" does; "X expressed admiration for Y" or "X is defending the tweets" only characterise what a named
 * party did: the writer's description, a claim that still needs a source of its own.
 */
export function reportsWords(a: Attribution): boolean {
  if (!a.content) return false;
  if (a.cueKind === 'according-to' || a.cueKind === 'report' || a.contentKind !== 'indirect') return true;
  const head = beforeFirstSpace(a.cue.text.toLowerCase());
  if (SAYING_FORMS.has(head)) return true;
  // Split the content only when the verb alone does not decide, and only its first REPORT_WINDOW characters (cut
  // at a space): a clause shows itself in its first words.
  const words = splitWords(headOf(a.content.text, REPORT_WINDOW).toLowerCase(), true);
  if (STANCE_ONLY_FORMS.has(head)) return words[0] === 'that';
  // A clause: a question word or "that", an infinitive ("to" but not as the last word), or a finite verb after the
  // first word. A bare noun phrase ("admiration for him", "his concerns") names an attitude without reporting its
  // content.
  if (CLAUSE_OPENERS.has(words[0] ?? '') || words[0] === 'to') return true;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if ((w === 'to' && k < words.length - 1) || FINITE_VERBS.has(w) || (w.length > 4 && w.endsWith('ed'))) return true;
  }
  return false;
}

/** The text up to the last whitespace before `max` characters, or the whole text when it is shorter. */
function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  let k = max;
  while (k > 0 && !isSpaceUnit(text.charCodeAt(k))) k--;
  return text.slice(0, k);
}

const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);
const FINITE_VERBS = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'do']);

/** The text before its first whitespace: what `s.split(/\s+/)[0]` gives, without splitting the rest. */
function beforeFirstSpace(s: string): string {
  for (let i = 0; i < s.length; i++) if (isSpaceUnit(s.charCodeAt(i))) return s.slice(0, i);
  return s;
}

/**
 * The ASCII letters ending a text before any trailing non-word characters, lowercased: what /([A-Za-z]+)\W*$/
 * captures ("the report." → "report", "Reuters’" → "reuters", "v2" → ""), scanned back from the end.
 */
function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && !isAsciiWordUnit(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(s.charCodeAt(start - 1))) start--;
  return start < end ? s.slice(start, end).toLowerCase() : '';
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A character of \w without the u flag: [A-Za-z0-9_]. */
function isAsciiWordUnit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** What countQuoteMarks counts: a regex finds the first one faster than the loop (most contents have none). */
const QUOTE_MARK = /''|["“”«»„「」『』]/;

function contentKind(content: Span | null): ContentKind {
  if (!content || !QUOTE_MARK.test(content.text)) return 'indirect';
  // Counting stops at three: only exactly two make a difference.
  const marks = countQuoteMarks(content.text, 3);
  if (marks !== 2) return 'mixed';
  const t = trimEndPunctuation(content.text);
  return /^(?:''|["“«„「『])/.test(t) && /(?:''|["”»“」』])[.,!?]?$/.test(t) ? 'direct' : 'mixed';
}

/** The text without its trailing run of . , ! ? ; : (what replace(/[.,!?;:]+$/, '') leaves). */
function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.,!?;:'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * How many runs of whitespace (\s) the text has, counting no further than `limit`: `text.split(/\s+/)` has one
 * piece more than that. Contents can be thousands of characters long; splitting them only to count was waste.
 */
function spaceRuns(text: string, limit: number): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceUnit(text.charCodeAt(i));
    if (space && !inRun && ++runs >= limit) return runs;
    inRun = space;
  }
  return runs;
}


/** How many matches /''|["“”«»„「」『』]/g finds, up to `limit` (counted by hand: contents can be thousands of characters long). */
function countQuoteMarks(text: string, limit: number): number {
  let marks = 0;
  for (let i = 0; i < text.length && marks < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 39) {
      if (text.charCodeAt(i + 1) === 39) {
        marks++;
        i++;
      }
    } else if (c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e || c === 0x300c || c === 0x300d || c === 0x300e || c === 0x300f) marks++;
  }
  return marks;
}

// What the attribution finder's stages share: word lists, the cue table, small character and word tests,
// and the helpers used once findings are made (content kind, reportsWords).
import type { DetectorContext, PersonMention } from '../../context.js';
import type { Attribution, ContentKind, Span } from '../../types.js';
import type { CueEntry } from '../../lexicon/cues.js';
import * as chars from '../../text/chars.js';
import * as sorted from '../../text/sorted.js';
import * as cueLexicon from '../../lexicon/cues.js';
import * as wordLexicon from '../../lexicon/words.js';
import * as vagueLexicon from '../../lexicon/vague.js';
import * as quoteRangesModule from '../quoteRanges.js';
import * as tokenizer from '../../text/tokens.js';
import * as phraseLexicon from '../../lexicon/phrases.js';
import * as claimWords from '../../lexicon/claimWords.js';
import { FINITE_AFTER_SUBJECT } from '../../lexicon/speakerWords.js';
import type { Token } from '../../text/tokens.js';
import { LexemeSlot } from '../../text/lexemes.js';

// Module-level copies of the imported bindings: under tsx (bench, eval, tests) every use of an import is a getter
// call on the module object, a large share of the time of the per-token tests below.
export const {
  ACCORDING_TO_CUES, COGNITION_VERBS, CONTINUING_PARTICIPLES, DOCUMENT_SOURCES, EXTRA_SPEECH_VERBS, NOUN_LIKE,
  REPORT_VERBS, SPEECH_VERBS, STANCE_VERBS, STRONG_CUES, WRITING_VERBS, cueTable, inflect, tableCache,
} = cueLexicon;
export const { AUXILIARIES, DETERMINERS, NP_BOUNDARIES, PREPOSITIONS, SOURCE_PRONOUNS, SUBJECT_PRONOUNS, TIME_DETERMINERS, TIME_HEADS, TIME_WORDS, TITLE_ABBREVIATIONS, isAdverb } = wordLexicon;
export const { isVagueSource, normalisePhrase } = vagueLexicon;
export const { isLowercaseAsciiWord, isSpaceUnit } = chars;
export const { firstStartingAt } = sorted;
export const { quoteRanges } = quoteRangesModule;
export const { SentenceTokens } = tokenizer;
export const { splitWords } = phraseLexicon;
export const { NUMBER_WORDS } = claimWords;

export type { CueEntry } from '../../lexicon/cues.js';

/** The table of a finder before `find` sets it (shared: a new map per sentence was measurable garbage). */
export const NO_CUES: ReadonlyMap<string, CueEntry[]> = new Map();

export interface CueMatch {
  i0: number;
  /** Exclusive token index. */
  i1: number;
  entry: CueEntry;
}

export const OPEN_QUOTES = new Set(['“', '‘', '«', '„', '「', '『', "''"]);
export const CLOSE_QUOTES = new Set(['”', '’', '»', '」', '』', "''"]);
export { PERMITTED_WORDS } from '../../lexicon/withholding.js';

/** Hearings that hear evidence: what they "heard" or "were told" is what was said before them. */
export const HEARING_NOUNS = new Set(['court', 'jury', 'jurors', 'magistrates', 'coroner', 'inquest', 'tribunal', 'hearing', 'inquiry', 'trial']);

/** Verbs whose first object is the listener, not the content ("told reporters that…"). */
export const LISTENER_VERBS = new Set(['tell', 'ask', 'warn', 'assure', 'reassure', 'inform', 'remind', 'urge', 'advise', 'promise', 'caution', 'call on', 'accuse', 'email', 'text']);
/** Passive cues that are vague on their own ("it is believed", "he is said to"). */
export const IMPERSONAL = new Set(['say', 'believe', 'think', 'report', 'allege', 'rumor', 'rumour', 'know', 'understand', 'expect', 'estimate', 'claim', 'consider', 'fear', 'accuse', 'criticize', 'criticise', 'blame', 'praise', 'describe', 'label', 'dub']);
/** Cues whose content can be an infinitive clause ("plans to", "refused to", "urged them to"). */
/** Passives read as vague only before "that" (or "as"): "it has been suggested that", "is widely regarded as". */
export const IMPERSONAL_WITH_THAT = new Set(['find', 'suggest', 'argue', 'state', 'assert', 'predict', 'speculate', 'assume', 'presume', 'note', 'observe', 'acknowledge', 'accept', 'agree', 'regard', 'see', 'hold', 'show', 'indicate', 'reveal', 'conclude', 'estimate']);
export const INFINITIVE_CUES = new Set(['want', 'plan', 'hope', 'expect', 'decide', 'refuse', 'decline', 'agree', 'promise', 'pledge', 'vow', 'threaten', 'propose', 'wish', 'seek', 'intend', 'aim', 'vote', 'offer', 'demand', 'ask', 'urge', 'call on', 'encourage', 'tell', 'warn', 'advise', 'claim', 'prefer', 'seek', 'intend']);
export const STANCE = new Set(STANCE_VERBS);
export const REPORT_VERB_SET = new Set(REPORT_VERBS);
export const STANCE_ONLY_BASES = new Set(STANCE_VERBS.filter((v) => !SPEECH_VERBS.includes(v) && !WRITING_VERBS.includes(v) && !COGNITION_VERBS.includes(v) && !REPORT_VERBS.includes(v)));
/** Predicative adjectives of attitude ("has been critical of", "was sure", "were coy about"). */
export const STANCE_ADJECTIVES = new Set(['critical', 'supportive', 'skeptical', 'sceptical', 'wary', 'confident', 'sure', 'certain', 'convinced', 'concerned', 'worried', 'optimistic', 'pessimistic', 'hopeful', 'coy', 'adamant', 'aware', 'doubtful', 'opposed', 'eager', 'reluctant', 'frustrated', 'angry', 'furious', 'upset', 'proud', 'pleased', 'disappointed', 'dismissive', 'enthusiastic', 'unhappy', 'outspoken', 'vocal', 'insistent', 'incensed', 'unsure', 'uncertain', 'afraid', 'fearful', 'comfortable', 'uncomfortable', 'willing', 'unwilling', 'determined', 'passionate', 'bearish', 'bullish', 'vague', 'silent']);
/** Subordinators before a participle that continues the main clause ("while chanting", "before asking her"). */
export const SUBORDINATORS = new Set(['while', 'before', 'after', 'despite', 'when']);
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** Nouns that name what a party said, wants or holds ("Trump’s claim that", "her decision to"). */
export const NOMINAL_CUES = new Set(['claim', 'claims', 'comment', 'comments', 'remark', 'remarks', 'statement', 'assertion', 'argument', 'insistence', 'emphasis', 'accusation', 'accusations', 'allegation', 'allegations', 'admission', 'suggestion', 'contention', 'denial', 'conclusion', 'determination', 'eagerness', 'missive', 'pronouncements', 'promises', 'ideas', 'message', 'speech', 'decision']);
/** Nouns for what a party holds, a cue only as "X's view is that …" (not "her view of the bay"). */
export const HELD_NOUNS = new Set(['view', 'position', 'belief', 'opinion', 'assessment', 'understanding', 'contention', 'argument', 'claim', 'conclusion', 'suggestion']);
/** Prepositions whose object is the topic of a cue ("commented on", "railed against", "bragged about"). */
export const CUE_PREPOSITIONS = new Set(['about', 'on', 'against', 'for', 'with', 'over', 'of']);
/** Nouns for parties that hold positions: as the head of a subject they make a stance verb an attribution. */
export const ACTOR_NOUNS = new Set(['campaign', 'party', 'committee', 'administration', 'government', 'officials', 'official', 'group', 'court', 'company', 'bank', 'city', 'state', 'department', 'agency', 'council', 'coalition', 'union', 'unions', 'senators', 'senator', 'lawmakers', 'leaders', 'leader', 'voters', 'critics', 'supporters', 'opponents', 'nominee', 'candidate', 'candidates', 'president', 'governor', 'spokesman', 'spokeswoman', 'republicans', 'democrats', 'ad', 'video', 'article', 'editorial', 'board', 'newspaper', 'paper', 'network', 'organization', 'organisation', 'activists', 'advocates', 'experts', 'economists', 'analysts', 'residents', 'members', 'team', 'staff', 'aides', 'allies', 'rivals', 'rival', 'firm', 'ministry', 'minister', 'congress', 'senate', 'house', 'white', 'police', 'prosecutors', 'judge', 'who', 'mayor', 'chairman', 'chairwoman', 'chair', 'director', 'secretary', 'chief', 'executive', 'spokesperson', 'lawyer', 'lawyers', 'attorney', 'sheriff', 'commissioner', 'ambassador', 'chancellor', 'premier', 'governors', 'mayors', 'ministers', 'executives', 'investors', 'employers', 'workers', 'regulators', 'owners', 'owner', 'developer', 'authorities', 'ministry', 'manager', 'founder', 'host', 'author', 'authors', 'researchers', 'scientists', 'doctors', 'teachers', 'parents', 'students', 'reporters', 'journalists', 'people', 'americans', 'conservatives', 'liberals', 'progressives', 'observers', 'commentators', 'strategists', 'pollsters', 'protesters', 'demonstrators', 'officers', 'officer', 'representatives', 'legislators', 'politicians', 'delegates', 'donors', 'advisers', 'advisors', 'adviser', 'advisor', 'lawmaker', 'economist', 'expert', 'analyst', 'historian', 'historians', 'scholars', 'scholar', 'professor', 'researcher', 'activist', 'relatives', 'wife', 'husband', 'mother', 'father', 'friends', 'neighbors', 'witness', 'witnesses', 'colleagues', 'campaigns', 'governments', 'countries', 'nations', 'companies', 'banks', 'agencies', 'groups', 'organizations', 'newspapers', 'panel', 'commission', 'moderator', 'moderators', 'critic', 'supporter', 'opponent', 'fans', 'citizens', 'users', 'readers', 'viewers', 'respondents', 'americans', 'women', 'men', 'democrat', 'republican', 'administrators', 'regime', 'military', 'pentagon', 'ceo', 'executives', 'judges', 'justices', 'jury', 'attorneys', 'prosecutor', 'defense', 'family', 'families']);
/** Participles of an aside on a subject before its verb: how it came to speak, or a document's issue ("Ruiz, asked
 *  about the cuts, said", "One member, granted anonymity, said", "The update, issued at 4 p.m., said"). */
export const ASIDE_PARTICIPLES = ['granted', 'asked', 'pressed', 'questioned', 'told', 'informed', 'reminded', 'reached', 'contacted', 'interviewed', 'issued', 'released', 'published', 'posted', 'dated', 'filed', 'sent'];
export const ASIDE_PARTICIPLE_SET = new Set(ASIDE_PARTICIPLES);
/** Nouns for things said or shown, which a participle can follow ("a statement announcing…", "footage showing…"). */
export const SPEECH_EVENT_NOUNS = new Set(['statement', 'statements', 'tweet', 'tweets', 'post', 'posts', 'conference', 'briefing', 'video', 'videos', 'footage', 'ad', 'ads', 'advertisement', 'letter', 'letters', 'email', 'emails', 'message', 'messages', 'speech', 'remarks', 'comments', 'interview', 'op-ed', 'column', 'editorial', 'release', 'clip', 'clips', 'segment', 'broadcast', 'resolution', 'motion', 'petition', 'lawsuit', 'complaint', 'filing', 'filings', 'ruling', 'order', 'notice', 'sign', 'signs', 'banner', 'banners', 'headline', 'headlines']);
/** What a party shows by its conduct rather than by a finding ("showed interest", "shows no signs of…"). */
export const SHOWN_ATTITUDES = new Set(['interest', 'signs', 'sign', 'willingness', 'restraint', 'resolve', 'courage', 'leadership', 'respect', 'support', 'strength', 'weakness', 'enthusiasm', 'patience', 'flexibility', 'reluctance', 'up']);
/** "seems", "appeared": an impression nobody in particular holds (see seemCue). */
export const SEEM_VERBS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** "faced criticism", "drew backlash" (see facedCriticism). */
export const CRITICISM_NOUNS = new Set(['criticism', 'criticisms', 'backlash', 'ridicule', 'condemnation', 'scrutiny']);
export const COLON_NOT_SOURCES = new Set(['update', 'note', 'editor', 'editors', 'read', 'watch', 'photo', 'photos', 'video', 'related', 'source', 'sources', 'correction', 'breaking', 'exclusive', 'caption', 'q', 'a', 'see', 'also', 'warning', 'disclaimer', 'credit', 'image', 'listen', 'transcript', 'subscribe', 'advertisement', 'getty', 'partial', 'full', 'more', 'here', 'why', 'how', 'what', 'this', 'the',
  // Credit lines and notices: "Contributing: …", "Paid Notice: Deaths", "Stat of the week: …".
  'contributing', 'notice', 'stat', 'name']);

/** Sources worth resolving to a person: a capitalised word or a personal pronoun ("He", "Matsuno", "who"). */
export const RESOLVABLE_SOURCE = /^(?:\p{Lu}|he\b|she\b|they\b|who\b|him\b|her\b)/u;

// Word lists and word shapes asked about most cues, kept here as sets and regexes: a regex literal in a method
// is a new object each time it runs, and slower to test than a set.
/** "if the court found…", "whether anyone disclosed it": a condition or a question before the source. */
export const CONDITION_WORDS = new Set(['if', 'unless', 'whether']);
/** Determiners after which a cue word is a noun ("the said report", "a call", "whose claims"). */
export const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'each', 'every', 'no', 'any', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'said', 'aforementioned', 'such', 'another']);
/** Verbs after a noun-like cue that show it is the subject ("Republican support was solid"). */
export const VERBS_AFTER_SUBJECT = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'will', 'would', 'could']);
/** Quantifiers before a plural noun ("all rates", "most reports"). */
export const PLURAL_QUANTIFIERS = new Set(['all', 'most', 'some', 'many', 'several', 'few', 'these', 'those', 'other']);
/** A lowercase adjective by its ending ("personal", "harmful", "strongest"). */
export const ADJECTIVE_SHAPE = /^[a-z]+(al|ful|ous|ive|ic|est|ible|able|less|ary)$/;
/** Words after a plural noun that a verb would not take ("advocates as", "states and"). */
export const NOT_AFTER_VERB = new Set(['as', 'have', 'are', 'were', 'had', 'say', 'said', 'and', 'or', 'that', 'which', 'who']);
/** Modifiers that make "budget plans" a compound noun, not a subject and its verb ("the latest budget plans"). */
export const NOT_SUBJECT_MODIFIERS = new Set(['new', 'latest', 'recent', 'last', 'first', 'final', 'annual', 'previous', 'own', 'same']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which']);
export const QUANTITY_UNITS = new Set(['percent', 'per', 'percentage', 'points', 'point', 'times', 'to', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'fold', 'votes', 'dollars', 'euros', 'pounds', 'yen', 'cents', 'degrees', 'miles', 'kilometers', 'kilometres', 'meters', 'metres', 'feet', 'tons', 'tonnes']);
export const NEGATIONS = new Set(['not', "n't", 'never']);
/** "she’ll", "they'll". */
export const CONTRACTED_WILL = /.['’]ll$/;
export const MODALS = new Set(['would', 'could', 'can', 'cannot', 'will', 'may', 'might', 'should', 'must', 'shall', 'wouldn’t', "wouldn't", 'couldn’t', "couldn't", 'can’t', "can't", 'won’t', "won't", 'shouldn’t', "shouldn't", 'wo', 'ca']);
/** Forms of "be" before a passive participle ("is believed", "has been told", "it’s said"). */
export const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', '’s', "'s"]);
/** "Deploring", "Asking": a capitalised participle opening a sentence. */
export const OPENING_PARTICIPLE = /^[A-Z][a-z]+ing$/;
/** Words that open an introductory adverbial ("When…", "Asked…", "Meanwhile,"). */
export const INTRO_WORDS = new Set(['when', 'while', 'as', 'after', 'before', 'following', 'asked', 'pressed', 'speaking', 'later', 'earlier', 'meanwhile', 'however', 'yet', 'still', 'now', 'then', 'also', 'last', 'this', 'next', 'once', 'since', 'until', 'despite', 'amid', 'unlike', 'like',
  // "Back in Dunmore,", "Here in Columbia,": where, before the subject.
  'back', 'here']);
/** Quantifiers that belong to the source they precede ("some owners", "many economists"). */
export const SOURCE_QUANTIFIERS = new Set(['some', 'many', 'few', 'both', 'most', 'several', 'all']);
/** One-word noun phrases after a cue ("told reporters", "asked him"). */
export const ONE_WORD_LISTENERS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters', 'journalists', 'lawmakers', 'supporters']);

/** "in … poll(s)" / "in … survey(s)" (see inPoll), and the words before an "in" that is not one ("than in the poll"). */
export const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);
export const NOT_BEFORE_POLL_IN = new Set(['than', 'percent']);

/** The cues looked for once a sentence's verb cues are found, by their word (first listed kind wins). */
export type LateCue = 'adjective' | 'seem' | 'criticism' | 'clear' | 'nominal';
export const LATE_CUES = new Map<string, LateCue>();

// Bounds that keep each cue's work and output independent of the sentence length (see sentences.ts MAX_SENTENCE).
// Each is above what any of the 24,000 evaluation texts reaches (longest content 1,078 characters before quote
// extension), so news text is unaffected.
/** Longest content span before a quotation extends it. */
export const MAX_CONTENT = 1200;
/** Characters before a source-less cue read for vague wording. */
export const VAGUE_WINDOW = 400;
/** Characters of a content read by reportsWords. */
export const REPORT_WINDOW = 1000;
for (const [words, kind] of [[STANCE_ADJECTIVES, 'adjective'], [SEEM_VERBS, 'seem'], [CRITICISM_NOUNS, 'criticism'], [['clear', 'unclear'], 'clear'], [NOMINAL_CUES, 'nominal'], [HELD_NOUNS, 'nominal']] as const) {
  for (const w of words) if (!LATE_CUES.has(w)) LATE_CUES.set(w, kind);
}

/** Does the token overlap one of the spans? (A loop, not `some`: asked for many tokens of every sentence.) */
export function overlapsAny(spans: readonly Span[], t: Token): boolean {
  for (let k = 0; k < spans.length; k++) if (t.start < spans[k].end && t.end > spans[k].start) return true;
  return false;
}

/** The cues a word can be: verb cues starting with it (the cue table's entries) and the late cue it is. */
export interface WordCues {
  cues: CueEntry[] | undefined;
  late: LateCue | undefined;
}

export const wordCuesCache = new WeakMap<Map<string, CueEntry[]>, Map<string, WordCues>>();
const cueSlots = new WeakMap<Map<string, WordCues>, LexemeSlot<WordCues | undefined>>();

/** What a map of wordCues holds for a word, kept in the word's lexeme: `slot.of(t.lexeme)` is `words.get(t.lower)`. */
export function wordCuesSlot(words: Map<string, WordCues>): LexemeSlot<WordCues | undefined> {
  let slot = cueSlots.get(words);
  if (slot === undefined) cueSlots.set(words, (slot = new LexemeSlot((lower) => words.get(lower))));
  return slot;
}

/** A cue table and LATE_CUES in one map: one lookup per token finds both (each lookup of a fresh word hashes it). */
export function wordCues(table: Map<string, CueEntry[]>): Map<string, WordCues> {
  let words = wordCuesCache.get(table);
  if (!words) {
    words = new Map();
    for (const [w, cues] of table) words.set(w, { cues, late: LATE_CUES.get(w) });
    for (const [w, late] of LATE_CUES) if (!words.has(w)) words.set(w, { cues: undefined, late });
    wordCuesCache.set(table, words);
  }
  return words;
}


// Character tests asked of nearly every token near a cue: a char-code check instead of a regex each (a regex
// literal in a function is also a new object every time it is evaluated).

/** /^[A-Z]/ */
export function startsCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** /^[a-z]/ */
export function startsLowercase(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** /^\d/ */
export function startsDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** /['’]s$/: an apostrophe and a final s ("Trump’s", "it's"). */
export function endsPossessive(s: string): boolean {
  const a = s.charCodeAt(s.length - 2);
  return s.charCodeAt(s.length - 1) === 115 && (a === 39 || a === 0x2019);
}

export const MONTH_OR_DAY = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday tonight recently earlier later week month year weeks months years ago morning afternoon evening night weekend spring summer fall autumn winter'.split(' '));

/** A date or time word: "Saturday", "2001", "August", "last" in "last week". */
export function isTimeWord(t: Token): boolean {
  return MONTH_OR_DAY.has(t.lower) || isYear(t.text);
}

/** 1800–2099 (what /^(1[89]|20)\d\d$/ accepts), without a regex: this is asked for nearly every token. */
export function isYear(s: string): boolean {
  if (s.length !== 4) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  const c = s.charCodeAt(2);
  const d = s.charCodeAt(3);
  return ((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48)) && c >= 48 && c <= 57 && d >= 48 && d <= 57;
}

export const mentionCache = new WeakMap<DetectorContext, PersonMention[]>();

export function sortedMentions(ctx: DetectorContext): PersonMention[] {
  let list = mentionCache.get(ctx);
  if (!list) {
    list = [...ctx.people.mentions].sort((a, b) => a.start - b.start);
    mentionCache.set(ctx, list);
  }
  return list;
}

/** Inflected forms of stance verbs that are not also verbs of saying, writing or thinking. */
export const STANCE_ONLY_FORMS = (() => {
  const other = new Set([...SPEECH_VERBS, ...WRITING_VERBS, ...COGNITION_VERBS, ...REPORT_VERBS].flatMap((v) => inflect(v)));
  return new Set(STANCE_VERBS.flatMap((v) => inflect(v)).map((f) => f.split(' ')[0]).filter((f) => !other.has(f)));
})();

/** Verbs whose object is always reported speech: "X said the bridge cost…" needs no "that" or finite-verb test. */
export const SAYING_FORMS = new Set(
  ['say', 'tell', 'state', 'add', 'write', 'announce', 'report', 'claim', 'insist', 'argue', 'explain', 'assert',
    'declare', 'contend', 'maintain', 'testify', 'confirm', 'warn', 'acknowledge', 'admit', 'reveal', 'disclose',
    'estimate', 'predict', 'believe', 'think', 'complain'].flatMap((v) => inflect(v)).concat(
  // Verbs of remarking report words whatever follows ("As the Gazette noted, the ferry lost …"), in their verb forms
  // only ("remarks", "stress" and "notes" are nouns too); not verbs that also name acts ("observed a silence",
  // "recalled the ambassador", "conceded the election").
  // "suggested", not "suggesting": after a thing ("a lull …, suggesting higher enthusiasm") it means "indicating".
  ['noted', 'noting', 'emphasized', 'emphasised', 'emphasizing', 'emphasising', 'alleged', 'alleging', 'suggest', 'suggests', 'suggested']),
);

const CITING_FORMS = new Set(['cite', 'cites', 'cited', 'citing']);
/** "Ruiz put it plainly: …": how someone worded what follows. */
const PUT_IT = new Set(['put it', 'puts it', 'putting it']);
const HEARD_CUES = new Set(['heard', 'hears', 'was told', 'were told']);
/** Cues that give where a statement comes from ("The numbers, from X: …", "Those figures come from X."). */
// "the 41 percent reduction recommended by the Council": the figure is the named maker's.
const SOURCING_CUES = new Set(['pointed out', 'points out', 'point out', 'pointing out', 'from', 'comes from', 'come from', 'came from', 'is from', 'are from', 'was from', 'were from',
  'recommended by', 'estimated by', 'forecast by', 'forecasted by', 'projected by', 'predicted by', 'proposed by', 'calculated by']);

const AGREE_FORMS = new Set(['agree', 'agrees', 'agreed', 'agreeing']);

/** "agreed to …", "agreed late on Friday to …": "to" within the first words of the content, before any "that" or "with". */
export function agreedAct(a: Attribution): boolean {
  if (!a.content || !AGREE_FORMS.has(beforeFirstSpace(a.cue.text.toLowerCase()))) return false;
  for (const w of splitWords(headOf(a.content.text, REPORT_WINDOW).toLowerCase(), true).slice(0, 6)) {
    if (w === 'that' || w === 'with') return false;
    if (w === 'to') return true;
  }
  return false;
}

/**
 * Does the attribution report someone's words or thoughts, so that it can source a claim? "X said the plan
 * failed" does; "X expressed admiration for Y" or "X is defending the tweets" only characterise what a named
 * party did: the writer's description, a claim that still needs a source of its own.
 */
/** Documents lodged with a body: a filing, a complaint, a submission (where it was lodged says where to find it). */
export const LODGED_DOCUMENTS: ReadonlySet<string> = new Set(['filing', 'filings', 'complaint', 'complaints', 'submission', 'submissions', 'petition', 'lawsuit', 'suit', 'motion', 'brief', 'application', 'return', 'returns']);

/** Forms of verbs that put a figure on something: what they take is the source's figure. */
// "Police put the crowd at 20,000": a figure put on a count is an estimate too.
const FIGURE_CUES = new Set([...['forecast', 'estimate', 'project', 'predict', 'expect', 'anticipate'].flatMap((v) => inflect(v)), 'put', 'puts']);

export function reportsWords(a: Attribution): boolean {
  if (!a.content) return false;
  if (a.cueKind === 'according-to' || a.cueKind === 'report' || a.contentKind !== 'indirect') return true;
  const cue = a.cue.text.toLowerCase();
  const head = beforeFirstSpace(cue);
  // "ministers agreed early on Tuesday to cut the catch": an agreement reached is an act, not words reported
  // (PolNeAR still marks the cue; "agreed that …" reports).
  if (agreedAct(a)) return false;
  // "citing the council's own figures": what is cited is a source's words, even as a bare noun phrase.
  if (SAYING_FORMS.has(head) || SOURCING_CUES.has(cue) || CITING_FORMS.has(head) || PUT_IT.has(cue)) return true;
  // "denied any involvement in the award", "denies wrongdoing": a denial of what was alleged is words (said it was
  // not involved); "denied the permit" is a refusal, an act, and "denies a charge of fraud" a plea, which court
  // reports give as the writer's fact.
  if (DENIALS.has(head) && DENIED.test(a.content.text)) return true;
  // A turn in an interview ("**Kessler:** Priscilla's a friend, but the fund holds $900 million", or a plain answer
  // after a bold question, whose cue is the question) is speech by its form, whatever its first words.
  if (cue === ':' || cue.includes('?')) return true;
  // "The court heard that …", "…, the jury was told": what a hearing heard was said before it.
  if (HEARD_CUES.has(cue)) return true;
  // "Harbour Buses responded in a statement:" then a blockquote: a block of sentences after the frame is what it
  // reports (a new sentence's capital at least three characters past the cue: a colon and a paragraph break).
  if (a.content.start - a.cue.end >= 3 && /^[\p{Lu}“"‘']/u.test(a.content.text) && spaceRuns(a.content.text, 4) >= 4 && (a.source === null || a.source.end <= a.content.start)) return true;
  // "The debt rose 14 percent, Ruiz noted.": a content before its frame is a clause the frame reports.
  if (a.content.end <= a.cue.start && a.source !== null && a.source.start >= a.content.end && !STANCE_ONLY_FORMS.has(head)) return true;
  // Split the content only when the verb alone does not decide, and only its first REPORT_WINDOW characters (cut
  // at a space): a clause shows itself in its first words.
  const words = splitWords(headOf(a.content.text, REPORT_WINDOW).toLowerCase(), true);
  if (STANCE_ONLY_FORMS.has(head)) return words[0] === 'that';
  // "Corvane forecast revenue of $8.7 billion", "Analysts expect a loss of 12 cents a share": a figure forecast or
  // estimated is the source's figure, though no clause reports it.
  // "The statement put Valmera's losses at two dead": a figure in words too.
  if (FIGURE_CUES.has(head) && (/\d/.test(a.content.text) || words.some((w) => NUMBER_WORDS.has(w)))) return true;
  // A clause: a question word or "that", an infinitive ("to" but not as the last word), or a finite verb after the
  // first word. A bare noun phrase ("admiration for him", "his concerns") names an attitude without reporting its
  // content.
  if (CLAUSE_OPENERS.has(words[0] ?? '') || words[0] === 'to') return true;
  // "published a report showing that rents rose", "released a statement saying …": a document and what it says.
  if (DOCUMENT_SAYING.test(headOf(a.content.text, REPORT_WINDOW))) return true;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    // "assured fans the club paid $4 million": an irregular past of an act is a finite verb too, right after a short
    // subject (in "criticised the deal the club made" it is a relative clause's).
    if ((w === 'to' && k < words.length - 1 && infinitiveAfter(words[k - 1], words[k + 1])) || FINITE_VERBS.has(w) || (FINITE_AFTER_SUBJECT.has(w) && k <= 3) || (w.length > 4 && w.endsWith('ed'))) return true;
  }
  return false;
}

const DENIALS = new Set(['deny', 'denies', 'denied', 'denying']);
const DENIED = /^(?:(?:any|all|the|each|every|these|those|such)\s+)?(?:(?:[\p{Ll}-]+)\s+)?(?:wrongdoing|involvement|knowledge|allegations?|accusations?|claims?|responsibility|reports?|suggestions?|liability)\b/iu;

/** A document or a statement, then a participle saying what it says ("a report showing", "a letter urging"). */
const DOCUMENT_SAYING = /^(?:(?:a|an|the|its|his|her|their|our)\s+)?(?:[\p{L}-]+\s+){0,2}(?:report|study|survey|poll|analysis|review|letter|statement|memo|paper|audit|document|filing|email|release|notice|brief)s?\s+(?:showing|saying|finding|stating|claiming|suggesting|arguing|warning|concluding|detailing|revealing|estimating|urging|calling)\b/iu;

/**
 * Is a "to" between these words an infinitive's? Not before a number or a determiner ("the fall in ridership to 41,000",
 * "the delay to the depot") nor after "due" ("the depot, now due to open in June"): a noun phrase's words.
 */
function infinitiveAfter(before: string, after: string): boolean {
  return before !== 'due' && !NOUN_DETERMINERS.has(after) && !/^[\d$£€]/.test(after);
}

/** The text up to the last whitespace before `max` characters, or the whole text when it is shorter. */
export function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  let k = max;
  while (k > 0 && !isSpaceUnit(text.charCodeAt(k))) k--;
  return text.slice(0, k);
}

export const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);
export const FINITE_VERBS = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'do']);

/** Does the token look like a clause's finite verb: an auxiliary, a past in -ed, or a common irregular past ("rose")? */
export function looksFinite(t: { word: boolean; lower: string } | undefined): boolean {
  return t !== undefined && t.word && (FINITE_VERBS.has(t.lower) || FINITE_AFTER_SUBJECT.has(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.lower));
}

/** The text before its first whitespace: what `s.split(/\s+/)[0]` gives, without splitting the rest. */
export function beforeFirstSpace(s: string): string {
  for (let i = 0; i < s.length; i++) if (isSpaceUnit(s.charCodeAt(i))) return s.slice(0, i);
  return s;
}

/**
 * The ASCII letters ending a text before any trailing non-word characters, lowercased: what /([A-Za-z]+)\W*$/
 * captures ("the report." → "report", "Reuters’" → "reuters", "v2" → ""), scanned back from the end.
 */
export function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && !isAsciiWordUnit(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(s.charCodeAt(start - 1))) start--;
  return start < end ? s.slice(start, end).toLowerCase() : '';
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A character of \w without the u flag: [A-Za-z0-9_]. */
export function isAsciiWordUnit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/** What countQuoteMarks counts: a regex finds the first one faster than the loop (most contents have none). */
export const QUOTE_MARK = /''|["“”«»„「」『』]/;

export function contentKind(content: Span | null): ContentKind {
  if (!content || !QUOTE_MARK.test(content.text)) return 'indirect';
  // Counting stops at three: only exactly two make a difference.
  const marks = countQuoteMarks(content.text, 3);
  if (marks !== 2) return 'mixed';
  const t = trimEndPunctuation(content.text);
  return /^(?:''|["“«„「『])/.test(t) && /(?:''|["”»“」』])[.,!?]?$/.test(t) ? 'direct' : 'mixed';
}

/** The text without its trailing run of . , ! ? ; : (what replace(/[.,!?;:]+$/, '') leaves). */
export function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.,!?;:'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * How many runs of whitespace (\s) the text has, counting no further than `limit`: `text.split(/\s+/)` has one
 * piece more than that. Contents can be thousands of characters long; splitting them only to count was waste.
 */
export function spaceRuns(text: string, limit: number): number {
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
export function countQuoteMarks(text: string, limit: number): number {
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

export type { Detector, DetectorContext, PersonMention } from '../../context.js';
export type { Attribution, ContentKind, CueKind, Span } from '../../types.js';
export type { Sentence } from '../../markdown/sentences.js';
export type { Range } from '../quoteRanges.js';
export type { Token } from '../../text/tokens.js';

/** Where a document noun stands whose phrase ends right before the comma at k: "logs," or, with a complement,
 *  "logs for January to June," (at most six words back); -1 if none does. */
export function documentHeadBefore(toks: readonly Token[], k: number): number {
  for (let d = k - 1; d >= 0 && k - d <= 6 && toks[d].word; d--) {
    if (DOCUMENT_SOURCES.has(toks[d].lower) && (d === k - 1 || PREPOSITIONS.has(toks[d + 1].lower))) return d;
  }
  return -1;
}


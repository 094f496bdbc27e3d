// Vague sources: attributions that name nobody a reader could check ("critics say", "experts believe",
// "it is widely believed"). A claim resting on one is reported as unsourced with the reason 'vague-source'.
//
// Decisions (documented because they are judgement calls):
// - Bare "sources" / "a source" / "people familiar with the matter" are vague: anonymous sourcing may be
//   legitimate journalism, but a fact-checker still has nothing to check against.
// - "officials" is vague unless qualified by a named body ("Pentagon officials", "officials at the EPA"):
//   a capitalised word anywhere in the source phrase makes it specific.
// - Quantifiers make a group vague even when it is named ("some Democrats", "many Republicans").

import vagueModel from '../../../models/vague-sources.json';
import { DAY_ALTERNATION } from './calendar.js';
import * as chars from '../text/chars.js';
import * as phraseLexicon from './phrases.js';
import { WordCache } from '../text/wordCache.js';
import { ORG_WORDS } from './names.js';

/** "the agency's …": a definite body owning the group. */
const BODY_OWNED = /^the\s+(\p{L}+)['’]s?\s/iu;

// Module-level copies of imported bindings: under tsx each use of an import is a getter call.
const { charFlags, lowerCasedIfNeeded, SPACE, startsUpper } = chars;
const { splitWords } = phraseLexicon;

/** Head nouns that name an unidentified group or person: by hand, plus the groups mined from PolNeAR train. */
export const VAGUE_HEADS = new Set([
  'critics', 'experts', 'observers', 'analysts', 'people', 'residents', 'fans', 'sources', 'source', 'officials',
  'insiders', 'commentators', 'pundits', 'scientists', 'economists', 'researchers', 'studies', 'others', 'many',
  'some', 'someone', 'somebody', 'everyone', 'everybody', 'reports', 'rumors', 'rumours', 'voices', 'skeptics',
  'sceptics', 'supporters', 'opponents', 'detractors', 'locals', 'citizens', 'americans', 'users', 'viewers',
  'readers', 'members', 'activists', 'advocates', 'scholars', 'historians', 'doctors', 'teachers', 'parents',
  'workers', 'employees', 'staffers', 'aides', 'diplomats', 'lawmakers', 'politicians', 'leaders', 'authorities',
  'person', 'official', 'insider', 'expert', 'critic', 'observer', 'analyst', 'aide', 'staffer', 'diplomat',
  'polls', 'surveys', 'most', 'few', 'several', 'research', 'evidence',
  // People nouns of local news that political news rarely makes sources (so the miner cannot learn them).
  'neighbours', 'neighbors', 'witnesses', 'onlookers', 'bystanders', 'villagers', 'passengers', 'commuters', 'shoppers',
  'campaigners', 'conservationists', 'environmentalists', 'academics', 'specialists', 'tenants', 'fundraisers',
  'organisers', 'volunteers', 'homeowners', 'motorists', 'patients', 'landlords', 'customers', 'drivers',
  // Elected members, unnamed and counted: "Several councillors have expressed doubts".
  'councillors', 'councilors',
  // … and of feature writing: the people of a place or a trade, and the guides that speak for it.
  'traders', 'regulars', 'stallholders', 'shopkeepers', 'islanders', 'farmers', 'fishermen', 'nurses', 'athletes',
  'booksellers', 'devotees', 'enthusiasts', 'guidebooks',
  // … and of trade and business news: the people of a market, and its press.
  'forwarders', 'shippers', 'brokers', 'watchers', 'importers', 'exporters', 'hauliers', 'truckers', 'growers', 'retailers',
  'wholesalers', 'owners', 'media',
  // … and bodies left unnamed as a kind ("Credit rating agencies have warned", "Aid organisations say").
  'agencies', 'organisations', 'organizations', 'charities', 'groups', 'governments',
  // … and of sport, culture and court desks: the people around a player, a show or a case, unnamed ("Teammates
  // say", "Colleagues recall", "Those who knew him say").
  'colleagues', 'friends', 'relatives', 'teammates', 'team-mates', 'classmates', 'acquaintances', 'spectators',
  'coaches', 'scouts', 'jockeys', 'rivals',
  'punters', 'mourners', 'admirers', 'reviewers', 'audiences', 'moviegoers', 'filmgoers', 'concertgoers', 'those',
  // … and the unnamed voices of the press and the web ("Gossip columns have claimed", "Posts on social media claimed").
  'cynics', 'followers', 'staff', 'ex-players', 'tabloids', 'columns', 'columnists', 'commenters', 'bloggers', 'posts',
  // … and of political coverage: a politician's allies, a party's MPs and hands, and what the corridors murmur
  // ("Allies of the senator say", "Tory MPs grumble", "Veteran campaign hands say", "Murmurs on Capitol Hill suggest").
  'allies', 'mps', 'hands', 'blogs', 'murmurs', 'whispers', 'grumblings', 'lawyers',
  // … and of investigative reporting: the trades and watchers around a case, unnamed ("Charity watchdogs recommend",
  // "Contractors in the industry say", "Former managers describe").
  'watchdogs', 'contractors', 'inspectors', 'auditors', 'regulators', 'whistleblowers', 'consultants', 'engineers',
  'managers', 'executives', 'supervisors', 'donors', 'lobbyists', 'caregivers', 'carers', 'accountants',
  // … and of health desks: "Health professionals have repeatedly linked …", "Clinicians warn".
  'professionals', 'practitioners', 'clinicians',
  ...Object.keys((vagueModel as { groupHeads: Record<string, unknown> }).groupHeads),
]);

/**
 * Verbs that PolNeAR train uses with unnamed-group sources ("officials insisted", "voters worried"), mined by
 * `npm run train:vague` beside the group nouns: the vague wording takes them as well as its hand-written verbs.
 */
export const LEARNED_GROUP_CUES: readonly string[] = Object.keys((vagueModel as { groupCues?: Record<string, unknown> }).groupCues ?? {});

/** A source starting with one of these is vague whatever follows ("some fans", "many economists"). */
export const VAGUE_QUANTIFIERS = new Set([
  'some', 'many', 'most', 'several', 'few', 'numerous', 'various', 'countless', 'certain', 'other', 'unnamed',
  'anonymous', 'unidentified', 'multiple', 'a number of', 'a few', 'a lot of', 'lots of', 'plenty of',
]);

/** Whole phrases that are vague attributions in themselves. */
export const VAGUE_PHRASES = [
  'it is widely believed', 'it is believed', 'it is said', 'it is thought', 'it is rumored', 'it is rumoured',
  'it is reported', 'it is claimed', 'it is alleged', 'it is understood', 'it is known', 'it has been said',
  'it has been reported', 'it has been suggested', 'it is widely known', 'it is widely reported', 'it is feared',
  'it is expected', 'some say', 'some argue', 'some believe', 'many believe', 'many say', 'many people think',
  'critics say', 'experts say', 'experts believe', 'observers note', 'sources say', 'people say', 'they say',
  'word is', 'rumor has it', 'rumour has it', 'reportedly', 'allegedly', 'supposedly', 'widely believed',
  'widely reported', 'long complained', 'people familiar with', 'familiar with the matter',
];

/**
 * Nouns that count a group ("a number of", "a chorus of"): with "of" and an optional adjective, a quantifier. Not
 * "a majority of", which is a poll's share as often as a crowd (docs/rules.md: a counted group is a source).
 */
export const COLLECTIVES = 'number|lot|handful|host|chorus|couple|dozen';
const COLLECTIVE_QUANTIFIER = new RegExp(`^an?\\s+(?:(?:growing|increasing|large|small|vocal|whole)\\s+)?(?:${COLLECTIVES})\\s+of\\s`);

export const VAGUE_PHRASE_RE = phraseRegex(VAGUE_PHRASES);

/** Lowercased, whitespace-normalised phrase comparison. */
export function normalisePhrase(s: string): string {
  const lower = s.toLowerCase();
  const straight = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  // Most phrases have words apart by single spaces and none at the ends: nothing to collapse or trim.
  return onlySingleInnerSpaces(straight) ? straight : straight.replace(/\s+/g, ' ').trim();
}

/** Is every whitespace character (\s) of s a lone ' ' between two other characters? */
function onlySingleInnerSpaces(s: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c < 128 ? c >= 9 && c <= 13 : (charFlags(c) & SPACE) !== 0) return false;
    else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

/**
 * Is this source phrase (or, with no source, the sentence up to the cue) too vague to check?
 * `extra` holds the user's own vague phrases (lowercase), matched anywhere in the phrase.
 */
export function isVagueSource(source: string, extra: readonly string[] = [], writesLowercase?: (word: string) => boolean): boolean {
  if (extra.length > 0 || hasWhitespace(source)) return vagueSource(source, extra, writesLowercase);
  return oneWordVague.get(source) ?? oneWordVague.set(source, vagueSource(source, extra));
}

// Most sources are one word ("He", "Okafor", "Critics"), asked about again and again: their answers (without extra
// phrases) are remembered.
const oneWordVague = new WordCache<string, boolean>();

function hasWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : (charFlags(c) & SPACE) !== 0) return true;
  }
  return false;
}

/** `writesLowercase`: whether the article writes a word in lowercase somewhere, when known (a capitalised first word
 *  it does is a common word capitalised by the sentence start: "Bike advocates"); asked only when it decides. */
function vagueSource(source: string, extra: readonly string[], writesLowercase?: (word: string) => boolean): boolean {
  // "Residents we spoke to", "Shoppers who spoke to the Gazette": how the reporter met the group, not who it is.
  const met = MET_BY_REPORTER.exec(source);
  if (met && met.index > 0) source = source.slice(0, met.index);
  const s = normalisePhrase(source);
  if (!s) return false;
  // "the two managers", "the three candidates": counted and definite, they are people the article has named.
  if (DEFINITE_COUNT.test(source)) return false;
  for (const e of extra) if (s.includes(normalisePhrase(e))) return true;
  if (VAGUE_PHRASE_RE.test(s)) return true;
  // "the agency's scientists", "the council's auditors": a body the article points at employs them.
  const owner = BODY_OWNED.exec(source);
  if (owner && ORG_WORDS.has(owner[1].toLowerCase())) return false;
  // Possessive endings dropped ("Trump's aides" → "Trump aides"), then the words: runs of letters, digits, hyphens.
  const words = splitWords(source.includes("'") || source.includes('’') ? source.replace(/[’']s\b/g, '') : source, false);
  if (words.length === 0) return false;
  const lower: string[] = [];
  for (const w of words) lower.push(lowerCasedIfNeeded(w));
  if (COLLECTIVE_QUANTIFIER.test(s) || VAGUE_QUANTIFIERS.has(lower[0]) || (QUANTIFIER_OPENERS.has(lower[0]) && (VAGUE_QUANTIFIERS.has(lower.slice(0, 3).join(' ')) || VAGUE_QUANTIFIERS.has(lower.slice(0, 2).join(' '))))) return true;
  // The head noun comes before any prepositional complement: "sources close to the mayor" → "sources".
  let prep = 1;
  // Also before a participle or a relative: "a trial involving 800 nurses" is a trial, not nurses.
  // A relative closes the head wherever it starts ("People who live near the plant").
  // Right after the first word only when that word is itself a group ("Workers leaving the shift", not "Senior
  // marketing executives").
  while (prep < lower.length && !HEAD_ENDERS.has(lower[prep]) && !RELATIVES.has(lower[prep]) && !((prep > 1 || VAGUE_HEADS.has(lower[0])) && /^\p{Ll}{3,}ing$/u.test(lower[prep]))) prep++;
  const head = lower[prep - 1];
  // "Senior Labour figures", "leading party figures": people of standing, not numbers.
  const people = head === 'figures' && prep >= 2 && (FIGURE_STANDING.has(lower[prep - 2]) || (prep > 2 && startsUpper(words[prep - 2])));
  if (!VAGUE_HEADS.has(head) && !EXPERT_PLURAL.test(head) && !people) return false;
  if (fromNamedBody(head, lower, prep)) return false;
  // "use-of-force reports", "inspection reports": records of a kind an office keeps, not hearsay ("media reports",
  // "unconfirmed reports").
  if (head === 'reports' && prep === 2 && !HEARSAY_MODIFIERS.has(lower[0]) && !ADJECTIVE_FORM.test(lower[0])) return false;
  // A capitalised word other than the first (which may just start the sentence) names who: "Pentagon officials",
  // "officials at the EPA".
  // Not a plural possessive ("Patients’ groups", "Residents' associations", "Children's charities"): whose the group
  // is, not who is in it.
  // Nor an adjective capitalised as the sentence's first word ("Long-term residents", "Frustrated tenants").
  // Nor a name that only places a group no body employs ("Trump supporters", "Labour voters", "Dunmore residents"):
  // its members stay unnamed, as after a preposition ("residents of Dunmore").
  if (startsUpper(words[0]) && !isCommonWord(lower[0]) && !EXPERT_PLURAL.test(lower[0]) && !/s['’]$|^(?:Children|Women|Men|People)['’]s$/.test(firstWordOf(source)) && !(prep > 1 && (ADJECTIVE_FORM.test(lower[0]) || writesLowercase?.(lower[0]) || (prep === 2 && PLACED_HEADS.has(head))))) return false;
  // "Residents of Kassoum", "Critics of Mayor Ruiz": a place or a target after the head of a group that no body
  // employs names nobody in it (unlike "officials at the EPA").
  // … nor in a relative clause on a group ("Drivers who use the Harlow bridge", "Others who have urged a tougher line
  // on Moscow"), unless it says whom they work for ("Officials who work for the Harlow Trust" are the Trust's).
  const relative = RELATIVES.has(lower[prep] ?? '') && !EMPLOYED_BY.test(lower.slice(prep, prep + 3).join(' '));
  const named = (PLACED_HEADS.has(head) && HEAD_ENDERS.has(lower[prep] ?? '')) || relative ? prep : words.length;
  // The head itself may be an initialism ("Tory MPs"), and a party or a place right before a group no body employs
  // only places it ("Senior Labour MPs", "Veteran Democratic operatives").
  for (let i = 1; i < named; i++) if (startsUpper(words[i]) && !(i === prep - 1 && INITIALISM.test(words[i])) && !(i === prep - 2 && (PLACED_HEADS.has(head) || people))) return false;
  return true;
}

/** Pronouns that the words placing an unnamed source may follow ("Someone close to the manager", "Those familiar with
 *  the talks"): for the source-head walk and the anonymous-source wording. */
export const PLACED_PRONOUNS = ['someone', 'somebody', 'those', 'anyone', 'anybody'];

/** How a reporter meets a group ("we spoke to", "the paper interviewed"), and how an unnamed pollster does
 *  ("surveyed by a market-data firm"): one list for the source judge here and the vague wording (vagueWording.ts). */
export const MET_VERBS = 'spoke|talked|interviewed|asked|surveyed|contacted|polled|met|approached';
export const POLLED_VERBS = 'surveyed|polled|questioned|interviewed|contacted';
/** How a reporter reached a group ("Residents reached by phone"): the group, not who it is. */
export const REACHED_VERBS = ['reached', 'contacted', 'interviewed'];
const WEEKDAYS = DAY_ALTERNATION;
/** A contact clause after a group: who met it (the reporter, an outlet, an unnamed pollster) or how ("reached by
 *  phone"), not who is in it. */
const MET_BY_REPORTER = new RegExp(String.raw`\s+(?:(?:who|that)\s+)?(?:(?:we|I|they|reporters?|the\s+[\p{L}-]+)\s+(?:${MET_VERBS})\b|(?:spoke|talked)\s+(?:to|with)\b|(?:${POLLED_VERBS})\s+by\s+(?:an?|one)\s|(?:${REACHED_VERBS.join('|')})\s+(?:by\s+(?:phone|telephone|text|email)|on\s+(?:${WEEKDAYS})|on\s+the\s+phone)\b)`, 'u');

/** "the two …", "both the …": a definite article before a small count (capitalised at a sentence start too). */
const DEFINITE_COUNT = /^(?:[Tt]he\s+(?:two|three|four)|[Bb]oth\s+the)\s+\p{Ll}+$/u;

/** Words before "reports" that make them hearsay rather than records. */
const HEARSAY_MODIFIERS = new Set([
  'media', 'news', 'press', 'newspaper', 'television', 'tv', 'radio', 'tabloid', 'wire', 'internet', 'intelligence',
  'eyewitness', 'witness', 'local', 'unconfirmed', 'early', 'initial', 'recent', 'published', 'conflicting',
  'widespread', 'numerous', 'various', 'other', 'online', 'social', 'foreign', 'credible', 'anecdotal', 'unverified',
  'latest', 'further', 'separate', 'earlier', 'previous', 'multiple', 'similar',
]);

/** Prepositions that say who made a document: "reports from the ministry", "research by the agency". */
const MAKER_PREPOSITIONS = new Set(['from', 'by', 'of', 'at']);
/** Documents and evidence, whose maker a preposition may name (people after one are only placed: "athletes at the
 *  club" stay a group). */
const DOCUMENT_HEADS = new Set(['reports', 'studies', 'polls', 'surveys', 'research', 'evidence']);

/**
 * "Reports from the ministry", "research by the agency": a body the article points at, after the document, made it
 * (as in "the ministry's reports").
 */
function fromNamedBody(head: string, lower: readonly string[], prep: number): boolean {
  if (!DOCUMENT_HEADS.has(head) || !MAKER_PREPOSITIONS.has(lower[prep] ?? '') || lower[prep + 1] !== 'the') return false;
  const body = lower[prep + 2] ?? '';
  return ORG_WORDS.has(body) || (ORG_WORDS.has(lower[prep + 3] ?? '') && prep + 4 >= lower.length);
}

/**
 * Does the apposition between a group and its verb name who is in it ("…, led by Senator Ana Ruiz, …", "…,
 * including the painter John Constable, …")? A capitalised word after the opener is a name.
 */
export function namesGroup(between: string): boolean {
  return APPOSITION_NAMING.test(between);
}

// Anywhere between source and cue: the source phrase may stop short of the comma ("Critics of" … ", including …,").
const APPOSITION_NAMING = /,\s*(?:led\s+by|headed\s+by|including|among\s+them|such\s+as|notably|chief\s+among\s+them)\s+[^,]*?\p{Lu}[^,]*,\s*$/u;

/** Groups of a place, a trade or a stance that no body employs: a name after their preposition is where they live
 *  or whom they oppose, not who they are. */
export const PLACED_HEADS = new Set(['residents', 'villagers', 'locals', 'people', 'citizens', 'neighbours', 'neighbors',
  'inhabitants', 'commuters', 'shoppers', 'tenants', 'homeowners', 'parents', 'fans', 'farmers', 'traders', 'owners',
  'critics', 'supporters', 'opponents', 'detractors', 'voters', 'backers', 'loyalists', 'donors', 'protesters', 'campaigners', 'activists',
  // A party's or a politician's people: "Tory MPs", "Pryce allies", "Labour strategists" name no one in the group.
  'mps', 'allies', 'strategists', 'operatives', 'hands', 'murmurs', 'whispers',
  // A body's customers are served by it, not employed: "Customers of Harlow Bank say", "Drivers who use the bridge".
  'customers', 'users', 'passengers', 'patients', 'drivers', 'motorists']);

/** A head written as an initialism ("MPs", "MSPs"): capitals, perhaps a plural s. */
const INITIALISM = /^\p{Lu}{2,}s?$/u;
/** Words that make "figures" people of standing ("senior figures", "party figures"), not numbers. */
const FIGURE_STANDING = new Set(['senior', 'leading', 'prominent', 'party', 'key', 'top', 'establishment', 'political', 'public', 'influential', 'industry', 'business', 'community', 'opposition', 'media', 'music', 'film', 'arts', 'sporting']);
/** Of those, the fields whose "figures" are as often numbers ("Industry figures show sales fell"). */
const FIGURE_FIELDS = /\b(?:industry|business|community|media|music|film|arts)\s+figures$/i;
/** Verbs a table of numbers takes, not a person ("show", "suggest", "reveal", "indicate", "put"). */
const COUNTED_BY = /^(?:show|shows|showed|shown|suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|indicated|put|puts)$/i;

/** "Industry figures show …", "Business figures reveal …": a field's figures that show are numbers, not people. */
export function figuresCounted(source: string, cue: string): boolean {
  return COUNTED_BY.test(cue) && FIGURE_FIELDS.test(source);
}

/** Plural experts by their field ("hydrologists", "geologists", "epidemiologists"): any field's are a bare group. */
const EXPERT_PLURAL = /^\p{Ll}{2,}ologists$/u;
/**
 * A word shaped as an adjective (a hyphenated compound, "long-term", or an adjective ending), in a pattern's source:
 * one for the source judge here and the bare-group wording (vagueWording.ts), so that both read "Long-term
 * residents", "Legal scholars", "Humanitarian groups" alike. (attributions/shared.ts ADJECTIVE_SHAPE is another
 * shape, for a cue's noun reading; the two are not merged, as their endings differ on purpose or by history.)
 */
export const GROUP_ADJECTIVE_SHAPE = String.raw`\p{Ll}+-\p{Ll}+|\p{Ll}{3,}(?:ed|ful|ous|ive|less|al|ic|arian)`;
const ADJECTIVE_FORM = new RegExp(`^(?:${GROUP_ADJECTIVE_SHAPE})$`, 'u');

/** First words of the multi-word quantifiers ("a number of", "lots of"). */
const QUANTIFIER_OPENERS = new Set([...VAGUE_QUANTIFIERS].filter((q) => q.includes(' ')).map((q) => q.split(' ')[0]));

const RELATIVES = new Set(['who', 'which', 'that']);
const EMPLOYED_BY = /^(?:who|that) (?:work|works|worked|serve|serves|served) (?:for|at|in|on)$/;

/** Words after a head noun that start its complement. */
const HEAD_ENDERS = new Set(['of', 'to', 'for', 'at', 'from', 'in', 'on', 'with', 'close', 'familiar', 'inside', 'within', 'near', 'across',
  // Adverbs after the head: "Fans online", "people here".
  'online', 'here', 'locally']);

/** What a group works on, not a name: "Environmental groups fear …", "Patient groups say …", "Market watchers expect". */
export const FIELD_WORDS = ['environmental', 'patient', 'consumer', 'business', 'medical', 'community', 'advocacy', 'housing',
  'safety', 'transport', 'education', 'market', 'industry', 'health',
  // … and of a foreign desk: "Aid agencies said", "Human rights groups say".
  'aid', 'relief', 'humanitarian', 'human', 'rights',
  // … and of political coverage: "Ethics experts say", "Election lawyers warn", "Tax analysts expect".
  'ethics', 'election', 'elections', 'tax', 'policy', 'trade', 'energy', 'finance', 'climate',
  'privacy', 'immigration', 'budget', 'polling', 'voting',
  // … and of the opinion pages: "Civil liberties groups have said", "Gun safety groups", "Disability advocates".
  'civil', 'liberties', 'digital', 'gun', 'faith', 'student', 'parent', 'disability', 'conservation',
  // … and of labour, transport and money desks: "Transit advocates have warned", "Labor advocates argue", "Credit
  // rating agencies have warned", "Tenant advocates say".
  'transit', 'labor', 'labour', 'credit', 'rating', 'ratings', 'tenant', 'welfare'];

const COMMON_WORDS = new Set(['the', 'a', 'an', 'some', 'many', 'most', 'several', 'few', 'other', 'unnamed', 'anonymous', 'local', 'senior', 'top', 'former', 'independent', 'outside', 'government', 'administration', 'campaign', 'industry', 'health', 'legal', 'security', 'intelligence', 'military', 'police', 'western', 'foreign', 'political',
  // How long or how high in a group, not a name: "Veteran campaign hands", "Longtime party donors".
  'veteran', 'longtime', 'long-time', 'prominent', 'leading', 'influential', 'rank-and-file',
  // What a group works on, not a name: "Environmental groups fear …", "Patient groups say …".
  ...FIELD_WORDS,
  // Where a group sits, not who it is: "Regional media reported".
  'regional', 'national', 'international',
  // Which members of the group: "Younger athletes at the club say …", "Longtime followers of the club say …".
  'younger', 'older', 'fellow', 'regular', 'longtime', 'long-time', 'loyal', 'ordinary', 'die-hard', 'diehard',
  // What kind of press: "Gossip columns have claimed …".
  'gossip',
  // A body of a kind, capitalised only by the sentence start: "Union officials have long claimed …", "Party
  // officials say …" ("Stagehands Union officials" names it).
  'union', 'party', 'club', 'team', 'league', 'school', 'council', 'court', 'hospital', 'festival', 'museum', 'company']);

/** The text up to its first space (the first word with its punctuation, e.g. a possessive mark). */
function firstWordOf(s: string): string {
  const at = s.search(/\s/);
  return at < 0 ? s : s.slice(0, at);
}

function isCommonWord(w: string): boolean {
  // "Commuter groups", "Charity watchdogs": the singular of a group noun modifying another is no name either.
  return VAGUE_HEADS.has(w) || COMMON_WORDS.has(w) || VAGUE_HEADS.has(w + 's') || (w.endsWith('y') && VAGUE_HEADS.has(w.slice(0, -1) + 'ies'));
}

/** One regex for a list of phrases, matched at word boundaries: a single scan instead of one per phrase. */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const alts = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?:^|[^\\p{L}\\p{N}'])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

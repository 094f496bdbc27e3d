// Wording that hides who is speaking, found in a sentence whether or not an attribution or a claim is found there:
// impersonal passives ("it has been suggested that"), generality passives ("is widely regarded as", "is said to"),
// quantified groups ("some fans said", "with some stating that"), evidence with no named study ("studies show"),
// and anonymous sourcing ("people familiar with", "an official who spoke on condition of anonymity").
// Group nouns come from models/vague-sources.json (mined from PolNeAR train by `npm run train:vague`) and the hand
// list in vague.ts; the verbs and frames are hand-written from the weasel-word literature.
import { inflect } from './cues.js';
import { COLLECTIVES, FIELD_WORDS, GROUP_ADJECTIVE_SHAPE, LEARNED_GROUP_CUES, MET_VERBS, PLACED_HEADS, PLACED_PRONOUNS, POLLED_VERBS, VAGUE_HEADS } from './vague.js';
import * as chars from '../text/chars.js';
import { LexemeSlot } from '../text/lexemes.js';
import { WordCache } from '../text/wordCache.js';
import { alternation } from './alternation.js';
import { GatedPattern } from './gatedPattern.js';
import { MAKER_AFTER, NAMED_MAKER, NAMED_OPENING, namedBeside } from './namedBeside.js';
import { holdsAnonymousWord } from './anonymousWords.js';
import type { Token } from '../text/tokens.js';

// A module-level copy of an imported binding used per word (a getter call per use under tsx).
const { isSpaceUnit } = chars;

export type VagueWordingKind = 'impersonal' | 'generality' | 'quantified-group' | 'unnamed-evidence' | 'anonymous';

// Each word list below is written once and serves both its pattern (through `alt`) and the words that let a
// sentence try that pattern (VAGUE_WORDING's `may`).
// \b runs several times slower than a lookaround under the `iu` flags these patterns carry. Where a letter of the
// pattern stands on one side of a boundary, only the other side needs a test: WORD_START before such a letter,
// WORD_END after one (\w with `iu` holds the same characters \b looks at).
const WORD_START = '(?<!\\w)';
const WORD_END = '(?!\\w)';
const alt = (words: Iterable<string>): string => alternation(words);
const forms = (bases: readonly string[]): string[] => bases.flatMap((b) => [...inflect(b)]);
const words = (list: string): string[] => list.split(' ');

/** Plural people nouns: the plurals of vague.ts's heads (learned and by hand), and "people". */
const GROUP_NOUNS = [...VAGUE_HEADS].filter((h) => (h.endsWith('s') && h.length > 3) || h === 'people');

/** Verbs that report speech or belief: the ones a vague group hides behind. */
// The learned cues are surface forms: a base form ("hope") brings its inflections, a past form stays as it is.
const HIDING_VERBS = [...LEARNED_GROUP_CUES.flatMap((c) => (/(?:ed|s)$/.test(c) ? [c] : forms([c]))), ...forms([
  'say', 'tell', 'claim', 'argue', 'believe', 'think', 'feel', 'fear', 'suspect', 'doubt', 'worry', 'contend', 'insist',
  'assert', 'maintain', 'suggest', 'warn', 'complain', 'allege', 'note', 'point out', 'acknowledge', 'admit', 'agree',
  'predict', 'speculate', 'wonder', 'question', 'criticize', 'criticise', 'praise', 'describe', 'report', 'state',
  'cite', 'consider', 'reckon', 'estimate', 'expect', 'charge', 'accuse', 'blame', 'dismiss', 'question', 'see',
  'view', 'call', 'write', 'tweet', 'post', 'reply', 'respond', 'counter', 'caution', 'recall', 'remember', 'know',
  // Complaining is saying: "local people grumble that …".
  'grumble', 'gripe', 'moan', 'grouse', 'mutter', 'lament',
  // "Many regard the scheme as a failure".
  'regard',
])];
/** A group's stance with no verb of saying ("some scientists remain unconvinced", "many are sceptical that"). */
const STANCES = words('unconvinced convinced skeptical sceptical doubtful concerned worried confident adamant divided wary cautious nervous uneasy jittery optimistic pessimistic bullish bearish');
// A stance reached, too: "investors have grown wary", "many fans became uneasy".
/** A worry made known is a stance said: "have raised concerns that", "voiced fears that", "expressed doubts about". */
const AIRED_NOUNS = words('concern concerns doubt doubts fear fears worries misgivings reservations alarm scepticism skepticism unease');
const AIRED = `(?:raised|voiced|expressed|aired|shared)\\s+(?:(?:serious|grave|growing|private|their|some|similar|deep|strong)\\s+)?(?:${alt(AIRED_NOUNS)})`;
const HIDING = `(?:${AIRED}|(?:${alt(HIDING_VERBS)})|(?:are|were|remain|remained|seem|seemed|appear|appeared|(?:have|has)\\s+(?:grown|become)|grew|became|are\\s+growing)\\s+(?:increasingly\\s+)?(?:${alt(STANCES)}))`;

// Time adverbs too ("it was later claimed", "has since been suggested"): they move when, not who.
const ADVERBS = 'also|long|often|widely|generally|commonly|now|increasingly|frequently|sometimes|still|further|even|already|privately|publicly|openly|quietly|reportedly|repeatedly|later|subsequently|since|once|initially|originally|previously|earlier|recently|first|then|usually|occasionally';
const PASSIVE_WORDS = 'is|are|was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be|would\\s+be|could\\s+be|may\\s+be|might\\s+be|can\\s+be';
/** A passive auxiliary, at a word boundary: a word, or a contracted "’s" right after one ("it’s"). */
const PASSIVE = `(?:${WORD_START}(?:${PASSIVE_WORDS})|(?<=\\w)(?:’s|'s))`;


/** "it is said", "it has been suggested that": any of these verbs may stand alone. */
const IMPERSONAL_FREE = words('said suggested argued reported believed thought claimed alleged rumored rumoured feared speculated contended asserted posited maintained hypothesized hypothesised understood whispered hinted');
/** These only hide a source when "that" follows ("it is known that", not "it is known as"). */
const IMPERSONAL_THAT = words('known accepted agreed noted estimated held felt acknowledged recognized recognised observed stated proposed assumed expected predicted argued reported');
// An agent right after the verb names who ("It was said by councillor Tomas Rehn"), unless it is a vague one ("by many").
// "It has long been rumoured that": an adverb may stand inside the auxiliary; "well" only before a verb that needs
// "that" ("it is well known that", not "it was well argued").
/** "it is", "it's", "it has (long) been": the auxiliary of an impersonal "it", for IMPERSONAL and KNOWN_TO_ALL. */
const IT_BE = `\\s+(?:is|was)|’s|'s|\\s+(?:has|had)\\s+(?:(?:${ADVERBS})\\s+)?been`;
const IMPERSONAL_LEAD = `${WORD_START}it(?:${IT_BE}|\\s+(?:will|would|could|may|might|can|must|should)\\s+be)\\s+(?:(?:${ADVERBS})\\s+){0,2}`;
const IMPERSONAL_FREE_VERB = `(?:${alt(IMPERSONAL_FREE)})${WORD_END}(?!\\s+by\\s+(?!(?:many|some|most|several|others|a\\s+few|numerous)${WORD_END}|(?:${alt(GROUP_NOUNS)})${WORD_END}))`;
const IMPERSONAL_THAT_VERB = `(?:well\\s+)?(?:${alt(IMPERSONAL_THAT)})\\s*,?\\s+that${WORD_END}`;
const IMPERSONAL = `${IMPERSONAL_LEAD}(?:${IMPERSONAL_FREE_VERB}|${IMPERSONAL_THAT_VERB})`;

// "The word around the club is that", "talk in the dressing room is that", "the buzz is that": hearsay, from nobody
// (opening a clause or after "the": "Ruiz's final word on the deal was that" is hers).
const HEARSAY_NOUNS = words('word talk gossip chatter buzz rumour rumor whisper');
// … and what a camp is held to think, from no one in it: "The thinking inside the campaign is that".
const CAMP_VIEWS = words('thinking assumption calculation belief expectation feeling sense');
/** … only of a camp: "the thinking inside the campaign", not "the assumption in the model". */
const CAMPS = words('campaign camp party team government administration cabinet ministry caucus leadership office house');
const HEARSAY = `(?:(?<=^\\s*)|(?<=[,;:]\\s*)|${WORD_START}the\\s+)(?:(?:${alt(HEARSAY_NOUNS)})\\s+(?:(?:around|in|at|on|among|inside|within|across)\\s+(?:[\\p{L}’'-]+\\s+){1,3}?)?|(?:${alt(CAMP_VIEWS)})\\s+(?:inside|in|within|among|around|at)\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,2}?(?:${alt(CAMPS)})\\s+)(?:is|was|has\\s+it)\\s*,?\\s+that${WORD_END}`;

// "It is no secret that", "it is common knowledge that", "it has long been an open secret that", "it is an open secret
// in Westminster that": a fact everyone (somewhere) is said to know, from nobody named.
const KNOWN_TO_ALL = `${WORD_START}it(?:${IT_BE})\\s+(?:no\\s+secret|common\\s+knowledge|(?:an\\s+)?open\\s+secret|(?:a\\s+)?(?:well-known|widely\\s+known|well\\s+known)\\s+fact)(?:\\s+(?:in|at|among|inside|within|around|across)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?[\\p{L}’'-]+)?\\s*,?\\s+that${WORD_END}`;

// "It has emerged that", "it emerged on Tuesday that": news that surfaced, from nobody said.
const EMERGED = `${WORD_START}it\\s+(?:has\\s+|had\\s+)?(?:(?:${ADVERBS})\\s+)?(?:emerged|come\\s+to\\s+light)\\s+(?:(?:on|in|this|last)\\s+[\\p{L}\\d]+\\s+)?that${WORD_END}`;

const GENERALITY_ADVERBS = [...words('widely generally commonly often frequently broadly universally largely increasingly long popularly usually traditionally sometimes occasionally variously routinely typically historically'), 'almost universally'];
/** "is said to have", "are believed to be" */
const SAID_TO = words('said believed thought rumored rumoured alleged reputed understood claimed considered feared');
/** "is reported to have": only before "be" or "have" ("was reported to police" names who heard it). */
const REPORTED_TO = `${WORD_START}(?:is|are|was|were)\\s+(?:(?:also|still|now|widely)\\s+)?reported\\s+to\\s+(?:be|have)${WORD_END}`;
/** "is considered one of", "is regarded as" */
const CONSIDERED = words('considered regarded deemed reputed');
const GENERALITY_VERBS = 'considered|regarded|seen|viewed|thought|believed|described|acknowledged|recogni[sz]ed|accepted|held|cited|credited|deemed|touted|hailed|known|reported|said|perceived|understood|assumed|claimed|alleged|rumou?red|praised|critici[sz]ed|blamed|hailed|labell?ed|called';
const BY_GROUP = `by\\s+(?:(?:many|some|most|several|others|a\\s+few|a\\s+number|numerous)${WORD_END}|(?:${alt(GROUP_NOUNS)})${WORD_END})`;
const GENERALITY_PARTS = [
  // "is widely considered one of", "is generally regarded by many as"
  `${PASSIVE}\\s+(?:also\\s+|still\\s+|now\\s+)?(?:(?:${alt(GENERALITY_ADVERBS)})\\s+)(?:${GENERALITY_VERBS})${WORD_END}`,
  // "is said to have", "are believed to be"
  `${WORD_START}(?:is|are|was|were)\\s+(?:(?:also|still|now|widely|generally)\\s+)?(?:${alt(SAID_TO)})\\s+to\\s+(?:be|have|\\p{L}+)\\b`,
  // "is considered one of", "is regarded as"
  `${PASSIVE}\\s+(?:${alt(CONSIDERED)})\\s+(?:${BY_GROUP}\\s+)?(?:as${WORD_END}|to\\s+be${WORD_END}|one\\s+of${WORD_END}|among${WORD_END})`,
  // "criticised by many", "seen by some as"
  `${WORD_START}(?:${GENERALITY_VERBS})\\s+${BY_GROUP}`,
];

/** Judgements that need their preposition ("has been accused of", "has been blamed for", "has been described as"). */
const JUDGED_WITH = 'accused\\s+of|blamed\\s+for|credited\\s+with|(?:critici[sz]ed|condemned|praised|attacked|faulted|lauded|celebrated)\\s+(?:for|as)|(?:described|characteri[sz]ed|portrayed|hailed|touted|dismissed|derided|regarded|seen|viewed)\\s+as';
/** Names given ("has been called a", "has been dubbed the"). */
const JUDGED_NAMED = '(?:called|dubbed|labell?ed|branded|nicknamed)\\s+(?:an?|the|one)';
const JUDGED_WORDS = words('accused blamed credited criticized criticised condemned praised attacked faulted lauded celebrated described characterized characterised portrayed hailed touted dismissed derided regarded seen viewed called dubbed labeled labelled branded nicknamed');
// "has been accused of", "have been described as": a perfect passive with no agent in its clause hides who judged. An
// agent names who ("has been criticised by the UN"), unless it is a vague one ("by many", "by critics").
/** No agent later in the clause, unless a vague one: "… by the UN" names who, "… by many" does not. */
const NOT_BY_NAMED = `(?![^,;.]*?${WORD_START}by\\s+(?!(?:many|some|most|several|others|a\\s+few|numerous)${WORD_END}|(?:${alt(GROUP_NOUNS)})${WORD_END}))`;
const AGENTLESS_PERFECT = `${WORD_START}(?:has|have|had)\\s+been\\s+(?:(?:${ADVERBS})\\s+){0,2}(?:${JUDGED_WITH}|${JUDGED_NAMED})${WORD_END}${NOT_BY_NAMED}`;

// "Questions have been raised about", "Concerns were voiced that", "Allegations have surfaced that": a worry or a
// charge made known by nobody (an agent names who: "raised by the Royal College of Nursing", unless a vague one).
const HEARD_NOUNS = words('questions concerns doubts fears worries allegations accusations claims suggestions complaints objections criticisms rumours rumors reports speculation');
/** Made known by someone ("have been raised"), or come to light by itself ("have surfaced that"). */
const RAISED_VERBS = words('raised voiced expressed cast made levelled leveled aired lodged');
const SURFACED_VERBS = words('surfaced emerged circulated swirled resurfaced mounted grown grew intensified spread');
const HEARD_VERBS = [...RAISED_VERBS, ...SURFACED_VERBS];
const HEARD_RAISED = `${WORD_START}(?:${alt(HEARD_NOUNS)})\\s+(?:(?:have|has|had|were|was|are|is)\\s+)?(?:(?:${ADVERBS})\\s+)?(?:been\\s+)?(?:(?:${ADVERBS})\\s+)?(?:${alt(RAISED_VERBS)})${WORD_END}${NOT_BY_NAMED}`;
const HEARD_SURFACED = `${WORD_START}(?:${alt(HEARD_NOUNS)})\\s+(?:(?:have|has|had)\\s+)?(?:(?:${ADVERBS})\\s+)?(?:${alt(SURFACED_VERBS)})\\s+(?:[\\p{L}\\d]+\\s+){0,4}?that${WORD_END}`;
const HEARD_WORDING = `${HEARD_RAISED}|${HEARD_SURFACED}`;

// "By some accounts", "by one estimate", "by all accounts": a reckoning nobody is said to have made (a maker after
// it names one: "by one estimate from the Office for Budget Responsibility", see findVagueWording).
const BY_ACCOUNTS = `${WORD_START}by\\s+(?:(?:some|many|most|several|other|one|all)\\s+(?:accounts?|estimates?|reckonings?)|(?:some|many|most)\\s+measures)${WORD_END}`;

// "Conventional wisdom holds that", "The consensus among economists is that", "the prevailing view is that".
const VIEW_NOUNS = words('wisdom consensus view belief feeling assumption perception');
const WISDOM = `${WORD_START}(?:conventional|received|popular|common)\\s+wisdom\\s+(?:holds|has\\s+it|says|suggests|is)${WORD_END}`;
const VIEW_IS_THAT = `${WORD_START}(?:(?:the\\s+)?(?:general|prevailing|widespread|common|broad)\\s+(?:view|belief|consensus|feeling|assumption|perception)|the\\s+consensus)\\s+(?:(?:among|in|within)\\s+(?:[\\p{L}-]+\\s+){1,3}?)?(?:is|was|has\\s+been|remains)\\s+that${WORD_END}`;
const GENERAL_VIEW = `${WISDOM}|${VIEW_IS_THAT}`;

// A collective noun with its adjective counts a group as a number does: "a growing number of", "a vocal chorus of".
const QUANTIFIERS = `some|many|most|several|numerous|various|countless|certain|multiple|(?:an?\\s+)?(?:(?:growing|increasing|large|small|vocal|whole)\\s+)?(?:${COLLECTIVES}|majority)\\s+of|lots\\s+of|plenty\\s+of|a\\s+few`;
const VERB_LEAD = `(?:(?:have|has|had|would|will|may|might|could|${ADVERBS})\\s+){0,2}`;
// "Some are calling it …": a quantifier's progressive, only of saying ("people are responding to the ad" says
// nothing). Only after a bare quantifier: in every pattern's verb lead it cost more than all it found.
const SAYING_NOW = words('saying calling arguing claiming warning complaining suggesting predicting questioning wondering speculating insisting describing');
// "some fans said", "many U.S. officials believe"
// "many voters we spoke to outside", "residents the paper interviewed", "fans who spoke to us": a contact clause between
// the group and its verb says how the reporter met the group, not who they are.
const MET_BY = `who\\s+(?:spoke|talked)\\s+(?:to|with)\\s+(?:us|reporters|the\\s+[\\p{L}-]+)\\s*,?\\s+`;
const UNNAMED_POLLSTER = `(?:${POLLED_VERBS})\\s+by\\s+(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){1,3}?`;
/** "we spoke to", "the paper interviewed", "reporters asked": the reporter's side of the meeting. */
const MET_BY_US = `(?:who\\s+|that\\s+)?(?:we|I|they|the\\s+[\\p{L}-]+|reporters?)\\s+(?:${MET_VERBS})(?:\\s+(?:to|with))?`;
const CONTACT = `(?:${MET_BY_US}(?:\\s+(?:outside|afterwards|later|yesterday|today|there|here|(?:on|along|near|in|at)\\s+\\p{L}+(?:\\s+\\p{Lu}\\p{L}*)?))?\\s*,?\\s+|\\p{Ll}+ing\\s+(?:on|under|in|at|outside|near|along|online|beneath|below)\\s+(?:[\\p{L}’'-]+\\s+){1,3}?|${MET_BY}|${UNNAMED_POLLSTER})?`;
// The bare group's contact clause, without the participle of place ("sitting on the wall"), whose \\p{Ll}+ing tried
// at every word cost the bare-group pattern more than all it found.
const CONTACT_LITE = `(?:${MET_BY_US}\\s*,?\\s+|${MET_BY}|${UNNAMED_POLLSTER})?`;
const QUANTIFIED_GROUP = `${WORD_START}(?:${QUANTIFIERS})\\s+(?:[\\p{L}.’'-]+\\s+){0,2}?(?:${alt(GROUP_NOUNS)})\\s+${CONTACT}${VERB_LEAD}${HIDING}${WORD_END}`;
// "Eleven of the fourteen tenants said", "four of the parents we spoke to say": counted, and none named (a name after
// the group ends the match at its comma: "Two of the councillors, Ana Ruiz and Tom Bell, said"). Not a fraction or
// a majority: that is how a poll's finding is reported.
const COUNT = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|scores|hundreds|thousands|\\d[\\d,]*';
const PARTITIVE_GROUP = `${WORD_START}(?:${COUNT})\\s+of\\s+(?:the|those|these|its|their)\\s+(?:(?:${COUNT})\\s+)?(?:[\\p{L}-]+\\s+)?(?:${alt(GROUP_NOUNS)})\\s+${CONTACT}${VERB_LEAD}${HIDING}${WORD_END}`;
// "some say", "with some stating that", "others argue"
const BARE_QUANTIFIERS = ['some', 'many', 'most', 'others', 'a few'];
const BARE_QUANTIFIER = `${WORD_START}(?:${alt(BARE_QUANTIFIERS)})\\s+(?:${VERB_LEAD}${HIDING}|(?:are|were)\\s+(?:${alt(SAYING_NOW)}))${WORD_END}`;
// "critics say", "experts believe" at the start of a clause: a bare plural group, perhaps with a word that says what
// kind of group but names nobody ("local people grumble", "worried parents say"), or what field it works in, the
const GROUP_KINDS = words('local ordinary concerned angry frustrated worried older younger elderly longtime long-time disgruntled nearby independent');
// kind of group ("Market watchers expect"); a group of a place or a stance may say where or against whom ("Residents
// of Kassoum say", "Critics of the plan say": see PLACED_HEADS).
const PLACED_GROUP = [...PLACED_HEADS].filter((h) => GROUP_NOUNS.includes(h));
// … or an adjective of its kind by its shape ("Legal scholars", "Humanitarian groups", "Political analysts").
const KIND_ADJECTIVE = `(?:${GROUP_ADJECTIVE_SHAPE})`;
const KIND_ADJECTIVE_WORD = new RegExp(`^${KIND_ADJECTIVE}$`, 'u');
const BARE_GROUP = `(?:^|[,;:]\\s+|${WORD_START}(?:and|but|while|as|though|although|because)\\s+)(?:(?:${alt([...GROUP_KINDS, ...FIELD_WORDS])}|${KIND_ADJECTIVE})\\s+)?(?:(?:${alt(GROUP_NOUNS)})|(?:${alt(PLACED_GROUP)})\\s+(?:of|in|from|across|around|along|near)\\s+(?:[\\p{L}’'-]+\\s+){1,3}?)\\s*${CONTACT_LITE}${VERB_LEAD}${HIDING}${WORD_END}`;

const EVIDENCE_MODIFIERS = 'internal|leaked|confidential|unpublished|official|recent|new|numerous|many|several|some|multiple|countless|independent|previous|past|other|scientific|medical|academic|published|peer-reviewed|growing|mounting|more|most|available|existing|current|earlier|separate|further|extensive|latest|the\\s+latest|a\\s+(?:growing\\s+)?body\\s+of|a\\s+wealth\\s+of|decades\\s+of|years\\s+of';
// Documents and records nobody is said to have made or kept ("Documents show", "Leaked records suggest"); "Court
// records", "the ministry's records" have their keeper before them and are no match.
const EVIDENCE_NOUNS = words('studies research data evidence surveys polls statistics analyses science experiments trials estimates documents records figures');
const EVIDENCE_VERBS = 'show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|find|finds|found|prove|proves|proved|proven|confirm|confirms|confirmed|demonstrate|demonstrates|demonstrated|reveal|reveals|revealed|point\\s+to|points\\s+to|pointed\\s+to|link|links|linked|say|says|said|tell\\s+us|tells\\s+us';
/** "Documents show", "data have consistently suggested": the noun and its verb, the end of every UNNAMED_EVIDENCE. */
const EVIDENCE_SAYS = `(?:${alt(EVIDENCE_NOUNS)})\\s+(?:(?:has|have|had|also|now|consistently|repeatedly|clearly|long|already|increasingly|strongly|generally)\\s+){0,2}(?:${EVIDENCE_VERBS})${WORD_END}`;
const UNNAMED_EVIDENCE = `(?:^|[,;:(]\\s*|${WORD_START}(?:and|but|because|as|while|since|although|though|that|yet)\\s+)(?:(?:${EVIDENCE_MODIFIERS})\\s+){0,3}${EVIDENCE_SAYS}`;

// "A study found", "a 2019 survey suggests": one unnamed document, at the start of a clause, straight before its verb
// (a name, an author or a place between them — "a study by the University of Oslo found" — names it).
const STUDY_MODIFIERS = 'recent|new|separate|large|major|small|landmark|previous|earlier|later|government|internal|leaked|independent|scientific|medical|academic|published|peer-reviewed|national|international|global|federal|confidential|\\d{4}';
const STUDY_NOUNS = words('study survey poll report analysis review paper investigation audit experiment trial assessment estimate valuation appraisal');
const STUDY_VERBS = 'found|finds|find|shows|showed|shown|show|suggests|suggested|indicates|indicated|concluded|concludes|reveals|revealed|estimates|estimated|warns|warned|claims|claimed|says|said|puts|put';
// Who or what was studied names no maker: "a survey of 2,000 porters", "a study of more than 400 small farms" (lowercase
// words, perhaps a number; a capital may be the maker and is left alone).
const OF_WHOM = `(?:\\s+of\\s+(?:(?:more|fewer|less)\\s+than\\s+|about\\s+|nearly\\s+|some\\s+)?(?:[\\d][\\d,.]*\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}\\p{Ll}[\\p{Ll}-]*)?`;
const UNNAMED_STUDY = `(?:^|[,;:(]\\s*|${WORD_START}(?:and|but|because|as|while|since|although|though|that|yet)\\s+)(?:an?|one|another)\\s+(?:(?:${STUDY_MODIFIERS})\\s+){0,2}(?:${alt(STUDY_NOUNS)})${OF_WHOM}\\s+(?:(?:has|had|also|now|recently|even)\\s+){0,2}(?:${STUDY_VERBS})${WORD_END}`;
// "according to a recent study,", "…, according to a new report.": one unnamed document cited by nothing more (a maker
// after it, "a study by the Hartley Institute", names it).
// "according to documents", "according to official figures": records nobody is said to keep.
const ACCORDING_TO_EVIDENCE = `${WORD_START}according\\s+to\\s+(?:(?:${EVIDENCE_MODIFIERS})\\s+){0,2}(?:${alt(EVIDENCE_NOUNS)})(?=\\s*(?:[,.;:!?)]|$))`;
const ACCORDING_TO_STUDY = `${WORD_START}according\\s+to\\s+(?:an?|one|another)\\s+(?:(?:${STUDY_MODIFIERS})\\s+){0,2}(?:${alt(STUDY_NOUNS)})${OF_WHOM}(?=\\s*(?:[,.;:!?)]|$))`;
// "there is evidence that", "there are claims that": the claim exists, nobody makes it. Not "there is no evidence",
// nor a hypothesis ("if there were evidence that"), nor a relative "that" ("There was a report that was never published").
const THERE_NOUNS = words('evidence claims reports suggestions speculation indications allegations rumours rumors fears concerns suspicions talk');
/** Views and worries held by nobody named, before "that" only ("There is a widespread belief that", "there is a feeling
 *  among players that"; "a sense of relief" is no claim). */
const THERE_VIEWS = words('belief feeling sense perception view expectation assumption impression consensus suspicion claim report rumour rumor suggestion fear concern');
const THERE_IS = `(?<!\\b(?:if|unless|whether)\\s+)${WORD_START}there\\s+(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:an?\\s+)?(?:(?:also|now|long|growing|mounting|increasing|some|strong|considerable|widespread|persistent|new|unconfirmed|credible|good|general|real|lingering|deep)\\s+){0,2}(?:(?:${alt(THERE_NOUNS)})\\s+of|(?:${alt([...THERE_NOUNS, ...THERE_VIEWS])})\\s+(?:(?:among|in|within|at|inside|around)\\s+(?:[\\p{L}’'-]+\\s+){1,3}?)?that)${WORD_END}(?!\\s+(?:was|were|is|are|has|have|had|would|could|will)${WORD_END})`;

const ANONYMOUS_NOUNS = 'someone|somebody|sources?|officials?|persons?|people|individuals?|aides?|advis[eo]rs?|insiders?|diplomats?|executives?|staffers?|employees?|officers?|strategists?|operatives?|allies|associates?|confidants?|friends?|lawmakers?|analysts?|members?(?:\\s+of\\s+staff)?|staff\\s+members?|figures?|colleagues?|relatives?|neighbou?rs?|managers?|workers?';
const ANONYMITY = 'on\\s+(?:the\\s+)?condition\\s+of\\s+anonymity|on\\s+condition\\s+(?:that\\s+)?(?:he|she|they|(?:the|their|his|her|its)\\s+[\\p{L}-]+)\\s+not\\s+be\\s+(?:named|identified)|on\\s+condition\\s+that\\s+neither\\s+(?:he|she|they|(?:the|their|his|her|its)\\s+[\\p{L}-]+)\\s+nor\\s+(?:[\\p{L}’\']+\\s+){1,3}be\\s+(?:named|identified)|anonymously|(?:asked|requested)\\s+not\\s+to\\s+be\\s+(?:named|identified)|declined\\s+to\\s+be\\s+(?:named|identified)|did\\s+not\\s+want\\s+to\\s+be\\s+(?:named|identified)|(?:was|were|is|are)\\s+not\\s+authori[sz]ed\\s+to\\s+(?:be\\s+)?(?:speak|discuss|comment)|(?:speaking|spoke|talking|talked)\\s+(?:on\\s+(?:deep\\s+)?background|off\\s+the\\s+record)' +
  // "who declined to give their name": refusing the name, whatever the words for it.
  '|(?:declined|refused|did\\s+not\\s+want)\\s+to\\s+(?:give|provide|share|reveal|disclose)\\s+(?:his|her|their)\\s+(?:full\\s+|real\\s+)?names?' +
  // Feature writing's longer ways of asking: "who requested anonymity", "who asked me not to use her name", "who would
  // talk only if not named", "who would speak only without her name attached", "who asked that neither he nor his
  // boat be named".
  '|(?:requested|asked\\s+for|(?:was|were)\\s+granted)\\s+anonymity' +
  '|(?:asked|requested)\\s+(?:me|us)?\\s*not\\s+to\\s+(?:use|give|print|publish)\\s+(?:his|her|their)\\s+(?:real\\s+|full\\s+)?names?' +
  '|(?:would|will)\\s+(?:talk|speak|comment)\\s+only\\s+(?:if\\s+not\\s+(?:named|identified)|without\\s+(?:his|her|their)\\s+names?)' +
  '|asked\\s+that\\s+(?:neither\\s+)?(?:he|she|they)\\s+(?:nor\\s+(?:[\\p{L}’\']+\\s+){1,2})?(?:not\\s+)?be\\s+(?:named|identified)' +
  // Writers outside the big newsrooms spell the promise out: "who requested that her name be withheld", "who preferred
  // that his name not appear", "who asked that his firm not be identified", "who would rather remain unnamed", "who asked
  // us not to name her", "on the understanding that I would not print his name", "not allowed to speak publicly".
  '|(?:asked|requested|preferred|insisted)\\s+that\\s+(?:his|her|their|its)\\s+(?:(?:real|full|own)\\s+)?(?:names?|company|firm|employer|business|school|agency|department|organi[sz]ation)\\s+(?:be\\s+withheld|not\\s+(?:appear|be\\s+(?:named|identified|used|published|printed|given|disclosed|withheld)))' +
  '|(?:would\\s+rather|preferred\\s+to|prefers\\s+to|chose\\s+to|wished\\s+to|wishes\\s+to)\\s+(?:stay|remain|be\\s+kept)\\s+(?:unnamed|anonymous|nameless)' +
  '|(?:asked|requested)\\s+(?:me|us)\\s+not\\s+to\\s+(?:name|identify)\\s+(?:him|her|them)(?!\\w)' +
  '|on\\s+the\\s+(?:understanding|condition)\\s+that\\s+(?:I|we)\\s+(?:would|will)\\s+not\\s+(?:print|use|publish|give|reveal)\\s+(?:his|her|their)\\s+(?:(?:real|full)\\s+)?names?' +
  '|(?:not|n[’\']t)\\s+(?:allowed|permitted|cleared)\\s+to\\s+(?:speak|talk|comment)\\s+(?:publicly|on\\s+the\\s+record|to\\s+(?:the\\s+)?(?:press|media|reporters|journalists))' +
  // Political desks: "one member, granted anonymity to speak freely" (speaking privately marks only a source left
  // unnamed: attributions/sourceWording.ts).
  '|granted\\s+anonymity' +
  // "A manager whose name was withheld said": the paper keeps it back.
  '|whose\\s+(?:(?:real|full)\\s+)?names?\\s+(?:(?:is|was|are|were|has\\s+been|have\\s+been)\\s+)?(?:being\\s+)?withheld';
/**
 * Up to two words naming where a source sits ("police", "senior government"), not how many ("some", "other") nor
 * outlets ("media sources", "news sources": documents as often as people).
 */
const SOURCE_MODIFIERS = `(?:(?!(?:some|many|other|others|various|most|numerous|different|media|news|these|those|the|his|her|their|its|our|no)${WORD_END})[\\p{L}-]+\\s+){0,2}?`;
/** Where unnamed sources sit, between the noun and its verb: "sources in the Conservative camp", "sources within the
 *  club", "sources at the ministry" (up to three words after the preposition). */
const SOURCE_PLACE = `(?:(?:in|within|inside|at|around)\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){1,3}?)?`;
const SOURCE_VERBS = ['say', 'tell', 'indicate', 'confirm', 'claim', 'report', 'suggest', 'add', 'insist', 'reveal', 'disclose', 'warn', 'stress', 'describe', 'expect', 'believe', 'explain'];
const ANONYMOUS_PARTS = [
  // "people familiar with the matter", "a source close to the talks"
  `${WORD_START}(?:(?:an?|one|two|three|four|several|multiple|some|other)\\s+(?:[\\p{L}.-]+\\s+){0,2}?)?(?:${ANONYMOUS_NOUNS})\\s+(?:close\\s+to|familiar\\s+with|with\\s+(?:direct\\s+)?knowledge\\s+of|briefed\\s+on|knowledgeable\\s+about|privy\\s+to)${WORD_END}`,
  // "an official who spoke on condition of anonymity", "a staffer, who asked not to be named"
  `${WORD_START}(?:(?:an?|one|two|three|four|several|multiple|some)\\s+(?:[\\p{L}.-]+\\s+){0,2}?(?:${ANONYMOUS_NOUNS})\\s*,?\\s+(?:who|speaking|and)\\s+(?:[\\p{L}’']+\\s+){0,6}?)?(?:${ANONYMITY})`,
  // "anonymous sources", "an unnamed official"
  `${WORD_START}(?:anonymous|unnamed|unidentified)\\s+(?:[\\p{L}-]+\\s+)?(?:${ANONYMOUS_NOUNS})${WORD_END}`,
  // "sources said", "a source told", "a police source said", "club sources insisted" (nobody named; "some sources"
  // and "other sources" are documents as often as people: vague, not anonymous)
  `(?:^|[,;:—–]\\s+|${WORD_START}(?:and|but|that)\\s+)(?:a\\s+|one\\s+|two\\s+|three\\s+|several\\s+|multiple\\s+)?${SOURCE_MODIFIERS}(?:sources?)\\s+${SOURCE_PLACE}(?:(?:are|is|were|was)\\s+)?${VERB_LEAD}(?:${alt(forms(SOURCE_VERBS))})${WORD_END}`,
  // "an insider at the studio", "two campaign insiders said": someone inside, unnamed (not "an insider in a year that
  // favours outsiders")
  `${WORD_START}(?:(?:an?|one|two|three|several|multiple)\\s+(?:[\\p{L}-]+\\s+)?)?insiders?\\s+(?:(?:at|within|inside|close\\s+to)${WORD_END}|${VERB_LEAD}(?:${alt(forms(SOURCE_VERBS))})${WORD_END})`,
  // "A friend in the ministry tells me", "a contact at the regulator": someone the writer knows inside, unnamed.
  // Not one named in apposition ("My friend in the Senate, Ana Ruiz, said").
  `${WORD_START}(?:an?|one|two|three|several|my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:contacts?|friends?)\\s+(?:at|in|inside|within)\\s+the${WORD_END}(?![^,.;]{0,40},\\s*(?:\\p{Lu}[\\p{L}’'.-]*\\s+)+\\p{Lu})`,
  // "Those in the know", "I have it on good authority", "people who would know": knowledge claimed, its holder unnamed
  // (not "people who know her", a group of acquaintances).
  `${WORD_START}(?:(?:those|people|someone|somebody)\\s+in\\s+the\\s+know|on\\s+good\\s+authority|(?:people|those|someone|somebody)\\s+who\\s+would\\s+know)${WORD_END}`,
];
const ANONYMOUS = ANONYMOUS_PARTS.join('|');
/** Words each of ANONYMOUS_PARTS holds wherever it matches: most sentences with an anonymous anchor word ("record",
 *  "close", "named") can match few of the parts. */
const ANONYMOUS_PART_NEEDS = [
  /close\s+to|familiar\s+with|knowledge(?:able)?\s+(?:of|about)|briefed\s+on|privy\s+to/iu,
  // The part's own ending, whole: the single words it holds ("name", "record", "background") stand in a quarter of the
  // sentences with an anonymous anchor word, where the part's optional lead ("an official, who …") was tried at
  // every "a" and "one".
  new RegExp(`(?:${ANONYMITY})`, 'iu'),
  /anonymous|unnamed|unidentified/iu,
  // The part from its noun on ("sources in the camp said"): "source" alone stands in several times as many sentences.
  new RegExp(`sources?\\s+${SOURCE_PLACE}(?:(?:are|is|were|was)\\s+)?${VERB_LEAD}(?:${alt(forms(SOURCE_VERBS))})${WORD_END}`, 'iu'),
  /insider/iu,
  /contact|friend/iu,
  // Each alternative's ending: "authority" alone is in a third of the sentences with an anonymous anchor.
  /in\s+the\s+know|good\s+authority|would\s+know/iu,
];

/** The single words of a list's entries ("a few" → a, few): what a sentence's words are checked against. */
const wordSet = (...lists: ReadonlyArray<readonly string[]>): readonly string[] => [...new Set(lists.flat().flatMap((e) => e.split(' ')))];

// Each set of anchor words is one bit (its place in this table), so a sentence's words are looked up once, not once
// per set.
const ANCHOR_SETS = {
  anonymous: wordSet(words('close familiar knowledge briefed knowledgeable privy anonymity anonymously named identified name names authorized authorised anonymous unnamed unidentified source sources insider insiders background withheld publicly record contact contacts friend friends know authority')),
  it: ['it', 'it’s', "it's"],
  impersonalVerb: wordSet(IMPERSONAL_FREE, IMPERSONAL_THAT),
  generality: wordSet(GENERALITY_ADVERBS, CONSIDERED),
  to: ['to'],
  saidTo: wordSet(SAID_TO, ['reported']),
  by: ['by'],
  quantifier: wordSet(words('some many most several numerous various countless certain multiple majority lots plenty few others'), COLLECTIVES.split('|')),
  group: wordSet(GROUP_NOUNS),
  bareQuantifier: wordSet(BARE_QUANTIFIERS.map((q) => q.replace('a ', ''))),
  hidingVerb: wordSet(HIDING_VERBS, STANCES, AIRED_NOUNS),
  evidence: wordSet(EVIDENCE_NOUNS),
  been: ['been'],
  judged: JUDGED_WORDS,
  study: STUDY_NOUNS,
  there: ['there'],
  thereNoun: wordSet(THERE_NOUNS, THERE_VIEWS),
  emerged: ['emerged', 'light'],
  // Nouns and verbs of a worry made known (one set: the bits run out at 32).
  heard: wordSet(HEARD_NOUNS, HEARD_VERBS, HEARSAY_NOUNS, CAMP_VIEWS),
  // A reckoning, a view or a fact nobody owns ("by some accounts", "conventional wisdom", "no secret").
  reckoning: wordSet(words('accounts account estimates estimate reckoning reckonings measures secret knowledge fact'), VIEW_NOUNS),
  // A count in words; one in figures sets this bit too (sentenceAnchorBits).
  count: COUNT.split('|').filter((w) => /^[a-z]+$/.test(w)),
};
type AnchorSet = keyof typeof ANCHOR_SETS;

const ANCHOR_BITS = new Map<string, number>();
const BIT = {} as Record<AnchorSet, number>;
(Object.keys(ANCHOR_SETS) as AnchorSet[]).forEach((name, i) => {
  BIT[name] = 1 << i;
  for (const w of ANCHOR_SETS[name]) ANCHOR_BITS.set(w, (ANCHOR_BITS.get(w) ?? 0) | BIT[name]);
});
const { anonymous: ANONYMOUS_ANCHOR, it: IT, impersonalVerb: IMPERSONAL_VERB, generality: GENERALITY_ANCHOR, to: TO, saidTo: SAID_TO_VERB, by: BY, quantifier: QUANTIFIER, group: GROUP, bareQuantifier: BARE_QUANTIFIER_WORD, hidingVerb: HIDING_VERB, evidence: EVIDENCE, been: BEEN, judged: JUDGED, study: STUDY, there: THERE, thereNoun: THERE_NOUN, emerged: EMERGED_ANCHOR, heard: HEARD, reckoning: RECKONING, count: COUNT_WORD } = BIT;

// Pairs: words in the order a pattern needs them, where each word alone is common in news. Nearly every news
// sentence has "said" and "to" somewhere, "it" and "reported", "often" and "is", "residents" and "say"; far fewer
// have "said to", "it is", "is often", or "residents" opening a clause.
let nextBit = Object.keys(ANCHOR_SETS).length;
/** A SAID_TO word right before "to" (only spaces between): the one way the "is said to" form can match. */
const SAID_TO_PAIR = 1 << nextBit++;
/** "it is", "it has", "it’s" …: IMPERSONAL's opening. */
const IT_PAIR = 1 << nextBit++;
/** A GENERALITY word right after a passive auxiliary ("is widely", "are considered", "was also often"). */
const GENERALITY_PAIR = 1 << nextBit++;
/** "by" then a quantifier or a group ("by many", "by a few", "by critics"): BY_GROUP. */
const BY_PAIR = 1 << nextBit++;
/** A group noun where BARE_GROUP can start: the sentence's first word, or after , ; : or a conjunction, perhaps
 *  after a word of its kind ("and local residents"). */
const GROUP_LEAD = 1 << nextBit++;
/** The bits a sentence's anchor bits hold; the ones above are the words the pairs look back at. */
const ANCHOR_MASK = (1 << nextBit) - 1;

const HELPER_SETS = {
  afterIt: words('is was has had will would could may might can must should'),
  passiveEnd: words('is are was were been be'),
  alsoStillNow: words('also still now'),
  conjunction: words('and but while as though although because'),
  groupKind: [...GROUP_KINDS, ...FIELD_WORDS],
  a: ['a'],
};
const HELPER = {} as Record<keyof typeof HELPER_SETS, number>;
for (const name of Object.keys(HELPER_SETS) as Array<keyof typeof HELPER_SETS>) {
  HELPER[name] = 1 << nextBit++;
  for (const w of HELPER_SETS[name]) ANCHOR_BITS.set(w, (ANCHOR_BITS.get(w) ?? 0) | HELPER[name]);
}
// Each set, pair and helper is one bit of a 32-bit integer: past 32, `1 << n` wraps onto bit n - 32 and two sets
// would share a bit.
if (nextBit > 32) throw new Error(`vagueWording: ${nextBit} anchor bits, at most 32 fit`);
const { afterIt: AFTER_IT, passiveEnd: PASSIVE_END, alsoStillNow: ALSO_STILL_NOW, conjunction: CONJUNCTION, groupKind: GROUP_KIND, a: A } = HELPER;
const isDigitUnit = (c: number): boolean => c >= 48 && c <= 57;
/** A token's bits, kept in its lexeme (a count in figures sets the count bit). */
const WORD_BITS = new LexemeSlot((lower) => ANCHOR_BITS.get(lower) ?? (isDigitUnit(lower.charCodeAt(0)) ? COUNT_WORD : 0));

/** A character \b counts as part of a word (ASCII, as in the patterns). */
const isRegexWordUnit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

/**
 * The bits of a word's last run of ASCII word characters ("rock-and" → and): the patterns' \b starts a word there,
 * though the tokenizer joins the whole. Only `end` units of the word are read.
 */
function lastRunBits(lower: string, end = lower.length): number {
  let i = end;
  while (i > 0 && isRegexWordUnit(lower.charCodeAt(i - 1))) i--;
  return ANCHOR_BITS.get(i === 0 && end === lower.length ? lower : lower.slice(i, end)) ?? 0;
}

/** The bits of a word's first run of ASCII word characters ("most-favoured" → most), where the patterns' \\b ends a
 *  word the tokenizer joins on. */
function firstRunBits(lower: string): number {
  let i = 0;
  while (i < lower.length && isRegexWordUnit(lower.charCodeAt(i))) i++;
  return i === lower.length || i === 0 ? 0 : ANCHOR_BITS.get(lower.slice(0, i)) ?? 0;
}

/** Ends in ’s or 's after a word character ("it’s", "he's"): PASSIVE's contracted "is". */
function endsInContractedIs(lower: string): boolean {
  const n = lower.length;
  if (n < 3 || lower.charCodeAt(n - 1) !== 115) return false;
  const q = lower.charCodeAt(n - 2);
  return (q === 0x2019 || q === 39) && isRegexWordUnit(lower.charCodeAt(n - 3));
}

/** A passive auxiliary ends this word: PASSIVE's last word. */
const endsPassive = (w: Token): boolean => w.word && ((lastRunBits(w.lower) & PASSIVE_END) !== 0 || endsInContractedIs(w.lower));

/** A clause may open after this token (undefined: the sentence's start). */
const opensClause = (t: Token | undefined): boolean => t === undefined || (t.word ? (lastRunBits(t.lower) & CONJUNCTION) !== 0 : t.text === ',' || t.text === ';' || t.text === ':');

/**
 * The anchor bits of a sentence: the OR of its words' (0 for most words), and the pairs above. Each pair is a
 * necessary condition of its pattern, read off the token before (and the one before that).
 */
export function sentenceAnchorBits(tokens: readonly Token[]): number {
  let bits = 0;
  // The two tokens before this one, spaces skipped, and the bits of the one before (0 for punctuation).
  let t1: Token | undefined;
  let t2: Token | undefined;
  let before = 0;
  for (const t of tokens) {
    // A space the tokenizer does not skip (U+2028, U+205F…) still separates words as \s does in the patterns.
    if (!t.word && t.text.length === 1 && isSpaceUnit(t.text.charCodeAt(0))) continue;
    let word = 0;
    if (t.word) {
      word = WORD_BITS.of(t.lexeme);
      if (word !== 0 || (before & (BY | A)) !== 0) bits |= word | pairs(t, word, before, t1, t2);
      if (endsInContractedIs(t.lower) && (lastRunBits(t.lower, t.lower.length - 2) & IT) !== 0) bits |= IT_PAIR;
    }
    t2 = t1;
    t1 = t;
    before = word;
  }
  return bits & ANCHOR_MASK;
}

/** The pairs word t (with these bits) closes, after tokens t1 (with bits `before`) and t2. */
function pairs(t: Token, word: number, before: number, t1: Token | undefined, t2: Token | undefined): number {
  let found = 0;
  if ((word & TO) !== 0 && (before & SAID_TO_VERB) !== 0) found |= SAID_TO_PAIR;
  if (((before & BY) !== 0 || ((before & A) !== 0 && t2?.lower === 'by')) && ((word | firstRunBits(t.lower)) & (QUANTIFIER | GROUP)) !== 0) found |= BY_PAIR;
  if ((word & AFTER_IT) !== 0 && t1?.word && (lastRunBits(t1.lower) & IT) !== 0) found |= IT_PAIR;
  if ((word & GENERALITY_ANCHOR) !== 0 && t1 !== undefined && (endsPassive(t1) || ((before & ALSO_STILL_NOW) !== 0 && t2 !== undefined && endsPassive(t2)))) found |= GENERALITY_PAIR;
  if ((word & GROUP) !== 0 && (opensClause(t1) || (((before & GROUP_KIND) !== 0 || (t1 !== undefined && KIND_ADJECTIVE_WORD.test(t1.lower))) && opensClause(t2)))) found |= GROUP_LEAD;
  return found;
}

const all = (bits: number, wanted: number): boolean => (bits & wanted) === wanted;

/** A pattern whose parts are tried only in a sentence that holds what each needs (a stretch of every match of it). */
const gated = (whole: string, parts: readonly string[], needs: readonly string[]): { re: RegExp; gated: GatedPattern } => {
  const re = new RegExp(whole, 'giu');
  return { re, gated: new GatedPattern(re, parts, needs.map((n) => new RegExp(n, 'iu'))) };
};
const THAT_AFTER = `\\s*,?\\s+that${WORD_END}`;
// Most sentences past the anchor words match none of these: "it is" and "said" somewhere, but not "is said"; a
// hearsay noun, but no "is that"; "claims" and "made", but not in one clause.
const ANONYMOUS_GATED = new GatedPattern(new RegExp(ANONYMOUS, 'giu'), ANONYMOUS_PARTS, ANONYMOUS_PART_NEEDS);
const IMPERSONAL_GATED = gated(IMPERSONAL, [`${IMPERSONAL_LEAD}(?:${IMPERSONAL_FREE_VERB})`, `${IMPERSONAL_LEAD}(?:${IMPERSONAL_THAT_VERB})`], [
  `(?:is|was|’s|'s|been|be)\\s+(?:(?:${ADVERBS})\\s+){0,2}(?:${alt(IMPERSONAL_FREE)})${WORD_END}`, `(?:${alt(IMPERSONAL_THAT)})${THAT_AFTER}`,
]);
// Each GENERALITY part by its adverb and verb, "said … to", a passive's "considered", a verb and "by".
const GENERALITY_GATED = gated(GENERALITY_PARTS.join('|'), GENERALITY_PARTS, [
  `(?:${alt(GENERALITY_ADVERBS)})\\s+(?:${GENERALITY_VERBS})${WORD_END}`, `(?:${alt(SAID_TO)})\\s+to\\s`,
  `(?:is|are|was|were|been|be|’s|'s)\\s+(?:${alt(CONSIDERED)})\\s`, `(?:${GENERALITY_VERBS})\\s+by\\s`,
]);
const EVIDENCE_GATED = gated(UNNAMED_EVIDENCE, [UNNAMED_EVIDENCE], [EVIDENCE_SAYS]);
const HEARSAY_GATED = gated(HEARSAY, [HEARSAY], [`(?:is|was|has\\s+it)${THAT_AFTER}`]);
// Between the noun and the verb of HEARD_RAISED stand up to four words (an auxiliary, adverbs, "been").
const HEARD_GATED = gated(HEARD_WORDING, [HEARD_RAISED, HEARD_SURFACED], [
  `(?:${alt(HEARD_NOUNS)})\\s+(?:\\p{L}+\\s+){0,4}(?:${alt(RAISED_VERBS)})${WORD_END}`, `(?:${alt(SURFACED_VERBS)})\\s+(?:[\\p{L}\\d]+\\s+){0,4}?that${WORD_END}`,
]);
const GENERAL_VIEW_GATED = gated(GENERAL_VIEW, [WISDOM, VIEW_IS_THAT], [`wisdom\\s+(?:holds|has\\s+it|says|suggests|is)${WORD_END}`, `(?:is|was|has\\s+been|remains)\\s+that${WORD_END}`]);
const PARTITIVE_GATED = gated(PARTITIVE_GROUP, [PARTITIVE_GROUP], [`${WORD_START}(?:${COUNT})\\s+of\\s+(?:the|those|these|its|their)\\s`]);

/**
 * One pattern per kind, tried in this order; an earlier kind wins where two overlap. `may`: whether a sentence
 * whose words have these anchor bits can match at all, so most sentences skip the pattern (it made this the
 * costliest detector on long articles).
 */
export const VAGUE_WORDING: ReadonlyArray<{ kind: VagueWordingKind; re: RegExp; gated?: GatedPattern; may: (bits: number) => boolean; study?: true; maker?: true }> = [
  { kind: 'anonymous', re: ANONYMOUS_GATED.whole, gated: ANONYMOUS_GATED, may: (b) => all(b, ANONYMOUS_ANCHOR) },
  { kind: 'impersonal', ...IMPERSONAL_GATED, may: (b) => all(b, IT_PAIR | IMPERSONAL_VERB) },
  {
    kind: 'generality', ...GENERALITY_GATED,
    // "is widely", "is considered"; "said to" ("is said to"); "by many" ("seen by many", "considered by some as").
    may: (b) => (b & (GENERALITY_PAIR | SAID_TO_PAIR | BY_PAIR)) !== 0,
  },
  { kind: 'quantified-group', re: new RegExp(QUANTIFIED_GROUP, 'giu'), may: (b) => all(b, QUANTIFIER | GROUP | HIDING_VERB) },
  { kind: 'quantified-group', re: new RegExp(BARE_QUANTIFIER, 'giu'), may: (b) => all(b, BARE_QUANTIFIER_WORD | HIDING_VERB) },
  { kind: 'quantified-group', re: new RegExp(BARE_GROUP, 'giu'), may: (b) => all(b, GROUP_LEAD | HIDING_VERB) },
  { kind: 'unnamed-evidence', ...EVIDENCE_GATED, may: (b) => all(b, EVIDENCE) },
  { kind: 'unnamed-evidence', re: new RegExp(ACCORDING_TO_EVIDENCE, 'giu'), may: (b) => all(b, EVIDENCE) },
  { kind: 'unnamed-evidence', re: new RegExp(UNNAMED_STUDY, 'giu'), may: (b) => all(b, STUDY), study: true },
  { kind: 'unnamed-evidence', re: new RegExp(ACCORDING_TO_STUDY, 'giu'), may: (b) => all(b, STUDY), study: true },
  { kind: 'generality', re: new RegExp(AGENTLESS_PERFECT, 'giu'), may: (b) => all(b, BEEN | JUDGED) },
  { kind: 'impersonal', re: new RegExp(THERE_IS, 'giu'), may: (b) => all(b, THERE | THERE_NOUN) },
  { kind: 'impersonal', re: new RegExp(EMERGED, 'giu'), may: (b) => all(b, IT | EMERGED_ANCHOR) },
  { kind: 'impersonal', re: new RegExp(KNOWN_TO_ALL, 'giu'), may: (b) => all(b, IT | RECKONING) },
  { kind: 'impersonal', ...HEARSAY_GATED, may: (b) => all(b, HEARD) },
  { kind: 'impersonal', ...HEARD_GATED, may: (b) => all(b, HEARD) },
  { kind: 'generality', re: new RegExp(REPORTED_TO, 'giu'), may: (b) => all(b, SAID_TO_PAIR) },
  { kind: 'generality', re: new RegExp(BY_ACCOUNTS, 'giu'), may: (b) => all(b, BY | RECKONING), maker: true },
  { kind: 'generality', ...GENERAL_VIEW_GATED, may: (b) => all(b, RECKONING) },
  { kind: 'quantified-group', ...PARTITIVE_GATED, may: (b) => all(b, COUNT_WORD | GROUP | HIDING_VERB) },
];

const STUDY_NOUN = new RegExp(`\\b(?:${alt(STUDY_NOUNS)})\\b`, 'iu');
const NEXT_OPENS_STUDY = new RegExp(`^[\\s*_]*(?:the|this|that)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(?:${alt(STUDY_NOUNS)})\\b`, 'iu');

/**
 * Does the sentence after "a new poll shows …" name that study: it opens with "The poll" (or "This survey") and
 * says who made it or where it appeared ("The poll, conducted by Harbor Research for the Daily Ledger, surveyed 800
 * voters.", "The study, published in The Lancet, …")? A capital after "by", "from" or "published in" is a name.
 */
function namedNext(match: string, next: string): boolean {
  if (!STUDY_NOUN.test(match)) return false;
  // Named by the same noun or another ("a six-month trial … The study, published in …").
  const opens = NEXT_OPENS_STUDY.exec(next);
  if (!opens) return false;
  return NAMED_MAKER.test(next.slice(opens[0].length, opens[0].length + 80));
}

/** One match of VAGUE_WORDING in a sentence: where, and which kind. */
export interface VagueWordingMatch {
  start: number;
  end: number;
  kind: VagueWordingKind;
}

/** Words a match may start with that belong to the clause around it, not to the vague phrase. */
const LEAD = /^(?:[\s,;:(—–]+|(?:and|but|while|as|though|although|because|since|that|yet)\s+)+/iu;

/**
 * Each match of the patterns in text[start, end), a sentence whose anchor bits are `bits`, with the clause words
 * before it trimmed (see LEAD). Offsets are into `text`. `next`: the sentence after it, which may name a study this
 * one left unnamed (see namedNext).
 */
export function findVagueWording(text: string, start: number, end: number, bits: number, next?: { start: number; end: number }): VagueWordingMatch[] {
  const out: VagueWordingMatch[] = [];
  let sentence: string | undefined;
  for (const { kind, re: whole, gated: parts, may, study, maker } of VAGUE_WORDING) {
    if (!may(bits)) continue;
    sentence ??= text.slice(start, end);
    const re = parts ? parts.for(sentence) : whole;
    if (re === null) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const lead = LEAD.exec(m[0])?.[0].length ?? 0;
      const from = start + m.index + lead;
      const to = start + m.index + m[0].length;
      if (study && next && namedNext(m[0], text.slice(next.start, Math.min(next.end, next.start + 200)))) continue;
      if (maker && MAKER_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      if (kind === 'anonymous' && namedBeside(sentence, m.index + lead, m.index + m[0].length)) continue;
      if (to > from) out.push({ start: from, end: to, kind });
    }
  }
  return out;
}

// Sources repeat through an article ("he", "the mayor", "a spokeswoman"), and each is asked once per cue that has it.
const anonymousSources = new WordCache<string, boolean>();

/** Does a source phrase mark its source as anonymous ("sources close to", "an aide who spoke anonymously")? */
export function isAnonymousSource(source: string): boolean {
  return anonymousSources.get(source) ?? anonymousSources.set(source, marksAnonymous(source));
}

function marksAnonymous(source: string): boolean {
  if (!holdsAnonymousWord(source) && !(source.length > 10 && ACCESS_WORDS.test(source))) return false;
  // "Ana Ruiz, a diplomat familiar with the talks,": the description is of someone named.
  if (NAMED_OPENING.test(source)) return false;
  if (PLACED_SOURCE.test(source)) return true;
  // ANONYMOUS by the parts the source holds the words of: the one alternative of the six that scans the whole phrase.
  const anonymous = ANONYMOUS_GATED.for(source);
  if (anonymous === null) return false;
  anonymous.lastIndex = 0;
  return anonymous.test(source);
}

/** The access WITH_ACCESS names ("who has seen", "who was in the room", "who worked on"): asked only of a source longer
 *  than a bare "who" (PolNeAR's relative-pronoun sources are many). */
const ACCESS_WORDS = /\bwho\s+(?:has|had|was|were|worked|works|served|serves|attended)\b/iu;

// A source phrase headed by "source" or a counted "insider", whatever describes it after ("a source who was in the
// room", "an insider at the club"): somebody placed, not named.
const SOURCE_HEADED = `^\\s*(?:(?:a\\s+|one\\s+|another\\s+|two\\s+|several\\s+|multiple\\s+)?${SOURCE_MODIFIERS}sources?|(?:an?|one|another|two|three|several|multiple)\\s+(?:[\\p{L}-]+\\s+)?insiders?)(?:\\s*$|\\s*,?\\s+(?:who|in|at|inside|within|close|familiar|with|briefed|from|on|involved)${WORD_END})`;
// Any source left unnamed and placed by the usual marks of anonymity, whatever its noun ("a Democrat familiar with
// the remarks", "one lawyer with knowledge of the case", "Republicans close to the campaign"): the attribution's
// source phrase, so "a figure close to 5 percent" never reaches it. PolNeAR train's sources hold these with nouns no
// list of people nouns has (party members, trades); or a pronoun ("Those close to the player", "someone familiar with").
const PLACED_UNNAMED = `^\\s*(?:(?:(?:an?|one|another|two|three|four|several|multiple)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?|(?:[\\p{L}’'-]+\\s+){0,2}?(?=[\\p{L}-]+s\\s))[\\p{L}-]+|${PLACED_PRONOUNS.join('|')})\\s+(?:close\\s+to|familiar\\s+with|with\\s+(?:direct\\s+|first-?hand\\s+)?knowledge\\s+of|briefed\\s+on|involved\\s+in|privy\\s+to|knowledgeable\\s+about)${WORD_END}`;
// "Someone inside the dressing room", "somebody at the ministry": an unnamed person placed where they could know.
const SOMEONE_PLACED = `^\\s*some(?:one|body)\\s+(?:inside|within|at|in|from|on)${WORD_END}`;
// "The source said": one unnamed source, pointed back at (a name would have been used again).
const THE_SOURCE = `^\\s*the\\s+${SOURCE_MODIFIERS}source\\s*$`;
// "A person who has seen the records", "a staffer who was in the room", "someone who worked on the campaign": one
// person left unnamed and placed by what gave them access.
const WITH_ACCESS = `^\\s*(?:(?:an?|one|another|two|three)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?[\\p{L}-]+|some(?:one|body))\\s+who\\s+(?:(?:has|had)\\s+(?:seen|read|reviewed|heard)|(?:was|were)\\s+(?:in|at)\\s+the\\s+(?:room|meeting|talks)|(?:worked|works|served|serves)\\s+(?:on|for|in|at|with)|attended|was\\s+present)${WORD_END}`;
/** With ANONYMOUS (tried apart, see marksAnonymous), the ways a source phrase marks its source as anonymous. */
const PLACED_SOURCE = new RegExp(`${SOURCE_HEADED}|${PLACED_UNNAMED}|${SOMEONE_PLACED}|${THE_SOURCE}|${WITH_ACCESS}`, 'iu');

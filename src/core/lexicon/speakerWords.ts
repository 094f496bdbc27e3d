// Word lists the speaker detector reads: fillers between a subject and its verb, words that end a noun phrase
// read backwards, clause openers, verbs that report only right after a quote, prepositional cues.
import { inflect } from './cues.js';
import { ARTICLES, CENTRAL_QUANTIFIERS, COMMON_PREPOSITIONS, OUTER_QUANTIFIERS, POSSESSIVE_DETERMINERS, SMALL_NUMERALS } from './words.js';

/** Words between a subject and its speech verb: "also said", "has repeatedly argued", "later told". */
export const VERB_FILLERS = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'once', 'again', 'just',
  'already', 'even', 'never', 'still', 'not', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should', 'must',
  'previously', 'recently', 'repeatedly', 'often', 'reportedly', 'further', 'simply', 'flatly', 'quickly', 'bluntly',
  'angrily', 'openly', 'publicly', 'privately', 'only', 'first', 'last', 'since', 'has since', 'went', 'on', 'to',
  'be', 'been', 'being', 'going', 'now', 'consistently', 'subsequently', 'immediately', 'famously', 'tersely', 'once',
]);

/** Words that end a noun phrase read backwards from a verb. */
export const NP_STOPS = new Set([
  'that', 'which', 'who', 'whom', 'when', 'where', 'while', 'because', 'as', 'and', 'but', 'or', 'if', 'than', 'so',
  'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'after', 'before', 'since', 'about', 'into', 'over', 'under',
  'during', 'through', 'against', 'between', 'among', 'without', 'until', 'though', 'although', 'also', 'not', 'is',
  'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'this', 'there', 'here', 'yet', 'however',
  'what', 'how', 'why', 'whether', 'said', 'says', 'say', 'told', 'tell', 'tells', 'like', 'unlike', 'upon',
]);

/** Words that open or mark a clause: a phrase containing one is no noun phrase ("what the campaign sees"). */
export const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'what', 'when', 'where', 'while', 'because', 'if', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'but', 'than', 'though', 'although', 'how', 'why', 'against', 'as']);

/** Prepositions inside a speaker's noun phrase ("the head of the agency", "a lawyer for Mr. Smith", "as chair"). */
export const PREPOSITIONS = new Set<string>([...COMMON_PREPOSITIONS, 'as', 'via', 'despite']);

/** Determiners start a noun phrase: include them and stop ("this" and "that" open clauses here). */
export const DETERMINERS = new Set<string>([
  ...ARTICLES, ...POSSESSIVE_DETERMINERS, 'these', 'those', ...CENTRAL_QUANTIFIERS, ...OUTER_QUANTIFIERS, ...SMALL_NUMERALS,
]);

/** Verbs that report a quote when they directly follow it (“…,” the letter reads / “…,” she sang), though they are
 *  too ambiguous to be attribution cues anywhere else. */
export const QUOTE_ONLY_VERBS = new Set(['read', 'sing', 'chant', 'scream', 'cry', 'laugh', 'sigh', 'put', 'gush', 'rave', 'plead', 'beg', 'snap', 'fume', 'scoff', 'marvel', 'muse', 'offer', 'interject', 'exclaim', 'wonder', 'tweet', 'write', 'ask', 'recall', 'continue', 'conclude', 'press', 'mock', 'bark', 'beam', 'chime', 'fire', 'yell', 'whisper', 'tease', 'gripe', 'grumble', 'snarl',
  // Feature writing's gestures and manners of speaking (“…,” he shrugs / she snorts / Ashdown orders).
  'shrug', 'grin', 'smile', 'nod', 'chuckle', 'murmur', 'snort', 'grunt', 'wink', 'order', 'deadpan', 'sniff', 'protest', 'giggle', 'growl', 'hiss',
  // Verbs of manner and reasoning that report only beside a quotation (“…,” she sobbed / he ventured / Ruiz reasoned).
  'sob', 'reflect', 'venture', 'object', 'reason', 'message'].flatMap((v) => inflect(v)).concat(['shot']));

/** Auxiliaries and pronouns after which a bare verb form ("say", "state", "call") is a verb, not a noun. */
export const VERB_CONTEXT = new Set(['i', 'we', 'they', 'you', 'to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'do', 'does', 'and', 'also', 'not', 'often', 'still', 'just', 'never', 'always', 'people', 'officials', 'critics', 'experts', 'sources', 'analysts', 'others', 'many', 'some', 'who', 'which', 'that']);

export const PREPOSITIONAL_CUES = ['per', 'according to', 'as reported by', 'as stated by', 'in the words of', 'as quoted by'];

export const PREPOSITIONAL_WORDS = PREPOSITIONAL_CUES.map((p) => p.split(' '));

export { SUBORDINATORS } from './words.js';

/** Finite verbs that end a subject read backwards or forwards though no "-s"/"-ed" test catches them ("The harbour
 *  master sought to …", "The union leader began by …", "His comments came after …"). */
export const FINITE_AFTER_SUBJECT = new Set([
  'began', 'came', 'sought', 'spoke', 'went', 'took', 'gave', 'ran', 'became', 'seemed', 'appeared', 'refused', 'failed', 'tried', 'needs', 'wants', 'seems', 'appears',
  // Irregular pasts of acts ("The harbour board chose to build …", "The council paid for …"). Left out: forms that
  // are also common nouns or adjectives after a head ("budget cut", "the Left", "a set", "a hit", "the spread").
  'chose', 'paid', 'built', 'bought', 'brought', 'caught', 'fought', 'taught', 'sold', 'held', 'kept', 'led', 'lost',
  'met', 'sent', 'spent', 'stood', 'made', 'meant', 'heard', 'drew', 'grew', 'threw', 'flew', 'rose', 'fell', 'broke',
  'stole', 'drove', 'sat', 'got', 'forgot', 'hid', 'shook', 'struck', 'swore', 'dealt', 'fled', 'hung', 'swept',
  'withdrew', 'overtook', 'undertook', 'won',
]);

export const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'thought', 'felt', 'knew', 'found', 'saw', 'understood', 'learnt', 'forecast', 'put', 'read']);

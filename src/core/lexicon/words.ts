// Closed-class English words the attribution and claim detectors use instead of a part-of-speech tagger:
// they are enough to tell "the report" (a noun) from "Reuters reports" (a cue) and to find where a source
// noun phrase begins.

// Each kind of function word is listed once; a detector's set is a union of kinds (see speakerWords.ts).
export const ARTICLES = ['the', 'a', 'an'] as const;
export const DEMONSTRATIVES = ['this', 'that', 'these', 'those'] as const;
export const POSSESSIVE_DETERMINERS = ['his', 'her', 'their', 'its', 'our', 'my', 'your'] as const;
/** Central quantifying determiners: one per noun phrase, in the determiner slot. */
export const CENTRAL_QUANTIFIERS = ['each', 'every', 'no', 'any', 'some', 'another', 'such'] as const;
/** Quantifiers that also stand before or after a determiner ("all the", "the other", "many of"). */
export const OUTER_QUANTIFIERS = ['many', 'several', 'both', 'all', 'most', 'few', 'other'] as const;
export const SMALL_NUMERALS = ['one', 'two', 'three'] as const;
/** Adjectives that point back at something already named ("the said report", "its latest poll"). */
export const REFERRING_ADJECTIVES = ['said', 'aforementioned', 'latest', 'new', 'recent', 'last', 'first', 'final', 'annual', 'previous', 'earlier', 'later', 'same', 'own'] as const;

/** Words that open a noun phrase before a source or a document ("the report", "its latest poll"). */
export const DETERMINERS = new Set<string>([
  ...ARTICLES, ...DEMONSTRATIVES, ...CENTRAL_QUANTIFIERS, ...POSSESSIVE_DETERMINERS, 'whose', ...REFERRING_ADJECTIVES, ...SMALL_NUMERALS,
]);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** Pronouns that can be an attribution source on their own. */
export const SOURCE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'both', 'others', 'many', 'some', 'few', 'everyone', 'nobody', 'someone', 'somebody']);

export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'will', 'would', 'could', 'can',
  'may', 'might', 'must', 'shall', 'should', 'did', 'does', 'do', 'not', 'never', "n't", 'also', 'to',
  ...["doesn't", "don't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "hasn't", "haven't", "hadn't", "shouldn't", "aren't", "weren't"].flatMap((w) => [w, w.replace("'", '’')]),
]);

/** Abbreviated titles whose dot does not end a name ("Mr. Rhodes", "Sen. Warren"). */
export const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'prof', 'st', 'sgt', 'capt', 'rev', 'hon', 'jr', 'sr', 'maj', 'adm', 'cmdr', 'pres', 'atty', 'amb', 'supt', 'insp', 'mx', 'cpl', 'pvt', 'det', 'ofc', 'msgr', 'fr', 'smt', 'tmt', 'cllr']);

/** Adverbs that sit between a source and its cue ("has repeatedly said"). Words in -ly are handled separately. */
export const CUE_ADVERBS = new Set([
  'also', 'then', 'now', 'later', 'again', 'once', 'even', 'still', 'already', 'just', 'first', 'further',
  'often', 'always', 'long', 'ever', 'soon', 'since', 'too', 'yet', 'previously', 'recently', 'reportedly',
  'almost', 'together', 'initially', 'once', 'twice', 'repeatedly', 'quickly', 'privately', 'publicly', 'openly',
]);

/** Nouns (and names) in -ly: "His family said", "the assembly said". */
export const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'ally', 'rally', 'supply', 'reply', 'assembly', 'italy', 'july', 'anomaly', 'monopoly', 'bully', 'belly', 'daily', 'weekly', 'monthly', 'holly', 'kelly', 'sally', 'billy', 'molly', 'emily', 'lily']);
const NOT_ADVERBS = new Set([...LY_NOUNS, 'early', 'only']);

export function isAdverb(lower: string): boolean {
  return CUE_ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly') && !NOT_ADVERBS.has(lower));
}

/** Words that end a noun phrase when walking backwards from a cue (the source starts after them). */
export const NP_BOUNDARIES = new Set([
  'that', 'which', 'when', 'while', 'because', 'but', 'or', 'nor', 'as', 'if', 'after', 'before', 'since', 'than',
  'though', 'although', 'where', 'whereas', 'so', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'about',
  'into', 'over', 'under', 'against', 'during', 'without', 'through', 'until', 'unless', 'what', 'how', 'why',
  'whether', 'whom', 'not', 'yet', 'and', 'then', 'also', 'however', 'meanwhile', 'instead', 'there', 'here',
  'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might',
  'should', 'must', 'did', 'does', 'do', 'said', 'says', 'told', 'thinks', 'believes', 'wants', 'like', 'unlike',
  'among', 'between', 'across', 'around', 'behind', 'beyond', 'despite', 'toward', 'towards', 'upon', 'via',
  'per', 'amid', 'both', 'either', 'neither', 'just', 'only', 'even', 'still', 'who',
]);

/** Prepositions, once: the common ones, and those only some detectors read as prepositions. */
export const COMMON_PREPOSITIONS = ['of', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'about', 'into', 'over', 'under', 'against', 'during', 'after', 'before', 'than'] as const;
/** Read as prepositions by the attribution finder; the speaker finder reads them as clause or phrase boundaries. */
export const OTHER_PREPOSITIONS = ['without', 'through', 'among', 'between', 'across', 'since', 'like', 'per', 'amid'] as const;

export const PREPOSITIONS = new Set<string>([...COMMON_PREPOSITIONS, ...OTHER_PREPOSITIONS]);

/** Conjunctions that open a subordinate clause. */
export const SUBORDINATORS = new Set(['when', 'if', 'after', 'because', 'while', 'since', 'before', 'although', 'though', 'as', 'once', 'until', 'unless', 'whether', 'whereas']);

/** Days, months and time words that follow a cue ("said Monday") and are not part of the content. */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'earlier', 'later', 'recently', 'previously', 'last', 'this', 'next', 'week', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night', 'then', 'again', 'once', 'repeatedly', 'publicly', 'privately', 'also',
]);

/** Nouns that head a time phrase with a determiner before a verb ("in the past said", "at one point called"). */
export const TIME_HEADS = new Set(['past', 'point', 'time', 'moment']);
/** Determiners that open such a time phrase. */
export const TIME_DETERMINERS = new Set(['the', 'a', 'an', 'one', 'that', 'this']);

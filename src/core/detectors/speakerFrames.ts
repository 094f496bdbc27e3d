// Words around a speaker that are not the speaker: the frame of a colon-introduced quote ("Okafor's reply was
// brief:", "put it this way:"), statements issued by someone ("released the following statement:"), and words
// that open a sentence without being its subject ("Flying home, she…").

/** The token fields these tests read (speakers.ts tokens have them). */
export interface FrameTok {
  text: string;
  lower: string;
  word: boolean;
  quoted: boolean;
}

/** "Flying", "Preceded": a participle opening a sentence is no subject; nor is "There’s" or "It’s". */
export const OPENING_NOT_SUBJECT = /^\p{Lu}\p{Ll}+(?:ing|ed)$|^(?:There|It|That|Here|What|Let)['’]s$/u;
/** Gestures that close a sentence right before a quote, naming who speaks next ("Ashby smiled. “Do we?”"). */
export const GESTURE_VERBS = new Set(['smiled', 'laughed', 'shrugged', 'nodded', 'sighed', 'grinned', 'paused', 'winced', 'chuckled', 'frowned', 'beamed', 'smiles', 'laughs', 'shrugs', 'nods', 'sighs', 'grins', 'pauses']);
/** Words after a gesture that still close the sentence on it ("she paused before answering", "smiled briefly"). */
const GESTURE_TAIL = /^(?:before (?:answering|replying|responding|speaking|continuing|going on)|for a (?:long )?(?:moment|second|beat|while)|again|briefly|slightly|thinly|ruefully|wryly)$/;

/** Does the gesture at toks[k] close its sentence ("Ashby smiled.", "She paused before answering.")? */
export function gestureCloses(toks: ReadonlyArray<{ readonly lower: string; readonly word: boolean }>, k: number): boolean {
  if (!GESTURE_VERBS.has(toks[k].lower)) return false;
  if (k + 2 >= toks.length) return true;
  const rest = toks.slice(k + 1).filter((t) => t.word).map((t) => t.lower).join(' ');
  return GESTURE_TAIL.test(rest);
}

export const ISSUE_VERBS = new Set(['released', 'issued', 'put', 'posted', 'sent', 'tweeted', 'gave', 'published', 'wrote', 'shared', 'delivered', 'offered', 'made']);
export const OPENING_PREPOSITIONS = new Set(['outside', 'inside', 'despite', 'unlike', 'like', 'during', 'after', 'before', 'since', 'while', 'amid', 'among', 'beyond', 'without', 'within', 'contrast', 'meanwhile',
  // Adverbs and counts that open a sentence before its subject ("Early in his campaign, Trump…", "Thirteen years
  // earlier, she…"); adverbs in -ly are tested apart (see subjectOf).
  'alongside', 'somewhere', 'back', 'here', 'early', 'instead', 'afterwards', 'afterward', 'later', 'earlier', 'then', 'now', 'still', 'again', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundreds', 'thousands', 'dozens']);
const STATEMENT_NOUN = /^(?:(?:a|an|the|this|that|his|her|their|its)\s+)?(?:\w+\s+)?(?:statement|statements|release|letter|message|memo|tweet|post|email|note|report)$/i;

/** "a statement", "the following statement", "a press release": words issued by someone, not a speaker. */
export function isStatementNoun(text: string): boolean {
  return STATEMENT_NOUN.test(text);
}

/** Adjectives and nouns that describe how something was said, read as "X's answer was simple:" or "put it this way:". */
const FRAME_WORDS = new Set(['statement', 'keen', 'brief', 'short', 'simple', 'clear', 'blunt', 'direct', 'terse', 'succinct', 'cautious', 'careful', 'candid', 'firm', 'emphatic', 'unequivocal', 'categorical', 'straightforward', 'way', 'follows', 'following', 'this', 'that']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);


/** Is list[i], just before a colon, a word about the manner of speaking rather than who spoke? */
export function isFrameWord(list: FrameTok[], i: number): boolean {
  const t = list[i];
  if (!t.word || t.quoted) return false;
  const lowercase = t.text === t.lower;
  if (FRAME_WORDS.has(t.lower) && (lowercase || i === 0)) return true;
  // "more bluntly", "simply": an adverb; "Speaking", "Asked": a participle opening the frame.
  if (lowercase && t.lower.length > 4 && t.lower.endsWith('ly')) return true;
  if (i === 0 && /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(t.text)) return true;
  // "Her answer:", "Okafor's reply:": a noun of what was said, owned by who said it.
  if (lowercase && i > 0 && SAID_NOUNS.has(t.lower) && /^(?:his|her|their)$|['’]s?$/u.test(list[i - 1].lower)) return true;
  // "was brief", "were cautious": a complement after a copula.
  return lowercase && i > 0 && COPULAS.has(list[i - 1].lower);
}
/** Nouns of what someone said, which a possessive before them hands to the speaker. */
const SAID_NOUNS = new Set(['answer', 'reply', 'response', 'retort', 'verdict', 'message', 'words', 'advice', 'warning', 'explanation', 'assessment', 'view']);

/** Adjectives of how someone speaks, after a copula ("is candid", "was more guarded"). */
const MANNER = new Set(['candid', 'blunt', 'frank', 'direct', 'cautious', 'careful', 'guarded', 'emphatic', 'sceptical',
  'skeptical', 'unrepentant', 'philosophical', 'cheerful', 'sure', 'certain', 'optimistic', 'pessimistic', 'modest',
  'forthcoming', 'succinct', 'brief', 'defiant', 'wistful', 'rueful', 'matter-of-fact']);
const MANNER_DEGREE = new Set(['more', 'less', 'far', 'much', 'rather', 'very', 'even']);
const MANNER_TIME = new Set(['now', 'today', 'still', 'these', 'then']);

/**
 * Does toks[k] start a copula and an adjective of manner that close the sentence ("is more candid.", "was blunter
 * now.")? Only a closing frame: "is more candid about the money." says what about, not how.
 */
export function closesWithManner(toks: readonly FrameTok[], k: number): boolean {
  if (!COPULAS.has(toks[k].lower)) return false;
  let j = k + 1;
  while (j < toks.length && toks[j].word && MANNER_DEGREE.has(toks[j].lower)) j++;
  const adjective = toks[j];
  // A listed adjective, any after "more"/"less" ("more candid"), or a comparative ("blunter").
  const comparative = /^[a-z]+er$/.test(adjective?.lower ?? '') && adjective.lower.length > 4;
  const graded = j > k + 1 && toks[j - 1].lower !== 'very' && /^[a-z-]+$/.test(adjective?.lower ?? '');
  if (!adjective?.word || !(MANNER.has(adjective.lower) || graded || comparative)) return false;
  j++;
  if (toks[j]?.word && MANNER_TIME.has(toks[j].lower)) j++;
  return j + 1 >= toks.length && (j >= toks.length || !toks[j].word);
}

// A found speaker settled before it is kept: its words must read as a noun phrase, and a description that names
// no one keeps its words with a null name. The finder reads word order without a tagger, so a window can hand it
// "immediately upon", "every time he" or "goes"; a speaker is a noun phrase, never an adverb or a verb.
import { BODY_WITH_AND, ORG_WORDS } from '../../lexicon/names.js';
import * as pronouns from '../../lexicon/pronouns.js';
import * as speakerWords from '../../lexicon/speakerWords.js';
import * as titles from '../../lexicon/titles.js';
import * as words from '../../lexicon/words.js';
import type { Speaker } from '../../types.js';
import type { Found } from './phrases.js';

const { pronounGender, SUBJECT_PRONOUNS } = pronouns;
const { DETERMINERS, PREPOSITIONS } = speakerWords;
const { AUXILIARIES, TIME_WORDS, isAdverb } = words;
const { isPersonNoun, PERSON_TITLES, titleKey, TITLE_WORDS } = titles;

/** Lowercase words that open no noun phrase a speaker could be, though they pass the tests below. */
const NOT_OPENERS = new Set(['more', 'less', 'long', 'low', 'direct', 'day']);

/** Determiners that never stand alone as a speaker (unlike "some", "many", "both", "those"). */
const LONE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'my', 'your', 'every', 'each', 'no', 'such']);

/** Indefinite descriptions name no one the reader can identify ("a reader who asked not to be named"). */
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'someone', 'somebody', 'two', 'three', 'several', 'many', 'another']);

/** Is `text` (a found speaker's words) a plausible noun phrase? Capitalised and determiner-led phrases are;
 *  "currently airing" (an adverb first) is not. */
export function isNounPhrase(text: string): boolean {
  const parts = text.split(/\s+/);
  const first = parts[0];
  const lower = first.toLowerCase();
  const last = parts[parts.length - 1].toLowerCase();
  // "every time he", "immediately upon": a phrase does not end in a subject pronoun or a preposition.
  if (parts.length > 1 && (SUBJECT_PRONOUNS.has(last) || PREPOSITIONS.has(last))) return false;
  // "the" of "the judge exclaimed", "The" of "The email said": an article cut from its noun (read as a cue) is none.
  if (parts.length === 1 && LONE_DETERMINERS.has(lower)) return false;
  if (first !== lower || DETERMINERS.has(lower) || SUBJECT_PRONOUNS.has(lower)) return true;
  if (/['’]/.test(lower) || AUXILIARIES.has(lower) || PREPOSITIONS.has(lower) || TIME_WORDS.has(lower) || NOT_OPENERS.has(lower)) return false;
  if (isAdverb(lower)) return false;
  // "giving", "declined": a participle or a past form alone is no subject ("striking workers" may be one).
  return parts.length > 1 || !/(?:ing|ed)$/.test(lower);
}

/**
 * The speaker with its name settled: a resolved name as found; an unresolved pronoun or a description with no
 * proper name in it ("the ministry", "a senior official") has a null name and keeps its words as the text.
 */
export function finished(found: Found): Speaker {
  if (BODY_WITH_AND.test(found.text)) return { ...found, name: found.text.slice(4) };
  if (found.name !== found.text) return found;
  const parts = found.text.split(/\s+/);
  const lower = parts[0].toLowerCase();
  // "Petrova’s lawyer": a name as the possessor of a lowercase head names the possessor, not the speaker.
  const described = /^\p{Ll}/u.test(parts[parts.length - 1]);
  const proper = !described && parts.some((w, k) => (k > 0 || !DETERMINERS.has(lower)) && /^\p{Lu}/u.test(w));
  const pronoun = parts.length === 1 && (SUBJECT_PRONOUNS.has(lower) || pronounGender(lower) !== undefined);
  if (pronoun || INDEFINITE.has(lower) || !proper) return { ...found, name: null };
  // "The Taoiseach said", "The Prime Minister said": an office nobody was named in is a description, not a name. One
  // word only when it is an office's ("The Economist", "The Guardian" are papers).
  if (lower === 'the' && (parts.length > 2 || PERSON_TITLES.has(titleKey(parts[1] ?? ''))) && isPersonNoun(parts[parts.length - 1].toLowerCase()) && parts.slice(1).every((w) => TITLE_WORDS.has(titleKey(w)) || isPersonNoun(w.toLowerCase()))) return { ...found, name: null };
  // "The Merovian Embassy in Canberra": where a body sits is no part of its name.
  const placed = parts.findIndex((w, k) => k > 1 && (w === 'in' || w === 'at') && ORG_WORDS.has(parts[k - 1].toLowerCase()));
  if (lower === 'the' && placed > 0 && parts.slice(placed + 1).every((w) => /^\p{Lu}/u.test(w)) && parts.slice(1, placed).every((w) => /^(?:\p{Lu}|of$|and$|for$)/u.test(w))) return { ...found, name: parts.slice(1, placed).join(' ') };
  // "The Skerrach Health Board said": the article is no part of the organisation's name.
  // "The Office of the US Trade Representative": "the" after "of" is inside the name.
  if (lower === 'the' && parts.length > 1 && parts.slice(1).every((w, k) => /^(?:\p{Lu}|of$|and$|for$|&$)/u.test(w) || (w === 'the' && parts[k] === 'of'))) return { ...found, name: parts.slice(1).join(' ') };
  return found;
}

// "Broadcaster StarVue, which airs the show, said …", "the logo of budget carrier Skyway Pinoy", "Auckland band The
// Kauri Kings": a body's kind written right before its name names that body, whatever its name ends with, so that
// "the company", "the airline" or "the band" said later can stand for it.
import { BUSINESS_WORDS } from '../../lexicon/business.js';
import { NOT_NAME_WORDS, STREET_WORDS, givenNameGender } from '../../lexicon/names.js';
import { PERSON_TITLES, ROLE_NOUNS } from '../../lexicon/titles.js';
import { KIND_NOUNS } from './kindNamed.js';

/** The kinds' nouns, longest first so that "start-up" is not read as "start". */
export const BODY_KINDS: ReadonlySet<string> = new Set([...BUSINESS_WORDS, ...KIND_NOUNS]);
const KINDS = [...BODY_KINDS].sort((a, b) => b.length - a.length).join('|');
/** Descriptions any kind of business answers to. */
const GENERIC = new Set(['company', 'firm', 'business', 'group']);
/** Kinds that name the same business in other words. */
const SAME_KIND: ReadonlyMap<string, string> = new Map([['carrier', 'airline'], ['grocer', 'supermarket'], ['broker', 'brokerage']]);
/** The kind's noun, lowercase after a word that is not capitalised, or capitalised opening a sentence; then the name. */
const KIND_THEN_NAME = new RegExp(String.raw`(?:(?:^|[.!?]\s+|\n)(?:${KINDS.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => bar + c.toUpperCase())})|(?<![\p{L}’'-])(?:${KINDS}))\s+((?:\p{Lu}[\p{L}’'&-]*\s+){0,3}\p{Lu}[\p{L}’'&-]*)`, 'gu');

/** Words that follow a capitalised kind's noun in a common phrase ("Bank Holiday", "Union Jack", "Party Conference"). */
const COMMON_AFTER_KIND = new Set(['holiday', 'holidays', 'jack', 'flag', 'account', 'accounts', 'card', 'cards', 'rate', 'rates', 'conference', 'leader', 'leaders', 'member', 'members', 'manager', 'managers', 'road', 'street', 'avenue', 'square', 'hall', 'night', 'day', 'week', 'season', 'fund', 'funds']);

/** Does `word`, after a kind's noun opening a sentence, make a common phrase: a word of one, a street's word or a
 *  given name ("Union Jack")? */
function phraseAfterKind(word: string): boolean {
  const lower = word.toLowerCase();
  return COMMON_AFTER_KIND.has(lower) || STREET_WORDS.has(lower) || givenNameGender(word) !== undefined;
}

/** Kinds a post goes out on, and the words before one that make it the medium ("on the social media platform"). */
const MEDIUM_KINDS = new Set(['platform', 'app']);
const MEDIUM_BEFORE = /\b(?:on|via|through)\s+(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A body named after its kind: where its name starts, the name, the kind's noun (lowercase). */
export interface KindNamed {
  start: number;
  name: string;
  kind: string;
}

/** Can "the <head>" stand for a body named after `kind`? "the company" for any business; "the brokerage" not for a
 *  chain, "the band" only for a band. */
export function answersTo(head: string, kind: string): boolean {
  return (GENERIC.has(head) && BUSINESS_WORDS.has(kind)) || head === kind || (SAME_KIND.get(head) ?? head) === (SAME_KIND.get(kind) ?? kind);
}

/** Each body named after its kind, in text order. */
export function kindNamedBodies(text: string): KindNamed[] {
  const found: KindNamed[] = [];
  for (const m of text.matchAll(KIND_THEN_NAME)) {
    const words = m[1].split(/\s+/);
    // "band The Kauri Kings": a name may open with "The", not with another word no name holds.
    if (NOT_NAME_WORDS.has(words[0].toLowerCase()) && !(words[0] === 'The' && words.length > 1)) continue;
    // "Bank Governor Paul Abara", "broadcaster Jeremy Vane": a person, by title or given name, is no body.
    if (PERSON_TITLES.has(words[0].toLowerCase()) || ROLE_NOUNS.has(words[0].toLowerCase()) || (words.length > 1 && givenNameGender(words[0]) !== undefined)) continue;
    // "Bank Holiday traffic", "Union Jack flags", "Station Road": a kind opening the sentence may be the first word of
    // a capitalised phrase, not the kind of a body named after it.
    if (words.length === 1 && /^(?:[.!?]\s+|\n)?\p{Lu}/u.test(m[0]) && phraseAfterKind(words[0])) continue;
    const kind = /([\p{L}-]+)\s+$/u.exec(m[0].slice(0, m[0].length - m[1].length))![1].toLowerCase();
    // "posted on the platform X", "via the messaging app Signal": a medium the words went out on, not a body speaking.
    if (MEDIUM_KINDS.has(kind) && MEDIUM_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "the company Monday", "the bank In": stop the name at a word no name holds.
    const end = words.findIndex((w, i) => i > 0 && NOT_NAME_WORDS.has(w.toLowerCase()));
    const name = (end > 0 ? words.slice(0, end) : words).join(' ').replace(/['’]s?$/u, '');
    found.push({ start: m.index + m[0].length - m[1].length, name, kind });
  }
  return found;
}

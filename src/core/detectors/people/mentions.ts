// Person mentions in the capitalised word runs of each prose block: title words, then name words, with places,
// organisations and sentence starters split off. Lone words that may be a surname are kept as singles for later.
import type { PersonMention } from '../../context.js';
import type { ProseBlock } from '../../markdown/prose.js';
import * as names from '../../lexicon/names.js';
import type { Gender } from '../../lexicon/pronouns.js';
import * as titles from '../../lexicon/titles.js';
import * as chars from '../../text/chars.js';
import { nextCapitalised, POST_NOMINALS, SUFFIXES, type Found } from './scan.js';
import { writtenAt } from '../../text/writtenAt.js';
import * as lexemes from '../../text/lexemes.js';

// Module-level copies of the imported bindings: under tsx every use of an import is a getter call.
const { ABBREVIATED_GIVEN, givenNameGender, isLowerGivenName, NOT_NAME_WORDS, ORG_WORDS, PLACE_OPENERS, PLACE_WORDS, STREET_WORDS, SURNAME_PLACE_WORDS } = names;
const { PERSON_TITLES, ROLE_NOUNS, TITLE_GENDER, TITLE_WORDS, titleKey, titleKeyOfLower } = titles;
const { charFlags, codePointAt, SPACE, UPPER } = chars;
const { LexemeSlot, lexemeAt } = lexemes;

/** A word's key, whether it is a given name and the word lists that hold it (see Token), kept in its lexeme: the
 *  scanner asks of every capital, and the runs ask each list of every word (a Set look-up per word per list was
 *  most of the time spent on runs). */
const NAME_KEYS = new LexemeSlot((lower) => {
  const key = titleKeyOfLower(lower);
  return { key, given: isGivenKey(lower, key), lists: listsOf(key) };
});

// Bits of Token.lists: which word lists hold the word's key.
const NOT_NAME = 1;
const TITLE = 2;
const PERSON_TITLE = 4;
const ROLE = 8;
const ORG = 16;
const SUFFIX = 32;
const PLACE = 64;
const PLACE_OPENER = 128;
const STREET = 256;
/** The key ends in "-year-old" ("Ten-year-old Malik"). */
const AGE = 512;
/** The lists of names.isNonPersonKey. */
const NON_PERSON = NOT_NAME | PLACE | ORG;

function listsOf(key: string): number {
  return (NOT_NAME_WORDS.has(key) ? NOT_NAME : 0) | (TITLE_WORDS.has(key) ? TITLE : 0) | (PERSON_TITLES.has(key) ? PERSON_TITLE : 0) | (ROLE_NOUNS.has(key) ? ROLE : 0)
    | (ORG_WORDS.has(key) || orgAfterHyphen(key) ? ORG : 0) | (SUFFIXES.has(key) ? SUFFIX : 0) | (PLACE_WORDS.has(key) ? PLACE : 0) | (PLACE_OPENERS.has(key) ? PLACE_OPENER : 0)
    | (STREET_WORDS.has(key) ? STREET : 0) | (key.endsWith('-year-old') ? AGE : 0);
}

/** "Ledger-Tribune", "Star-Telegram": a paper's joined name ends in a paper's word. Not any organisation's word:
 *  "Nina Clarke-Hall", "Maria Bonham-Church" and "Tom Ashby-Bank" are people. */
function orgAfterHyphen(key: string): boolean {
  const dash = key.lastIndexOf('-');
  return dash > 0 && PAPER_TAILS.has(key.slice(dash + 1));
}
const PAPER_TAILS = new Set(['times', 'post', 'news', 'journal', 'press', 'tribune', 'herald', 'gazette', 'daily', 'courier', 'chronicle', 'observer', 'telegraph', 'telegram', 'sentinel', 'advertiser', 'examiner', 'inquirer', 'enquirer', 'bulletin', 'clarion', 'argus', 'courant', 'gleaner', 'dispatch', 'register', 'ledger']);

export interface Token {
  start: number;
  end: number;
  text: string;
  /** titleKey(text), the form the word lists are keyed by. */
  key: string;
  /** isGivenName(text), asked of most tokens, so answered once. */
  given: boolean;
  /** The word lists that hold `key`, as bits (NOT_NAME, TITLE, …). */
  lists: number;
  capital: boolean;
  /** The token ends in a possessive ('s, ’s, s’), which ends a name. */
  possessive: boolean;
}

/** "Japan’s Chief Cabinet Secretary, Hirokazu Matsuno,": a title run set off by a comma just before the name. */
export function appositiveTitle(masked: string, m: PersonMention): void {
  // The title run must end in a comma right before the name: check that before running the regex.
  const from = Math.max(0, m.start - 60);
  let e = m.start;
  while (e > from && (charFlags(masked.charCodeAt(e - 1)) & SPACE) !== 0) e--;
  if (e === from || masked.charCodeAt(e - 1) !== 44) return;
  const before = masked.slice(from, m.start);
  const found = /((?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*),\s*$/u.exec(before);
  if (!found) return;
  const words = found[1].split(/\s+/);
  if (!words.every((w) => TITLE_WORDS.has(titleKey(w))) || !words.some((w) => PERSON_TITLES.has(titleKey(w)))) return;
  m.title = found[1];
  const gender = TITLE_GENDER.get(titleKey(words[words.length - 1]));
  if (gender && !m.gender) m.gender = gender;
}

export function collectBlock(text: string, masked: string, block: ProseBlock, mentions: PersonMention[], singles: Token[]): void {
  // One list reused for every run, filled to runLength (classifyRun copies what it keeps): emptying it with
  // `length = 0` dropped its storage, which every run then allocated again.
  const run: Token[] = [];
  let runLength = 0;
  let lastEnd = -1;
  let firm = false;
  // Only capitalised words (and name particles) are visited; everything between them just breaks a run.
  // The scan stays inside the block (a scan on to the next match past it would be quadratic over many blocks).
  const m: Found = { start: 0, end: block.start };
  while (nextCapitalised(masked, m.end, block.start, block.end, m)) {
    const start = m.start;
    let end = m.end;
    let possessive = false;
    const last = masked.charCodeAt(end - 1);
    const prev = end - start >= 2 ? masked.charCodeAt(end - 2) : 0;
    if ((last === 115 || last === 83) && (prev === 39 || prev === 0x2019) && end - start > 2) {
      end -= 2;
      possessive = true;
    } else if ((last === 39 || last === 0x2019) && prev === 115) {
      end -= 1;
      possessive = true;
    } else if (last === 39 || last === 0x2019) {
      end -= 1;
    }
    // Keep the period of initials and abbreviated titles ("B.", "Sen."), where it is part of the name.
    if (masked.charCodeAt(end) === 46) {
      const word = masked.slice(start, end);
      // titleKey(word) is word.toLowerCase() here: the word has no period.
      if (!word.includes('.') && (word.length === 1 || TITLE_WORDS.has(titleKey(word)) || SUFFIXES.has(titleKey(word)) || abbreviatedGiven(masked, start, end, word))) end += 1;
    }
    // 'Ahmed "Tiger" Salim': a one-word nickname in quotation marks inside a name is passed over, the name joined.
    if (runLength > 0 && isNickname(masked, lastEnd, start, end)) {
      lastEnd = end + 1;
      continue;
    }
    // Joined to the run when only spaces (at most one line break) separate it from the previous word.
    const joined = lastEnd >= 0 && start > lastEnd && onlySpaces(masked, lastEnd, start) && !(runLength > 0 && run[runLength - 1].possessive);
    if (!joined) {
      // "Merrow & Tate", "Dunmore & Sons": names joined by an ampersand are a firm's, neither of them a person.
      const ampersand = runLength > 0 && isAmpersand(masked, lastEnd, start);
      if (runLength && !firm && !ampersand) classifyRun(text, run, runLength, mentions, singles);
      firm = ampersand;
      runLength = 0;
    }
    // The scanner finds capitalised words and lowercase particles: a lowercase first letter means a particle.
    const first = masked.charCodeAt(start);
    // "al-Rashed" is a family name with its article, not a particle.
    const particle = first >= 97 && first <= 122 && masked.charCodeAt(start + 2) !== 45;
    if (!particle || runLength) {
      const lexeme = lexemeAt(text, start, end, false);
      const { key, given, lists } = NAME_KEYS.of(lexeme);
      run[runLength++] = { start, end, text: lexeme.text, key, given, lists, capital: !particle, possessive };
    }
    lastEnd = end;
  }
  if (runLength && !firm) classifyRun(text, run, runLength, mentions, singles);
}

/** Is masked[start, end) a word in quotation marks right after the previous word and a space, with a space and a
 *  capital after it (' "Tiger" S')? */
function isNickname(masked: string, lastEnd: number, start: number, end: number): boolean {
  return start - lastEnd === 2 && masked.charCodeAt(lastEnd) === 32 && OPENING_MARKS.includes(masked[lastEnd + 1]) && CLOSING_MARKS.includes(masked[end]) && masked.charCodeAt(end + 1) === 32 && /\p{Lu}/u.test(masked[end + 2] ?? '');
}
const OPENING_MARKS = '"“‘\'';
const CLOSING_MARKS = '"”’\'';

/** Is masked[from, to) an ampersand with a space on either side (" & ")? */
function isAmpersand(masked: string, from: number, to: number): boolean {
  return to - from === 3 && masked.charCodeAt(from) === 32 && masked.charCodeAt(from + 1) === 38 && masked.charCodeAt(from + 2) === 32;
}

/** isGivenName(word) through the cached titleKey. */
export function isGivenWord(word: string): boolean {
  return isGivenKey(word, titleKey(word));
}

/** isGivenName(word) from titleKey(word), which is the word lower-cased unless it ends in a period (no given name has
 *  one). The word may be given lower-cased. */
function isGivenKey(word: string, key: string): boolean {
  return word.charCodeAt(word.length - 1) !== 46 ? isLowerGivenName(key) : ABBREVIATED_GIVEN.has(key);
}

/** "Rep. Ma. Cristina Reyes", "Md. Karim Hossain": an abbreviated given name opening a name, two capitalised words
 *  after it (one may open the next sentence: "said Ma. Analysts expected …", "Mr Ma. Shares fell"). Not one closing a
 *  name ("said Jack Ma. Then …"): no capitalised word of a name stands before it. */
function abbreviatedGiven(masked: string, start: number, end: number, word: string): boolean {
  if (!ABBREVIATED_GIVEN.has(word.toLowerCase()) || !/^\. \p{Lu}\p{Ll}[\p{L}’'-]* \p{Lu}/u.test(masked.slice(end, end + 40))) return false;
  const before = /(\S+)\s+$/u.exec(masked.slice(Math.max(0, start - 24), start))?.[1];
  return before === undefined || !/^\p{Lu}/u.test(before) || TITLE_WORDS.has(titleKey(before));
}

function onlySpaces(masked: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = masked.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return breaks <= 1;
}

/** Find the people in the run tokens[0, length). */
function classifyRun(text: string, tokens: Token[], length: number, mentions: PersonMention[], singles: Token[]): void {
  // "the Institute of Life Sciences", "the Bank of Sweden": a run after an organisation word and "of" ends its name.
  if (afterOrganisationOf(text, tokens[0].start)) return;
  // "St Agnes Children's Hospital", "King's College": a possessive run before an institution word is its name.
  // "the Tagum People’s Army", "the Rural Women's Institute", "the Dock Workers' Union": a people's, women's or
  // workers' body, whatever its own word.
  if (tokens[length - 1].possessive && (institutionAfter(text, tokens[length - 1].end) || (GROUP_OWNERS.test(tokens[length - 1].text) && /^['’]s?\s\p{Lu}/u.test(text.slice(tokens[length - 1].end, tokens[length - 1].end + 4))))) return;
  // Trailing particles are not part of a name ("… van").
  let n = length;
  while (n && !tokens[n - 1].capital) n--;
  // "Dean of Libraries Paulette Kinnard", "Head of Admissions Wiebke Sorensen": after an office and "of" or "for",
  // the words before the last two are its field when none of them is a given name.
  if (afterOfficeOf(text, tokens[0].start) && !tokens.slice(0, n).some((t) => t.given)) {
    // "The Minister for Rural Roads, Tom Bell": a field of one or two words is all the run holds.
    if (n >= 3) splitTitle(text, tokens, n - 2, n, mentions, singles);
    return;
  }
  // Split at tokens that cannot be in a name (months, sentence starters in mid-run: "Kishida Monday").
  // Candidates are index ranges of the run: slicing them out was most of this detector's garbage.
  let i = 0;
  while (i < n) {
    // Leading sentence starters and demonyms: "But", "The", "Japanese".
    // "Ten-year-old Malik", "Eighty-Year-Old": an age opening the sentence is no part of the name.
    while (i < n && ((tokens[i].lists & (NOT_NAME | TITLE)) === NOT_NAME || (tokens[i].lists & AGE) !== 0) && !dayGiven(text, tokens, i, n)) i++;
    let j = i;
    // A middle initial is no sentence starter ("Kofi A. Mensah": "A." is not the article).
    while (j < n && !(j > i && (tokens[j].lists & (NOT_NAME | PERSON_TITLE)) === NOT_NAME && !(isInitial(tokens[j].text) && j + 1 < n) && !surnameNotName(text, tokens, j))) j++;
    if (j > i) splitTitle(text, tokens, i, j, mentions, singles);
    i = j;
  }
}

/** A word no name holds elsewhere that is a surname here: a verb's form ("Omar Said") or a month ("Theresa May"). */
function surnameNotName(text: string, tokens: Token[], k: number): boolean {
  return verbSurname(tokens, k) || monthSurname(text, tokens, k);
}

/** "Omar Said", "Khaled Said": a verb's form that is also a surname, capitalised right after a given name or
 *  another capitalised word of the run that may be one (prose never capitalises the verb mid-sentence; headlines in
 *  title case are left out before this). */
function verbSurname(tokens: Token[], k: number): boolean {
  if (tokens[k].text !== 'Said' || k === 0) return false;
  const before = tokens[k - 1];
  return before.given || (before.capital && (before.lists & NOT_NAME) === 0 && before.end + 1 === tokens[k].start);
}

/** "Theresa May", "Brian May", "Lisa June": a month that is also a surname, right after a given name and not before a
 *  day's number ("Theresa May 4" is no name in prose). */
function monthSurname(text: string, tokens: Token[], k: number): boolean {
  return k > 0 && MONTH_SURNAMES.has(tokens[k].text) && tokens[k - 1].given && !/^\s*\d/.test(text.slice(tokens[k].end, tokens[k].end + 3));
}
const MONTH_SURNAMES = new Set(['May', 'June', 'April', 'August']);

/** "fisherman Sunday Opuene", "Chief Monday Ekanem": a day's name given as a first name (as in Nigeria and Ghana),
 *  after a role noun or a title and before a surname. "on Sunday Opuene said" has neither before it. */
function dayGiven(text: string, tokens: Token[], k: number, n: number): boolean {
  if (!DAY_NAMES.has(tokens[k].text) || k + 1 >= n || (tokens[k + 1].lists & (NOT_NAME | PLACE | ORG | TITLE)) !== 0) return false;
  // A person's title or role ("Chief", "Pastor", "Comrade"), not a body's word that is also a title's: "told the
  // Senate Friday Harlow had …", "the High Court Monday".
  if (k > 0) return (tokens[k - 1].lists & (PERSON_TITLE | ROLE)) !== 0 || tokens[k - 1].key === 'comrade';
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, tokens[k].start - 24), tokens[k].start));
  return before !== null && ROLE_NOUNS.has(before[1]);
}
const DAY_NAMES = new Set(['Sunday', 'Monday', 'Friday']);

/** A regnal number in Roman numerals, up to 39 ("XV", "XXIII"). */
const REGNAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A Korean given name as news romanises it: two syllables joined by a hyphen, the second in lowercase ("Ji-hoon"). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u;

/** A capital and a period ("A."), as a middle initial is written. */
function isInitial(word: string): boolean {
  return word.length === 2 && word.charCodeAt(1) === 46;
}

/** Institutions named after a saint or a patron with a possessive: "St Mary's Hospital", "Children's Hospital". */
/** Groups a body is named after, in the possessive ("People's", "Workers'"). */
const GROUP_OWNERS = /^(?:People|Women|Men|Children|Workers|Citizens|Farmers|Teachers|Nurses|Veterans|Patients|Parents|Miners|Students|Peoples)(?:['’]s?)?$/u;
const INSTITUTIONS = new Set(['hospital', 'infirmary', 'school', 'college', 'academy', 'university', 'church', 'cathedral', 'chapel', 'abbey', 'hall', 'park']);

/** Does an institution word (capitalised) follow the possessive ending at `end` ("'s Hospital")? */
function institutionAfter(text: string, end: number): boolean {
  const next = /^(?:['’]s?)\s(\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 20));
  return next !== null && INSTITUTIONS.has(next[1].toLowerCase());
}

/** Does " of " before `at` follow a capitalised organisation word ("Institute of ", "University of ")? */
function afterOrganisationOf(text: string, at: number): boolean {
  // "the Ministry for Land and Rural Affairs": the run after "and" ends the body's name too.
  // Every run asks: the words before it are looked at in place, not sliced out.
  if (at < 5) return false;
  const and = text.startsWith(' and ', at - 5) ? /(?:\p{Lu}[\p{L}’'-]*\s){1,3}$/u.exec(text.slice(Math.max(0, at - 45), at - 4)) : null;
  if (and) return afterOrganisationOf(text, at - 4 - and[0].length);
  const via = text.startsWith(' of ', at - 4) ? 4 : text.startsWith(' for ', at - 5) ? 5 : 0;
  if (via === 0) return false;
  let k = at - via;
  while (k > 0 && /[\p{L}]/u.test(text[k - 1])) k--;
  const word = text.slice(k, at - via);
  return /^\p{Lu}/u.test(word) && ORG_WORDS.has(word.toLowerCase());
}

/** Does " of " or " for " before `at` follow a capitalised office ("Dean of ", "Head of ", "Minister for ")? */
function afterOfficeOf(text: string, at: number): boolean {
  // Both patterns end in " of " or " for ": most runs follow neither.
  if (!(at >= 4 && text.startsWith(' of ', at - 4)) && !(at >= 5 && text.startsWith(' for ', at - 5))) return false;
  const before = text.slice(Math.max(0, at - 24), at);
  // "The Minister Delegate in charge of Primary Health Care": an office's remit.
  if (/\bin charge of $/u.test(before)) return true;
  const office = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) (?:of|for) $/u.exec(before);
  return office !== null && ROLE_NOUNS.has(office[1].toLowerCase());
}

/** Split tokens[from, to) into title words and name words, and add the candidate they make. */
function splitTitle(text: string, tokens: Token[], from: number, to: number, mentions: PersonMention[], singles: Token[]): void {
  let k = from;
  while (k < to - 1 && (tokens[k].lists & TITLE) !== 0 && !tokens[k].given) k++;
  // "Transport Minister Aiko Tanabe", "Chief Fire Officer Nadia Brennock-Hale", "Paramedic Shona McAvoy": a title
  // with a word no list holds, or a role noun alone, ends at its office when two name words follow it.
  for (let t = to - 3; t >= k; t--) {
    if ((tokens[t].lists & (PERSON_TITLE | ROLE)) !== 0 && !tokens[t].given) {
      k = t + 1;
      // "Connecticut Attorney General Leland Brightwater": the office's own title words after it, up to the two name words.
      while (k < to - 2 && (tokens[k].lists & TITLE) !== 0 && !tokens[k].given) k++;
      break;
    }
  }
  // A run that is only title words ("the Prime Minister", "White House") names no one.
  if (k === to - 1 && (tokens[k].lists & TITLE) !== 0 && !tokens[k].given) return;
  let strong = false;
  for (let t = from; t < k; t++) if ((tokens[t].lists & PERSON_TITLE) !== 0) strong = true;
  addCandidate(text, tokens, from, k, to, strong, mentions, singles);
}

/** Does the article write `first` as a word of its own somewhere ("Bev added"), not inside another name? */
function usedAlone(text: string, first: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return false;
  // Asked once per name in an article: a long article holds many runs of the same three words.
  if (aloneText !== text) [aloneText, aloneAnswers] = [text, new Map()];
  let answer = aloneAnswers.get(first);
  if (answer === undefined) aloneAnswers.set(first, (answer = writtenAt(text, first, ALONE_BEFORE, ALONE_AFTER)));
  return answer;
}
let aloneText = '';
let aloneAnswers = new Map<string, boolean>();

// Alone: no capitalised word or honorific before it ("Ms Gault", "Carrow Lane"), no capitalised word after it.
const ALONE_BEFORE = /(?<!(?:\p{Lu}[\p{L}’'.-]*)\s)(?<![\p{L}’'-])/uy;
const ALONE_AFTER = /(?![\p{L}’'-])(?!\s+\p{Lu})/uy;

/** A preposition of place right before a name: what follows is a place ("in Victoria Park"). */
const PLACED_BEFORE = /\b(?:in|at|near|outside|inside|around|across|through|into|toward|towards|opposite)\s+(?:the\s+)?$/iu;
/** Given names that also open a park's or a hill's name ("Victoria Park", "Albert Park", "Grace Hill"). */
const PLACE_GIVEN = new Set(['victoria', 'albert', 'alexandra', 'madison', 'grace', 'elizabeth', 'jackson', 'lincoln', 'franklin', 'washington', 'george', 'james', 'forest']);

/** A candidate person: title words tokens[titleFrom, nameFrom), then name words tokens[nameFrom, to). */
function addCandidate(text: string, tokens: Token[], titleFrom: number, nameFrom: number, to: number, strong: boolean, mentions: PersonMention[], singles: Token[]): void {
  // "Universe Alicia Machado", "Crooked Hillary Clinton": a word before a given name is not part of the name.
  let from = nameFrom;
  // "Novelist Hollis Vance", "Curator Ines Moreau": a role noun capitalised by the sentence start, before a full name.
  if (to - from >= 3 && !tokens[from].given && (tokens[from].lists & (ROLE | PERSON_TITLE)) !== 0 && !(tokens[from].lists & TITLE)) from++;
  if (!tokens[from].given) {
    for (let k = from + 1; k < to - 1; k++) {
      // "Neighbour Bev Coggins … Bev added": a word the article also uses alone is a first name, whatever the list.
      if (tokens[k].given || (k === from + 1 && to - from === 3 && usedAlone(text, tokens[k].text))) {
        from = k;
        break;
      }
    }
  }
  // "Philippa Gault KC": post-nominal letters after two name words end the name.
  while (to - from > 2 && isPostNominal(tokens[to - 1].text)) to--;
  const length = to - from;
  const given = tokens[from].given;
  // Organisation words anywhere, or a place as the first word (unless it is also a given name: Virginia, Jordan, or
  // a title stands before it: "Chief Orlando Beaumont", "Dr Florence Ibe").
  for (let k = from; k < to; k++) if ((tokens[k].lists & (ORG | SUFFIX)) === ORG) return;
  // Nor before a Korean given name, two syllables joined by a hyphen ("Park Ji-hoon": Park is a family name).
  if (!given && (tokens[from].lists & PLACE) !== 0 && !(nameFrom > titleFrom && length >= 2) && !(length === 2 && KOREAN_GIVEN.test(tokens[from + 1].text))) return;
  // "Fort Ardley", "Outside Fort Ardley": a word opening a place's name, before another word.
  for (let k = from; k < to - 1; k++) if ((tokens[k].lists & PLACE_OPENER) !== 0 && !tokens[k].given) return;
  // "Copse Lane", "Harbour Way": a street word after a word that is no given name ("Nathan Lane" is a person).
  if (!given && length >= 2 && (tokens[to - 1].lists & STREET) !== 0) return;
  // "Jo Park", "Sung-min Park": a place word that is a common surname, right after a given name, ends a person's name.
  // Not after a preposition of place: "in Victoria Park", "to Grace Hill".
  const surnamed = length === 2 && SURNAME_PLACE_WORDS.has(tokens[to - 1].key) && ((given && !PLACE_GIVEN.has(tokens[from].key)) || KOREAN_GIVEN.test(tokens[from].text)) && !PLACED_BEFORE.test(text.slice(Math.max(0, tokens[from].start - 12), tokens[from].start));
  for (let k = from + 1; k < to; k++) if (((tokens[k].lists & PLACE) !== 0 && !surnamed) || ((tokens[k].lists & NOT_NAME) !== 0 && !isInitial(tokens[k].text) && !surnameNotName(text, tokens, k))) return;
  // All-capital acronyms (NYPD, UN) are organisations; initials ("B.") and mixed case (Un, Jr) are fine.
  // A regnal number after a name is no acronym ("Clement XV", "Harald V").
  for (let k = from; k < to; k++) if (tokens[k].text.length >= 2 && isAcronym(tokens[k].text) && !(k > from && REGNAL.test(tokens[k].text)) && !(k === from && to - from === 2 && joinedInitials(tokens[k].text, tokens[k + 1].text))) return;
  // "Safety Executive" (of "the Health and Safety Executive"), "Planning Officer": an office closing a run with no
  // given name is no surname.
  if (!given && !strong && length >= 2 && OFFICE_LAST_WORDS.has(tokens[to - 1].key)) return;
  const isPerson = length >= 2 && length <= 5 ? strong || given || length <= 4 : length === 1 && strong;
  if (!isPerson) {
    if (length === 1 && (tokens[from].lists & NON_PERSON) === 0) singles.push(tokens[from]);
    return;
  }
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const surface = text.slice(start, end);
  const mention: PersonMention = { start, end, text: surface, name: withoutNickname(collapseSpaces(surface)) };
  if (nameFrom > titleFrom) {
    let title = tokens[titleFrom].text;
    for (let k = titleFrom + 1; k < nameFrom; k++) title += ' ' + tokens[k].text;
    mention.title = title;
  }
  const gender = titleGender(tokens, titleFrom, nameFrom) ?? (length >= 2 ? givenNameGender(tokens[from].text) : undefined);
  if (gender) mention.gender = gender;
  mentions.push(mention);
}

/** Offices that never close a person's name (unlike "Bishop", "King" or "Judge", which are surnames too). */
const OFFICE_LAST_WORDS = new Set(['executive', 'director', 'officer', 'secretary', 'minister', 'commissioner', 'chairman', 'chairwoman', 'chairperson', 'spokesperson', 'spokesman', 'spokeswoman', 'manager', 'treasurer', 'registrar', 'ombudsman', 'representative']);

/** 'Ahmed "Tiger" Salim' → 'Ahmed Salim': a name without the nickname passed over inside it. */
function withoutNickname(name: string): string {
  return /["“‘]/.test(name) ? name.replace(/ ["“‘'][^"”’' ]+["”’'](?= )/gu, '') : name;
}

/** s with every whitespace run made one space, as s.replace(/\s+/g, ' '); most names have nothing to replace. */
function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if ((charFlags(s.charCodeAt(i)) & SPACE) === 0) continue;
    if (s.charCodeAt(i) !== 32 || (i + 1 < s.length && (charFlags(s.charCodeAt(i + 1)) & SPACE) !== 0)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** "KC", "MP", "OBE", "PhD": written as letters after a name, capitals first. */
function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(word.toLowerCase()) && /^\p{Lu}\p{Lu}|^Ph[Dd]$/u.test(word);
}

/** "H.S." in "Labour Minister H.S. Puttaswamy", "P.K. Sharma": two or three initials written together before a
 *  surname, as South Asian and West African papers write them; not a country's or a city's letters ("U.S. Steel"). */
function joinedInitials(word: string, surname: string): boolean {
  return /^(?:\p{Lu}\.){2,3}$/u.test(word) && !PLACE_LETTERS.has(word) && !INITIALLED_FIRMS.has(`${word} ${surname}`);
}
// The hours ("At 10 P.M. Ruiz left") are no initials either.
const PLACE_LETTERS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'N.Y.', 'L.A.', 'U.A.E.', 'N.Z.', 'S.A.', 'A.M.', 'P.M.']);
/** Firms named after a founder's initials and surname, in business copy far more often than any person. */
const INITIALLED_FIRMS = new Set(['J.P. Morgan', 'J.C. Penney', 'J.D. Power', 'H.J. Heinz', 'S.C. Johnson', 'W.R. Grace', 'T.J. Maxx', 'A.P. Moller', 'J.M. Smucker', 'L.L. Bean', 'R.J. Reynolds', 'J.B. Hunt', 'C.H. Robinson', 'D.R. Horton', 'A.G. Edwards', 'J.W. Marriott']);

/** Capitals and dots only (/^[\p{Lu}.]+$/u), but not a single initial ("B."): an acronym such as NYPD or U.N. */
export function isAcronym(word: string): boolean {
  for (let i = 0; i < word.length; ) {
    const cp = codePointAt(word, i, word.length);
    if (cp !== 46 && (charFlags(cp) & UPPER) === 0) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  const first = codePointAt(word, 0, word.length);
  const len = first > 0xffff ? 2 : 1;
  return !(first !== 46 && word.length === len + 1 && word.charCodeAt(len) === 46);
}

function titleGender(tokens: Token[], from: number, to: number): Gender | undefined {
  for (let k = from; k < to; k++) {
    const g = TITLE_GENDER.get(tokens[k].key);
    if (g) return g;
  }
  return undefined;
}

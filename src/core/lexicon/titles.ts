// Titles and honorifics that precede a person's name ("Prime Minister Fumio Kishida", "Sen. Ted Cruz", "Mr. Clarke").
// Matched word by word, lower-cased, with any trailing period removed, so "Chief Cabinet Secretary" is three title
// words. A capitalised run that is only title words ("the Prime Minister") names no one.
import type { Gender } from './pronouns.js';
import { LexemeSlot, lexemeAt } from '../text/lexemes.js';

/** Words that make up titles. */
export const TITLE_WORDS = new Set([
  // Honorifics and abbreviations.
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame', 'monsieur',
  'sen', 'rep', 'reps', 'gov', 'lt', 'col', 'gen', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'maj', 'rev', 'hon',
  'pres', 'supt', 'insp', 'atty', 'amb', 'del', 'det', 'ofc', 'fr', 'msgr', 'gen', 'pc', 'pcso',
  // British police ranks as papers shorten them before a name ("DCI Ana Ruiz"; not DI, DS or DC: "Di Canio", Washington).
  'dci', 'dcs',
  // South Asian local offices written before a name ("Sarpanch Vitthal Jadhav").
  'sarpanch',
  // Councillor as Australian and British papers shorten it ("Cr Ana Ruiz", "Cllr Ana Ruiz"), and the honorifics
  // of Indian English ("Shri", "Smt.", "Kumari") and Tamil ("Thiru", "Tmt.").
  'cr', 'cllr', 'clr', 'shri', 'shrimati', 'smt', 'kumari', 'thiru', 'tmt',
  // … of Nigerian English ("Alhaji", "Mallam", "Engr.", "Barr."; "Comrade" before a student or union leader), and the members of parliaments and assemblies
  // papers put before a name ("Independent TD Ana Ruiz", "Ward MCA Ana Ruiz", "Taoiseach Ana Ruiz").
  'alhaji', 'alhaja', 'hajia', 'mallam', 'malam', 'engr', 'barr', 'comrade', 'td', 'mca', 'mla', 'mpp', 'msp', 'taoiseach', 'tánaiste', 'tanaiste',
  // Offices.
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'general', 'chief', 'cabinet',
  'senator', 'representative', 'congressman', 'congresswoman', 'congressmember', 'delegate', 'governor',
  'lieutenant', 'mayor', 'councilman', 'councilwoman', 'councillor', 'councilor', 'councilmember', 'alderman', 'assemblyman',
  'assemblywoman', 'speaker', 'leader', 'majority', 'minority', 'whip', 'chairman', 'chairwoman', 'chair',
  'judge', 'justice', 'attorney', 'prosecutor', 'sheriff', 'commissioner', 'director', 'ambassador', 'envoy',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'crown', 'duke', 'duchess', 'pope', 'cardinal',
  'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'ayatollah', 'pastor', 'reverend', 'father', 'sister',
  'colonel', 'captain', 'sergeant', 'major', 'admiral', 'commander', 'corporal', 'private', 'officer', 'detective',
  'inspector', 'superintendent', 'coach', 'professor', 'doctor', 'ceo', 'cfo', 'coo', 'founder', 'spokesman',
  'spokeswoman', 'spokesperson', 'deputy', 'assistant', 'acting', 'interim', 'first', 'former', 'state', 'foreign',
  'defense', 'defence', 'treasury', 'homeland', 'security', 'finance', 'interior', 'labor', 'education', 'energy',
  'health', 'transportation', 'commerce', 'agriculture', 'veterans', 'affairs', 'national', 'press', 'house',
  'senate', 'democratic', 'republican', 'gop', 'u.s', 'us', 'white', 'board', 'executive', 'surgeon', 'postmaster',
  'special', 'counsel', 'solicitor', 'district', 'federal', 'supreme', 'court', 'city', 'county', 'council',
  'opposition', 'nominee', 'candidate', 'hopeful', 'presidential', 'vice-president', 'vice-presidential', 'running', 'mate',
  'physicist', 'economist', 'analyst', 'author', 'anchor', 'host', 'commentator', 'activist', 'emir', 'sultan',
  'president-elect', 'ex-president', 'then-president', 'then-candidate',
  // Offices of international bodies and ranks of armed forces ("Secretary-General Ana Ruiz", "Marshal Ana Ruiz").
  'secretary-general', 'under-secretary', 'marshal', 'brigadier',
  // Roles news puts before a name in sport, courts and workplaces ("Substitute Dario Vance scored…", "Defence
  // barrister Nicholas Fenn asked…", "Harbourmaster Gwen Albury said…").
  'substitute', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'manager', 'boss',
  'referee', 'umpire', 'barrister', 'lawyer', 'magistrate', 'coroner', 'constable', 'treasurer', 'harbourmaster',
  'nurse', 'midwife', 'teacher', 'headteacher', 'principal', 'lecturer', 'researcher', 'scientist', 'engineer',
  'accountant', 'historian', 'journalist', 'reporter', 'editor', 'columnist', 'adviser', 'advisor', 'campaigner',
  'organiser', 'organizer', 'pollster', 'strategist', 'trustee', 'chaplain', 'dean',
]);

/** Title words that only ever precede a person's name (unlike "House" or "State"). */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'sen', 'rep', 'gov', 'lt', 'col',
  'gen', 'capt', 'sgt', 'adm', 'cmdr', 'maj', 'rev', 'del', 'det', 'president', 'minister', 'premier', 'chancellor',
  'secretary', 'senator', 'representative', 'congressman', 'congresswoman', 'delegate', 'governor', 'mayor',
  'councilman', 'councilwoman', 'councilmember', 'councillor', 'councilor', 'assemblyman', 'assemblywoman', 'speaker',
  'leader', 'chairman', 'chairwoman', 'judge', 'justice', 'attorney', 'sheriff', 'commissioner', 'director', 'ambassador', 'king', 'queen', 'prince',
  'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam', 'sheikh', 'pastor', 'reverend', 'colonel',
  'captain', 'sergeant', 'admiral', 'commander', 'officer', 'detective', 'coach', 'professor', 'doctor',
  'spokesman', 'spokeswoman', 'nominee', 'candidate', 'president-elect', 'emir', 'sultan', 'ayatollah', 'whip',
  'cr', 'cllr', 'clr', 'shri', 'shrimati', 'smt', 'kumari', 'thiru', 'tmt', 'alhaji', 'alhaja', 'hajia', 'mallam', 'malam', 'engr', 'barr',
  'td', 'mca', 'mla', 'mpp', 'msp', 'taoiseach', 'tánaiste', 'tanaiste',
  // Honorifics of Aboriginal and Torres Strait Islander elders ("Aunty Marlene Jackson-Rowe").
  'aunty', 'auntie',
]);

/** Titles that tell a person's gender. */
export const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['aunty', 'female'], ['auntie', 'female'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'], ['emperor', 'male'],
  ['congressman', 'male'], ['councilman', 'male'], ['assemblyman', 'male'], ['chairman', 'male'], ['spokesman', 'male'],
  ['father', 'male'], ['duke', 'male'], ['monsieur', 'male'], ['sultan', 'male'], ['emir', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['dame', 'female'], ['lady', 'female'], ['madam', 'female'],
  ['madame', 'female'], ['queen', 'female'], ['princess', 'female'], ['empress', 'female'], ['duchess', 'female'],
  ['congresswoman', 'female'], ['councilwoman', 'female'], ['assemblywoman', 'female'], ['chairwoman', 'female'],
  ['spokeswoman', 'female'], ['sister', 'female'], ['shri', 'male'], ['thiru', 'male'], ['smt', 'female'],
  ['shrimati', 'female'], ['kumari', 'female'], ['tmt', 'female'],
]);

/**
 * Lower-cased, without a trailing period: the form title sets are keyed by. Read off the word's lexeme, as titleKeyAt
 * does: the people and speakers scanners ask it of the same capitalised words again and again ("The", "She", names),
 * and lower-casing a slice of a two-byte text (any article with a curly quote) is a slow runtime call that allocates.
 */
export function titleKey(word: string): string {
  return titleKeyAt(word, 0, word.length);
}

/** titleKey of a word from its lowercase form. */
export function titleKeyOfLower(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

const TITLE_KEYS = new LexemeSlot(titleKeyOfLower);

/** titleKey(s.slice(start, end)), read off the word's lexeme: no slice, and no lookup of it in a string-keyed cache. */
export function titleKeyAt(s: string, start: number, end: number): string {
  return end > start ? TITLE_KEYS.of(lexemeAt(s, start, end, false)) : '';
}

/** Abbreviated titles as the role noun a later mention uses ("Sen. Ted Cruz" … "the senator"). */
export const TITLE_ROLE: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['gen', 'general'], ['lt', 'lieutenant'],
  ['col', 'colonel'], ['capt', 'captain'], ['sgt', 'sergeant'], ['adm', 'admiral'], ['cmdr', 'commander'],
  ['maj', 'major'], ['prof', 'professor'], ['det', 'detective'], ['supt', 'superintendent'], ['insp', 'inspector'],
  ['atty', 'attorney'], ['amb', 'ambassador'], ['pres', 'president'], ['rev', 'reverend'], ['dr', 'doctor'],
  ['cr', 'councillor'], ['cllr', 'councillor'], ['clr', 'councillor'],
  // British police ranks: "PC Gavin Stroud" … "the officer".
  ['pc', 'officer'], ['pcso', 'officer'], ['ofc', 'officer'],
  // Judges: "Mr Justice Aldous Penhallow", "Judge Ana Ruiz" … "the judge".
  ['justice', 'judge'],
]);

/** Honorifics say nothing about a role: "Mr. Clarke" is not "the mister". */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame', 'monsieur', 'hon', 'shri', 'shrimati', 'smt', 'kumari', 'thiru', 'tmt']);

/** Role nouns that head a description of a person ("the trust's chief nurse", "a spokeswoman for the agency"),
 *  beyond the office words of TITLE_WORDS. Words ending like agent nouns (-er, -or, -ist, -ian) count too. */
export const ROLE_NOUNS = new Set([
  'nurse', 'fisherman', 'fisherwoman', 'manager', 'official', 'spokesperson', 'head', 'boss', 'owner', 'chief', 'aide', 'adviser', 'advisor',
  'lawyer', 'attorney', 'economist', 'analyst', 'scientist', 'researcher', 'curator', 'editor', 'reporter',
  'teacher', 'principal', 'dean', 'provost', 'surgeon', 'physician', 'pharmacist', 'engineer', 'architect',
  'planner', 'treasurer', 'clerk', 'auditor', 'regulator', 'inspector', 'ranger', 'warden', 'trustee', 'steward',
  'organizer', 'organiser', 'campaigner', 'founder', 'partner', 'president', 'chairman', 'chairwoman', 'chair',
  'secretary', 'minister', 'director', 'governor', 'mayor', 'senator', 'spokesman', 'spokeswoman', 'councillor',
  'councilor', 'councilmember', 'lawmaker', 'legislator', 'judge', 'prosecutor', 'sheriff', 'commissioner',
  'coach', 'captain', 'officer', 'detective', 'professor', 'doctor', 'ambassador', 'envoy', 'premier',
  'chancellor', 'representative', 'congressman', 'congresswoman', 'speaker', 'leader', 'candidate', 'nominee',
  'executive', 'ceo', 'cfo', 'superintendent', 'administrator', 'coordinator', 'consultant', 'historian',
  'farmer', 'grazier', 'rancher', 'pilot', 'midwife', 'member', 'paramedic', 'firefighter', 'dispatcher', 'counsel', 'solicitor',
  // Parties to a case, as court reports refer back to them ("the defendant said").
  'defendant', 'accused', 'claimant', 'plaintiff', 'appellant',
  // Members of parliaments and assemblies by their letters, and Ireland's heads of government ("the TD said").
  'td', 'mca', 'mla', 'mpp', 'msp', 'mp', 'taoiseach', 'tánaiste', 'tanaiste',
  'chairperson', 'undersecretary', 'under-secretary',
  // Offices of other administrations, in translated wire copy ('the prefect of the department').
  'prefect', 'sub-prefect', 'subprefect', 'intendant', 'alcalde', 'provost',
  // … and the foreign desk's own: "a Western diplomat" ("the general" is a rank: RANK_NOUNS).
  'diplomat',
  // Title words of offices, the bench, the church and sport that end like no agent noun ("Chief Constable Ana Ruiz" …
  // "the chief constable").
  'constable', 'alderman', 'magistrate', 'archbishop', 'chaplain', 'duke', 'duchess', 'empress', 'referee', 'umpire', 'accountant',
  // Sport and culture desks' nouns before a full name ("Novelist Hollis Vance", "Striker Tomas Berg").
  'novelist', 'author', 'poet', 'critic', 'actor', 'actress', 'singer', 'composer', 'painter', 'artist', 'chef',
  'designer', 'photographer', 'striker', 'winger', 'defender', 'goalkeeper', 'midfielder', 'sprinter',
]);

/** Is this lower-cased word a role noun that can head a description of one person? */
export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || PERSON_TITLES.has(word) || (word.length > 4 && /(?:er|or|ist|ian)$/.test(word) && !NOT_AGENT_NOUNS.has(word));
}

/** Kinship and relation nouns: "her nephew, Tomasz Wilk," or "the victim's sister" names a person by whom they are
 *  to someone else, and a later "her nephew said" refers back to that person as a role noun would. */
export const RELATION_NOUNS = new Set([
  'mother', 'father', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'widow', 'widower', 'partner',
  'fiancé', 'fiancée', 'fiance', 'fiancee', 'girlfriend', 'boyfriend', 'aunt', 'uncle', 'niece', 'nephew', 'cousin',
  'grandmother', 'grandfather', 'grandson', 'granddaughter', 'stepfather', 'stepmother', 'stepson', 'stepdaughter',
  'mum', 'mom', 'dad', 'parent', 'sibling', 'friend', 'neighbour', 'neighbor', 'colleague', 'flatmate', 'roommate',
  'landlord', 'landlady', 'tenant', 'lawyer', 'solicitor', 'attorney', 'doctor', 'employer', 'classmate', 'teammate',
]);

/** Ranks and offices whose word is also an adjective or a noun of another sense ("a general strike", "a lieutenant
 *  governor"): they head a description of the person given that rank ("General Ana Ruiz" … "the general"), never a
 *  role noun of an unnamed subject. */
const RANK_NOUNS = new Set(['general', 'lieutenant', 'marshal', 'corporal']);

/** A role noun or a relation noun: what heads a definite description that can refer back to one named person. A
 *  hyphenated office heads as its last part does ("secretary-general", "vice-president"). */
export function isPersonNoun(word: string): boolean {
  if (isRoleNoun(word) || RELATION_NOUNS.has(word) || RANK_NOUNS.has(word)) return true;
  const dash = word.lastIndexOf('-');
  return dash > 0 && dash < word.length - 1 && isPersonNoun(word.slice(dash + 1));
}

/** Words that end like agent nouns but name no one. */
const NOT_AGENT_NOUNS = new Set(['other', 'never', 'under', 'after', 'order', 'number', 'water', 'letter', 'matter', 'later', 'rather', 'either', 'neither', 'whether', 'together', 'however', 'power', 'paper', 'border', 'error', 'factor', 'sector', 'floor', 'color', 'colour', 'honor', 'favor', 'labor', 'major', 'minor', 'prior', 'senior', 'junior', 'interior', 'exterior', 'quarter', 'winter', 'summer', 'center', 'centre', 'corner', 'chapter', 'meter', 'monitor', 'further', 'earlier', 'higher', 'lower', 'longer', 'bigger', 'greater', 'better', 'counter', 'answer', 'matter', 'weather', 'christian', 'median', 'asian', 'indian', 'canadian', 'italian', 'russian', 'iranian', 'syrian', 'australian', 'egyptian', 'nigerian', 'brazilian']);

// A generated grid of quote attributions (issue 12, "Speakers are people"): short articles built by crossing the
// ways news attributes a quote — where the frame sits, the speech verb, how the speaker is referred to, what stands
// between the name and the verb, and the layout around the quote (with a second person who is not the speaker).
// Every expected speaker follows from the grid's own definition (the entity the frame refers to), never from
// Factmark's output. Names are invented, of varied shapes: hyphenated, with a particle, with an initial, non-English,
// single-word organisations.

export interface GridQuote {
  /** The first words of the quoted text. */
  opening: string;
  /** The full name of the person or organisation the article identifies, or null when it never says who. */
  name: string | null;
  /** Words the speaker's text must hold, for a speaker the article never names (its description kept). */
  words?: string;
}

export interface GridCell {
  /** The dimension values, as "frame=after verb=said …". */
  id: string;
  dims: Record<Dimension, string>;
  text: string;
  quotes: GridQuote[];
}

export type Dimension = 'frame' | 'verb' | 'subject' | 'between' | 'layout' | 'speaker';

type Gender = 'female' | 'male';

interface Person {
  kind: 'person';
  full: string;
  honorific: string;
  /** The surname as it stands mid-sentence ("van der Berg"). */
  surname: string;
  gender: Gender;
  /** Where the role is given: an apposition after the name, a title before it, or a role with its complement before
   *  it ("The prefect of Lékoni, Jean-Marc Obiang,": the head is the noun before "of"). */
  role: { apposition?: string; title?: string; ref: string; possessive?: string; title2?: string; complement?: string };
  age: number;
  /** A kinship or relation noun the article may give the person instead of a role ("his sister", "her lawyer"). */
  kin: string;
}

interface Organisation {
  kind: 'organisation';
  /** As the article first gives it, with its article ("the Harwick City Council"). */
  full: string;
  name: string;
  /** A definite description the article makes refer back to it: its own head noun or an apposition's. */
  ref: string;
  apposition?: string;
}

type Entity = Person | Organisation;

export const SPEAKERS: readonly Entity[] = [
  { kind: 'person', full: 'Marta Okonkwo-Reyes', honorific: 'Ms Okonkwo-Reyes', surname: 'Okonkwo-Reyes', gender: 'female', role: { apposition: 'the city’s planning chief', ref: 'the planning chief', possessive: 'the city’s planning chief' }, age: 54, kin: 'sister' },
  { kind: 'person', full: 'Pieter van der Berg', honorific: 'Mr van der Berg', surname: 'van der Berg', gender: 'male', role: { apposition: 'the agency’s director', ref: 'the director', possessive: 'the agency’s director' }, age: 61, kin: 'nephew' },
  { kind: 'person', full: 'Aiko Tanabe', honorific: 'Ms Tanabe', surname: 'Tanabe', gender: 'female', role: { title: 'Transport Minister', ref: 'the minister', title2: 'Minister Tanabe' }, age: 47, kin: 'mother' },
  { kind: 'person', full: 'Kofi A. Mensah', honorific: 'Dr Mensah', surname: 'Mensah', gender: 'male', role: { apposition: 'the hospital’s chief surgeon', ref: 'the surgeon', possessive: 'the hospital’s chief surgeon' }, age: 58, kin: 'lawyer' },
  { kind: 'person', full: 'Siobhán Ní Bhriain', honorific: 'Ms Ní Bhriain', surname: 'Ní Bhriain', gender: 'female', role: { apposition: 'general secretary of the nurses’ union', ref: 'the general secretary', possessive: 'the union’s general secretary' }, age: 39, kin: 'daughter' },
  { kind: 'person', full: 'Tomasz Wójcik', honorific: 'Mr Wójcik', surname: 'Wójcik', gender: 'male', role: { title: 'Harbour Commissioner', ref: 'the commissioner', title2: 'Commissioner Wójcik' }, age: 66, kin: 'brother' },
  { kind: 'person', full: 'Nadia Brennock-Hale', honorific: 'Ms Brennock-Hale', surname: 'Brennock-Hale', gender: 'female', role: { title: 'Chief Fire Officer', ref: 'the fire officer' }, age: 52, kin: 'widow' },
  { kind: 'person', full: 'Shona McAvoy', honorific: 'Ms McAvoy', surname: 'McAvoy', gender: 'female', role: { title: 'Paramedic', ref: 'the paramedic' }, age: 44, kin: 'neighbour' },
  // A given name no list holds, so that only the article says the two words are one person's name.
  { kind: 'person', full: 'Wiebke Sorensen', honorific: 'Ms Sorensen', surname: 'Sorensen', gender: 'female', role: { apposition: 'the port’s harbourmaster', ref: 'the harbourmaster', possessive: 'the port’s harbourmaster' }, age: 36, kin: 'cousin' },
  // Translated wire copy: the office and where it runs come first, then the name ("the governor of the province, …").
  { kind: 'person', full: 'Lucía Ferrer Soto', honorific: 'Ms Ferrer Soto', surname: 'Ferrer Soto', gender: 'female', role: { complement: 'the governor of the province', ref: 'the governor' }, age: 57, kin: 'aunt' },
  { kind: 'person', full: 'Jean-Marc Obiang', honorific: 'Mr Obiang', surname: 'Obiang', gender: 'male', role: { complement: 'the prefect of Lékoni', ref: 'the prefect' }, age: 49, kin: 'uncle' },
  // An office with its field before the name, the given name on no list ("Director of Admissions …", "Dean of Libraries …" in campus news).
  { kind: 'person', full: 'Oriane Castelnau', honorific: 'Ms Castelnau', surname: 'Castelnau', gender: 'female', role: { title: 'Director of Admissions', ref: 'the director' }, age: 45, kin: 'niece' },
  { kind: 'organisation', full: 'the Harwick City Council', name: 'Harwick City Council', ref: 'the council' },
  { kind: 'organisation', full: 'Velmora', name: 'Velmora', ref: 'the battery maker', apposition: 'a battery maker based in Tarn' },
];

/** Indexes of the organisations among the speakers. */
const ORGANISATIONS = SPEAKERS.flatMap((e, k) => (e.kind === 'organisation' ? [k] : []));

/** Second people, who are never the speaker: one of each gender, with a title and no role the speakers have. */
const DISTRACTORS: Record<Gender, { full: string; titled: string }> = {
  female: { full: 'Hana Petrova', titled: 'Judge Hana Petrova' },
  male: { full: 'Erik Lindqvist', titled: 'Councillor Erik Lindqvist' },
};

export const Q1 = 'The bridge will reopen by spring';
export const Q2 = 'Nobody should doubt that';
export const Q3 = 'Every family on the hill deserves better';
export const PARTIAL = 'a costly mistake';
export const Q0 = 'We are not finished yet';

// Frames: where the attribution stands. S is the subject phrase, V the verb phrase.
// reply-colon: "Her reply was brief: “…”" (the frame's possessor speaks, never the word before the colon);
// reported-then-quote: "X said the work was late. “…”" (the quote goes on with the reported speech before it);
// gesture-then-quote: "X smiled. “…”" (a gesture closing the sentence before introduces the speaker);
// second-verb: "X declined to give figures but said the plan was “…”" (the subject of the first verb speaks);
// second-verb-colon: "X declined to give figures, and added: “…”"; question: "“…?” X asked." (the sentence ends
// inside the quote, and the attribution is a sentence of its own); coordinated: "Judge Petrova has been warning that
// money is short, and X said the plan was “…”" (the clause holding the quote has its own subject and verb).
// paragraph-after: "“…”" as a paragraph of its own, then a paragraph that is only "X added." (the frame below it).
// medium-outlet / medium-person: "In a letter to the Harwick Courier, X wrote that the plan was “…”", "In a note to
// Councillor Erik Lindqvist, he …" (the recipient of the medium, a newspaper or a person of the speaker's gender,
// never speaks).
export const FRAMES = ['colon', 'comma', 'after', 'inverted', 'split', 'partial', 'reply-colon', 'reported-then-quote', 'gesture-then-quote',
  'second-verb', 'second-verb-colon', 'question', 'coordinated', 'paragraph-after', 'medium-outlet', 'medium-person'] as const;
type Frame = (typeof FRAMES)[number];

interface Verb {
  /** The verb phrase after a subject ("told reporters"). */
  phrase: string;
  /** Can it stand before its subject after a quote ("“…,” said X")? */
  inverts: boolean;
  /** A prepositional cue ("according to X"): the source follows it. */
  preposition?: boolean;
  /** Only a partial quote takes it as its object ("X called the plan “…”"). */
  callsIt?: boolean;
  /** Names a second person, who is not the speaker. */
  other?: boolean;
  /** A newspaper is the subject and the speaker its object ("quoted X as saying"). */
  quotedBy?: boolean;
  /** Takes no reported clause ("X went on that …" is no English). */
  noClause?: boolean;
}

export const VERBS: Record<string, Verb> = {
  said: { phrase: 'said', inverts: true },
  added: { phrase: 'added', inverts: true },
  'told reporters': { phrase: 'told reporters', inverts: false },
  insisted: { phrase: 'insisted', inverts: true },
  conceded: { phrase: 'conceded', inverts: true },
  warned: { phrase: 'warned', inverts: true },
  recalled: { phrase: 'recalled', inverts: true },
  wrote: { phrase: 'wrote', inverts: true },
  posted: { phrase: 'posted on Facebook', inverts: false },
  quipped: { phrase: 'quipped', inverts: true },
  explained: { phrase: 'explained', inverts: true },
  // Translated wire copy ("afirmó", "subrayó").
  affirmed: { phrase: 'affirmed', inverts: true },
  underlined: { phrase: 'underlined', inverts: true },
  'according to': { phrase: 'according to', inverts: false, preposition: true },
  called: { phrase: 'called', inverts: false, callsIt: true },
  'told OTHER': { phrase: 'told', inverts: false, other: true },
  'said of OTHER': { phrase: 'said of', inverts: false, other: true },
  says: { phrase: 'says', inverts: true },
  'said in a statement': { phrase: 'said in a statement', inverts: false },
  argued: { phrase: 'argued', inverts: true },
  replied: { phrase: 'replied', inverts: true },
  asked: { phrase: 'asked', inverts: true },
  // A newspaper quoting the speaker: "The Harwick Gazette quoted X as saying the plan was “…”".
  'quoted as saying': { phrase: 'quoted as saying', inverts: false, quotedBy: true },
  // An organisation's name right after the verb is the listener, not the speaker.
  'told the Gazette': { phrase: 'told the Harwick Gazette', inverts: false },
  // Going on after the speaker's own quote ("“…,” she went on", "Ms Tanabe continued: “…”").
  continued: { phrase: 'continued', inverts: true, noClause: true },
  'went on': { phrase: 'went on', inverts: false, noClause: true },
  // Left out: "“…,” X recalled Y telling her" — Y's words as X remembers them. Who "said it" is X (the source a
  // reader can check) or Y (who first spoke) depending on the question; the spec corpus (recalled-telling.md)
  // answers X, so the grid asserts neither.
};

// Left out: a singular "they" (for a person whose pronouns the article states) reads as plural to the pronoun
// resolver and, without that statement, to a reader too; the grid has no such statement to give.
// Kinship and relation nouns: "his sister" / "the victim’s sister" / "Lindqvist’s sister" after "His sister, Marta
// Okonkwo-Reyes, …" (the possessor is the second person, never the speaker), and "his lawyer" / "Lindqvist’s lawyer"
// never given a name (a description the article leaves unnamed).
// Two people speaking together: "Marta Okonkwo-Reyes and Erik Lindqvist said", "Okonkwo-Reyes and Lindqvist said" — the
// second person is then a speaker too, and the speaker is the pair, named by both full names joined by "and"
// (docs/rules.md, "Who said a quote").
export const SUBJECTS = ['full', 'honorific', 'surname', 'pronoun', 'role', 'possessive-role', 'title-surname', 'epithet', 'organisation-ref', 'spokesperson',
  'kin-pronoun', 'kin-noun', 'kin-surname', 'kin-unnamed', 'kin-surname-unnamed', 'pair', 'pair-surnames'] as const;
type Subject = (typeof SUBJECTS)[number];

export const BETWEENS = ['none', 'apposition', 'relative', 'long-description', 'apposition-naming-other', 'relative-naming-other', 'role-first', 'age', 'adverb', 'dash-aside'] as const;
type Between = (typeof BETWEENS)[number];

export const LAYOUTS = ['first-mention', 'next-sentence', 'next-paragraph', 'other-person-between', 'other-quote-before', 'other-named-in-quote', 'two-paragraph-quote', 'blockquote-then-attribution',
  'other-after-frame', 'other-in-opening-clause', 'other-in-opening-participle', 'other-reported-between', 'relative-same-surname',
  'place-in-opening-clause', 'place-after-frame', 'place-between', 'other-aged-between', 'own-quote-before', 'other-quote-same-paragraph',
  'relative-named-before'] as const;
type Layout = (typeof LAYOUTS)[number];

function capitalise(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

function otherOf(e: Entity): { full: string; titled: string } {
  return DISTRACTORS[e.kind === 'person' && e.gender === 'female' ? 'male' : 'female'];
}

/** The second person's possessive pronoun ("his" for Erik Lindqvist): the possessor of a kinship noun. */
function otherPossessive(e: Entity): string {
  return e.kind === 'person' && e.gender === 'female' ? 'his' : 'her';
}

/** The second person's surname ("Lindqvist"): the possessor of "Lindqvist’s sister". */
function otherSurname(e: Entity): string {
  return otherOf(e).full.split(' ').pop()!;
}

/** Streets, a square, a fort, water and land (a sound, a point, heights, a creek, a ridge, a harbour): capitalised
 *  like names, never a person, set near the quote by the place layouts. */
const PLACES = [
  { name: 'Copse Lane', at: 'On' }, { name: 'Harbour Road', at: 'On' }, { name: 'Fort Ardley', at: 'At' },
  { name: 'Pine Street', at: 'On' }, { name: 'Kestrel Square', at: 'In' }, { name: 'Mill Avenue', at: 'On' },
  { name: 'Harlow Sound', at: 'On' }, { name: 'Gannet Point', at: 'At' }, { name: 'Tarnby Heights', at: 'In' },
  { name: 'Selby Creek', at: 'At' }, { name: 'Corrow Ridge', at: 'On' }, { name: 'Wrenna Harbour', at: 'At' },
] as const;

/** The words referring to the speaker, or null where the form does not fit the entity. */
function subjectWords(e: Entity, subject: Subject): string | null {
  if (e.kind === 'organisation') {
    if (subject === 'full') return e.full;
    if (subject === 'organisation-ref') return e.ref;
    if (subject === 'spokesperson') return `a spokesperson for ${e.ref}`;
    return null;
  }
  switch (subject) {
    case 'full': return e.full;
    case 'honorific': return e.honorific;
    case 'surname': return e.surname;
    case 'pronoun': return e.gender === 'female' ? 'she' : 'he';
    case 'role': return e.role.ref;
    case 'possessive-role': return e.role.possessive ?? null;
    case 'title-surname': return e.role.title2 ?? null;
    case 'epithet': return `the ${e.age}-year-old`;
    case 'kin-pronoun': case 'kin-unnamed': return `${otherPossessive(e)} ${e.kin}`;
    case 'kin-noun': return `the victim’s ${e.kin}`;
    case 'kin-surname': case 'kin-surname-unnamed': return `${otherSurname(e)}’s ${e.kin}`;
    case 'pair': return `${e.full} and ${otherOf(e).full}`;
    case 'pair-surnames': return `${e.surname} and ${otherSurname(e)}`;
    default: return null;
  }
}

/** Who the subject words stand for: the entity (an unnamed spokesperson speaks for the organisation), or no one for
 *  a kinship noun the article never links to a name. */
function expectedName(e: Entity, subject?: Subject): string | null {
  if (subject === 'kin-unnamed' || subject === 'kin-surname-unnamed') return null;
  if (subject && isPair(subject) && e.kind === 'person') return `${e.full} and ${otherOf(e).full}`;
  return e.kind === 'person' ? e.full : e.name;
}

/** The words the speaker's text must hold when the article names no one ("his lawyer"). */
function expectedWords(e: Entity, subject: Subject): string | undefined {
  return (subject === 'kin-unnamed' || subject === 'kin-surname-unnamed') && e.kind === 'person' ? e.kin : undefined;
}

function isPair(subject: Subject): boolean {
  return subject === 'pair' || subject === 'pair-surnames';
}

/** The sentence introducing the speaker before the quote (the form of introduction the later reference needs). */
function introduction(e: Entity, subject: Subject): string {
  if (e.kind === 'organisation') return e.apposition ? `${e.full}, ${e.apposition}, opened a plant on Monday.` : `${capitalise(e.full)} voted on Monday to delay the levy.`;
  if (subject === 'epithet') return `${e.full}, ${e.age}, opened the hearing on Monday.`;
  const other = otherOf(e).full;
  if (subject === 'kin-pronoun') return `${other} was injured on Monday. ${capitalise(otherPossessive(e))} ${e.kin}, ${e.full}, spoke outside the court.`;
  if (subject === 'kin-noun') return `The victim, ${other}, was injured on Monday. The victim’s ${e.kin}, ${e.full}, spoke outside the court.`;
  if (subject === 'kin-surname') return `${other} was injured on Monday. ${otherSurname(e)}’s ${e.kin}, ${e.full}, spoke outside the court.`;
  if (subject === 'kin-unnamed' || subject === 'kin-surname-unnamed') return `${other} was injured on Monday.`;
  if (subject === 'pair-surnames') return `${e.full} and ${otherOf(e).titled} opened the hearing on Monday.`;
  if (e.role.title) return `${e.role.title} ${e.full} opened the hearing on Monday.`;
  if (e.role.complement) return `${capitalise(e.role.complement)}, ${e.full}, opened the hearing on Monday.`;
  return `${e.full}, ${e.role.apposition}, opened the hearing on Monday.`;
}

/** The subject with what stands between it and the verb; null where that does not fit. */
function subjectPhrase(e: Entity, subject: Subject, between: Between): string | null {
  const words = subjectWords(e, subject);
  if (!words) return null;
  if (between === 'none') return words;
  const named = subject === 'full' || subject === 'honorific' || subject === 'surname';
  if (!named) return null;
  const who = e.kind === 'person' ? 'who' : 'which';
  const other = otherOf(e);
  switch (between) {
    case 'apposition': return e.kind === 'person' ? `${words}, a former harbour pilot,` : `${words}, the largest employer in the valley,`;
    case 'relative': return `${words}, ${who} voted against the plan,`;
    case 'dash-aside': return `${words} — speaking from the town hall, where the lights were out —`;
    case 'age': return e.kind === 'person' ? `${words}, ${e.age},` : null;
    // "X later said", "X has repeatedly said": an adverb between subject and verb.
    case 'adverb': return `${words} later`;
    case 'long-description': return e.kind === 'person'
      ? `${words}, a former harbour pilot who, after two decades at sea, now chairs the residents’ board,`
      : `${words}, which has, since the floods of 2019, run the valley’s only shelter,`;
    case 'apposition-naming-other': return e.kind === 'person' ? `${words}, an adviser to ${other.titled},` : null;
    case 'relative-naming-other': return `${words}, ${who} sided with ${other.titled} on the vote,`;
    case 'role-first': {
      if (e.kind !== 'person' || subject !== 'full') return null;
      const role = e.role.apposition ?? e.role.complement ?? (e.role.title ? `the ${e.role.title.toLowerCase()}` : undefined);
      return role ? `${role}, ${words},` : null;
    }
  }
}

/** The verb phrase, with the second person where the verb names one. */
function verbWords(verb: Verb, e: Entity): string {
  return verb.other ? `${verb.phrase} ${otherOf(e).titled}` : verb.phrase;
}

/** One attributed sentence (or two, for a split quote) in the given frame; null where English has no such form. */
function framed(frame: Frame, verbKey: string, s: string, e: Entity, pronoun: boolean, q1: string): { text: string; openings: string[] } | null {
  const verb = VERBS[verbKey];
  const v = verbWords(verb, e);
  const S = capitalise(s);
  if (verb.callsIt && frame !== 'partial') return null;
  if (verb.noClause && (frame === 'partial' || frame === 'second-verb')) return null;
  if (frame === 'coordinated') {
    if (verb.preposition || verb.callsIt || verb.quotedBy || verb.other || verb.noClause || verbKey === 'asked' || s.endsWith(' later')) return null;
    return { text: `${capitalise(otherOf(e).titled)} has been warning that money is short, and ${s} ${v} the plan was “${PARTIAL}.”`, openings: [PARTIAL] };
  }
  if (frame === 'paragraph-after') {
    if (verb.preposition || verb.callsIt || verb.quotedBy || verb.other || verb.phrase.includes(' ') || verbKey === 'asked' || s.includes('—')) return null;
    return { text: `“${q1}.”\n\n${S} ${v}.`, openings: [Q1] };
  }
  if (frame === 'medium-outlet' || frame === 'medium-person') {
    if (verb.preposition || verb.callsIt || verb.quotedBy || verb.other || verb.noClause || verbKey === 'asked' || s.endsWith(' later') || s.includes('—')) return null;
    // The recipient person has the speaker's gender, so that a pronoun subject could fit either.
    const recipient = frame === 'medium-outlet' ? 'a letter to the Harwick Courier' : `a note to ${DISTRACTORS[e.kind === 'person' ? e.gender : 'male'].titled}`;
    return { text: `In ${recipient}, ${s} ${v} that the plan was “${PARTIAL}.”`, openings: [PARTIAL] };
  }
  if (frame === 'question') return verb.preposition || verb.callsIt || verb.quotedBy || verb.other ? null : { text: `“${q1}?” ${s} ${v}.`, openings: [Q1] };
  if (verbKey === 'asked' && frame !== 'after' && frame !== 'inverted' && frame !== 'colon') return null;
  if (frame === 'second-verb' || frame === 'second-verb-colon') {
    if (verb.preposition || verb.callsIt || verb.quotedBy || s.endsWith(' later')) return null;
    if (frame === 'second-verb-colon') return { text: `${S} declined to give figures, and ${v}: “${q1}.”`, openings: [Q1] };
    return verb.other ? null : { text: `${S} declined to give figures but ${v} the plan was “${PARTIAL}.”`, openings: [PARTIAL] };
  }
  if (verb.quotedBy) return frame === 'partial' && !pronoun ? { text: `The Harwick Gazette quoted ${s} as saying the plan was “${PARTIAL}.”`, openings: [PARTIAL] } : null;
  if (frame === 'gesture-then-quote') return verbKey === 'said' && e.kind === 'person' && !s.endsWith(',') ? { text: `${S} smiled. “${q1}.”`, openings: [Q1] } : null;
  if (frame === 'reply-colon') return verbKey === 'said' && !s.endsWith(',') && !s.endsWith('—') && !s.endsWith(' later') && !s.startsWith('a spokesperson') ? { text: `${possessive(S, pronoun, e)} reply was brief: “${q1}.”`, openings: [Q1] } : null;
  if (frame === 'reported-then-quote') return verbKey === 'said' || verbKey === 'told reporters' || verbKey === 'insisted' ? { text: `${S} ${v} the work was running late. “${q1}.”`, openings: [Q1] } : null;
  if (verb.preposition) {
    if (frame === 'after') return { text: `“${q1},” ${v} ${s}.`, openings: [Q1] };
    if (frame === 'split') return { text: `“${q1},” ${v} ${s}. “${Q2}.”`, openings: [Q1, Q2] };
    if (frame === 'partial') return { text: `${capitalise(v)} ${s}, the plan was “${PARTIAL}.”`, openings: [PARTIAL] };
    return null;
  }
  switch (frame) {
    case 'colon': return { text: `${S} ${v}: “${q1}.”`, openings: [Q1] };
    case 'comma': return { text: `${S} ${v}, “${q1}.”`, openings: [Q1] };
    case 'after': return { text: `“${q1},” ${s} ${v}.`, openings: [Q1] };
    case 'inverted': return verb.inverts && !pronoun ? { text: `“${q1},” ${v} ${s}.`, openings: [Q1] } : null;
    case 'split': return { text: `“${q1},” ${s} ${v}. “${Q2}.”`, openings: [Q1, Q2] };
    case 'partial':
      if (verb.callsIt) return { text: `${S} called the plan “${PARTIAL}.”`, openings: [PARTIAL] };
      if (verb.other) return null;
      return { text: `${S} ${v} that the plan was “${PARTIAL}.”`, openings: [PARTIAL] };
  }
}

/** The possessive of a subject opening a sentence: "Her", "Okonkwo-Reyes’s", "The council’s". */
function possessive(S: string, pronoun: boolean, e: Entity): string {
  if (pronoun) return e.kind === 'person' && e.gender === 'female' ? 'Her' : 'His';
  return `${S}’s`;
}

/** The frame's sentence after an opening clause: its first letter lower-cased unless the subject is a name. */
function lowerFirst(text: string, subject: string): string {
  return /^\p{Lu}/u.test(subject) ? text : text[0].toLowerCase() + text.slice(1);
}

/** The inverted frame puts what stands between after the name ("said X, who voted against the plan."). */
function invertedBetween(s: string): string {
  return s.endsWith(',') ? s.slice(0, -1) : s;
}

interface Choice {
  frame: Frame;
  verb: string;
  subject: Subject;
  between: Between;
  layout: Layout;
  speaker: number;
}

/** The article of one cell, or null where the combination is no English (or not a question with one answer). */
export function buildCell(c: Choice): GridCell | null {
  const e = SPEAKERS[c.speaker];
  const s = subjectPhrase(e, c.subject, c.between);
  if (!s) return null;
  // A pair takes a plural verb, and its second person cannot be spoken to or about in the same frame.
  // Going on after one's own quote is one person's.
  if (isPair(c.subject) && (c.verb === 'says' || VERBS[c.verb].other || c.frame === 'reply-colon' || c.layout === 'own-quote-before')) return null;
  const name = expectedName(e, c.subject);
  const words = expectedWords(e, c.subject);
  const place = PLACES[c.speaker % PLACES.length];
  const pronoun = c.subject === 'pronoun';
  // Only a full name (or a role given with the name in the same sentence) can be a first mention.
  if (c.layout === 'first-mention' && c.subject !== 'full') return null;
  if (c.layout !== 'first-mention' && c.between === 'role-first') return null;
  const other = otherOf(e);
  const q1 = c.layout === 'other-named-in-quote' ? `${Q1} if ${other.full} agrees` : Q1;
  // A quote going on after another's in its paragraph is that speaker's (docs/rules.md); a bare frame below it is
  // then read either way.
  if (c.frame === 'paragraph-after' && c.layout === 'other-quote-same-paragraph') return null;
  const frame = framed(c.frame, c.verb, c.frame === 'inverted' ? invertedBetween(s) : s, e, pronoun, q1);
  if (!frame) return null;
  const intro = introduction(e, c.subject);
  let text: string;
  let openings = frame.openings;
  switch (c.layout) {
    case 'first-mention': text = frame.text; break;
    case 'next-sentence': text = `${intro} ${frame.text}`; break;
    case 'next-paragraph': text = `${intro}\n\n${frame.text}`; break;
    // A second person, of the other gender and with no role the speaker has, is named between.
    case 'other-person-between': text = `${intro} ${other.titled} had asked for a delay.\n\n${frame.text}`; break;
    // The paragraph before holds a quote by the second person, or the same paragraph does, just before the frame.
    case 'other-quote-before': text = `${intro}\n\n“We need more time,” ${other.titled} said.\n\n${frame.text}`; break;
    case 'other-quote-same-paragraph': text = `${intro}\n\n“We need more time,” ${other.titled} said. ${frame.text}`; break;
    case 'other-named-in-quote': text = `${intro} ${frame.text}`; break;
    // The second person in the frame's own sentence: after the attribution, or in an opening clause.
    case 'other-after-frame':
      if (c.frame !== 'after' && c.frame !== 'inverted') return null;
      text = `${intro} ${frame.text.replace(/\.$/, ` after meeting ${other.titled}.`)}`;
      break;
    case 'other-in-opening-clause':
      if (c.frame !== 'colon' && c.frame !== 'comma') return null;
      text = `${intro} After ${other.titled} spoke, ${frame.text[0].toLowerCase() === frame.text[0] ? frame.text : lowerFirst(frame.text, s)}`;
      break;
    // A relative with the same surname, named once after the speaker's introduction: the surname alone is still
    // the article's subject (named twice).
    case 'relative-same-surname':
      if (e.kind !== 'person' || c.subject !== 'surname') return null;
      text = `${intro} ${e.full} has led the review since May.\n\nThe news was confirmed by a cousin, Ilse ${e.surname}.\n\n${frame.text}`;
      break;
    // A relative with a known given name and the same surname named before the speaker's introduction: the
    // speaker's two words are still the speaker's name, not a sentence's first word glued to the relative's surname.
    case 'relative-named-before':
      if (e.kind !== 'person' || e.surname.includes(' ')) return null;
      text = `Ana ${e.surname} was injured on Monday. ${intro} ${frame.text}`;
      break;
    case 'other-in-opening-participle':
      if (c.frame !== 'colon' && c.frame !== 'comma' && c.frame !== 'partial') return null;
      text = `${intro} Speaking to ${other.titled}, ${lowerFirst(frame.text, s)}`;
      break;
    // Between the introduction and the quote, the second person's reported speech in a paragraph of its own.
    case 'other-reported-between':
      text = `${intro}\n\n${other.titled} said the levy would be delayed.\n\n${frame.text}`;
      break;
    // The quote runs on: its last paragraph has no closing mark, the next opens with one.
    case 'two-paragraph-quote':
      if (c.frame !== 'after' && c.frame !== 'inverted' && c.frame !== 'split') return null;
      text = `${intro}\n\n${frame.text.replace(/”$/, '')}${c.frame === 'split' ? '' : ` “${Q2}.`}\n\n“${Q3}.”`;
      openings = [...openings, ...(c.frame === 'split' ? [] : [Q2]), Q3];
      break;
    // A street, a square or a fort near the quote, capitalised like a name: in an opening phrase, after the
    // attribution, or as the subject of a sentence between.
    case 'place-in-opening-clause':
      if (c.frame !== 'colon' && c.frame !== 'comma' && c.frame !== 'partial' && c.frame !== 'second-verb-colon') return null;
      text = `${intro} ${place.at} ${place.name}, ${lowerFirst(frame.text, s)}`;
      break;
    case 'place-after-frame':
      if (c.frame !== 'after' && c.frame !== 'inverted') return null;
      text = `${intro} ${frame.text.replace(/\.$/, ` ${place.at.toLowerCase()} ${place.name}.`)}`;
      break;
    case 'place-between': text = `${intro} ${place.name} was closed to traffic for the day.\n\n${frame.text}`; break;
    // A second person given another age between: "the 54-year-old" is still the one given 54.
    case 'other-aged-between': text = `${intro} ${other.full}, ${e.kind === 'person' ? e.age + 7 : 40}, had asked for a delay.\n\n${frame.text}`; break;
    // The speaker's own quote in the paragraph before ("X went on", "X continued" take it up).
    case 'own-quote-before':
      text = `${intro}\n\n“${Q0},” ${(c.subject === 'pronoun' || expectedWords(e, c.subject) ? subjectWords(e, c.subject) : null) ?? e.full} said.\n\n${frame.text}`;
      openings = [Q0, ...openings];
      break;
    case 'blockquote-then-attribution': return null;
  }
  return cell(c, text + '\n', openings.map((opening) => ({ opening, name, ...(words ? { words } : {}) })));
}

/** A blockquote attributed by the paragraph after it: by a dash byline, or by a sentence naming the speaker. */
export function blockquoteCell(speaker: number, subject: Subject, form: 'dash' | 'sentence'): GridCell | null {
  const e = SPEAKERS[speaker];
  const s = subjectWords(e, subject);
  if (!s || (form === 'dash' && subject !== 'full')) return null;
  const intro = introduction(e, subject);
  const after = form === 'dash' ? `— ${capitalise(s)}` : `${capitalise(s)} wrote that in a letter to residents on Monday.`;
  const text = `${intro}\n\n> “${Q1}.”\n\n${after}\n`;
  const words = expectedWords(e, subject);
  return cell({ frame: 'after', verb: form === 'dash' ? 'dash' : 'wrote', subject, between: 'none', layout: 'blockquote-then-attribution', speaker }, text, [{ opening: Q1, name: expectedName(e, subject), ...(words ? { words } : {}) }]);
}

function cell(c: Choice, text: string, quotes: GridQuote[]): GridCell {
  const dims: Record<Dimension, string> = { frame: c.frame, verb: c.verb, subject: c.subject, between: c.between, layout: c.layout, speaker: SPEAKERS[c.speaker].full };
  const id = (Object.keys(dims) as Dimension[]).map((d) => `${d}=${dims[d]}`).join(' ');
  return { id, dims, text, quotes };
}

/**
 * The grid: three crossings that share a default (verb "said", nothing between, the quote in the sentence after the
 * introduction) — frame × verb × subject (one speaker each), frame × subject × between and frame × subject × layout
 * (two speakers each), frame × subject × a verb going on after the speaker's own quote (one speaker each), the
 * speakers taken in turn — and, for every speaker, the blockquotes attributed after them.
 */
const CONTINUING = ['continued', 'went on', 'added'];

export function speakerGrid(): GridCell[] {
  const cells: GridCell[] = [];
  const seen = new Set<string>();
  const add = (c: GridCell | null): void => {
    if (c && !seen.has(c.id)) {
      seen.add(c.id);
      cells.push(c);
    }
  };
  // Each combination with the speakers in turn (every name shape often): `count` speakers for which it is English.
  const inTurn = (count: number, seed: number, make: (speaker: number) => GridCell | null): void => {
    let made = 0;
    for (let turn = 0; turn < SPEAKERS.length && made < count; turn++) {
      const before = cells.length;
      add(make((seed + turn) % SPEAKERS.length));
      if (cells.length > before) made++;
    }
  };
  const verbs = Object.keys(VERBS);
  FRAMES.forEach((frame, f) => SUBJECTS.forEach((subject, s) => {
    verbs.forEach((verb, v) => inTurn(1, f + s + v, (speaker) => buildCell({ frame, verb, subject, between: 'none', layout: 'next-sentence', speaker })));
    BETWEENS.forEach((between, b) => inTurn(2, f + s + b, (speaker) => buildCell({ frame, verb: 'said', subject, between, layout: between === 'role-first' ? 'first-mention' : 'next-sentence', speaker })));
    // And each organisation, which the turn above seldom reaches ("…, and the council, which sided with …, said").
    BETWEENS.forEach((between) => ORGANISATIONS.forEach((speaker) => add(buildCell({ frame, verb: 'said', subject, between, layout: 'next-sentence', speaker }))));
    LAYOUTS.forEach((layout, l) => inTurn(2, f + s + l, (speaker) => buildCell({ frame, verb: 'said', subject, between: 'none', layout, speaker })));
    // Going on after the speaker's own quote in the paragraph before.
    CONTINUING.forEach((verb, v) => inTurn(1, f + s + v, (speaker) => buildCell({ frame, verb, subject, between: 'none', layout: 'own-quote-before', speaker })));
  }));
  for (let speaker = 0; speaker < SPEAKERS.length; speaker++) {
    for (const subject of SUBJECTS) for (const form of ['dash', 'sentence'] as const) add(blockquoteCell(speaker, subject, form));
  }
  return cells;
}

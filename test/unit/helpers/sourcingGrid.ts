// A generated grid of sourcing constructions (issue 12, "fixes by sentence do not carry across writers"): short
// articles built by crossing a check-worthy claim, the way the article sources it (a frame of one family), who the
// source is (its shape), the layout around it and the typography. Every expected status follows from the family's
// definition in docs/rules.md ("unsourced-claim", "vague-source", "anonymous-source"), never from Factmark's output.
// Names and claims are invented.

/** What docs/rules.md makes of a statement: the status it has, and which findings go with it. */
export type Expected = 'attributed' | 'cited' | 'sourced' | 'vague' | 'anonymous' | 'unsourced';
export type Family = 'attributed' | 'cited' | 'vague' | 'anonymous' | 'unsourced';
export type Dimension = 'family' | 'frame' | 'shape' | 'layout' | 'style' | 'quoting' | 'core';

export interface SourcingCell {
  /** The dimension values, as "family=attributed frame=said-that …". */
  id: string;
  dims: Record<Dimension, string>;
  text: string;
  /** The claim's words exactly as the article gives them (found once in it). */
  statement: string;
  expect: Expected;
}

export type Spelling = 'us' | 'uk';

/** A check-worthy claim: a clause (lower-case start, no full stop) and a noun phrase for acts done about it. */
interface Core {
  key: string;
  /** The clause's verb, where a frame set off by commas may split it from its subject ("The debt, X said, rose …"). */
  verb: string;
  clause: Record<Spelling, string>;
  noun: Record<Spelling, string>;
  /** What a document puts at a value ("puts <the county's debt at $3.2 million>"). */
  puts: Record<Spelling, string>;
}

export const CORES: readonly Core[] = [
  { key: 'debt', verb: 'rose', clause: { us: 'the county\'s debt rose by 14 percent to $3.2 million in 2023', uk: 'the county\'s debt rose by 14 per cent to £3.2 million in 2023' }, noun: { us: 'the 14 percent rise in the county\'s debt', uk: 'the 14 per cent rise in the county\'s debt' }, puts: { us: 'the county\'s debt at $3.2 million', uk: 'the county\'s debt at £3.2 million' } },
  { key: 'harbour', verb: 'cost', clause: { us: 'the harbor program cost twice as much as the 2019 estimate', uk: 'the harbour programme cost twice as much as the 2019 estimate' }, noun: { us: 'the doubling of the harbor program\'s cost since 2019', uk: 'the doubling of the harbour programme\'s cost since 2019' }, puts: { us: 'the harbor program\'s cost at twice the 2019 estimate', uk: 'the harbour programme\'s cost at twice the 2019 estimate' } },
  { key: 'ferry', verb: 'fell', clause: { us: 'ferry ridership fell to 41,000 passengers in March, the lowest level since 2009', uk: 'ferry ridership fell to 41,000 passengers in March, the lowest level since 2009' }, noun: { us: 'the fall in ferry ridership to 41,000 passengers in March', uk: 'the fall in ferry ridership to 41,000 passengers in March' }, puts: { us: 'March ferry ridership at 41,000 passengers', uk: 'March ferry ridership at 41,000 passengers' } },
  { key: 'clinic', verb: 'has', clause: { us: 'the clinic\'s waiting list has grown from 1,200 to 3,400 patients since January 2022', uk: 'the clinic\'s waiting list has grown from 1,200 to 3,400 patients since January 2022' }, noun: { us: 'the growth of the clinic\'s waiting list from 1,200 to 3,400 patients', uk: 'the growth of the clinic\'s waiting list from 1,200 to 3,400 patients' }, puts: { us: 'the clinic\'s waiting list at 3,400 patients', uk: 'the clinic\'s waiting list at 3,400 patients' } },
  { key: 'depot', verb: 'will', clause: { us: 'the new bus depot will open on June 4, 2025, a year later than planned', uk: 'the new bus depot will open on 4 June 2025, a year later than planned' }, noun: { us: 'the year\'s delay to the new bus depot, now due to open on June 4, 2025', uk: 'the year\'s delay to the new bus depot, now due to open on 4 June 2025' }, puts: { us: 'the new bus depot\'s opening at June 4, 2025', uk: 'the new bus depot\'s opening at 4 June 2025' } },
  { key: 'labour', verb: 'are', clause: { us: 'labor costs at the Tarn plant are higher than at any other site in the state', uk: 'labour costs at the Tarn plant are higher than at any other site in the country' }, noun: { us: 'the Tarn plant\'s labor costs, the highest of any site in the state', uk: 'the Tarn plant\'s labour costs, the highest of any site in the country' }, puts: { us: 'labor costs at the Tarn plant at $41 an hour', uk: 'labour costs at the Tarn plant at £41 an hour' } },
  { key: 'bridges', verb: 'failed', clause: { us: 'more than 60 percent of the town\'s bridges failed their last inspection', uk: 'more than 60 per cent of the town\'s bridges failed their last inspection' }, noun: { us: 'the failure of more than 60 percent of the town\'s bridges at their last inspection', uk: 'the failure of more than 60 per cent of the town\'s bridges at their last inspection' }, puts: { us: 'the share of failed bridges at more than 60 percent', uk: 'the share of failed bridges at more than 60 per cent' } },
];

/** The second claim of "C, X added, noting that C2". */
const SECOND: Record<Spelling, string> = { us: 'the shortfall could reach $900,000 by 2026', uk: 'the shortfall could reach £900,000 by 2026' };

// Who the source is. A person is referred to by full name, with a title, with a role in apposition, or by a pronoun
// after an introduction; an organisation, a named group and a newspaper by their names.
export const SHAPES = ['person', 'titled-person', 'role-described', 'pronoun', 'surname', 'role-reference', 'organisation', 'named-group', 'newspaper'] as const;
export type Shape = (typeof SHAPES)[number];

interface Person { full: string; surname: string; she: boolean; role: string; ref: string; title: Record<Spelling, string> }

const PEOPLE: readonly Person[] = [
  { full: 'Ana Ruiz', surname: 'Ruiz', she: true, role: 'the county treasurer', ref: 'the treasurer', title: { us: 'County Treasurer', uk: 'County Treasurer' } },
  { full: 'Kofi Mensah', surname: 'Mensah', she: false, role: 'the hospital\'s chief surgeon', ref: 'the surgeon', title: { us: 'Dr.', uk: 'Dr' } },
  { full: 'Siobhán Ní Bhriain', surname: 'Ní Bhriain', she: true, role: 'general secretary of the nurses\' union', ref: 'the general secretary', title: { us: 'Councilmember', uk: 'Councillor' } },
  { full: 'Pieter van der Berg', surname: 'van der Berg', she: false, role: 'the port authority\'s director', ref: 'the director', title: { us: 'Commissioner', uk: 'Commissioner' } },
];
const ORGANISATIONS = ['the Hartley County Council', 'Velmora'];
const GROUP = 'the Hartley Residents\' Association';
const NEWSPAPER = 'the Tarn Valley Gazette';
/** Institutes that make studies and figures (the cited families' makers). */
const INSTITUTES: Record<Spelling, readonly string[]> = { us: ['the Hartley Institute', 'the Tarn Policy Center'], uk: ['the Hartley Institute', 'the Tarn Policy Centre'] };

/** The source as the article refers to it in the frame's sentence. */
export interface Source {
  shape: Shape;
  /** Mid-sentence subject ("Ana Ruiz", "Ana Ruiz, the county treasurer,", "she"). */
  subject: string;
  /** After a preposition ("according to Ana Ruiz"); null for a pronoun. */
  object: string | null;
  /** "Ana Ruiz's", "her", "the council's"; null where English has no short form. */
  possessive: string | null;
  person: boolean;
  /** The sentence that must come first (a pronoun's antecedent), else null. */
  antecedent: string | null;
}

function possessiveOf(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

/** The source of one shape, the n-th of its kind. */
export function source(shape: Shape, n: number, spelling: Spelling): Source {
  const p = PEOPLE[n % PEOPLE.length];
  const intro = `${p.full}, ${p.role}, spoke to the finance committee on Monday.`;
  const org = (name: string): Source => ({ shape, subject: name, object: name, possessive: possessiveOf(name), person: false, antecedent: null });
  switch (shape) {
    case 'person': return { shape, subject: p.full, object: p.full, possessive: possessiveOf(p.full), person: true, antecedent: null };
    case 'titled-person': {
      const titled = `${p.title[spelling]} ${p.full}`;
      return { shape, subject: titled, object: titled, possessive: possessiveOf(titled), person: true, antecedent: null };
    }
    case 'role-described': return { shape, subject: `${p.full}, ${p.role},`, object: `${p.full}, ${p.role},`, possessive: null, person: true, antecedent: null };
    case 'pronoun': return { shape, subject: p.she ? 'she' : 'he', object: null, possessive: p.she ? 'her' : 'his', person: true, antecedent: intro };
    // A later mention, after the introduction: the surname alone, or the role as a definite description.
    case 'surname': return { shape, subject: p.surname, object: p.surname, possessive: possessiveOf(p.surname), person: true, antecedent: intro };
    case 'role-reference': return { shape, subject: p.ref, object: p.ref, possessive: possessiveOf(p.ref), person: true, antecedent: intro };
    case 'organisation': return org(ORGANISATIONS[n % ORGANISATIONS.length]);
    case 'named-group': return org(GROUP);
    case 'newspaper': return org(NEWSPAPER);
  }
}

/** The words of one cell before typography: the claim as given (clause, or quoted words) and its sentence(s). */
export interface Written { text: string; statement: string }

export interface FrameArgs {
  x: Source;
  /** The claim clause, lower-case start, and its subject and predicate (split before its verb). */
  c: string;
  subject: string;
  predicate: string;
  /** The claim as a noun phrase (acts). */
  noun: string;
  /** What a document puts at a value. */
  puts: string;
  second: string;
  institute: string;
  spelling: Spelling;
  /** Quoted forms only: the claim's words opened by a capital. */
  quoted: boolean;
}

export interface Frame {
  family: Family;
  /** docs/rules.md: "according to" a specific source is a citation, not an attribution. */
  according?: boolean;
  /** A source named in a sentence of its own after the claim: the rules say it is the source's, not which kind. */
  apart?: boolean;
  /** Has a form with the claim quoted. */
  quotes?: boolean;
  /** Takes no source shape (vague wording, a study's maker, a bare statement). */
  noShape?: boolean;
  /** The shapes it is English for (all by default). */
  shapes?: readonly Shape[];
  write(a: FrameArgs): Written | null;
}

export function capitalise(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** "According to Ana Ruiz, the county treasurer, C": no second comma after an apposition's own. */
function comma(x: string): string {
  return x.endsWith(',') ? x : `${x},`;
}

/** A subject closing its sentence ("…, said Ana Ruiz, the county treasurer."): the apposition's comma dropped. */
function closing(x: string): string {
  return x.endsWith(',') ? x.slice(0, -1) : x;
}

/** The claim written as a sentence of its own, or quoted after a frame (with the mark the frame closes on). */
function sentence(a: FrameArgs, end: '.' | ','): Written {
  const words = capitalise(a.c);
  return a.quoted ? { text: `“${words}${end}”`, statement: words } : { text: `${words}${end}`, statement: words };
}

/** Shapes that point back at an introduction, so need one before them. */
const LATER_MENTIONS: readonly (Shape | 'none')[] = ['pronoun', 'surname', 'role-reference'];
const PERSON_LIKE: readonly Shape[] = ['person', 'titled-person', 'role-described', 'pronoun', 'surname', 'role-reference'];
const NAMED: readonly Shape[] = ['person', 'titled-person', 'role-described', 'surname', 'role-reference', 'organisation', 'named-group', 'newspaper'];
const NOT_NEWSPAPER: readonly Shape[] = ['person', 'titled-person', 'role-described', 'pronoun', 'surname', 'role-reference', 'organisation', 'named-group'];
const WITH_POSSESSIVE: readonly Shape[] = ['person', 'titled-person', 'pronoun', 'surname', 'role-reference', 'organisation', 'named-group', 'newspaper'];

/** A frame opening its sentence (or its clause, after `lead`): "X said that C." / quoted "X said, “C.”". */
function opening(verbThat: string, verbColon: string, lead = ''): (a: FrameArgs) => Written {
  return (a) => {
    const S = lead ? `${lead} ${a.x.subject}` : capitalise(a.x.subject);
    if (!a.quoted) return { text: `${S} ${verbThat} ${a.c}.`, statement: a.c };
    const q = sentence(a, '.');
    return { text: `${S} ${verbColon} ${q.text}`, statement: q.statement };
  };
}

/** The families of docs/rules.md and the frames that realise them. */
export const FRAMES: Record<string, Frame> = {
  // Attributed: "the statement is what a named source said, wrote or thought".
  'said-that': { family: 'attributed', quotes: true, write: opening('said that', 'said,') },
  'trailing-said': { family: 'attributed', quotes: true, write: (a) => { const q = sentence(a, ','); return { text: `${q.text} ${a.x.subject} said.`, statement: q.statement }; } },
  // An opening phrase before the claim, and a frame closing the sentence with a short circumstance.
  'opening-trailing-letter': { family: 'attributed', write: (a) => ({ text: `From next spring, ${a.c}, ${a.x.subject} said in a letter to residents.`, statement: a.c }) },
  'opening-trailing-survey': { family: 'attributed', write: (a) => ({ text: `Across the region, ${a.c}, ${a.x.subject} says in its latest survey.`, statement: a.c }) },
  'inverted-said': { family: 'attributed', quotes: true, shapes: NAMED, write: (a) => { const q = sentence(a, ','); return { text: `${q.text} said ${closing(a.x.subject)}.`, statement: q.statement }; } },
  'according-to': { family: 'attributed', according: true, shapes: NAMED, write: (a) => ({ text: `According to ${comma(a.x.object!)} ${a.c}.`, statement: a.c }) },
  'according-to-after': { family: 'attributed', according: true, shapes: NAMED, write: (a) => { const q = sentence(a, ','); return { text: `${q.text} according to ${closing(a.x.object!)}.`, statement: q.statement }; } },
  says: { family: 'attributed', quotes: true, write: opening('says', 'says:') },
  'told-newspaper': { family: 'attributed', quotes: true, shapes: NOT_NEWSPAPER, write: opening('told the Tarn Valley Gazette', 'told the Tarn Valley Gazette:') },
  'wrote-email': { family: 'attributed', quotes: true, shapes: NOT_NEWSPAPER, write: opening('wrote in an email that', 'wrote in an email:') },
  'posted-social': { family: 'attributed', quotes: true, write: opening('posted on social media that', 'posted on social media:') },
  'relative-said': {
    family: 'attributed', quotes: true, shapes: ['person', 'titled-person', 'surname', 'organisation', 'named-group', 'newspaper'],
    write: (a) => {
      const aside = a.x.person ? 'who chairs the finance committee' : 'which runs the valley\'s ferries';
      return opening('said', 'said:')({ ...a, x: { ...a.x, subject: `${a.x.subject}, ${aside},` } });
    },
  },
  'view-is': { family: 'attributed', shapes: WITH_POSSESSIVE, write: (a) => ({ text: `${capitalise(a.x.possessive!)} view is that ${a.c}.`, statement: a.c }) },
  'in-a-statement': { family: 'attributed', quotes: true, write: opening('said', 'said:', 'In a statement,') },
  // A quotation running on in the next paragraph, and a frame closing its paragraph with a colon (docs/rules.md,
  // "A quotation continues after its frame").
  'quote-runs-on': { family: 'attributed', write: (a) => ({ text: `“We will not cut a single route,” ${a.x.subject} said.\n\n“${capitalise(a.c)}.”`, statement: capitalise(a.c) }) },
  'colon-paragraph': { family: 'attributed', write: (a) => ({ text: `${capitalise(a.x.subject)} continued:\n\n“${capitalise(a.c)}.”`, statement: capitalise(a.c) }) },
  // Named groups are no vague sources (docs/rules.md, "Not vague").
  'officials-at': { family: 'attributed', shapes: ['organisation', 'named-group'], write: (a) => ({ text: `Officials at ${a.x.object} said ${a.c}.`, statement: a.c }) },
  'critics-led-by': { family: 'attributed', shapes: ['person', 'titled-person'], write: (a) => ({ text: `Critics of the plan, led by ${a.x.object}, said ${a.c}.`, statement: a.c }) },
  'has-said': { family: 'attributed', write: opening('has said that', 'has said:') },
  'said-on-monday': { family: 'attributed', write: opening('said on Monday that', 'said on Monday:') },
  'in-an-interview': { family: 'attributed', write: opening('said', 'said:', 'In an interview,') },
  'speaking-at': { family: 'attributed', write: opening('said', 'said:', 'Speaking at the meeting,') },
  'as-put-it': { family: 'attributed', write: (a) => ({ text: `As ${closing(a.x.subject)} put it, ${a.c}.`, statement: a.c }) },
  // An "as" frame after a conjunction, and one closing on a listener (docs/rules.md, "An “as” frame").
  'but-as-noted': { family: 'attributed', write: (a) => ({ text: `But as ${a.x.subject} noted, ${a.c}.`, statement: a.c }) },
  'as-told-listener': { family: 'attributed', shapes: NOT_NEWSPAPER, write: (a) => ({ text: `As ${a.x.subject} told the Tarn Valley Gazette, ${a.c}.`, statement: a.c }) },
  'spokesperson-for': { family: 'attributed', shapes: ['organisation', 'named-group', 'newspaper'], write: (a) => ({ text: `A spokesperson for ${a.x.object} said ${a.c}.`, statement: a.c }) },
  'mid-said': { family: 'attributed', write: (a) => ({ text: `${capitalise(a.subject)}, ${a.x.subject.replace(/,$/, '')} said, ${a.predicate}.`, statement: a.predicate }) },
  // A quotation split by its frame, and a speaker described at length after the frame or a circumstance closing it
  // (docs/rules.md, "A quotation split by its frame is one content", "After “…, said”").
  'split-quote': { family: 'attributed', write: (a) => ({ text: `“${capitalise(a.subject)},” ${a.x.subject} said, “${a.predicate}.”`, statement: a.predicate }) },
  'split-quote-inverted': { family: 'attributed', shapes: NAMED, write: (a) => ({ text: `“${capitalise(a.subject)},” said ${closing(a.x.subject)}, “${a.predicate}.”`, statement: a.predicate }) },
  'said-described': {
    family: 'attributed', shapes: NAMED,
    write: (a) => {
      const described = a.x.person ? 'who has sat on the finance committee since 2015' : 'which has followed the county\'s accounts since 1998';
      return { text: `“${capitalise(a.c)},” said ${closing(a.x.subject)}, ${described}.`, statement: capitalise(a.c) };
    },
  },
  'said-speaking': { family: 'attributed', write: (a) => ({ text: `“${capitalise(a.c)},” ${a.x.subject} said, speaking to reporters outside the depot.`, statement: capitalise(a.c) }) },
  'mid-told': { family: 'attributed', shapes: NOT_NEWSPAPER, write: (a) => ({ text: `${capitalise(a.subject)}, ${a.x.subject.replace(/,$/, '')} told the Tarn Valley Gazette, ${a.predicate}.`, statement: a.predicate }) },
  'added-noting': { family: 'attributed', quotes: true, write: (a) => { const q = sentence(a, ','); return { text: `${q.text} ${a.x.subject} added, noting that ${a.second}.`, statement: q.statement }; } },
  'colon-plainly': { family: 'attributed', quotes: true, write: (a) => { const q = a.quoted ? sentence(a, '.') : { text: `${a.c}.`, statement: a.c }; return { text: `${capitalise(a.x.subject)} put it plainly: ${q.text}`, statement: q.statement }; } },
  // A source named apart, pointing back at the claim ("Those figures come from the transit authority.").
  'figures-come-from': { family: 'attributed', apart: true, shapes: NAMED, write: (a) => ({ text: `${capitalise(a.c)}. Those figures come from ${closing(a.x.object!)}.`, statement: capitalise(a.c) }) },
  'that-is-according': { family: 'attributed', according: true, apart: true, shapes: NAMED, write: (a) => ({ text: `${capitalise(a.c)}. That is according to ${closing(a.x.object!)}.`, statement: capitalise(a.c) }) },
  'numbers-from-colon': { family: 'attributed', apart: true, shapes: NAMED, write: (a) => ({ text: `The numbers, from ${closing(a.x.object!)}: ${a.c}.`, statement: a.c }) },

  // Cited: a document that reports, "according to" figures of a specific source, a study with its maker.
  'report-shows': { family: 'cited', shapes: WITH_POSSESSIVE, write: (a) => ({ text: `${capitalise(a.x.possessive!)} report shows ${a.c}.`, statement: a.c }) },
  'study-by': { family: 'cited', noShape: true, write: (a) => ({ text: `A study by ${a.institute} found that ${a.c}.`, statement: a.c }) },
  'figures-from': { family: 'cited', noShape: true, write: (a) => ({ text: `According to figures from ${a.institute}, ${a.c}.`, statement: a.c }) },
  'annual-report-shows': { family: 'cited', shapes: ['organisation', 'named-group'], write: (a) => ({ text: `${capitalise(a.c)}, ${a.x.possessive} annual report shows.`, statement: capitalise(a.c) }) },
  'according-to-report': { family: 'cited', shapes: ['organisation', 'named-group', 'newspaper', 'person'], write: (a) => ({ text: `According to ${a.x.possessive} annual report, ${a.c}.`, statement: a.c }) },
  'data-from': { family: 'cited', noShape: true, write: (a) => ({ text: `Data from ${a.institute} show ${a.c}.`, statement: a.c }) },
  'figures-released-by': { family: 'cited', shapes: ['organisation', 'named-group', 'newspaper'], write: (a) => ({ text: `Figures released by ${a.x.object} show ${a.c}.`, statement: a.c }) },
  // "Figures that put a number" (docs/rules.md): a named document or maker puts the value.
  'audit-puts': { family: 'cited', noShape: true, write: (a) => ({ text: `The audit puts ${a.puts}.`, statement: a.puts }) },
  'valuation-by-put': { family: 'cited', noShape: true, write: (a) => ({ text: `A 2023 valuation by ${a.institute} put ${a.puts}.`, statement: a.puts }) },
  // An opening phrase naming a poll by its maker, or a count by its maker's possessive.
  'in-named-poll': { family: 'cited', noShape: true, write: (a) => ({ text: `In a ${a.institute.replace(/^the /, '')} poll released on Monday, ${a.c}.`, statement: a.c }) },
  'by-named-count': { family: 'cited', noShape: true, write: (a) => ({ text: `By ${possessiveOf(a.institute)} count, ${a.c}.`, statement: a.c }) },
  'survey-named-next': { family: 'cited', noShape: true, write: (a) => ({ text: `A new survey found that ${a.c}. The survey, carried out by ${a.institute} for the Tarn Valley Gazette, reached 800 households.`, statement: a.c }) },

  // Vague: who speaks is nobody in particular (the table of docs/rules.md, "vague-source").
  'critics-say': vague((c) => `Critics say ${c}.`),
  'some-residents-believe': vague((c) => `Some residents believe ${c}.`),
  'experts-warn': vague((c) => `Experts warn ${c}.`),
  'widely-believed': vague((c) => `It is widely believed that ${c}.`),
  'studies-show': vague((c) => `Studies show ${c}.`),
  'many-economists-think': vague((c) => `Many economists think ${c}.`),
  'insiders-claim': vague((c) => `Insiders claim ${c}.`),
  'fears-that': vague((c) => `There are fears that ${c}.`),
  'observers-say': vague((c) => `${capitalise(c)}, observers say.`),
  'has-been-suggested': vague((c) => `It has been suggested that ${c}.`),
  'local-people-grumble': vague((c) => `Local people grumble that ${c}.`),
  'critics-mid': vague((_, a) => `${capitalise(a.subject)}, critics say, ${a.predicate}.`, true),
  'according-to-residents': vague((c) => `According to some residents, ${c}.`),
  'according-to-a-study': vague((c) => `According to a recent study, ${c}.`),
  // An unnamed study is vague however it is described: who was surveyed or when names no maker.
  'according-to-survey-of': vague((c) => `According to a new survey of 2,000 porters, ${c}.`),
  'survey-of-after': vague((c) => `${capitalise(c)}, according to a new survey of 2,000 porters.`),
  'poll-after': vague((c) => `${capitalise(c)}, according to a recent poll.`),
  'study-of-after': vague((c) => `${capitalise(c)}, according to a 2023 study of 400 dockworkers.`),
  'survey-of-found': vague((c) => `A new survey of more than 2,000 porters found that ${c}.`),
  reportedly: vague((_, a) => `${capitalise(a.subject)} reportedly ${a.predicate}.`, true),
  'it-is-said': vague((c) => `It is said that ${c}.`),
  'later-claimed': vague((c) => `It was later claimed that ${c}.`),
  'it-is-understood': vague((c) => `It is understood that ${c}.`),
  'evidence-that': vague((c) => `There is evidence that ${c}.`),
  'reports-that': vague((c) => `There have been reports that ${c}.`),
  'some-fans-said': vague((c) => `Some fans said ${c}.`),
  'witnesses-said': vague((c) => `Witnesses said ${c}.`),
  'analysts-say': vague((c) => `Analysts say ${c}.`),
  'officials-said': vague((c) => `Officials said ${c}.`),
  'long-complained': vague((c) => `Residents have long complained that ${c}.`),
  'remain-unconvinced': vague((c) => `Some scientists remain unconvinced that ${c}.`),
  'environmental-groups': vague((c) => `Environmental groups say ${c}.`),
  'with-some-stating': vague((_, a) => `The row deepened, with some stating that ${a.c}.`),
  'research-suggests': vague((c) => `Research suggests ${c}.`),
  'body-of-evidence': vague((c) => `A growing body of evidence indicates ${c}.`),
  'survey-2021': vague((c) => `A 2021 survey found that ${c}.`),
  'according-to-critics': vague((c) => `${capitalise(c)}, according to critics.`),
  // "a new poll" stays vague when the next sentence names nobody ("The poll was taken by telephone").
  'survey-unnamed-next': vague((c) => `A new survey found that ${c}. The survey was carried out by telephone.`),

  // Groups of a place, a stance, a trade or a field, and people met by the reporter: nobody named.
  'residents-of-place': vague((c) => `Residents of Marlow Point say ${c}.`),
  'critics-of-plan': vague((c) => `Critics of the harbour plan say ${c}.`),
  'trade-group': vague((c) => `Hauliers say ${c}.`),
  'field-group': vague((c) => `Industry watchers believe ${c}.`),
  'national-media': vague((c) => `National media reported that ${c}.`),
  'people-posting-on': vague((c) => `Several people posting on the council’s page said ${c}.`),
  'owners-met-along': vague((c) => `Some stall owners we spoke to along Quay Street are worried that ${c}.`),
  // A capitalised first word the article writes in lowercase elsewhere is a common word, not a name.
  'field-word-in-article': vague((c) => `The cycle path opens in May. Cycle campaigners say ${c}.`),

  // Anonymous: described, deliberately not named.
  'source-close-to': { family: 'anonymous', shapes: NAMED, write: (a) => ({ text: `A source close to ${closing(a.x.object!)} said ${a.c}.`, statement: a.c }) },
  'familiar-with-talks': { family: 'anonymous', noShape: true, quotes: true, write: (a) => { const q = sentence(a, ','); return { text: `${q.text} people familiar with the talks said.`, statement: q.statement }; } },
  'familiar-opening': { family: 'anonymous', noShape: true, write: (a) => ({ text: `People familiar with the talks said ${a.c}.`, statement: a.c }) },
  'source-close-trailing': { family: 'anonymous', shapes: NAMED, write: (a) => ({ text: `${capitalise(a.c)}, a source close to ${closing(a.x.object!)} said.`, statement: capitalise(a.c) }) },
  'according-to-sources': { family: 'anonymous', noShape: true, write: (a) => ({ text: `${capitalise(a.c)}, according to sources familiar with the talks.`, statement: capitalise(a.c) }) },
  'sources-said': anonymous((c) => `Sources said ${c}.`),
  'police-source': anonymous((c) => `A police source said ${c}.`),
  'insider-at': anonymous((c) => `An insider at the ministry said ${c}.`),
  'on-background': anonymous((c) => `Officials speaking on background said ${c}.`),
  'not-to-be-named': anonymous((c) => `A staffer who asked not to be named said ${c}.`),
  'council-sources': anonymous((c) => `Council sources insisted ${c}.`),
  // Writers outside the big newsrooms spell the promise out: whose name stays out, and how it was asked for.
  'name-withheld': anonymous((c) => `A ward clerk, who requested that her name be withheld, said ${c}.`),
  'name-not-appear': anonymous((c) => `A bus driver who preferred that his name not appear said ${c}.`),
  'rather-unnamed': anonymous((c) => `One trustee, who would rather remain unnamed, said ${c}.`),
  'not-allowed-publicly': anonymous((c) => `A depot worker who was not allowed to speak publicly said ${c}.`),
  'asked-us-not-to-name': anonymous((c) => `A teacher who asked us not to name her said ${c}.`),
  'firm-not-identified': anonymous((c) => `One supplier, who asked that his firm not be identified, said ${c}.`),
  'understanding-not-print': anonymous((c) => `A council officer told me, on the understanding that I would not print his name, that ${c}.`),
  'someone-with-knowledge': anonymous((c) => `Someone with knowledge of the audit said ${c}.`),
  'condition-of-anonymity': { family: 'anonymous', noShape: true, write: (a) => ({ text: `An official who spoke on condition of anonymity said ${a.c}.`, statement: a.c }) },

  // Unsourced: nothing says who; an earlier frame of someone else, or an act done about the claim, sources nothing.
  bare: { family: 'unsourced', noShape: true, write: (a) => ({ text: `${capitalise(a.c)}.`, statement: capitalise(a.c) }) },
  'after-quote': { family: 'unsourced', write: (a) => ({ text: `“We will not cut a single route,” ${a.x.subject} said. ${capitalise(a.c)}.`, statement: capitalise(a.c) }) },
  'after-report': { family: 'unsourced', write: (a) => ({ text: `${capitalise(a.x.subject)} said the committee met on Monday. ${capitalise(a.c)}.`, statement: capitalise(a.c) }) },
  'shown-little-interest': { family: 'unsourced', write: (a) => ({ text: `${capitalise(a.x.subject)} has shown little interest in ${a.noun}.`, statement: a.noun }) },
  'ignored': { family: 'unsourced', write: (a) => ({ text: `${capitalise(a.x.subject)} has repeatedly ignored ${a.noun}.`, statement: a.noun }) },
  unveiled: { family: 'unsourced', write: (a) => ({ text: `${capitalise(a.x.subject)} unveiled a plan to reverse ${a.noun}.`, statement: a.noun }) },
  'criticised-for': { family: 'unsourced', write: (a) => ({ text: `${capitalise(a.x.subject)} ${a.spelling === 'uk' ? 'criticised' : 'criticized'} the council for ${a.noun}.`, statement: a.noun }) },
  'agreed-to': { family: 'unsourced', write: (a) => ({ text: `${capitalise(a.x.subject)} agreed on Tuesday to reverse ${a.noun}.`, statement: a.noun }) },
  'declared-emergency': { family: 'unsourced', write: (a) => ({ text: `${capitalise(a.x.subject)} declared a state of emergency after ${a.noun}.`, statement: a.noun }) },
  'furious-about': { family: 'unsourced', shapes: PERSON_LIKE, write: (a) => ({ text: `${capitalise(a.x.subject)} was furious about ${a.noun}.`, statement: a.noun }) },
};

/** An anonymous frame with no source shape. */
function anonymous(write: (c: string) => string): Frame {
  return { family: 'anonymous', noShape: true, write: (a) => ({ text: write(a.c), statement: a.c }) };
}

/** Reporting verbs besides "said", each as "X VERB that C." and "C, X VERB.", where English allows both. */
const VERBS: Record<string, { that: string; trailing?: string }> = {
  noted: { that: 'noted that', trailing: 'noted' }, 'pointed out': { that: 'pointed out that', trailing: 'pointed out' },
  explained: { that: 'explained that', trailing: 'explained' }, estimated: { that: 'estimated that', trailing: 'estimated' },
  acknowledged: { that: 'acknowledged that', trailing: 'acknowledged' }, conceded: { that: 'conceded that', trailing: 'conceded' },
  confirmed: { that: 'confirmed that', trailing: 'confirmed' }, predicted: { that: 'predicted that', trailing: 'predicted' },
  warned: { that: 'warned that', trailing: 'warned' }, argued: { that: 'argued that', trailing: 'argued' },
  insisted: { that: 'insisted that', trailing: 'insisted' }, stressed: { that: 'stressed that', trailing: 'stressed' },
  revealed: { that: 'revealed that', trailing: 'revealed' }, admitted: { that: 'admitted that', trailing: 'admitted' },
  believes: { that: 'believes that', trailing: 'believes' }, thinks: { that: 'thinks', trailing: 'thinks' },
  'told reporters': { that: 'told reporters that', trailing: 'told reporters' }, testified: { that: 'testified that', trailing: 'testified' },
  reported: { that: 'reported that', trailing: 'reported' }, claimed: { that: 'claimed that', trailing: 'claimed' },
};
for (const [verb, forms] of Object.entries(VERBS)) {
  FRAMES[`that:${verb}`] = { family: 'attributed', write: opening(forms.that, forms.that) };
  if (forms.trailing) FRAMES[`trailing:${verb}`] = { family: 'attributed', write: (a) => ({ text: `${capitalise(a.c)}, ${a.x.subject} ${forms.trailing}.`, statement: capitalise(a.c) }) };
}

/** A vague frame: its text from the claim (and the split claim); the statement is the predicate when split. */
function vague(write: (c: string, a: FrameArgs) => string, split = false): Frame {
  return { family: 'vague', noShape: true, write: (a) => ({ text: write(a.c, a), statement: split ? a.predicate : a.c }) };
}

/** What the rules make of a frame's statement (its family, and for attributions the kind of frame). */
export function expectedOf(frame: Frame): Expected {
  if (frame.family !== 'attributed') return frame.family;
  if (frame.according) return 'cited';
  return frame.apart ? 'sourced' : 'attributed';
}

// Layouts: the frame's sentence alone; between two sentences of the same paragraph; after an introduction naming a
// person (the source, or for frames with no source someone who is not one); in the paragraph after it.
export const LAYOUTS = ['alone', 'in-paragraph', 'after-intro', 'next-paragraph'] as const;
export type Layout = (typeof LAYOUTS)[number];
// Typography: spelling, and straight or curly marks (apostrophes, and quotation marks where the claim is quoted).
export const STYLES = ['us-straight', 'us-curly', 'uk-straight', 'uk-curly', 'uk-single'] as const;
export type Style = (typeof STYLES)[number];
export const QUOTINGS = ['plain', 'quoted'] as const;
export type Quoting = (typeof QUOTINGS)[number];

export interface Choice {
  frame: string;
  shape: Shape | 'none';
  layout: Layout;
  style: Style;
  quoting: Quoting;
  core: number;
}

/** The sentence before the frame's: the source's own introduction, or a person who is not the source. */
function introduction(x: Source | null, n: number): string {
  if (x?.antecedent) return x.antecedent;
  if (x && !x.person) return `${capitalise(x.subject)} met on Monday to set the budget.`;
  const p = PEOPLE[n % PEOPLE.length];
  return `${p.full}, ${p.role}, spoke to the finance committee on Monday.`;
}

/**
 * Straight or curly apostrophes and quotation marks, or British single quotation marks with curly apostrophes (the
 * frames write straight apostrophes and curly double quotes).
 */
function typeset(s: string, style: Style): string {
  if (style === 'uk-single') return s.replace(/'/g, '’').replace(/“/g, '‘').replace(/”/g, '’');
  return style.endsWith('curly') ? s.replace(/'/g, '’') : s.replace(/[“”]/g, '"');
}

/** The article of one cell, or null where the combination is no English. */
export function buildCell(c: Choice): SourcingCell | null {
  const frame = FRAMES[c.frame];
  const spelling: Spelling = c.style.startsWith('uk') ? 'uk' : 'us';
  if ((c.shape === 'none') !== (frame.noShape === true)) return null;
  if (c.shape !== 'none' && frame.shapes && !frame.shapes.includes(c.shape)) return null;
  if (c.quoting === 'quoted' && !frame.quotes) return null;
  const x = c.shape === 'none' ? null : source(c.shape, c.core, spelling);
  // A pronoun needs the sentence it points back to.
  if (x?.antecedent && (c.layout === 'alone' || c.layout === 'in-paragraph')) return null;
  const core = CORES[c.core % CORES.length];
  const clause = core.clause[spelling];
  const split = clause.indexOf(` ${core.verb} `);
  const written = frame.write({
    x: x ?? source('person', c.core, spelling), c: clause, subject: clause.slice(0, split), predicate: clause.slice(split + 1), noun: core.noun[spelling], puts: core.puts[spelling], second: SECOND[spelling],
    institute: INSTITUTES[spelling][c.core % INSTITUTES[spelling].length], spelling, quoted: c.quoting === 'quoted',
  });
  if (!written) return null;
  let text: string;
  switch (c.layout) {
    case 'alone': text = written.text; break;
    case 'in-paragraph': text = `The committee met in Hartley on Tuesday night. ${written.text} The meeting ran past midnight.`; break;
    case 'after-intro': text = `${introduction(x, c.core + 1)} ${written.text}`; break;
    case 'next-paragraph': text = `${introduction(x, c.core + 1)}\n\n${written.text}`; break;
  }
  const dims: Record<Dimension, string> = { family: frame.family, frame: c.frame, shape: c.shape, layout: c.layout, style: c.style, quoting: c.quoting, core: core.key };
  const id = (Object.keys(dims) as Dimension[]).map((d) => `${d}=${dims[d]}`).join(' ');
  // A clause opening its sentence is capitalised there.
  const statement = text.includes(written.statement) ? written.statement : capitalise(written.statement);
  return { id, dims, text: typeset(text, c.style) + '\n', statement: typeset(statement, c.style), expect: expectedOf(frame) };
}

/**
 * The grid, sampled deterministically: for every frame, shape × layout (plain claims), shape × style (quoted claims,
 * where the frame quotes) and core × style, the remaining dimensions taken in turn so every value recurs.
 */
export function sourcingGrid(): SourcingCell[] {
  const cells: SourcingCell[] = [];
  const seen = new Set<string>();
  const add = (c: SourcingCell | null): void => {
    if (c && !seen.has(c.id)) {
      seen.add(c.id);
      cells.push(c);
    }
  };
  let turn = 0;
  for (const [name, frame] of Object.entries(FRAMES)) {
    const shapes: (Shape | 'none')[] = frame.noShape ? ['none'] : SHAPES.filter((s) => !frame.shapes || frame.shapes.includes(s));
    // A layout the pronoun can take, for crossings that do not vary the layout.
    const layoutFor = (shape: Shape | 'none', k: number): Layout => (LATER_MENTIONS.includes(shape) ? (k % 2 ? 'next-paragraph' : 'after-intro') : LAYOUTS[k % LAYOUTS.length]);
    for (const shape of shapes) {
      for (const layout of LAYOUTS) add(buildCell({ frame: name, shape, layout, style: STYLES[turn % STYLES.length], quoting: 'plain', core: turn++ % CORES.length }));
      if (frame.quotes) for (const style of STYLES) add(buildCell({ frame: name, shape, layout: layoutFor(shape, turn), style, quoting: 'quoted', core: turn++ % CORES.length }));
    }
    CORES.forEach((_, core) => STYLES.forEach((style) => {
      const shape = shapes[turn % shapes.length];
      add(buildCell({ frame: name, shape, layout: layoutFor(shape, turn++), style, quoting: 'plain', core }));
    }));
  }
  return cells;
}

// "… after the payments company disclosed in a regulatory filing that … . The filing, made with the SEC, said …":
// a document named by a definite description ("the filing", "the statement") speaks for whoever the article said
// issued it, in the sentence that introduced it ("X disclosed in a filing", "X said in a statement"). That issuer,
// when it is itself a description of a company ("the payments company"), is the organisation named before it in
// its sentence.
import type { DetectorContext } from '../../context.js';
import type { Span } from '../../types.js';
import { BUSINESS_NAME_ENDING_SET, describesBusiness } from '../../lexicon/business.js';
import { NOT_NAME_WORDS, ORG_WORDS } from '../../lexicon/names.js';
import { DOCUMENT_SOURCES, MAKING_PARTICIPLES } from '../../lexicon/cues.js';
import { mentionsBetween, sentenceAt } from '../people.js';
import { organisationNamed, type OrganisationMemo } from './organisations.js';
import { nearestBody, type NamedBodies } from './namedBodies.js';
import { readForOwner } from './readOutStatement.js';
import { DATE_NAME_ALTERNATION } from '../../lexicon/calendar.js';
import { builtPattern } from '../../text/builtPatterns.js';

/** How far back (in characters) the document's introduction, or its maker in an aside, is looked for: a long
 *  article may name its decision notice in the second paragraph and quote it again in the twelfth. */
const REACH = 3000;
const DOCUMENT = /^the\s+(?:[a-z-]+\s+)?(filing|statement|report|letter|complaint|lawsuit|submission|memo|prospectus|release|notice|ruling|judgment|judgement|decision|post|advisory|message)$/i;
/** Research that speaks for whoever led it ("The paper describes …" after "the astrophysicist who led the study"). */
const RESEARCH = /^the\s+(?:[a-z-]+\s+)?(?:paper|study|findings|research|analysis)$/i;

/** The name of whoever issued the document a speaker like "The filing" stands for, or null. `memo`: the article's
 *  organisation look-ups, shared with the caller's (organisations.ts). */
export function documentOwner(ctx: DetectorContext, s: Span, memo: OrganisationMemo = new Map()): string | null {
  if (RESEARCH.test(s.text.trim())) return roleHolder(ctx, 'the lead author', s.start);
  const noun = DOCUMENT.exec(s.text.trim())?.[1].toLowerCase();
  if (!noun) return null;
  const from = Math.max(0, s.start - REACH);
  // The last introduction before the speaker: "in a (regulatory) filing", "in its statement".
  const intro = builtPattern('intro', [noun], () => new RegExp(`\\b(?:in|through|via)\\s+(?:a|an|its|their)\\s+(?:[a-z-]+\\s+){0,2}${noun}\\b`, 'gi'));
  let at = -1;
  let end = -1;
  for (const m of ctx.doc.text.slice(from, s.start).matchAll(intro)) {
    at = from + m.index;
    end = at + m[0].length;
  }
  // "X issued a statement": when it comes after the last "in a statement", that later statement is the one quoted
  // ("The Trust said in a statement … The council issued a statement of its own. “…,” the statement said.").
  const issued = lastIssued(ctx, noun, from, s.start);
  // One read out or made for someone, there or later: "X read a statement on behalf of her client", "In a statement
  // issued on behalf of the singer, her publicist said".
  const made = readForOwner(ctx, s.start, memo, Math.max(at, issued));
  if (made) return made;
  if (issued > at) return issuedOwner(ctx, issued, memo);
  if (at < 0) return madeBefore(ctx, noun, from, s.start);
  // The attribution whose cue ends right before the introduction (or takes it in, as the tagger's cues do) issued
  // the document.
  // Or, after an opening phrase, the attribution of its sentence that follows it ("In a report published in March,
  // the Seabird Trust said …").
  // Or the subject the introduction is an aside on ("The Fire Service, in a statement signed by its spokesman, said").
  // Or whose cue's short object comes first ("The band announced the cancellation in a post on its page").
  const issuer = ctx.attributions.find((a) => a.source && a.cue.start < at && a.cue.end >= at - 3 && a.cue.end <= end && !/[.!?]/.test(ctx.doc.masked.slice(a.cue.end, at))) ?? openedBy(ctx, at, end) ?? asideOn(ctx, at, end) ?? ctx.attributions.find((a) => a.source && a.cue.end < at && OBJECT_BETWEEN.test(ctx.doc.masked.slice(a.cue.end, at)));
  if (!issuer?.source) return null;
  const source = issuer.source;
  if (!describesBusiness(source.text)) {
    const resolved = issuer.sourceName ?? ctx.people.resolve(source.text, source.start);
    // "The band announced … in a post": the band named before ("Auckland band The Kauri Kings", "The" and all).
    const described = resolved === source.text && /^the\s+\p{Ll}+$/iu.test(resolved) ? organisationNamed(ctx.doc.text, resolved.replace(/^The/, 'the'), source.start, memo) : null;
    return described ?? withoutThe(resolved);
  }
  const k = sentenceAt(ctx.sentences, source.start);
  if (k < 0) return null;
  const named = mentionsBetween(ctx.people.mentions, ctx.sentences[k].start, source.start);
  // Else whom the description stands for, named in an earlier sentence ("Broadcaster StarVue …. In a statement,
  // the company said …").
  return named.length > 0 ? named[named.length - 1].name : (issuer.sourceName ?? organisationNamed(ctx.doc.text, source.text, source.start, memo));
}

/** The verbs of making a document public, shared with issuingBody.ts. */
export const ISSUING_VERBS = String.raw`(?:issued|released|put\s+out|published|sent\s+out)`;
/** "issued a statement", "released a short statement on Monday": a verb of making a document public; and of
 *  posting, sending or writing one ("posted a message on X", "sent a letter to parents"). */
const ISSUED = String.raw`\b(?:${ISSUING_VERBS}|posted|sent|wrote)\s+(?:a|an|its|their)\s+(?:[a-z-]+\s+){0,2}`;
/** The subject of an issuing verb: a name, a description or a pronoun of at most six words opening its sentence, after
 *  any opening phrase ("On Friday, ") or adverb ("Later the company"). "X's office", "X's lawyers": the office speaks
 *  for X. An adverb or auxiliary before the verb ("The Harlow Trust also issued") is no part of the subject. */
const ISSUER = /^[\s*_]*(?:(?:On|In|Late|Early|Earlier|Later)\b[^,.;]{0,40},\s+|(?:Later|Earlier|Then|Meanwhile|Separately|Subsequently|Afterwards|Today|Yesterday)\s+)?((?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+?)(?:['’]s\s+(?:office|lawyers?|spokes(?:man|woman|person)|press\s+office|campaign|family))?(?:\s+(?:also|later|then|since|quickly|swiftly|subsequently|separately|has|had|have))*\s+$/u;

/**
 * "Ana Ruiz's office issued a statement late on Friday. … “…,” the statement said.": with no "in a statement" before
 * it, the document speaks for whoever issued it in the last sentence saying so, named as that sentence's subject.
 */
function issuedOwner(ctx: DetectorContext, at: number, memo: OrganisationMemo): string | null {
  const k = sentenceAt(ctx.sentences, at);
  const subject = k < 0 ? null : ISSUER.exec(ctx.doc.masked.slice(ctx.sentences[k].start, at));
  // "Her rival, the mayor Tom Vance, issued a statement": a subject with asides is the source of the attribution the
  // issuing verb is the cue of.
  if (!subject) return issuingSource(ctx, at);
  const words = subject[1];
  const start = at - subject[0].length + subject[0].indexOf(words);
  if (/^[Tt]he\s+\p{Ll}/u.test(words)) return organisationNamed(ctx.doc.text, words.replace(/^The/, 'the'), start, memo) ?? roleHolder(ctx, words, start);
  const name = withoutThe(ctx.people.resolve(words, start));
  return /^\p{Lu}/u.test(name) ? name : null;
}

/** "the Commission on Human Rights": an "on" inside a body's name, not "filed by Harlow Foods on Friday". */
const ON_NOT_A_DAY = String.raw`on\s+(?!(?:${DATE_NAME_ALTERNATION})\b)`;

/** "The report of the Suvarnapur Audit Directorate, tabled on Wednesday, … “…,” the report states.": the maker named
 *  after the last "a/the <noun> of/by/from" before the speaker, or null. */
function madeBefore(ctx: DetectorContext, noun: string, from: number, to: number): string | null {
  let maker: string | null = null;
  const made = builtPattern('made', [noun], () => new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\p{Ll}\d-]+\s+){0,3}${noun}\s+(of|by|from|(?:${MAKING_PARTICIPLES})\s+by)\s+(the\s+)?(\p{Lu}[\p{L}&’'-]*(?:\s+(?:of\s+|for\s+|${ON_NOT_A_DAY}|and\s+)?\p{Lu}[\p{L}&’'-]*){0,5})`, 'gu'));
  for (const m of ctx.doc.text.slice(from, to).matchAll(made)) maker = makerOf(m[1], m[2] !== undefined, m[3]);
  return maker;
}

/** The maker a document's "of", "by" or "from" names, or null: not a day or a month ("The report of Tuesday’s
 *  shooting"), and after a bare "from" a body's name, not a place ("A report from Lagos on Friday"). "Ruiz’s office":
 *  the possessor. */
function makerOf(preposition: string, the: boolean, words: string): string | null {
  const name = words.replace(/['’]s$/u, '');
  const parts = name.split(/\s+/);
  // "Human" or "National" opening a body's name is no sentence's first word there ("the Human Rights Commission").
  // Not a day's, a possessor's or a determiner's ("Monday’s Council meeting", "Every Council in Wales").
  const body = parts.length > 1 && parts.some((w) => ORG_WORDS.has(w.toLowerCase())) && !/['’]s$/u.test(parts[0]) && !NO_BODY_OPENER.test(parts[0]);
  if (!body && NOT_NAME_WORDS.has(parts[0].replace(/['’]s$/u, '').toLowerCase())) return null;
  if (preposition === 'from' && !the && !parts.some((w) => ORG_WORDS.has(w.toLowerCase()) || BUSINESS_NAME_ENDING_SET.has(w))) return null;
  return name;
}

const NO_BODY_OPENER = /^(?:Every|Each|Any|All|Some|No|This|That|These|Those|Last|Next|Our|Your|My|His|Her|Their|Its|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Where the last "X issued a statement" (or posted, sent, wrote one) in [from, to) starts, or -1. */
function lastIssued(ctx: DetectorContext, noun: string, from: number, to: number): number {
  let at = -1;
  for (const m of ctx.doc.masked.slice(from, to).matchAll(builtPattern('issued', [noun], () => new RegExp(`${ISSUED}${noun}\\b`, 'gi')))) at = from + m.index;
  return at;
}

/** The name of the source of the attribution whose cue is the issuing verb at `at` ("issued a statement"), or null. */
function issuingSource(ctx: DetectorContext, at: number): string | null {
  const a = ctx.attributions.find((x) => x.source && x.cue.start === at);
  if (!a?.source) return null;
  const name = withoutThe(a.sourceName ?? ctx.people.resolve(a.source.text, a.source.start));
  // A name, not a description ("Her rival").
  return /^\p{Lu}/u.test(name) && !/\s\p{Ll}/u.test(name) ? name : null;
}

/** The attribution of the sentence an introduction at [at, end) opens, its source right after the phrase's comma. */
function openedBy(ctx: DetectorContext, at: number, end: number) {
  const k = sentenceAt(ctx.sentences, at);
  if (k < 0 || !/^[\s*_]*$/.test(ctx.doc.masked.slice(ctx.sentences[k].start, at))) return undefined;
  const comma = ctx.doc.masked.indexOf(',', end);
  if (comma < 0 || comma > ctx.sentences[k].end) return undefined;
  // "In its decision notice, published on Tuesday, the Office … said": an aside set off by commas may stand between.
  return ctx.attributions.find((a) => a.source && a.source.start > comma && ASIDE_THEN_SOURCE.test(ctx.doc.masked.slice(comma, a.source.start)) && a.cue.start < ctx.sentences[k].end);
}

/** The attribution whose source ends with the comma opening an introduction at [at, end) and whose cue follows it. */
function asideOn(ctx: DetectorContext, at: number, end: number) {
  const k = sentenceAt(ctx.sentences, at);
  if (k < 0) return undefined;
  return ctx.attributions.find((a) => a.source && a.source.end < at && /^,\s*$/.test(ctx.doc.masked.slice(a.source.end, at)) && a.cue.start >= end && a.cue.start < ctx.sentences[k].end);
}

/** A cue's object of one to four words before the introduction: " the cancellation ". */
const OBJECT_BETWEEN = /^\s+(?:[\p{L}’'-]+\s+){1,4}$/u;

/** The text between the opening phrase's comma and the source: nothing, or an aside closed by its own comma. */
const ASIDE_THEN_SOURCE = /^,\s*(?:[^,.;:!?“”"]{1,60},\s*)?$/;

/** Documents that speak for whoever owns them. */
const OWNED_NOUNS = 'report|statement|filing|letter|review|audit|analysis|study|survey|poll|memo|complaint|submission|findings|investigation|ruling|judgment|judgement|verdict|decision';
/** "The office's report", "the watchdog's review", "Halden Council's audit": a document with its owner before it. */
const OWNED_DOCUMENT = new RegExp(String.raw`^(.+?)['’]s\s+(?:[a-z-]+\s+){0,2}(?:${OWNED_NOUNS})$`, 'iu');
/** The document right after a speaker that stopped at its owner's possessive ("Halden Council's" + " annual report"). */
const DOCUMENT_AFTER = new RegExp(String.raw`^\s+(?:[a-z-]+\s+){0,2}(?:${OWNED_NOUNS})\b`, 'iu');

/** The owner a speaker span names when it stops at the possessive before a document ("Halden Council's" report). */
export function possessorBeforeDocument(ctx: DetectorContext, s: Span): string | null {
  if (!/['’]s$/u.test(s.text) || !DOCUMENT_AFTER.test(ctx.doc.text.slice(s.end, s.end + 40))) return null;
  return withoutThe(ctx.people.resolve(s.text.slice(0, -2), s.start));
}

/** The name of the owner a possessed document ("The office's report") speaks for, or null. */
export function possessedDocumentOwner(ctx: DetectorContext, s: Span, memo: OrganisationMemo): string | null {
  const owner = OWNED_DOCUMENT.exec(s.text.trim())?.[1];
  if (!owner) return null;
  // "The office" after "the Office of Congressional Conduct"; a name stands for itself, or for the person it is.
  // Case matters: "The Harlow Trust's review" is a name's, "The office's report" a description's.
  // "The mayor's letter": a role the article gave someone is that person's.
  if (/^[Tt]he\s+\p{Ll}/u.test(owner)) return organisationNamed(ctx.doc.text, owner, s.start, memo) ?? roleHolder(ctx, owner, s.start);
  const name = withoutThe(owner);
  return /^\p{Lu}/u.test(name) ? withoutThe(ctx.people.resolve(name, s.start)) : null;
}

/** The person a role description ("the mayor") stands for at `at`, or null when it stands for no one named. */
function roleHolder(ctx: DetectorContext, description: string, at: number): string | null {
  const name = ctx.people.resolve(description, at);
  return name !== description ? name : null;
}

/** "the Western Isles Seabird Trust": the article is no part of a name. */
const withoutThe = (name: string): string => name.replace(/^[Tt]he\s+(?=\p{Lu})/u, '');

/** A document's noun, then a participle of making and its maker, up to the next comma ("draft, prepared by the
 *  agency's Office of Inspector General,"). */
/** The documents MADE_BY reads, lower case: a source ending in any other noun has no maker there to find. */
const MADE_NOUNS = new Set(['draft', 'report', 'review', 'audit', 'study', 'survey', 'memo', 'assessment', 'analysis', 'letter', 'submission', 'dossier', 'notice', 'notices']);
const MADE_BY = new RegExp(String.raw`\b(${[...MADE_NOUNS].join('|')})\s*,\s+(?:${MAKING_PARTICIPLES})\s+by\s+([^,;.“”"]{3,80})`, 'giu');

/**
 * "The 58-page draft, prepared by the agency's Office of Inspector General, …, says": a document with its maker in
 * an aside speaks for the maker, there and wherever "the draft" is mentioned after it.
 */
export function madeDocumentOwner(ctx: DetectorContext, s: Span, memo: OrganisationMemo): string | null {
  const noun = /([a-z]+)$/i.exec(s.text.trim())?.[1].toLowerCase();
  if (!noun || !MADE_NOUNS.has(noun) || !/^(?:the|a|an|its|their)\s/i.test(s.text.trim())) return null;
  const text = ctx.doc.text;
  const from = Math.max(0, s.start - REACH);
  let maker: { at: number; words: string } | null = null;
  for (const m of text.slice(from, Math.min(text.length, s.end + 120)).matchAll(MADE_BY)) {
    if (m[1].toLowerCase() !== noun) continue;
    // The aside belongs to this mention or to one before it, never to a later one.
    if (from + m.index > s.end + 1) break;
    // "… General and dated Oct. 30", "… Ana Ruiz in June": the maker ends at a lowercase word joined by "and", or at a
    // word of time or place.
    maker = { at: from + m.index + m[0].length - m[2].length, words: m[2].replace(/\s+(?:and\s+\p{Ll}|(?:in|on|last|this|earlier|after|before)\s).*$/su, '').trim() };
  }
  if (!maker) return null;
  // "the agency's Office of Inspector General": the named office inside a description of whose it is.
  const owned = /^the\s+\p{Ll}+['’]s\s+(\p{Lu}.*)$/u.exec(maker.words);
  if (owned) return owned[1];
  if (/^\p{Lu}/u.test(maker.words) || /^the\s+\p{Lu}/u.test(maker.words)) return ctx.people.resolve(maker.words.replace(/^the\s+/u, ''), maker.at);
  return organisationNamed(text, maker.words, maker.at, memo);
}

/** A capitalised name right after a document speaker: " from the Harlow Trust", " by Kestrel County Council", " by the
 *  firm Harcourt Lyle" (a lowercase description of the maker before its name). */
const MAKER_AFTER = new RegExp(String.raw`^\s+(?:from|by|(?:${MAKING_PARTICIPLES})\s+by)\s+(?:the\s+(?:\p{Ll}[\p{Ll}’'-]*\s+){0,2})?(\p{Lu}[\p{L}&’'-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}&’'-]*){0,5})`, 'u');

const PAPER_AFTER = new RegExp(MAKER_AFTER.source.replace('(?:from|by|', '(?:in|'), 'u');

/** A document speaker's opening: "a statement", "the final report", "A 2023 valuation", "figures". */
const MADE_DOCUMENT = new RegExp(String.raw`^(?:(?:a|an|the)\s+)?(?:[\p{Ll}\d-]+\s+){0,2}?(?:statement|release|editorial|column|submission|notices|${[...DOCUMENT_SOURCES].join('|')})(?=\s|$)`, 'iu');
const MAKING_ONLY = new RegExp(String.raw`^\s+(?:${MAKING_PARTICIPLES})$`);

/** "“…,” said a statement from the Harlow Trust", "a review commissioned by the Harlow Trust found": the body named
 *  after a document speaks for it, or null. */
export function makerNamedAfter(ctx: DetectorContext, s: Span, memo: OrganisationMemo = new Map()): string | null {
  // "“…,” a statement from Kestrel County Council read.": the maker may be inside the speaker's words.
  const document = MADE_DOCUMENT.exec(s.text.trim());
  if (!document) return null;
  let rest = s.text.trim().slice(document[0].length);
  // "said a statement issued" + " by Kestrel County Council": the speaker's words stopped at the participle.
  const participle = MAKING_ONLY.test(rest) ? rest : '';
  if (participle) rest = '';
  // "an editorial in the Harlow Gazette": a paper's own text is the paper's ("a statement in March" is no maker's).
  const pattern = /(?:editorial|column)$/i.test(document[0]) ? PAPER_AFTER : MAKER_AFTER;
  const maker = rest ? pattern.exec(rest) : pattern.exec(participle + ctx.doc.text.slice(s.end, s.end + 100));
  if (maker) return !rest || maker[0].length === rest.length ? maker[1] : null;
  // "said a statement issued on behalf of the singer": whom it was made for.
  const after = rest ? '' : participle + ctx.doc.text.slice(s.end, s.end + 100);
  const behalf = rest ? null : BEHALF_AFTER.exec(after);
  // Not "on behalf of Ana Ruiz’s family": the possessor's people, not the possessor.
  if (behalf && !/['’]s$/.test(behalf[1]) && !/^['’]/.test(after.slice(behalf[0].length))) return behalfOf(ctx, behalf[1], s.end + behalf[0].length - participle.length - behalf[1].length, memo);
  // "a document filed by county counsel Ana Ruiz": a person named after a role, by the person index.
  const role = /^\s+(?:\p{Ll}+\s+)?by\s+(?:\p{Ll}+\s+){1,2}$/u;
  const person = after ? ctx.people.mentions.find((m) => m.start >= s.end && m.start < s.end + 100 && role.test(after.slice(0, participle.length + m.start - s.end))) : undefined;
  return person?.name ?? null;
}

/** A statement made for someone, named after it: " issued on behalf of the singer", " on behalf of Mara Quell". */
const BEHALF_AFTER = new RegExp(String.raw`^\s+(?:(?:${MAKING_PARTICIPLES})\s+)?on\s+behalf\s+of\s+((?:the\s+)?\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*){0,3}|the\s+\p{Ll}+)`, 'u');

/** Whom "on behalf of <who>" names at `at`: a name, the person a role stands for, or the body a description does. */
function behalfOf(ctx: DetectorContext, who: string, at: number, memo: OrganisationMemo): string | null {
  if (/^[Tt]he\s+\p{Lu}/u.test(who)) return withoutThe(who);
  if (/^\p{Lu}/u.test(who)) return ctx.people.resolve(who, at);
  return roleHolder(ctx, who, at) ?? organisationNamed(ctx.doc.text, who, at, memo);
}

/** "Its report", "its latest statement": a document of whatever "it" is. */
const ITS_DOCUMENT = new RegExp(String.raw`^its\s+(?:[a-z-]+\s+){0,2}(?:${OWNED_NOUNS}|response|reply|website|notice|guidance)$`, 'iu');

/** "The inquiry, carried out by the Railway Inspectorate, … Its report called …": "its" document speaks for the one
 *  body named in its sentence or the sentence before, or null (none, or two). */
export function itsDocumentOwner(ctx: DetectorContext, s: Span, bodies: NamedBodies): string | null {
  return ITS_DOCUMENT.test(s.text.trim()) ? nearestBody(ctx, s.start, bodies, false) : null;
}

/** "… announced the decision in a two-paragraph statement posted on the team's page. “…,” it read.": "it" speaking in
 *  the sentence after a statement, post or letter is introduced is that document, which speaks for its issuer. */
export function documentItOwner(ctx: DetectorContext, s: Span, memo: OrganisationMemo): string | null {
  // Only the sentence before: in "In a statement, it said" the "it" is who made the statement.
  const k = sentenceAt(ctx.sentences, s.start);
  if (k <= 0) return null;
  const before = ctx.doc.masked.slice(ctx.sentences[k - 1].start, ctx.sentences[k - 1].end);
  // "The 74-page assessment by Hallett Structural Group, released Thursday, estimates …. It … warned that “…”": a
  // document opening the sentence before with its maker.
  const opening = MADE_OPENING.exec(before);
  if (opening) return opening[1];
  // "The report, dated October 14, describes …. It recommends that “…”": a document leading the sentence before.
  let noun = DOCUMENT_OPENING.exec(before)?.[1].toLowerCase();
  if (!noun) for (const m of before.matchAll(IT_DOCUMENT)) noun = m[1].toLowerCase();
  const owner = noun ? documentOwner(ctx, { start: s.start, end: s.end, text: `the ${noun}` }, memo) : null;
  return owner && /^\p{Lu}/u.test(owner) && !/^(?:It|He|She|They)$/.test(owner) ? owner : null;
}
const MADE_OPENING = new RegExp(String.raw`^[\s*_]*(?:The|A|An|Its|Their)\s+(?:[\p{Ll}\d-]+\s+){0,3}(?:${[...DOCUMENT_SOURCES].join('|')})\s+(?:by|from)\s+(?:the\s+)?(\p{Lu}[\p{L}&’'-]*(?:\s+(?:of\s+|for\s+|${ON_NOT_A_DAY}|and\s+)?\p{Lu}[\p{L}&’'-]*){0,5})`, 'u');
const DOCUMENT_OPENING = /^[\s*_]*The\s+(?:[\p{Ll}-]+\s+)?(filing|statement|report|letter|complaint|lawsuit|submission|memo|prospectus|release|notice|ruling|judgment|judgement|decision|advisory)\b/u;
const IT_DOCUMENT = /\b(?:in|through|via)\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}(statement|post|letter|message|release)\b/giu;

// Names behind attribution sources, settled once quotes and attributions are both known: an attribution whose
// source is a quote's speaker takes the speaker's name, so the two always agree ("the secretary" → Hirokazu
// Matsuno in the hover, the export and the JSON alike), and any other source that is a pronoun or a role noun
// resolves through the person index the same way a speaker does. A quote with no speaker first takes the source
// of the attribution that holds it (speakers/fromAttributions.ts).
import { namedAfterKind } from './speakers/kindNamed.js';
import { CIRCUMSTANCE_OPENERS } from '../lexicon/cues.js';
import type { Detector, DetectorContext } from '../context.js';
import type { Attribution, Quote, Span } from '../types.js';
import { sentenceAt } from './people.js';
import { ORG_WORDS } from '../lexicon/names.js';
import { BUSINESS_NAME_ENDING_SET, BUSINESS_WORDS } from '../lexicon/business.js';
import { speakersFromAttributions } from './speakers/fromAttributions.js';
import { clientOf, jointOfficers, organisationNamed, spokenForJustBefore, ownedBody, ownedName, spokespersonFor, staffOf, staffPlacedAfter, type OrganisationMemo } from './speakers/organisations.js';
import { namedLater } from './speakers/namedLater.js';
import { documentItOwner, documentOwner, itsDocumentOwner, madeDocumentOwner, makerNamedAfter, possessedDocumentOwner, possessorBeforeDocument } from './speakers/documentOwner.js';
import { affiliatedPerson } from './speakers/affiliated.js';
import { relativeHead } from './speakers/relativeSources.js';
import { officeSpokesperson, SpokespersonMemory } from './speakers/officeSpokesperson.js';
import { unnamedSpokesperson } from './speakers/unnamedSpokesperson.js';
import { genericBody, NamedBodies } from './speakers/namedBodies.js';
import { spelledOut } from './speakers/acronyms.js';
import { paperNamed } from './speakers/paperNames.js';
import { legalName } from './speakers/legalNames.js';
import { issuingBodyBefore } from './speakers/issuingBody.js';
import { socialPoster } from './speakers/socialPoster.js';
import { partlyNamed } from './speakers/partlyNamed.js';
import { readOutStatementOwner } from './speakers/readOutStatement.js';
import { BodySpeakerMemory } from './speakers/bodySpeakerMemory.js';

export const sourceNamesDetector: Detector = {
  id: 'source-names',
  description: 'Gives each attribution source the name its quote speaker has, or the person it refers to.',
  run(ctx) {
    speakersFromAttributions(ctx);
    const memo: OrganisationMemo = new Map();
    let withheld: ReadonlySet<string> | undefined;
    const spokespeople = new SpokespersonMemory();
    const bodies = new NamedBodies(ctx.doc.text);
    const bodySpeakers = new BodySpeakerMemory();
    for (const quote of ctx.quotes) {
      const s = quote.speaker;
      if (!s) continue;
      // "Bharara, who …": a relative pronoun is the person before it; "a campaign surrogate who said …": else the
      // speaker is the description with its pronoun, as "A reader who asked not to be named" (its name null).
      const head = s.name === null ? relativeHead(ctx, s) : undefined;
      if (head?.person) s.name = head.name;
      else if (head) {
        // "Ostwick Council, which said", "the Northfield Heart Foundation, a charity, which said": an organisation
        // (or its description) is named as one.
        // "Okafor looked to the lawyer, who said": a role the article gave someone names them.
        const role = ctx.people.resolve(head.name, head.start);
        const name = role !== head.name ? role : organisationAt(ctx, head.name, head.end, memo);
        quote.speaker = { start: head.start, end: s.end, text: ctx.doc.text.slice(head.start, s.end), name };
        continue;
      }
      // "said the teacher, who gave only her first name, Mirela": named in part.
      if (s.name === null) s.name = partlyNamed(ctx.doc.text, s.start, s.end);
      // A source the article says it will not name stays unnamed ("One senior manager, who spoke on condition …").
      if (s.name === null && (withheld ??= withheldSources(ctx)).has(spanKey(s))) continue;
      if (s.name === null && /^it$/i.test(s.text)) s.name = bodyOpeningSentenceBefore(ctx, s.start) ?? readOutStatementOwner(ctx, s.start, memo) ?? bodySpeakers.lastSpokeBefore(ctx, s.start) ?? socialPoster(ctx, s) ?? documentItOwner(ctx, s, memo) ?? bodyReportedBefore(ctx, s.start, memo);
      if (s.name === null || s.name === s.text) s.name = officeSpokesperson(ctx, s) ?? s.name;
      if (s.name === null) s.name = organisationNamed(ctx.doc.text, s.text, s.start, memo) ?? spokenForJustBefore(ctx.doc.text, s.text, s.start) ?? spokespersonFor(ctx.doc.text, s.text, s.start, memo) ?? jointOfficers(ctx.doc.text, s.text, s.start, memo) ?? documentOwner(ctx, s, memo) ?? socialPoster(ctx, s) ?? possessedDocumentOwner(ctx, s, memo) ?? madeDocumentOwner(ctx, s, memo) ?? makerNamedAfter(ctx, s, memo) ?? affiliatedPerson(ctx, s.text, s.start) ?? ownedBody(s.text) ?? clientOf(s.text, (name) => ctx.people.resolve(name, s.start) !== name);
      s.name = spokespeople.kept(s) ?? s.name;
      if (s.name === null) s.name = spokespeople.recall(s) ?? unnamedSpokesperson(ctx, s, bodies, memo) ?? itsDocumentOwner(ctx, s, bodies) ?? genericBody(ctx, s, bodies) ?? issuingBodyBefore(ctx, s.text, s.start);
      spokespeople.note(s);
      if (s.name === s.text) s.name = staffOf(s.text) ?? staffPlacedAfter(ctx.doc.text, s) ?? ownedName(s.text) ?? possessorBeforeDocument(ctx, s) ?? makerNamedAfter(ctx, s, memo) ?? spokespersonFor(ctx.doc.text, s.text, s.start, memo) ?? s.name;
      // "Former charity treasurer told …" (a headline), "A former treasurer of a charity in Dunmore told …": a
      // description of a role, or a lone name closing one, stands for the person the article names next in that role.
      if (!s.text.includes(' ')) s.name = namedLater(ctx, describedBy(ctx, s), s.start) ?? s.name;
      else if (s.name === null || s.name === s.text) s.name = namedLater(ctx, s.text, s.start) ?? s.name;
      // "The Ohio Valley District of the state transportation department": the name before its lowercase description.
      if (s.name === null) s.name = NAME_OF_DESCRIPTION.exec(s.text)?.[1] ?? null;
      // "Its Ministry of Defence, in a statement, said": the possessive is no part of the body's name.
      if (s.name !== null) s.name = paperNamed(ctx.doc.text, s.text, s.start) ?? spelledOut(ctx.doc.text, s.name, s.start) ?? legalName(ctx.doc.text, s.name, s.start) ?? s.name.replace(POSSESSIVE_OPENING, '');
      bodySpeakers.noteSpeaker(ctx, s);
    }
    const speakers = ctx.quotes.filter((q) => q.speaker !== null);
    let q = 0;
    for (const a of ctx.attributions) {
      if (!a.source) continue;
      while (q < speakers.length && speakers[q].end <= a.cue.start - 2000) q++;
      const quote = speakerAt(speakers, q, a);
      const speaker = quote?.speaker;
      if (speaker && speaker.name !== speaker.text) {
        // A resolved name is shared; a speaker the article never names leaves the source unnamed too.
        if (speaker.name !== null && speaker.name !== a.source.text) a.sourceName = speaker.name;
        else delete a.sourceName;
        continue;
      }
      // "Jeb Bush, who announced …", "voters who say …": the relative pronoun stands for what it follows.
      const head = a.sourceName ? undefined : relativeHead(ctx, a.source);
      if (head) a.sourceName = head.name;
      if (a.sourceName || a.vague) continue;
      const resolved = ctx.people.resolve(a.source.text, a.source.start);
      if (resolved !== a.source.text) a.sourceName = resolved;
      else {
        const organisation = paperNamed(ctx.doc.text, a.source.text, a.source.start) ?? staffOf(a.source.text) ?? clientOf(a.source.text, (name) => ctx.people.resolve(name, a.source!.start) !== name) ?? ownedName(a.source.text) ?? organisationNamed(ctx.doc.text, a.source.text, a.source.start, memo) ?? ownedBody(a.source.text) ?? namedAfterKind(a.source.text);
        if (organisation) a.sourceName = organisation;
      }
    }
  },
};

const NAME_OF_DESCRIPTION = /^(?:The\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){1,4}\p{Lu}[\p{L}’'-]*)\s+of\s+(?:the|a|an)\s+\p{Ll}[^,]*$/u;
/** "Its Ministry of Defence": a possessive before a body's name; not "His Majesty’s …", nor "Our", which opens
 *  names ("Our World in Data", "Our Lady of Mercy Hospital") more often than news prose's speakers. */
const POSSESSIVE_OPENING = /^(?:Its|His|Her|Their)\s+(?=\p{Lu})(?!(?:Majesty|Lady|Lord|Saviour|Savior|Holiness|Highness|Excellency|Royal|Grace|Worship)\b)/u;

/** The sources of attributions judged anonymous, as span keys: found once, not by a scan of every attribution for
 *  each unnamed speaker (a long article has thousands of both). */
function withheldSources(ctx: DetectorContext): Set<string> {
  const keys = new Set<string>();
  for (const a of ctx.attributions) if (a.anonymous === true && a.source !== null) keys.add(spanKey(a.source));
  return keys;
}

function spanKey(s: Span): string {
  return `${s.start}:${s.end}`;
}

/** A relative pronoun's phrase as an organisation: a capitalised name ("Ostwick Council", "the Harbour Trust") or an
 *  apposition describing one ("the Kelso Arts Trust, a charity, which"), else null. */
function organisationAt(ctx: DetectorContext, phrase: string, end: number, memo: OrganisationMemo): string | null {
  const bare = phrase.replace(/^the\s+/i, '');
  if (/^(?:\p{Lu}[\p{L}’'&-]*\s+){0,4}\p{Lu}[\p{L}’'&-]*$/u.test(bare)) return bare;
  const description = /^(?:a|an)\s+(.+)$/i.exec(phrase);
  return description ? organisationNamed(ctx.doc.text, 'the ' + description[1], end, memo) : null;
}

/** The quote near attribution `a` (from index `from`) whose speaker span overlaps `a`'s source. */
function speakerAt(quotes: readonly Quote[], from: number, a: Attribution): Quote | undefined {
  const source = a.source!;
  for (let k = from; k < quotes.length && quotes[k].start <= a.cue.end + 2000; k++) {
    const s = quotes[k].speaker!;
    if (s.start < source.end && source.start < s.end) return quotes[k];
  }
  return undefined;
}

/**
 * "A former treasurer of a children's charity in Dunmore told …": a lone name closing a prepositional phrase of a
 * description that opens the sentence is no speaker; the description from the sentence start is (else "").
 */
function describedBy(ctx: DetectorContext, s: Span): string {
  const k = sentenceAt(ctx.sentences, s.start);
  if (k < 0) return '';
  const lead = ctx.doc.text.slice(ctx.sentences[k].start, s.end);
  return /^(?:a|an)\s/i.test(lead) && /\s(?:in|at|of|from)\s+\S+$/.test(lead) ? lead : '';
}

const CIRCUMSTANCE_OPENING = new RegExp(String.raw`^[\s*_]*(?:${CIRCUMSTANCE_OPENERS})\s[^,;:]*,\s*$`, 'u');
/** A body's name ending in a body's word ("The Harlow Trust", "Kestrel County Council") opening a sentence, or a
 *  unit of it ("The Press Information Bureau's fact-check unit flagged …": the bureau speaks). */
const BODY_OPENING = /^[\s*_]*(?:The\s+)?((?:\p{Lu}[\p{L}&’'-]*\s+){0,4}(\p{Lu}[\p{L}-]*))(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:unit|office|team|desk|division|cell|wing))?\s+\p{Ll}/u;

/**
 * "The Harlow Trust issued a statement on Monday. “…,” it said.": "it" speaking is the body that opens the sentence
 * before (or its own sentence), when that sentence opens with a body's name; a person or anything else there leaves
 * "it" unnamed.
 */
function bodyOpeningSentenceBefore(ctx: DetectorContext, at: number): string | null {
  const k = sentenceAt(ctx.sentences, at);
  for (const j of [k, k - 1]) {
    const sentence = ctx.sentences[j];
    if (!sentence || sentence.start >= at) continue;
    const m = BODY_OPENING.exec(ctx.doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 120)));
    if (m && (ORG_WORDS.has(m[2].toLowerCase()) || BUSINESS_NAME_ENDING_SET.has(m[2]))) return m[1].trim();
    // "In a statement carried by the state news agency, it said": a circumstance opening the pronoun's own sentence
    // leaves the body to the sentence before.
    if (j === k && m && !CIRCUMSTANCE_OPENING.test(ctx.doc.text.slice(sentence.start, at))) return null;
  }
  return null;
}

/**
 * "After markets closed, the company announced that it would close 12 stores. It called the closures “…”": "It"
 * opening a sentence is the body the sentence before reported as the subject of its last report, or null (a person,
 * a pronoun, or no report there).
 */
function bodyReportedBefore(ctx: DetectorContext, at: number, memo: OrganisationMemo): string | null {
  const k = sentenceAt(ctx.sentences, at);
  if (k < 1 || !/^[\s*_]*It\b/.test(ctx.doc.text.slice(ctx.sentences[k].start, at + 2))) return null;
  const before = ctx.sentences[k - 1];
  let body: string | null = null;
  for (const a of ctx.attributions) {
    if (a.cue.start < before.start || a.cue.start >= before.end || !a.source) continue;
    const described = /^the\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/iu.exec(a.source.text);
    body = described && (BUSINESS_WORDS.has(described[1].toLowerCase()) || ORG_WORDS.has(described[1].toLowerCase())) ? a.sourceName ?? organisationNamed(ctx.doc.text, a.source.text, a.source.start, memo) : null;
  }
  return body;
}

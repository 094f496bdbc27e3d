// "… after the payments company disclosed in a regulatory filing that … . The filing, made with the SEC, said …":
// a document named by a definite description ("the filing", "the statement") speaks for whoever the article said
// issued it, in the sentence that introduced it ("X disclosed in a filing", "X said in a statement"). That issuer,
// when it is itself a description of a company ("the payments company"), is the organisation named before it in
// its sentence.
import type { DetectorContext } from '../../context.js';
import type { Span } from '../../types.js';
import { mentionsBetween, sentenceAt } from '../people.js';
import { organisationNamed, type OrganisationMemo } from './organisations.js';

/** How far back (in characters) the document's introduction is looked for. */
const REACH = 1500;
const DOCUMENT = /^the\s+(filing|statement|report|letter|complaint|lawsuit|submission|memo|prospectus|release)$/i;
const COMPANY = /^the\s+(?:[a-z][a-z-]*\s+){0,2}(?:company|firm|group|lender|bank|carrier|insurer|retailer|maker|operator|startup|business|airline|chain)$/;

/** The name of whoever issued the document a speaker like "The filing" stands for, or null. */
export function documentOwner(ctx: DetectorContext, s: Span): string | null {
  const noun = DOCUMENT.exec(s.text.trim())?.[1].toLowerCase();
  if (!noun) return null;
  const from = Math.max(0, s.start - REACH);
  // The last introduction before the speaker: "in a (regulatory) filing", "in its statement".
  const intro = new RegExp(`\\b(?:in|through|via)\\s+(?:a|an|its|their)\\s+(?:[a-z-]+\\s+){0,2}${noun}\\b`, 'gi');
  let at = -1;
  let end = -1;
  for (const m of ctx.doc.text.slice(from, s.start).matchAll(intro)) {
    at = from + m.index;
    end = at + m[0].length;
  }
  if (at < 0) return null;
  // The attribution whose cue ends right before the introduction (or takes it in, as the tagger's cues do) issued
  // the document.
  // Or, after an opening phrase, the attribution of its sentence that follows it ("In a report published in March,
  // the Seabird Trust said …").
  const issuer = ctx.attributions.find((a) => a.source && a.cue.start < at && a.cue.end >= at - 3 && a.cue.end <= end && !/[.!?]/.test(ctx.doc.masked.slice(a.cue.end, at))) ?? openedBy(ctx, at, end);
  if (!issuer?.source) return null;
  const source = issuer.source;
  // "the Western Isles Seabird Trust": the article is no part of the name.
  if (!COMPANY.test(source.text)) return (issuer.sourceName ?? ctx.people.resolve(source.text, source.start)).replace(/^[Tt]he\s+(?=\p{Lu})/u, '');
  const k = sentenceAt(ctx.sentences, source.start);
  if (k < 0) return null;
  const named = mentionsBetween(ctx.people.mentions, ctx.sentences[k].start, source.start);
  return named.length > 0 ? named[named.length - 1].name : null;
}

/** The attribution of the sentence an introduction at [at, end) opens, its source right after the phrase's comma. */
function openedBy(ctx: DetectorContext, at: number, end: number) {
  const k = sentenceAt(ctx.sentences, at);
  if (k < 0 || !/^[\s*_]*$/.test(ctx.doc.masked.slice(ctx.sentences[k].start, at))) return undefined;
  const comma = ctx.doc.masked.indexOf(',', end);
  if (comma < 0 || comma > ctx.sentences[k].end) return undefined;
  return ctx.attributions.find((a) => a.source && a.source.start > comma && /^[\s,]*$/.test(ctx.doc.masked.slice(comma, a.source.start)) && a.cue.start < ctx.sentences[k].end);
}

/** "The office's report", "the watchdog's review", "Halden Council's audit": a document with its owner before it. */
const OWNED_DOCUMENT = /^(.+?)['’]s\s+(?:[a-z-]+\s+){0,2}(?:report|statement|filing|letter|review|audit|analysis|study|survey|poll|memo|complaint|submission|findings|investigation)$/iu;

/** The name of the owner a possessed document ("The office's report") speaks for, or null. */
export function possessedDocumentOwner(ctx: DetectorContext, s: Span, memo: OrganisationMemo): string | null {
  const owner = OWNED_DOCUMENT.exec(s.text.trim())?.[1];
  if (!owner) return null;
  // "The office" after "the Office of Congressional Conduct"; a name stands for itself, or for the person it is.
  if (/^the\s+\p{Ll}/iu.test(owner) && !/^the\s+\p{Lu}/u.test(owner)) return organisationNamed(ctx.doc.text, owner, s.start, memo);
  if (!/^\p{Lu}/u.test(owner)) return null;
  return ctx.people.resolve(owner, s.start).replace(/^[Tt]he\s+(?=\p{Lu})/u, '');
}

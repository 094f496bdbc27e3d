// A quote the speaker finder left without a speaker, or gave one it only guessed (the sentence's subject, a cue
// later in the sentence, an earlier quote's speaker), takes the source of the attribution whose content holds it
// ("The mayor says a leader must “start making choices” as soon as she takes office"): the attribution finder reads
// the whole clause around a cue, which the speaker finder's bounded windows can miss, and a quote's speaker and
// its attribution's source must agree anyway.
import type { DetectorContext, PersonMention } from '../../context.js';
import { mentionsBetween } from '../people.js';
import type { Attribution, Quote, Speaker, Span } from '../../types.js';
import { finished } from './settle.js';
import { reportsAtOneRemove } from './innerReports.js';
import { firstEndingAfter } from '../../text/sorted.js';
import * as titles from '../../lexicon/titles.js';

const { TITLE_WORDS, titleKey } = titles;

/** How far (in characters) from a quote the cue of an attribution holding it may sit. */
const REACH = 2000;

export function speakersFromAttributions(ctx: DetectorContext): void {
  // Sorted by cue start (see attributions.ts); a source inside a quotation ("some" of “… for some time”) is no one.
  const sourced = ctx.attributions.filter((a) => a.source !== null && a.content !== null && !quoted(ctx.quotes, a.source));
  if (sourced.length === 0) return;
  const guessed = ctx.guessedSpeakers;
  for (const quote of ctx.quotes) {
    const speaker = quote.speaker;
    // A group that names nobody ("scientists have long argued that …") never replaces a speaker with a name, unless
    // that name was only guessed from the words just before the group ("Plant" opening "Plant biologists …, and
    // botanists hope"), not from a name elsewhere.
    const held = holding(sourced, quote).filter((a) => !a.vague || !speaker?.name || (guessed?.has(quote) && speaker.end <= a.source!.start && a.source!.start - speaker.end < 200));
    if (held.length === 0) {
      const back = speaker ? undefined : pointingBack(ctx, sourced, quote);
      if (back) quote.speaker = finished({ ...back.source!, name: back.sourceName ?? ctx.people.resolve(back.source!.text, back.source!.start) });
      continue;
    }
    settleHeld(ctx, quote, held, sourced);
  }
}

/** A quote held by the attributions `held` (nearest cue first in `held[0]`): which of their sources, or the speaker
 *  already found, says it. */
function settleHeld(ctx: DetectorContext, quote: Quote, held: Attribution[], sourced: readonly Attribution[]): void {
  const speaker = quote.speaker;
  const guessed = ctx.guessedSpeakers;
  const holder = held[0];
  // "Beck, who said there were “…”": the relative clause whose cue is the nearest before the quote holds it,
  // and its source stands for the person named just before it.
  const nearest = nearestBefore(held, quote);
  if (nearest && isRelative(ctx, nearest.source!)) {
    const source = nearest.source!;
    if (!(speaker && speaker.start < source.end && source.start < speaker.end)) quote.speaker = finished({ ...source, name: antecedent(ctx, source.start)?.name ?? source.text });
    return;
  }
  // A speaker found inside an attribution's own frame — its cue ("issued a statement") or an aside between its
  // source and its cue ("X, an entomologist at the Institute of Life Sciences who …, said") — is no speaker:
  // the frame's source is.
  // A person named there ("His counterpart, Elena Voss, described…") is kept, but not a description that only
  // mentions someone and names no one itself ("Paul Ferris, a planner who has clashed with Ana Rivera, wrote").
  // Not the one quoted "as saying" ("The Gazette quoted a spokesperson for the council as saying …").
  // Nor one named inside a relative clause on the source ("The council, which sided with Judge Petrova, …, said").
  // "Ironvale's vice-president …, Marcus Dellahunt, told": a possessor inside the source is not the one speaking;
  // the person the source names in apposition is.
  // So is a name modifying a role before the speaker's own ("Ferrante campaign manager Quentin Sowell").
  const possessorIn = speaker ? held.find((a) => a.source!.start <= speaker.start && speaker.end < a.source!.end && (/^['’]s?(?!\p{L})/u.test(ctx.doc.text.slice(speaker.end, speaker.end + 3)) || ROLE_THEN_NAME.test(ctx.doc.text.slice(speaker.end, a.source!.end)))) : undefined;
  const apposed = possessorIn ? mentionsBetween(ctx.people.mentions, speaker!.end, possessorIn.source!.end).at(-1) : undefined;
  if (apposed) {
    quote.speaker = finished({ start: apposed.start, end: apposed.end, text: ctx.doc.text.slice(apposed.start, apposed.end), name: apposed.name });
    return;
  }
  const framing = speaker ? held.find((a) => insideFrame(speaker, a) && !quotedAs(ctx, speaker, a) && (speaker.name === null || mentionsBetween(ctx.people.mentions, speaker.start, speaker.end).length === 0 || inSourceRelative(ctx, speaker, a) || objectInFrame(ctx, speaker) || STATEMENT_ASIDE.test(ctx.doc.masked.slice(a.source!.end, speaker.start)))) : undefined;
  if (framing) {
    const source = framing.source!;
    quote.speaker = finished({ ...source, name: framing.sourceName ?? ctx.people.resolve(source.text, source.start) });
    return;
  }
  // "Analysts at Merrow & Tate said that blank sailings … would …, and that “…”": a speaker found inside the content
  // holding the quote, named by no one and the source of no attribution, is part of what was said. Not the subject
  // opening a content a trailing frame reports ("A former treasurer told colleagues …, a jury heard"), nor past a
  // semicolon ("Berg said rents rose; most tenants told us …"), nor one an outlet quoted "as saying", nor a definite
  // one reported to have said it ("Papadakis said the company had promised that “…”"; not "callers had described").
  const telling = speaker && namesNoOne(ctx, speaker) && !QUOTED_AS_AFTER.test(ctx.doc.masked.slice(speaker.end, speaker.end + 20)) && !(DEFINITE.test(speaker.text) && reportsAtOneRemove(ctx.doc.masked.slice(speaker.end, speaker.end + 24))) ? held.find((a) => (a.content!.start < speaker.start || (a.content!.start === speaker.start && a.cue.end <= speaker.start)) && speaker.end <= a.content!.end && !sourcedBy(sourced, speaker) && !ctx.doc.masked.slice(a.content!.start, speaker.start).includes(';')) : undefined;
  if (telling) {
    const source = telling.source!;
    quote.speaker = finished({ ...source, name: telling.sourceName ?? ctx.people.resolve(source.text, source.start) });
    return;
  }
  const { start, end, text } = holder.source!;
  if (speaker && sourceApposed(ctx.doc.text, speaker, holder.source!)) {
    quote.speaker = finished({ start, end, text, name: holder.sourceName ?? ctx.people.resolve(text, start) });
    return;
  }
  const described = speaker ? describedSource(ctx.doc.text, speaker, holder.source!) : null;
  if (described) {
    quote.speaker = described;
    return;
  }
  // "“…,” Varga said as the protester shouted: “Resign now!”": a cue right before the quote frames it; a speaker
  // found further back (the earlier quote's) gives way to that frame's source.
  const framed = speaker && !guessed?.has(quote) ? introducing(ctx, held, quote) : undefined;
  if (framed && speaker!.end <= framed.source!.start) {
    quote.speaker = finished({ ...framed.source!, name: framed.sourceName ?? ctx.people.resolve(framed.source!.text, framed.source!.start) });
    return;
  }
  // "Quintero-Haas and her co-authors wrote …": an unnamed part of the source gives way to the whole, which names.
  // So does one cut short of the source's head ("The Fish and Wildlife Service's annual" of "… annual report says").
  const partOfSource = speaker !== null && speaker !== undefined && speaker.name === null && (holder.sourceName !== undefined || speaker.end < end) && start <= speaker.start && speaker.end <= end;
  if (speaker && !partOfSource && !guessed?.has(quote)) {
    // The same person by another mention ("She had a great line when she said, “…”"): the quote's speaker is
    // the attribution's source, so that the two agree in words as well as in name.
    if (speaker.name !== null && (speaker.start >= end || start >= speaker.end) && (holder.sourceName ?? text) === speaker.name) quote.speaker = finished({ start, end, text, name: speaker.name });
    return;
  }
  // A guessed speaker the attribution names too stays as found; so does one with a name when the source is only
  // a title the attribution finder cut from its name ("Mr" of "Mr van der Berg").
  // Not a guess cut short inside the source, naming no one ("A spokesperson for the Federal Cricket" of "…").
  const cutShort = speaker && guessed?.has(quote) && start <= speaker.start && speaker.end < end && mentionsBetween(ctx.people.mentions, speaker.start, speaker.end).length === 0;
  if (speaker && !partOfSource && !cutShort && speaker.start < end && start < speaker.end) return;
  if (speaker?.name && TITLE_WORDS.has(titleKey(text))) return;
  quote.speaker = finished({ start, end, text, name: holder.sourceName ?? ctx.people.resolve(text, start) });
}

/** "The country's largest grocer, Umzansi Foods Group, said": a description naming no one, then the source set
 *  beside it in apposition, which names it. */
function sourceApposed(text: string, speaker: Speaker, source: Span): boolean {
  return speaker.name === null && speaker.end < source.start && /^\s*,\s*$/.test(text.slice(speaker.end, source.start)) && /^\p{Lu}/u.test(source.text);
}

/**
 * A speaker the source's own words settle: a name inside an unnamed person's description ("one veteran Calderbrook
 * activist told me") is where the person is from, not who speaks (a spokesperson speaks for the body named, and
 * keeps it); "the Ruiz campaign said" is a body, named as the article names it. Null when neither.
 */
function describedSource(text: string, speaker: Speaker, source: Span): Speaker | null {
  if ((speaker.name !== null || speaker.start !== source.start) && modifierOfUnnamed(text, speaker, source)) return { start: source.start, end: source.end, text: source.text, name: null };
  const body = source.start <= speaker.start && speaker.end <= source.end ? PERSONS_BODY.exec(source.text) : null;
  return body ? finished({ start: source.start, end: source.end, text: source.text, name: `${body[1]} ${body[2].toLowerCase()}` }) : null;
}

/** A body a person leads, named by the person: "the Ruiz campaign", "the Okafor camp". */
const PERSONS_BODY = /^[Tt]he\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+(campaign|camp)$/u;
/** Words opening an unnamed person's description ("one veteran activist", "a party volunteer"). */
const UNNAMED_OPENING = /^(?:a|an|one|another|some|two|three|several)\s/i;
/** The last word of a description: a lowercase noun. */
const LOWER_HEAD = /\s(\p{Ll}[\p{Ll}-]*)$/u;
/** Heads that speak for the body their modifier names ("a Calderbrook council spokesman"). */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'statement']);

/** Is the speaker (a name inside it, or the whole) an unnamed person's description that is the source ("one veteran
 *  Calderbrook activist", "An Iriarte adviser"), opened by an indefinite word and headed by a lowercase noun? */
function modifierOfUnnamed(text: string, speaker: Span, source: Span): boolean {
  if (!(source.start <= speaker.start && speaker.end <= source.end) || !UNNAMED_OPENING.test(source.text)) return false;
  const head = LOWER_HEAD.exec(source.text)?.[1];
  return head !== undefined && !SPEAKS_FOR.has(head) && !/[,(]/.test(text.slice(source.start, source.end));
}

/** What a passive attribution in the sentence after a quotation points back at ("It was said by X"). */
const POINTER = /^(?:it|this|that|these words|those words|the (?:quote|quotation|line|remark|remarks|words|phrase|comment))$/i;

/**
 * "The quote “No child … stomach” was wrongly attributed to Haines. It was said by councillor Rosa Delmonte": an
 * attribution whose whole content is a word pointing back, in the sentence right after the quotation (no other
 * quotation between), names who said it.
 */
function pointingBack(ctx: DetectorContext, sourced: readonly Attribution[], quote: Quote): Attribution | undefined {
  for (const a of sourced) {
    const c = a.content!;
    if (c.start < quote.end || c.start - quote.end > 200 || !POINTER.test(c.text.trim())) continue;
    const between = ctx.doc.text.slice(quote.end, c.start);
    if ((between.match(/[.!?]\s/g) ?? []).length === 1 && !/[“"]/.test(between)) return a;
  }
  return undefined;
}

/** A non-restrictive relative pronoun ("Weaver, who said"); a restrictive one ("Republicans who refused … were
 *  “nuts,” Cruz insisted") belongs to a clause inside another speaker's words. */
function isRelative(ctx: DetectorContext, source: Span): boolean {
  return source.text.toLowerCase() === 'who' && /,\s*$/.test(ctx.doc.masked.slice(Math.max(0, source.start - 4), source.start));
}

/** The person named right before a relative pronoun at `at` ("Mike Lee, who"), if any. */
function antecedent(ctx: DetectorContext, at: number): PersonMention | undefined {
  const near = mentionsBetween(ctx.people.mentions, at - 60, at);
  const last = near[near.length - 1];
  return last && /^[\s,]*$/.test(ctx.doc.masked.slice(last.end, at)) ? last : undefined;
}

/** Is the speaker the object of "quoted … as saying", right before "as" and the attribution's cue? */
function quotedAs(ctx: DetectorContext, speaker: Span, a: Attribution): boolean {
  return a.cue.text.toLowerCase() === 'saying' && ctx.doc.masked.slice(speaker.end, a.cue.start).trim() === 'as';
}

/** Does the speaker stand in a relative clause opening right after the attribution's source (", which …")? */
function inSourceRelative(ctx: DetectorContext, speaker: Span, a: Attribution): boolean {
  const source = a.source!;
  // Short asides may stand between the source and its relative clause: "Bev Coggins, 54, who found …".
  return source.end <= speaker.start && /^\s*,(?:[^,]{1,30},)*?\s*(?:which|who|whose)\s/.test(ctx.doc.text.slice(source.end, speaker.start));
}

/** "X, a senior fellow at the Harrowgate Center for Strategic Studies, said": a name after a preposition inside the
 *  frame is where the source works or what it is about, never the one speaking. */
function objectInFrame(ctx: DetectorContext, speaker: Span): boolean {
  return /\b(?:at|of|for|from|with|to|in|by)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}$/u.test(ctx.doc.text.slice(Math.max(0, speaker.start - 60), speaker.start));
}

const POSSESSIVE_END = /['’]s?$/;
/** "Pranjal Medisys, in a statement signed by its company secretary, Anand Bhave, said": who signed it is not who says. */
const STATEMENT_ASIDE = /^,\s*(?:in|through)\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|press\s+release|release|letter|notice)\b/u;
const QUOTED_AS_AFTER = /^\s+as\s+(?:saying|telling|writing)\b/;

/** Lowercase role words, then a capitalised name ending the source: " campaign manager Quentin Sowell" (the words
 *  not a preposition or a conjunction: "Kelly Ames at Braddock Securities" is Ames). */
const ROLE_THEN_NAME = /^(?:\s+(?!(?:at|of|for|from|with|in|on|by|and|or|to|the|a|an)\s)\p{Ll}[\p{L}-]*){1,4}(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;

/** Does the speaker lie within the attribution's frame (from its source to its cue, either order) but off its source,
 *  or run from the source on towards the cue? */
function insideFrame(speaker: Span, a: Attribution): boolean {
  const source = a.source!;
  // "The congressman shot back" (the noun "shot" read into the phrase), "He goes on to describe": a speaker running
  // from the source on towards its cue is the source.
  // (Not past a possessive source: "Lindqvist’s aunt" is the speaker, "Lindqvist’s" a wrong source.)
  if (speaker.start < source.end && source.start < speaker.end) return source.start <= speaker.start && source.end < speaker.end && source.end <= a.cue.start && !POSSESSIVE_END.test(source.text);
  const from = Math.min(source.start, a.cue.start);
  const to = Math.max(source.end, a.cue.end);
  return from <= speaker.start && speaker.end <= to;
}

/** Does the speaker's span overlap some attribution's source? */
function sourcedBy(sourced: readonly Attribution[], speaker: Span): boolean {
  return sourced.some((a) => a.source!.start < speaker.end && speaker.start < a.source!.end);
}

/** The attributions (cues within REACH of the quote, in cue order) whose content holds the whole quote. */
function holding(sourced: readonly Attribution[], quote: Quote): Attribution[] {
  let lo = 0;
  let hi = sourced.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sourced[mid].cue.start < quote.start - REACH) lo = mid + 1;
    else hi = mid;
  }
  const held: Attribution[] = [];
  for (let k = lo; k < sourced.length && sourced[k].cue.start <= quote.end + REACH; k++) {
    const c = sourced[k].content!;
    if (c.start <= quote.start && quote.end <= c.end) held.push(sourced[k]);
  }
  return held;
}

/** The attribution holding a quote whose cue ends right before it, a colon or a comma between ("shouted: “…”"). */
function introducing(ctx: DetectorContext, held: readonly Attribution[], quote: Quote): Attribution | undefined {
  return held.find((a) => a.cue.end <= quote.start && quote.start - a.cue.end <= 3 && /^[\s,:]*$/.test(ctx.doc.masked.slice(a.cue.end, quote.start)));
}

/** Of the attributions holding a quote, the one whose cue is the last before it. */
function nearestBefore(held: readonly Attribution[], quote: Quote): Attribution | undefined {
  let best: Attribution | undefined;
  for (const a of held) if (a.cue.end <= quote.start && (!best || a.cue.start > best.cue.start)) best = a;
  return best;
}

/** Whether a span lies inside the inner text of a quote (quotes sorted, as their ends are). */
function quoted(quotes: readonly Quote[], s: Span): boolean {
  const q = quotes[firstEndingAfter(quotes, s.start)];
  return q !== undefined && q.inner.start <= s.start && s.end <= q.inner.end;
}

/** A speaker with no name, or a capitalised word named by nothing but itself ("said Duvessa had raised the case
 *  “…”"), names no one. */
/** A subject that points at someone: a definite description or a name, not a bare group ("callers"). */
const DEFINITE = /^(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s|^\p{Lu}/u;

function namesNoOne(ctx: DetectorContext, speaker: { start: number; end: number; text: string; name: string | null }): boolean {
  if (speaker.name === null) return true;
  return speaker.name === speaker.text && /^\p{Lu}[\p{L}-]*$/u.test(speaker.text) && mentionsBetween(ctx.people.mentions, speaker.start, speaker.end).length === 0;
}

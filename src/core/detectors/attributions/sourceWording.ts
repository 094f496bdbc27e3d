// The attribution finder judges its own sources by the vague-wording lexicon (lexicon/vagueWording.ts), where the
// source phrase alone cannot tell: a source in anonymous wording is anonymous, not vague, even when the phrase was cut
// short ("According to one aide close to the trustees": "one aide close"); a document nobody named ("…, a 2024 report
// found") is vague, so its claim is not cited by it, and so is the "It" of an impersonal passive ("It is
// understood"). Done here so that no later detector changes an attribution.
import type { Attribution, DetectorContext } from './shared.js';
import * as shared from './shared.js';
import type { VagueWordingKind } from '../../lexicon/vagueWording.js';
import { explainsWithholding, withholdsName } from '../../lexicon/withholding.js';
import { isAnonymousSource } from '../../lexicon/vagueWording.js';
import { vagueWordingOf } from '../sentenceVagueWording.js';
import { builtPattern } from '../../text/builtPatterns.js';
import { mentionsBetween, sentenceAt } from '../people/coreference.js';

const { SentenceTokens, firstStartingAt, isVagueSource } = shared;

/** A source phrase that opens by counting someone unnamed ("a manager at …", "two officials"). */
const UNNAMED_LEAD = /^(?:an?|one|two|three|four|several|multiple)\s/i;

/**
 * Between a source and the reason that follows it: where the source sits, if the source phrase stopped short of it
 * ("two advisers" + " at the ministry"), then a comma or a relative pronoun ("…, who declined to be named").
 */
const PLACE = String.raw`(?:\s+(?:in|at|inside|within|from|with|on|close\s+to|familiar\s+with|briefed\s+on)\s+[^,;:.“”"]{1,40}?|\s*,?\s+who\s+(?:was|were|is|are|had\s+been)\s+[^,;:.“”"]{1,30}?)?`;
const ATTACHES = new RegExp(String.raw`^${PLACE}[\s,]*(?:who\s+|and\s+|(?:speaking|talking|who\s+spoke)\s+)?$`, 'iu');
/** Where the source sits, then a comma: what may stand between a source phrase cut short and its aside. */
const PLACE_THEN_COMMA = new RegExp(String.raw`^${PLACE}(?=\s*,)`, 'iu');

/** The kinds of wording that judge a source: anonymity, evidence nobody named, and an impersonal passive ("It is
 *  understood that …" read with "It" as the one who understood). */
const judging = (kind: VagueWordingKind): boolean => kind === 'anonymous' || kind === 'unnamed-evidence' || kind === 'impersonal';

/** Marks each attribution whose source lies in anonymous wording anonymous, and in unnamed evidence or an impersonal
 *  passive vague. */
export function judgeSourcesByWording(ctx: DetectorContext, list: readonly Attribution[]): void {
  const tokens = new SentenceTokens(ctx.doc.masked);
  for (const a of list) {
    const s = a.source;
    if (a.vague && s && pointedAtBefore(ctx.doc.text, s)) a.vague = false;
    if ((a.vague || a.anonymous) && s && namedAfter(ctx.doc.text, s)) {
      a.vague = false;
      a.anonymous = false;
      continue;
    }
    if (!s || a.anonymous) continue;
    let anonymous = false;
    let unnamed = false;
    // The sentences the source overlaps (one, nearly always).
    for (let k = Math.max(0, firstStartingAt(ctx.sentences, s.start + 1) - 1); k < ctx.sentences.length && ctx.sentences[k].start < s.end; k++) {
      if (ctx.sentences[k].end <= s.start) continue;
      for (const f of vagueWordingOf(ctx, tokens, k)) {
        if (!judging(f.kind)) continue;
        // "…, a manager at a broker told us on condition that the firm not be named": terms of anonymity right
        // after the cue (and its listener) make an unnamed source anonymous.
        if (f.kind === 'anonymous' && f.start >= a.cue.start && f.start >= s.end && f.start - a.cue.end <= 25 && UNNAMED_LEAD.test(s.text)) anonymous = true;
        // A reason for not naming right after a source left unnamed marks it, whatever the source's noun ("a
        // colleague in the department, who declined to be named, …", "According to two relatives, speaking on
        // background, …").
        if (f.kind === 'anonymous' && f.start >= s.end && UNNAMED_LEAD.test(s.text) && ATTACHES.test(ctx.doc.text.slice(s.end, f.start))) anonymous = true;
        if (f.start >= s.end || s.start >= f.end) continue;
        if (f.kind === 'anonymous') anonymous = true;
        else unnamed = true;
      }
    }
    // "Officials in the defence ministry, who did not wish to be identified, said": a bare group too.
    if (!anonymous && (DESCRIBED_LEAD.test(s.text) || a.vague) && reasonGiven(ctx, a)) anonymous = true;
    if (!anonymous && UNNAMED_LEAD.test(s.text) && saidPrivately(ctx.doc.text, a)) anonymous = true;
    // … or an unnamed group set off by "speaking privately" ("Aides to the senator, speaking privately, said"); a group
    // that privately worries or says is still a group ("Some diplomats said privately").
    if (!anonymous && s.end < a.cue.start && a.cue.start - s.end < 80 && PRIVATE_ASIDE.test(ctx.doc.text.slice(s.end, a.cue.start)) && (a.vague || isVagueSource(s.text))) anonymous = true;
    if (!anonymous && COUNTED_OFFICIALS.test(s.text) && !namedAfter(ctx.doc.text, s)) anonymous = true;
    // "according to a Tory familiar with the budget": the source phrase stopped before what places it.
    if (!anonymous && PLACING_END.test(s.text) && isAnonymousSource(ctx.doc.text.slice(s.start, s.end + 40))) anonymous = true;
    if (anonymous) {
      a.anonymous = true;
      a.vague = false;
    } else if (unnamed) a.vague = true;
  }
  const anonymousSources = list.filter((a) => a.anonymous === true && a.source !== null);
  if (anonymousSources.length === 0) return;
  for (const a of list) {
    if (!a.anonymous && a.sourceName === undefined && (pointsBackAtAnonymous(anonymousSources, a) || pronounAfterAnonymous(ctx, list, anonymousSources, a))) {
      a.anonymous = true;
      a.vague = false;
    }
  }
}

/** "The same agent", "the official": one unnamed source pointed back at by its noun. */
const POINTED_BACK = /^[Tt]he\s+(?:same\s+)?(\p{Ll}[\p{Ll}-]*)$/u;
/** Where a source phrase's head noun ends: a relative, a place, what it knows ("A land agent who …", "an official at
 *  the ministry", "a person familiar with …"). */
const HEAD_END = /\s*(?:,|\b(?:who|which|that|at|in|from|with|of|on|for|close|familiar|briefed|involved|speaking)\b)/iu;

/**
 * "A land agent …, who insisted on anonymity, called … The same agent said …": a definite source whose noun heads an
 * anonymous source earlier in the article is that source, still unnamed (a name would have been used again).
 */
function pointsBackAtAnonymous(anonymous: readonly Attribution[], a: Attribution): boolean {
  const s = a.source;
  const m = s ? POINTED_BACK.exec(s.text) : null;
  if (!s || !m) return false;
  // Every one of `anonymous` has a source (judgeSourcesByWording keeps only those).
  return anonymous.some((b) => b.source!.end <= s.start && s.start - b.source!.end < 3000 && headNoun(b.source!.text) === m[1]);
}

/** A source that is only a he, she or they (anywhere in its sentence: "He said …", "…, she said"). */
const PRONOUN_SOURCE = /^(?:he|she|they)$/i;
/** How far (in characters) back the anonymous source of a pronoun may stand. */
const PRONOUN_REACH = 400;

/**
 * "A property manager …, who asked that his name be withheld …, said …. He said requests were …": a pronoun whose
 * nearest earlier source is anonymous, no person named in between, is that source, still unnamed. In that source's
 * sentence or the next only: a sentence between ("Union leaders met the board. They said …") brings others in.
 */
function pronounAfterAnonymous(ctx: DetectorContext, list: readonly Attribution[], anonymous: readonly Attribution[], a: Attribution): boolean {
  const s = a.source;
  if (!s || !PRONOUN_SOURCE.test(s.text)) return false;
  // Few sources are anonymous: most pronouns have none within reach, and the scan of every source below is skipped.
  if (!anonymous.some((b) => b.source!.end <= s.start && s.start - b.source!.end <= PRONOUN_REACH)) return false;
  let before: Attribution | undefined;
  for (const b of list) if (b.source && b !== a && b.source.end <= s.start && (!before || b.source.start > before.source!.start)) before = b;
  if (!before?.anonymous || s.start - before.source!.end > PRONOUN_REACH || /\n\s*\n/.test(ctx.doc.text.slice(before.source!.end, s.start))) return false;
  if (sentenceAt(ctx.sentences, s.start) - sentenceAt(ctx.sentences, before.source!.start) > 1) return false;
  return !mentionsBetween(ctx.people.mentions, before.source!.start, s.start).some((m) => m.end <= s.start);
}

function headNoun(source: string): string {
  const cut = HEAD_END.exec(source);
  const words = (cut ? source.slice(0, cut.index) : source).trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/** ", speaking privately," between a source and its cue, perhaps past the words placing the source. */
const PRIVATE_ASIDE = /^[^,.;:]{0,40},\s*(?:speaking|talking)\s+(?:privately|in\s+private)\s*,\s*$/u;
/** "privately", "in private" among the frame's words. */
const PRIVATELY = /\b(?:privately|in\s+private)\b/u;

/**
 * "One cabinet minister said privately that …", "Two MPs privately told the Gazette …": an unnamed source speaking
 * in private is anonymous, as one "speaking privately" is. Only the frame's words are read: between the source and
 * the cue, and between the cue and the content after it.
 */
function saidPrivately(text: string, a: Attribution): boolean {
  const s = a.source!;
  if (s.end <= a.cue.start && a.cue.start - s.end < 40 && PRIVATELY.test(text.slice(s.end, a.cue.start))) return true;
  const content = a.content;
  return content !== null && content.start >= a.cue.end && content.start - a.cue.end < 60 && PRIVATELY.test(text.slice(a.cue.end, content.start));
}

/** Officials or diplomats counted and left unnamed, as a foreign desk cites them ("a Western diplomat", "two senior
 *  officials", "three diplomats in Lenza"): a source a reader cannot check. Not a bare plural ("Officials said") nor
 *  a quantity of them ("a number of officials"), which are vague. */
const COUNTED_OFFICIALS = /^(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)\s+(?:(?!of\s)[\p{L}.-]+\s+){0,2}?(?:[Oo]fficials?|[Dd]iplomats?|[Ff]igures?)(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:\s+(?:briefed\s+on|familiar\s+with|involved\s+in|close\s+to)\s.*)?$/u;

/** The relative pronoun of a clause inside a source phrase, with no comma before it. */
const RESTRICTIVE_WHO = /[^,]\swho(?:se)?\s/u;

/** A source phrase ending on the word that places it, its object cut off ("a Tory familiar"). */
const PLACING_END = /\b(?:familiar|close|briefed|privy|knowledgeable)$/iu;

/** A source described, not named: counted ("a nurse", "two engineers", "a European diplomat") or pointed at ("the
 *  engineer"). A reason for not naming it says it is not a name's description. */
const DESCRIBED_LEAD = /^(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Mm]ultiple|[Aa]nother|[Ss]ome|[Tt]he|[Tt]his|[Tt]hat)\s+[\p{L}\d]/u;

/**
 * A reason for not naming the source, however worded (lexicon/withholding.ts): in an aside right after the source or
 * its cue ("a crew member, who would not give her name, said"; "…, said the engineer, whose identity we are
 * protecting"), or in the sentence that follows ("She asked that her name not be used.").
 */
function reasonGiven(ctx: DetectorContext, a: Attribution): boolean {
  const text = ctx.doc.text;
  const s = a.source!;
  const after = text.slice(s.end, s.end + 200);
  if (withholdsName(after.slice(PLACE_THEN_COMMA.exec(after)?.[0].length ?? 0))) return true;
  // A restrictive relative inside the source phrase ("An official who could not be named under department rules").
  const relative = RESTRICTIVE_WHO.exec(s.text);
  if (relative && withholdsName(s.text.slice(relative.index + 1))) return true;
  if (a.cue.end > s.start && withholdsName(text.slice(a.cue.end, a.cue.end + 200))) return true;
  const k = firstStartingAt(ctx.sentences, Math.max(a.cue.end, s.end));
  const next = ctx.sentences[k];
  return next !== undefined && next.start - Math.max(a.cue.end, s.end) < 400 && explainsWithholding(text.slice(next.start, next.end));
}

/** "The analysts", "the three economists", "these residents": a definite group, perhaps counted. */
const DEFINITE_GROUP = /^(?:the|these|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(\p{Ll}+)$/iu;

/**
 * A definite group the article already pointed at ("Three analysts from the Hartley Institute … The three analysts
 * said"): docs/rules.md counts it named, not vague. Earlier in the article the same noun must have been counted or
 * placed by a name ("three analysts", "analysts at the Hartley Institute"); a generic earlier mention ("analysts
 * expect …") points at nobody.
 */
function pointedAtBefore(text: string, s: { start: number; text: string }): boolean {
  const m = DEFINITE_GROUP.exec(s.text);
  if (!m) return false;
  const noun = m[1].toLowerCase();
  const pointed = builtPattern('pointed', [noun], () => new RegExp(`\\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:\\p{L}+\\s+)?${noun}|${noun}\\s+(?:from|at|of|with)\\s+(?:the\\s+)?\\p{Lu})`, 'iu'));
  return pointed.test(text.slice(Math.max(0, s.start - 3000), s.start));
}

/** A full name set off by commas right after a source phrase: ", Pieter Holm," / ", Pieter Holm." */
const NAME_AFTER = /^(?:\s+(?:in|at|inside|within|from|with|on|familiar\s+with|briefed\s+on)\s+[^,;:.“”"]{1,40}?)?\s*,\s*(?!The\b)\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)+\s*(?:[,.;]|$)/u;
/** The same name closing the source phrase itself ("a diplomat familiar with the talks, Kofi Mensah"). */
const NAME_CLOSING = /^(.*?)\s*,\s*(?!The\b)\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)+\s*,?$/su;
/** A description whose last words may be the person the name belongs to ("an aide to the mayor", "a friend of the
 *  coach", "sources close to the minister"). */
const ENDS_WITH_PERSON = /\b(?:to|of|for)\s+(?:the\s+)?[\p{L}-]+$/iu;

/**
 * "a senior official at the ministry, Pieter Holm, said", "according to a diplomat familiar with the talks, Ana
 * Ruiz,": the description is of the person named after it, who is neither vague nor anonymous.
 */
function namedAfter(text: string, s: { end: number; text: string }): boolean {
  const closing = NAME_CLOSING.exec(s.text);
  if (closing) return UNNAMED_LEAD.test(closing[1]) && !ENDS_WITH_PERSON.test(closing[1]);
  return !ENDS_WITH_PERSON.test(s.text) && NAME_AFTER.test(text.slice(s.end, s.end + 80));
}

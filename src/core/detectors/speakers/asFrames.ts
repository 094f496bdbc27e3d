// "As the Courier reported, the board was refusing …:", "…, as the county history website notes:": a frame opened by
// "as" names the source of the words it introduces, whatever the clause around it says (a colon after it often
// hands them on to the next paragraph). So does "In her words," / "In Ruiz's own words,": the possessor speaks.
import { PERSON_POSSESSIVES } from '../../lexicon/pronouns.js';
import type { DetectorContext } from '../../context.js';
import { isCueAt } from './cues.js';
import { mentionsBetween } from '../people.js';
import { npLeft, personSpeaker, pronounSpeaker, sourceRight, type Found } from './phrases.js';
import type { Tok } from './tokens.js';

/** How many words an "as" frame's source may have before its cue. */
const REACH = 9;

/** The source of the first "as X <cue>" frame in the list whose cue ends it (a comma, a colon or the list's end). */
export function asFrameSource(ctx: DetectorContext, cues: ReadonlyMap<string, unknown>, list: Tok[]): Found | null {
  for (let k = 2; k < list.length; k++) {
    const next = list[k + 1];
    if (list[k].quoted || (next && next.text !== ',' && next.text !== ':') || !isCueAt(list, k, cues)) continue;
    let a = k - 1;
    while (a >= 0 && list[a].lower !== 'as' && list[a].word && !list[a].quoted && k - a <= REACH) a--;
    if (a < 0 || list[a].lower !== 'as' || a + 1 >= k) continue;
    // "as Tom Ridley of the Dunmore Courier observed": a person opening a longer phrase.
    const person = mentionsBetween(ctx.people.mentions, list[a + 1].start, list[k].start)[0];
    const source = npLeft(ctx, list, k, a + 1) ?? (person && person.start === list[a + 1].start ? personSpeaker(person) : null);
    if (source) return source;
  }
  return null;
}

/** "The Daily Meridian quoted Ambassador Ruiz, who led the talks, as saying the deal “…”": the one quoted speaks. */
export function quotedAsSaying(ctx: DetectorContext, pre: Tok[], from: number): Found | null {
  for (let k = pre.length - 2; k > from; k--) {
    // "as saying", and any participle of speaking: "quoted the minister as calling the ban “…”".
    if (pre[k].lower !== 'as' || !QUOTED_AS.has(pre[k + 1].lower) || pre[k].quoted) continue;
    for (let q = k - 1; q >= from && k - q < 30; q--) if (pre[q].lower === 'quoted' && !pre[q].quoted) return sourceRight(ctx, pre, q + 1, false);
    return null;
  }
  return null;
}


/** The possessor of an "In her words," / "in Ana Ruiz's own words," frame in the list (not inside a quotation), or null. */
export function inWordsSource(ctx: DetectorContext, list: Tok[]): Found | null {
  for (let k = 2; k + 1 < list.length; k++) {
    if (list[k].lower !== 'words' || list[k].quoted || (list[k + 1].text !== ',' && list[k + 1].text !== ':')) continue;
    const own = list[k - 1].lower === 'own' ? 1 : 0;
    const last = k - 1 - own;
    if (last < 1) continue;
    if (PERSON_POSSESSIVES.has(list[last].lower) && list[last - 1].lower === 'in') return pronounSpeaker(ctx, list[last]);
    // "in Ana Ruiz's words": a person whose name ends in the possessive, right after "in".
    let a = last;
    while (a > 0 && list[a - 1].lower !== 'in' && last - a < 4 && list[a - 1].word) a--;
    if (!(a > 0 && list[a - 1].lower === 'in' && /['’]s?$/.test(list[last].text))) continue;
    const person = mentionsBetween(ctx.people.mentions, list[a].start, list[last].end)[0];
    if (person && person.start === list[a].start) return personSpeaker(person);
    // "In the union leader's words": a description of someone.
    if (list[a].lower === 'the' && a < last) {
      const end = list[last].end - (/['’]$/.test(list[last].text) ? 1 : 2);
      const text = ctx.doc.text.slice(list[a].start, end);
      return { start: list[a].start, end, text, name: ctx.people.resolve(text, list[a].start) };
    }
  }
  return null;
}

const QUOTED_AS = new Set(['saying', 'calling', 'describing', 'telling', 'warning', 'stating', 'adding', 'insisting', 'claiming', 'promising', 'urging', 'accusing']);

/** "For Crewe, the answer is simple: “…”", "To Tilly, it was “…”": a sentence opened by "for" or "to" and a person
 *  set off by a comma gives that person's view, and a quote in it with no cue is theirs. */
export function viewHolder(ctx: DetectorContext, list: Tok[], atSentenceStart: boolean): Found | null {
  if (!atSentenceStart || list.length < 4 || (list[0].lower !== 'for' && list[0].lower !== 'to') || list[0].text === list[0].lower) return null;
  const person = mentionsBetween(ctx.people.mentions, list[1].start, list[1].end)[0];
  if (!person || person.start !== list[1].start) return null;
  const comma = list.findIndex((t) => t.start >= person.end);
  return comma > 0 && list[comma].text === ',' && list[comma].start === person.end ? personSpeaker(person) : null;
}

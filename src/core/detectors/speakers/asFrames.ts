// "As the Courier reported, the board was refusing …:", "…, as the county history website notes:": a frame opened by
// "as" names the source of the words it introduces, whatever the clause around it says (a colon after it often
// hands them on to the next paragraph).
import type { DetectorContext } from '../../context.js';
import { isCueAt } from './cues.js';
import { mentionsBetween } from '../people.js';
import { npLeft, personSpeaker, sourceRight, type Found } from './phrases.js';
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

const QUOTED_AS = new Set(['saying', 'calling', 'describing', 'telling', 'warning', 'stating', 'adding', 'insisting', 'claiming', 'promising', 'urging', 'accusing']);

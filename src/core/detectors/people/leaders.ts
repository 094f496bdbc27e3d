// "The study, led by Dr Ana Ruiz of Harlow University, …" … "the study's lead author said": science and health copy
// names who led a study, trial or team once, then calls them its lead author or lead researcher. The person after
// "led by" gets those roles, so that the description finds them as "the coroner" finds the person titled Coroner.
import type { PersonMention } from '../../context.js';
import type { RoleLink } from './roles.js';
import { isSpaceUnit } from '../../text/chars.js';

/** The verbs of leading such work ("led by", "run by", "headed by"). */
const LEADING = 'led|run|headed|directed|coordinated';
/** What a person leads in such copy, up to four words before "led by" ("The two-year trial, led by"). */
const LED_BY = new RegExp(String.raw`\b(study|trial|team|research|project|survey|review|investigation|experiment|analysis|group|expedition|mission|consortium|collaboration)\s*,?\s+(?:which\s+was\s+|was\s+|is\s+)?(?:${LEADING})\s+by\s+$`, 'iu');

/** The roles a leader of such work is called by afterwards. */
const LEADER_HEADS = ['author', 'researcher', 'investigator', 'scientist'];

export function leaderRoles(masked: string, mentions: readonly PersonMention[]): RoleLink[] {
  const links: RoleLink[] = [];
  for (const m of mentions) {
    if (!m.name.includes(' ')) continue;
    // The name must follow "by " (perhaps with a title between): a look for "by" and a space in the 20 characters
    // before it, then the pattern. (Scanning the whole text for a "led by" first cost more than every look.)
    if (!byThenSpace(masked, Math.max(0, m.start - 20), m.start)) continue;
    const near = masked.slice(Math.max(0, m.start - 20), m.start);
    if (!/\bby\s+(?:\p{Lu}\p{Ll}*\.?\s+)?$/iu.test(near)) continue;
    // Up to a title before the name ("led by Dr Ana Ruiz", "run by Professor Tom Reed").
    const before = masked.slice(Math.max(0, m.start - 90), m.start).replace(/(?:\p{Lu}\p{Ll}*\.?\s+)?$/u, (t) => (/^(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+$/.test(t) ? '' : t));
    const led = LED_BY.exec(before);
    if (!led) continue;
    const work = led[1].toLowerCase();
    for (const head of LEADER_HEADS) links.push({ at: m.start, name: m.name, words: ['lead', head], owners: [work] });
  }
  return links;
}

/** Is "by" (either letter in either case) followed by a space somewhere in s[from, to)? Every match of the "by"
 *  pattern above holds one. */
function byThenSpace(s: string, from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k++) {
    if ((s.charCodeAt(k) | 32) === 98 && (s.charCodeAt(k + 1) | 32) === 121 && isSpaceUnit(s.charCodeAt(k + 2))) return true;
  }
  return false;
}

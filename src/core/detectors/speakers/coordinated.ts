// Two people speaking together: "“…,” said Ana Ruiz and Tom Lee." / "Ruiz and Lee said: “…”". The frame's finders
// stop at "and" and keep one of the two; the speaker is the pair, named by both full names joined by "and"
// (docs/rules.md, "Who said a quote"), as the attribution's source is (attributions/coordinated.ts).
import type { DetectorContext } from '../../context.js';
import { NAME, namePair } from '../people/coordinated.js';
import type { Found } from './phrases.js';
import { isSpaceUnit } from '../../text/chars.js';

const ONE_NAME = new RegExp(`^${NAME}$`, 'u');
/** A second name after the speaker, closing the frame (punctuation or a verb follows). */
const PARTNER_AFTER = new RegExp(`^\\s+and\\s+(${NAME})(?=\\s*[.,;:!?]|\\s+\\p{Ll})`, 'u');
/** A first name before the speaker, opening its clause (nothing but punctuation, or ", and", before it). */
export const PARTNER_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}\\s]\\s*|\\n\\s*|,\\s+(?:and|but)\\s+)(${NAME})\\s+and\\s+$`, 'u');

/** How far around the speaker the other name is looked for. */
const REACH = 80;

/** The speaker with the person named beside it by "and", or the speaker unchanged. */
export function withPartner(ctx: DetectorContext, found: Found | null): Found | null {
  if (!found || !ONE_NAME.test(found.text)) return found;
  const text = ctx.doc.text;
  const after = PARTNER_AFTER.exec(text.slice(found.end, found.end + REACH));
  let start = found.start;
  let end = found.end;
  if (after) end = found.end + after[0].length;
  else {
    const from = Math.max(0, found.start - REACH);
    // PARTNER_BEFORE ends in " and ": most speakers have none before them, and the pattern is tried at every place.
    if (!andBefore(text, found.start, from)) return found;
    // A letter stands for the text cut off before the window, so that a name opening the window opens no clause.
    const window = (from > 0 ? 'x' : '') + text.slice(from, found.start);
    const before = PARTNER_BEFORE.exec(window);
    if (!before) return found;
    start = found.start - (before[0].length - before[0].lastIndexOf(before[1]));
  }
  const pair = text.slice(start, end);
  if (!namePair(pair)) return found;
  return { start, end, text: pair, name: ctx.people.resolve(pair, start) };
}

/** Does text[from, at) end in "and" between spaces (of any kind), as PARTNER_BEFORE's window must? */
export function andBefore(text: string, at: number, from: number): boolean {
  let k = at;
  while (k > from && isSpaceUnit(text.charCodeAt(k - 1))) k--;
  return k < at && k - 4 >= from && text.startsWith('and', k - 3) && isSpaceUnit(text.charCodeAt(k - 4));
}

// "Daniel Okoro, 47, denies arson." … "the defendant stood and answered": a court report names the accused once by
// what they deny or are charged with, then calls them the defendant. A person whose own clause says so gets that
// role, so that "the defendant" (or "the accused") finds them as "the coroner" finds the person titled Coroner.
import type { PersonMention } from '../../context.js';
import type { RoleLink } from './roles.js';

// After the name: an optional aside set off by commas ("…, 47, a haulage contractor from Tadcaster,"), then the
// clause's verb of denying or being charged.
const ACCUSED_AFTER = /^(?:,[^.;:!?"“”]{1,100},)?\s+(?:denies|denied|has denied|had denied|pleaded not guilty|pleads not guilty|has pleaded not guilty|is accused of|was accused of|stands accused of|is charged with|was charged with|has been charged with|is on trial)\b/u;

export function defendantRoles(masked: string, mentions: readonly PersonMention[]): RoleLink[] {
  const links: RoleLink[] = [];
  for (const m of mentions) {
    if (!m.name.includes(' ') || !ACCUSED_AFTER.test(masked.slice(m.end, m.end + 160))) continue;
    for (const head of ['defendant', 'accused']) links.push({ at: m.start, name: m.name, words: [head], owners: [] });
  }
  return links;
}

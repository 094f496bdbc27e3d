// "…, Kofi Mwangi scoring twice. The 23-year-old striker, who joined in the summer, opened the scoring …": a
// sentence opening with an age and a role ("The 23-year-old striker") describes the person the sentence before
// named last, and gives them that role, so that a later "the striker said" finds them (as "Hirokazu Matsuno, the
// chief cabinet secretary," gives "the secretary").
import type { PersonMention } from '../../context.js';
import * as titles from '../../lexicon/titles.js';
import type { RoleLink } from './roles.js';

const { isRoleNoun } = titles;

/** "The 23-year-old striker", "the 41-year-old former nurse": a sentence's opening, its age, up to three words. */
const AGED_OPENING = /(?:^|[.!?]["”’]?\s+)[*_]*(The\s+\d+-year-old\s+)((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)(?=[\s,])/gu;
/** How far back (in characters) the person named before it may be. */
const REACH = 400;

export function agedRoles(masked: string, mentions: readonly PersonMention[]): RoleLink[] {
  const links: RoleLink[] = [];
  // The pattern is tried at every sentence end; most articles give no age this way.
  if (!masked.includes('-year-old')) return links;
  for (const m of masked.matchAll(AGED_OPENING)) {
    const at = m.index + m[0].indexOf(m[1]);
    // The role is the first role noun among the words ("former nurse": "nurse").
    const head = m[2].split(/\s+/).find(isRoleNoun);
    if (!head) continue;
    const person = lastNamedBefore(masked, mentions, at);
    if (person) links.push({ at, name: person.name, words: [head], owners: [] });
  }
  return links;
}

/** The last mention with a full name ending in the sentence before `at` (no sentence end between them). */
function lastNamedBefore(masked: string, mentions: readonly PersonMention[], at: number): PersonMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.start >= at) continue;
    if (at - m.end > REACH) return undefined;
    if (!m.name.includes(' ')) continue;
    // Only the sentence right before: at most one sentence end between the name and the description.
    const between = masked.slice(m.end, at).match(/[.!?]["”’]?\s/g)?.length ?? 0;
    return between <= 1 ? m : undefined;
  }
  return undefined;
}

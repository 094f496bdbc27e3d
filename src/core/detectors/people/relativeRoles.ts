// "Angharad Powell, who has managed Ward 14 for nine years, said …" … "said the ward manager": a relative clause
// that says what a person does gives them the role its verb names, so that a later description of that role finds
// them (as "Angharad Powell, the ward manager," would).
import type { PersonMention } from '../../context.js';
import type { RoleLink } from './roles.js';

/** Verbs of holding a post (each written form), as the role noun each names. */
const ROLE_OF_VERB: ReadonlyMap<string, string> = new Map(Object.entries({
  manages: 'manager', managed: 'manager', coaches: 'coach', coached: 'coach', chairs: 'chair', chaired: 'chair',
  edits: 'editor', edited: 'editor', owns: 'owner', owned: 'owner', founded: 'founder', directs: 'director',
  directed: 'director', captains: 'captain', captained: 'captain', leads: 'leader', led: 'leader', teaches: 'teacher',
  taught: 'teacher',
}));

// ", who has managed", ", who now leads", ", who co-founded": the verb right after "who" (an auxiliary and an adverb
// may stand between).
const WHO_VERB = /^,\s+who\s+(?:(?:has|had|have)\s+)?(?:(?:now|also|still|long|since)\s+)?(?:co-)?(\p{Ll}+)/u;

export function relativeRoles(masked: string, mentions: readonly PersonMention[]): RoleLink[] {
  const links: RoleLink[] = [];
  for (const m of mentions) {
    if (!m.name.includes(' ')) continue;
    const verb = WHO_VERB.exec(masked.slice(m.end, m.end + 60))?.[1];
    const role = verb ? ROLE_OF_VERB.get(verb) : undefined;
    if (role) links.push({ at: m.start, name: m.name, words: [role], owners: [] });
  }
  return links;
}

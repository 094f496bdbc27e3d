// "One of them, Lorraine Petty of the Heater Safety Coalition, watched … the coalition's director was unmoved: “…”":
// a body's role ("the coalition's director") stands for the person named just before as being "of" that body.
import type { DetectorContext } from '../../context.js';
import { ORG_WORDS } from '../../lexicon/names.js';
import { isRoleNoun } from '../../lexicon/titles.js';

/** How far back (in characters) the affiliated person is looked for. */
const REACH = 600;
const BODY_ROLE = /^the\s+(\p{Ll}+)['’]s\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u;

/** The person named "of" the body a description like "the coalition's director" names, just before it; or null. */
export function affiliatedPerson(ctx: DetectorContext, description: string, at: number): string | null {
  const m = BODY_ROLE.exec(description.trim());
  if (!m || !ORG_WORDS.has(m[1]) || !isRoleNoun(m[2])) return null;
  const body = m[1][0].toUpperCase() + m[1].slice(1);
  let found: string | null = null;
  for (const p of ctx.people.mentions) {
    if (p.start >= at) break;
    if (p.end < at - REACH || !p.name.includes(' ')) continue;
    // "Lorraine Petty of the Heater Safety Coalition": the body's word closes the name after "of (the)".
    const after = ctx.doc.text.slice(p.end, p.end + 80);
    if (new RegExp(`^\\s+(?:of|from|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,4}${body}\\b`, 'u').test(after)) found = p.name;
  }
  return found;
}

// "Tavora’s energy ministry", "Selvane’s Ministry of Health": a place owning an organisation. The place's one word
// may also open an earlier name ("Tavora Hauliers"), which the name index links it to as it links a given name to
// its full name; the organisation is then no part of that other one, and the owner names nobody.
import type { PersonMention } from '../../context.js';
import { ORG_WORDS } from '../../lexicon/names.js';

/** A possessive, then up to four words of the owned organisation ("energy ministry", "Ministry of Health"). */
const OWNED = /^[’']s?\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

/** Is `m` a one-word possessor of an organisation, linked to a longer name by its first word ("Tavora" → "Tavora
 *  Hauliers"), not by its last ("Ruiz" → "Ana Ruiz")? */
export function ownsOrganisation(text: string, m: PersonMention): boolean {
  if (m.text.includes(' ') || m.name === m.text || !m.name.startsWith(m.text + ' ')) return false;
  const owned = OWNED.exec(text.slice(m.end, m.end + 80));
  return owned !== null && owned[1].split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()));
}

// "The local running club Wensel Harriers", "the charity Shelter": a description of a body's kind, then its name
// with no comma between. The body is named by the capitals after the kind's noun, not by the whole phrase.

/** Nouns of a body's kind that a name may follow directly. */
export const KIND_NOUNS: ReadonlySet<string> = new Set(['club', 'charity', 'firm', 'group', 'company', 'band', 'organisation', 'organization',
  'union', 'team', 'side', 'party', 'campaign', 'agency', 'website', 'newspaper', 'magazine', 'publisher', 'label',
  'airline', 'bank', 'retailer', 'startup', 'start-up', 'consultancy', 'broadcaster', 'network', 'association',
  'society', 'trust', 'foundation', 'collective', 'outfit', 'studio', 'gallery', 'museum', 'festival', 'podcast',
  'channel', 'station', 'watchdog', 'regulator', 'think-tank', 'thinktank', 'coalition', 'movement', 'federation',
  'league', 'chain', 'brand', 'developer', 'insurer', 'carrier', 'operator', 'choir', 'orchestra', 'ensemble']);

// With an article, or an adjective opening the sentence in its place ("Environmental group Clear Waters Michigan").
const DESCRIBED = /^(?:(?:[Tt]he|[Aa]n?)\s+((?:\p{Ll}[\p{L}-]*\s+){1,4})|(\p{Lu}\p{Ll}+\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}))(\p{Lu}[\p{L}’'.&-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}’'.&-]*){0,4})$/u;

/** The name after a kind's noun ("Wensel Harriers" of "The local running club Wensel Harriers"), or null. */
export function namedAfterKind(text: string): string | null {
  const m = DESCRIBED.exec(text);
  if (!m) return null;
  const words = (m[1] ?? m[2]).trim().split(/\s+/);
  return KIND_NOUNS.has(words[words.length - 1]) ? m[3] : null;
}

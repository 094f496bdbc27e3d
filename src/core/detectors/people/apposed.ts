// "said Santa Ilaria's mayor, Gianna Pellostra.": a description after its cue, named by a person set off by a comma
// and closing the clause. The attribution finder names its source so, and the speaker finder its speaker.
import type { PersonMention } from '../../context.js';
import { firstStartingAt } from '../../text/sorted.js';

/** The person named right after `end` (", Gianna Pellostra." / ", Gianna Pellostra,"), in mentions sorted by start. */
export function personApposedAt(text: string, mentions: readonly PersonMention[], end: number): PersonMention | undefined {
  const m = mentions[firstStartingAt(mentions, end)];
  if (!m || m.start - end > 4 || !/^\s*,\s*$/.test(text.slice(end, m.start))) return undefined;
  return /^\s*(?:[,.;!?]|$)/.test(text.slice(m.end, m.end + 2)) ? m : undefined;
}

// A quote the speaker finder left without a speaker, or gave one it only guessed (the sentence's subject, a cue
// later in the sentence, an earlier quote's speaker), takes the source of the attribution whose content holds it
// ("The mayor says a leader must “start making choices” as soon as she takes office"): the attribution finder reads
// the whole clause around a cue, which the speaker finder's bounded windows can miss, and a quote's speaker and
// its attribution's source must agree anyway.
import type { DetectorContext } from '../../context.js';
import type { Attribution, Quote } from '../../types.js';
import { finished } from './settle.js';

/** How far (in characters) from a quote the cue of an attribution holding it may sit. */
const REACH = 2000;

export function speakersFromAttributions(ctx: DetectorContext): void {
  // Sorted by cue start (see attributions.ts).
  const sourced = ctx.attributions.filter((a) => a.source !== null && a.content !== null);
  if (sourced.length === 0) return;
  const guessed = ctx.guessedSpeakers;
  for (const quote of ctx.quotes) {
    const speaker = quote.speaker;
    const holder = holding(sourced, quote);
    if (!holder) continue;
    const { start, end, text } = holder.source!;
    if (speaker && !guessed?.has(quote)) {
      // The same person by another mention ("She had a great line when she said, “…”"): the quote's speaker is
      // the attribution's source, so that the two agree in words as well as in name.
      if (speaker.name !== null && (speaker.start >= end || start >= speaker.end) && (holder.sourceName ?? text) === speaker.name) quote.speaker = finished({ start, end, text, name: speaker.name });
      continue;
    }
    // A guessed speaker the attribution names too stays as found.
    if (speaker && speaker.start < end && start < speaker.end) continue;
    quote.speaker = finished({ start, end, text, name: holder.sourceName ?? ctx.people.resolve(text, start) });
  }
}

/** The first attribution (cues within REACH of the quote) whose content holds the whole quote. */
function holding(sourced: readonly Attribution[], quote: Quote): Attribution | undefined {
  let lo = 0;
  let hi = sourced.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sourced[mid].cue.start < quote.start - REACH) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sourced.length && sourced[k].cue.start <= quote.end + REACH; k++) {
    const c = sourced[k].content!;
    if (c.start <= quote.start && quote.end <= c.end) return sourced[k];
  }
  return undefined;
}

// Feature writing opens with a quotation standing alone and names its speaker in the paragraph after:
//   “The silence was the thing. Not the cold, not the dark.” ¶ Lorna Pickersgill was nine years old and …
//   “If this place dries out, all of that ends up in the air.” ¶ The voice comes from behind a tripod. It belongs
//   to Amara Oduya, …
// When nothing else gives such a quotation a speaker, the person the next paragraph introduces does.
import type { DetectorContext } from '../../context.js';
import type { ProseBlock } from '../../markdown/prose.js';
import type { Quote } from '../../types.js';
import { mentionsBetween, sentenceAt } from '../people.js';
import { personSpeaker, type Found } from './phrases.js';

/** How many sentences of the next paragraph may introduce the speaker. */
const SENTENCES = 2;

/**
 * The person introduced (named for the first time, in full) in the first sentences of the paragraph after a
 * quotation that is its whole paragraph, when that paragraph quotes nobody itself; or null.
 */
export function introducedAfter(ctx: DetectorContext, quote: Quote, block: ProseBlock, next: ProseBlock | undefined): Found | null {
  const { masked } = ctx.doc;
  if (!quote.closed || !next || next.kind !== 'paragraph' || block.kind !== 'paragraph') return null;
  if (masked.slice(block.start, quote.start).trim() !== '' || masked.slice(quote.end, block.end).trim() !== '') return null;
  if (ctx.quotes.some((q) => q.start >= next.start && q.start < next.end)) return null;
  const first = sentenceAt(ctx.sentences, next.start);
  const s = first >= 0 && ctx.sentences[first].end <= next.start ? first + 1 : first;
  const last = ctx.sentences[Math.min(ctx.sentences.length - 1, s + SENTENCES - 1)];
  if (s < 0 || !last) return null;
  const end = Math.min(next.end, last.end);
  const { mentions } = ctx.people;
  for (const m of mentionsBetween(mentions, next.start, end)) {
    if (!m.name.includes(' ')) continue;
    // Named for the first time: the article introduces the speaker here.
    return mentions.some((x) => x.name === m.name && x.start < quote.start) ? null : personSpeaker(m);
  }
  return null;
}

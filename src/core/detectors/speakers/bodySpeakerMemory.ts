// "In a statement released at 2.30pm, the board of the Reserve Bank of Australia said inflation “…”. The jobs market,
// it added, was “…”": "it" going on right after a body spoke is that body.
import type { DetectorContext } from '../../context.js';
import type { Speaker } from '../../types.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { mentionsBetween, sentenceAt } from '../people/coreference.js';

/** The last body (no person, no pronoun) a quote's speaker was named as, and where. */
export class BodySpeakerMemory {
  private last: { name: string; at: number } | null = null;
  /** The people's names, gathered once (a long article names thousands of speakers). */
  private personNames: Set<string> | null = null;

  /** Remember a named speaker that is a body: its words name no person and are no pronoun. */
  noteSpeaker(ctx: DetectorContext, s: Speaker): void {
    if (s.name === null || SUBJECT_PRONOUNS.has(s.text.toLowerCase())) return;
    this.personNames ??= new Set(ctx.people.mentions.map((m) => m.name));
    if (this.personNames.has(s.name) || mentionsBetween(ctx.people.mentions, s.start, s.end).length > 0) return;
    this.last = { name: s.name, at: s.start };
  }

  /** The body remembered, when it spoke in the sentence of `at` or the one before. */
  lastSpokeBefore(ctx: DetectorContext, at: number): string | null {
    if (!this.last || this.last.at >= at) return null;
    const k = sentenceAt(ctx.sentences, at);
    const from = k > 0 ? ctx.sentences[k - 1].start : 0;
    return this.last.at >= from ? this.last.name : null;
  }
}

// "Harlow Trust closed the pier on Monday. “No route will close,” a spokeswoman said.": a spokesperson the article
// ties to no body speaks for the body it has just named. Which body is read honestly, nearest first: the one named in
// the spokesperson's sentence or the sentence before, else in the paragraph, else the article's only one; two
// different bodies where the search stops leave the speaker unnamed rather than guessed.
import type { DetectorContext } from '../../context.js';
import type { Span } from '../../types.js';
import { nearestBody, type NamedBodies } from './namedBodies.js';

const BARE = /^(?:a|an|the)\s+(?:(?:official|chief|senior|press)\s+)?(?:spokesperson|spokesman|spokeswoman)$/i;

/** The body a bare "a spokeswoman" speaks for, when the article's nearest naming of bodies is one body, or null. */
export function unnamedSpokesperson(ctx: DetectorContext, s: Span, bodies: NamedBodies): string | null {
  return BARE.test(s.text.trim()) ? nearestBody(ctx, s.start, bodies, true) : null;
}

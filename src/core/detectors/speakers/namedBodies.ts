// The bodies an article names ("Kestrel County Council", "the Office of Fair Trading", "Quillon Systems"), and the
// one nearest before a place when the nearest naming is of one body only: a bare "a spokeswoman" or "its report"
// speaks for it; two bodies where the search stops leave it unnamed rather than guessed.
import type { DetectorContext } from '../../context.js';
import { ORG_WORDS } from '../../lexicon/names.js';
import type { Span } from '../../types.js';
import { sentenceAt } from '../people.js';
import { firstStartingAt } from '../../text/sorted.js';
import { BODY_HEADS, businessNames } from './organisations.js';

/** Organisation words that name what a body publishes, passes or holds, or a market: "the Times", "the Act". */
const NOT_BODY_WORDS = new Set(['times', 'post', 'news', 'journal', 'press', 'network', 'networks', 'magazine', 'tribune', 'herald', 'gazette', 'daily', 'weekly', 'review', 'report', 'reports', 'channel', 'radio', 'television', 'broadcasting', 'media', 'records', 'act', 'bill', 'law', 'amendment', 'constitution', 'conference', 'summit', 'convention', 'debate', 'debates', 'index', 'market', 'markets', 'exchange', 'dow', 'nasdaq', 'campaign', 'project', 'program', 'programme', 'initiative', 'building', 'tower', 'hall', 'capitol', 'democrats', 'republicans', 'gop', 'twitter', 'facebook']);
/** A capitalised name, "of", "for", "and" or "&" allowed between its words ("Office of Fair Trading"). */
const CAPITALISED_NAME = /(?<![\p{L}’'-])\p{Lu}[\p{L}’'&-]*(?:[^\S\n]+(?:(?:of|for|and|&)[^\S\n]+)?\p{Lu}[\p{L}’'&-]*){0,5}/gu;

/** Words that open a sentence before a body's name. */
const OPENERS = new Set(['The', 'But', 'And', 'Yet', 'So', 'Then', 'Now', 'Meanwhile', 'However', 'Still', 'Also', 'When', 'After', 'Before', 'While', 'If', 'Since', 'Although', 'Though', 'As', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Under', 'Last', 'This', 'That', 'Both', 'Neither', 'Nor', 'Or', 'Even', 'Only', 'Today', 'Yesterday', 'Earlier', 'Later']);

interface BodyPlace {
  start: number;
  name: string;
}

/** The bodies an article names, in text order: found once per document. */
export class NamedBodies {
  private places: BodyPlace[] | null = null;

  constructor(private readonly text: string) {}

  /** The distinct bodies named in [from, to). */
  between(from: number, to: number): Set<string> {
    this.places ??= bodyPlaces(this.text);
    const named = new Set<string>();
    for (let k = firstStartingAt(this.places, from); k < this.places.length && this.places[k].start < to; k++) named.add(this.places[k].name);
    return named;
  }
}

/**
 * The one body named nearest before `at`: in its sentence or the sentence before (which may close the paragraph
 * before: a quote often stands in a paragraph of its own), else (when `wide`) in its paragraph or the sentence
 * before the paragraph (a quote of several sentences fills its own), else the article's only body. Null when the
 * nearest naming holds two bodies, or none.
 */
export function nearestBody(ctx: DetectorContext, at: number, bodies: NamedBodies, wide: boolean): string | null {
  const { sentences } = ctx;
  const k = sentenceAt(sentences, at);
  if (k < 0) return null;
  const previous = k > 0 ? sentences[k - 1].start : sentences[k].start;
  let first = k;
  while (first > 0 && sentences[first - 1].block === sentences[k].block) first--;
  const paragraph = first > 0 ? sentences[first - 1].start : sentences[first].start;
  for (const from of wide ? [previous, Math.min(previous, paragraph), 0] : [previous]) {
    const named = bodies.between(from, at);
    if (named.size > 1) return null;
    if (named.size === 1) return [...named][0];
  }
  return null;
}

/** Words for any body, whatever its name ends in: "the agency" for "the Federal Emergency Housing Office". */
const GENERIC_BODY = /^the\s+(?:agency|body|watchdog|regulator|organisation|organization|charity)$/i;

/** The one body named nearest before a generic description of one ("“…,” the agency said."), or null. */
export function genericBody(ctx: DetectorContext, s: Span, bodies: NamedBodies): string | null {
  return GENERIC_BODY.test(s.text.trim()) ? nearestBody(ctx, s.start, bodies, true) : null;
}

function bodyPlaces(text: string): BodyPlace[] {
  const found: BodyPlace[] = [];
  for (const m of text.matchAll(CAPITALISED_NAME)) {
    const words = m[0].split(/\s+/);
    // "The", "But" opening a sentence are no part of the name ("Federal", which the name lists call no name's, is).
    while (words.length > 1 && OPENERS.has(words[0])) words.shift();
    const last = words[words.length - 1].toLowerCase();
    // "Kestrel County Council"; "Office of Fair Trading", "Department for Schools": a body's word closes the name or opens it.
    const opened = words.length > 2 && ORG_WORDS.has(words[0].toLowerCase()) && (words[1] === 'of' || words[1] === 'for');
    if (words.length > 1 && ((ORG_WORDS.has(last) || BODY_HEADS.has(last)) && !NOT_BODY_WORDS.has(last) || opened)) found.push({ start: m.index, name: words.join(' ') });
  }
  // A business's name closed by a word of trade ('Quillon Systems'); named twice over, it is still one body.
  found.push(...businessNames(text));
  return found.sort((a, b) => a.start - b.start);
}

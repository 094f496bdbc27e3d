// Where a claim's clauses are cut besides the contrast joints (claims.ts): a non-restrictive relative clause that
// closes the sentence with a fact of its own.
import type { DetectorContext } from '../context.js';
import type { Attribution } from '../types.js';
import { firstStartingAt } from '../text/sorted.js';

/**
 * ", which cost $4 million in 2021." / ", where 300 people lost their jobs last year.": a non-restrictive relative
 * clause closing the sentence (at `start` of the document) is the writer's fact about what it follows, a claim of
 * its own (docs/rules.md: a closing ", which …" gloss is no part of a report before it). Not a gloss on the whole
 * clause ("which is why", "which this morning means"), not one that reports someone ("which she said had …": the
 * sentence is that person's account) or holds a citation, nor a relative clause that a comma closes inside the
 * sentence. Only a clause with a figure or a date: a bare description ("…, where her grandmother grew up") stays
 * with the sentence it describes.
 */
export function pushClosingRelative(ctx: DetectorContext, start: number, text: string, cuts: Array<[number, number]>): void {
  // The pattern's lookaheads run at every comma of every sentence; few sentences hold ", wh" at all.
  const m = text.includes(', wh') ? CLOSING_RELATIVE.exec(text) : null;
  const clause = m ? text.slice(m.index + 2) : '';
  if (!m || GLOSS.test(clause) || !FIGURE.test(clause)) return;
  const from = start + m.index;
  const to = start + text.length;
  // "…, which puts the number of cases at 612": a document that itself reports, its relative a citation of its own;
  // so does a body putting a figure ("…, the Price Commission, which estimated the cost at Rs 1,182 a quintal").
  const cue = cueBetween(ctx.attributions, from, to);
  if (cue && !(cue.source?.text === 'which' && (cue.cueKind === 'report' || FIGURE_REPORTS.test(cue.cue.text)))) return;
  // "…, which the authority will fund from its levy.[^1]": a citation closing the sentence cites all of it.
  const starts = citationStarts(ctx);
  const k = firstStartingAt(starts, from);
  if (k < starts.length && starts[k].start <= to + 8) return;
  cuts.push([m.index, m.index + 2]);
}

/** The document's citations sorted by start (the Markdown walk pushes links and footnote calls in separate passes). */
function citationStarts(ctx: DetectorContext): ReadonlyArray<{ start: number }> {
  let starts = SORTED_CITATIONS.get(ctx);
  if (!starts) {
    starts = ctx.doc.citations.map((c) => ({ start: c.start })).sort((a, b) => a.start - b.start);
    SORTED_CITATIONS.set(ctx, starts);
  }
  return starts;
}
const SORTED_CITATIONS = new WeakMap<DetectorContext, Array<{ start: number }>>();

/** The attribution (sorted by cue start) whose cue starts first in [from, to), if any. A binary search: long articles. */
function cueBetween(attributions: readonly Attribution[], from: number, to: number): Attribution | undefined {
  let lo = 0;
  let hi = attributions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (attributions[mid].cue.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < attributions.length && attributions[lo].cue.start < to ? attributions[lo] : undefined;
}
/** Verbs that put a figure on something, whoever's: the relative reports a figure of its own. */
const FIGURE_REPORTS = /^(?:estimated|estimates|projected|projects|forecast|forecasts|calculated|calculates|put|puts|valued|values|priced|prices)$/i;
const CLOSING_RELATIVE = /, (?=(?:which|where) )(?=(?:[^,;]|(?<=\d),(?=\d))*$)/;
/** A figure or a date, what makes a relative clause's fact checkable on its own ("cost $4 million in 2021"). */
const FIGURE = /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:hundred|thousand|million|billion)s?|dozens?)\b/;
const GLOSS = /^which (?:[\w ]{0,24} )?(?:is|was) (?:why|how|what|because)\b|^which (?:[\w ]{0,24} )?(?:means|meant|made|makes|explains)\b/;

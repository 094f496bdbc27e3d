// A CLEF transcript as the Markdown article a fact-checker would open: one paragraph per speaker turn (the
// consecutive lines of one speaker), the speaker's name left out (names differ from debate to debate; the turn
// itself is what carries over to news paragraphs). Each line keeps its offsets, so a line's check-worthiness is
// the highest score of the claims that overlap it.
import type { Claim } from '../../src/core/types.js';
import type { ClefSentence } from './data.js';

export interface Transcript {
  doc: string;
  text: string;
  /** The transcript's lines in order, each with its offsets in `text`. */
  lines: Array<{ start: number; end: number; sentence: ClefSentence }>;
}

/** A paragraph opening that Markdown would read as a heading, list, quote, table or HTML: escaped with a backslash. */
const BLOCK_OPENER = /^(?:[#>*+\-=|<_`~]|\d+[.)])/;

export function transcripts(sentences: ClefSentence[]): Transcript[] {
  const byDoc = new Map<string, ClefSentence[]>();
  for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  return [...byDoc].map(([doc, list]) => {
    const ordered = [...list].sort((a, b) => a.line_number - b.line_number);
    let text = '';
    const lines: Transcript['lines'] = [];
    ordered.forEach((s, i) => {
      const line = s.text.replace(/\s+/g, ' ').trim();
      const newTurn = i === 0 || s.speaker !== ordered[i - 1].speaker;
      if (i > 0) text += newTurn ? '\n\n' : ' ';
      if (newTurn && BLOCK_OPENER.test(line)) text += '\\';
      lines.push({ start: text.length, end: text.length + line.length, sentence: s });
      text += line;
    });
    return { doc, text: text + '\n', lines };
  });
}

/** Each line's score: the highest of the scores of the items that overlap it (items sorted by start), or `none`. */
export function lineScores<T extends { start: number; end: number }>(t: Transcript, items: T[], score: (item: T) => number, none = 0): number[] {
  let from = 0;
  return t.lines.map(({ start, end }) => {
    while (from < items.length && items[from].end <= start) from++;
    let best = none;
    for (let k = from; k < items.length && items[k].start < end; k++) if (items[k].end > start) best = Math.max(best, score(items[k]));
    return best;
  });
}

/** Line scores from an analysis's claims. */
export function claimLineScores(t: Transcript, claims: Claim[]): number[] {
  return lineScores(t, [...claims].sort((a, b) => a.start - b.start), (c) => c.score);
}

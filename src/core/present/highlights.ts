// Which spans get which highlight. The editor maps each kind to a decoration type; the ranges are decided here
// so they can be tested in plain Node (decorations cannot be read back from VS Code).
import type { Analysis } from '../types.js';
import { claimDisplay, type FactsView } from './findings.js';

export const HIGHLIGHT_KINDS = ['quote', 'speaker', 'cue', 'claimUnsourced', 'claimLinked', 'claimFalse'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface OffsetRange {
  start: number;
  end: number;
}

export type Highlights = Record<HighlightKind, OffsetRange[]>;

export interface HighlightOptions {
  quotes: boolean;
  attributions: boolean;
  claims: boolean;
}

export function computeHighlights(analysis: Analysis, facts: FactsView, show: HighlightOptions): Highlights {
  const out: Highlights = { quote: [], speaker: [], cue: [], claimUnsourced: [], claimLinked: [], claimFalse: [] };
  const span = (s: OffsetRange): OffsetRange => ({ start: s.start, end: s.end });
  if (show.quotes) {
    for (const q of analysis.quotes) {
      out.quote.push(span(q));
      if (q.speaker) out.speaker.push(span(q.speaker));
    }
  }
  if (show.attributions) {
    for (const a of analysis.attributions) {
      out.cue.push(span(a.cue));
      if (a.source && !out.speaker.some((s) => s.start === a.source?.start && s.end === a.source.end)) out.speaker.push(span(a.source));
    }
  }
  if (show.claims) {
    for (const c of analysis.claims) {
      const display = claimDisplay(c, facts);
      if (display === 'unsourced') out.claimUnsourced.push(span(c));
      else if (display === 'linked') out.claimLinked.push(span(c));
      else if (display === 'false') out.claimFalse.push(span(c));
    }
  }
  for (const kind of HIGHLIGHT_KINDS) out[kind].sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

// A document's findings joined with its facts file: the one view the editor's hover, highlights, diagnostics,
// Claims view and status bar are all computed from.
import type { Analysis, Attribution, Claim, Quote } from '../types.js';
import type { Anchor, Fact, FactsFile, Source } from '../facts/types.js';
import { SILENCING_VERDICTS } from '../facts/apply.js';
import type { QuoteCheckOutcome } from '../quotecheck/run.js';

export interface FactsView {
  /** The parsed facts file, or null when there is none or it does not parse. */
  file: FactsFile | null;
  anchors: Anchor[];
  /** The quote check of the article against its source snapshots, when it ran. */
  quoteCheck?: QuoteCheckOutcome;
}

export const NO_FACTS: FactsView = { file: null, anchors: [] };

/** Verdicts that say "this is not something to source", so the unsourced flag is silenced (the facts core's list). */
const SILENCING: ReadonlySet<string> = new Set(SILENCING_VERDICTS);
/** Verdicts shown as a warning colour. */
export const FALSE_VERDICTS: ReadonlySet<string> = new Set(['false', 'misleading']);

export function factById(facts: FactsView, id: string | undefined): Fact | undefined {
  if (!id || !facts.file) return undefined;
  return facts.file.facts.find((f) => f.id === id);
}

export function sourcesOf(facts: FactsView, fact: Fact | undefined): { id: string; source?: Source }[] {
  if (!fact?.sources) return [];
  return fact.sources.map((id) => ({ id, source: facts.file?.sources.find((s) => s.id === id) }));
}

/** The fact anchored exactly over a span, when a claim carries no factId (e.g. the sidecar is not applied yet). */
export function factAt(facts: FactsView, start: number, end: number): Fact | undefined {
  const anchor = facts.anchors.find((a) => a.status === 'anchored' && a.start === start && a.end === end);
  return anchor ? factById(facts, anchor.factId) : undefined;
}

export function factOfClaim(facts: FactsView, claim: Claim): Fact | undefined {
  return factById(facts, claim.factId) ?? factAt(facts, claim.start, claim.end);
}

/** What the editor shows a claim as. */
export type ClaimDisplay = 'unsourced' | 'sourced' | 'linked' | 'false' | 'silenced';

export function claimDisplay(claim: Claim, facts: FactsView): ClaimDisplay {
  const verdict = factOfClaim(facts, claim)?.verdict;
  if (verdict && FALSE_VERDICTS.has(verdict)) return 'false';
  if (verdict && SILENCING.has(verdict)) return 'silenced';
  if (claim.status === 'linked') return 'linked';
  if (claim.status === 'unsourced') return 'unsourced';
  return 'sourced';
}

export interface FindingsAt {
  claim?: Claim;
  quote?: Quote;
  attribution?: Attribution;
}

/** Innermost claim, quote and attribution (by its cue or source span) covering an offset. */
export function findingsAt(analysis: Analysis, offset: number): FindingsAt {
  const covers = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
  const narrowest = <T extends { start: number; end: number }>(list: T[]) =>
    list.filter(covers).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  const attribution = analysis.attributions.find((a) => covers(a.cue) || (a.source !== null && covers(a.source)));
  return { claim: narrowest(analysis.claims), quote: narrowest(analysis.quotes), attribution };
}

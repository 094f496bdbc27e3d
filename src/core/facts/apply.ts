// What the facts file does to an analysis. A claim covered by an anchored fact is tied to it (factId); if that
// fact cites at least one source that exists, the claim is `linked`. A fact with verdict "not-a-claim" or
// "opinion" takes its claims out of `claims` — they are not claims, so no status fits and none is unsourced —
// and hands them back in `silenced` (with factId) for an editor that wants to show them muted.
// A fact whose wording changed since it was checked (it anchors where the article no longer reads `target.exact`)
// needs a re-check: it backs nothing until the new wording is confirmed (reason `needs-recheck`; the quote check,
// src/core/quotecheck/recheck.ts, reports it with the word diff).
// A fact without sources changes no status. Orphans become problems located at the fact in the facts file.
// A source id that names no source is simply not counted here (no crash); parseFacts reports it, at its
// line:column, so it is reported once.
import type { Analysis, Claim } from '../types.js';
import { anchorFacts } from './anchor.js';
import type { Anchor, Fact, FactsFile, FactsLocation, FactsProblem } from './types.js';

export const SILENCING_VERDICTS: readonly string[] = ['not-a-claim', 'opinion'];

/** A fact covers a claim when their overlap is at least this share of the shorter of the two spans. */
export const COVER_RATIO = 0.5;

export interface FactsApplied {
  analysis: Analysis;
  anchors: Anchor[];
  /** Orphaned facts (warnings), located in the facts file when `locations` were given. */
  problems: FactsProblem[];
  /** Claims removed from `analysis.claims` because a fact says they are not claims (or are opinion). */
  silenced: Claim[];
}

export function applyFacts(
  analysis: Analysis, text: string, facts: FactsFile, locations?: { facts: Record<string, FactsLocation> },
): FactsApplied {
  const anchors = anchorFacts(text, facts);
  const { analysis: linked, silenced } = linkClaims(analysis, facts, anchors, changedWording(text, facts, anchors));
  return { analysis: linked, anchors, problems: orphanProblems(facts, anchors, locations), silenced };
}

/** Claim statuses from anchored facts (see the header). Pure; the input analysis is not changed. */
export function linkClaims(
  analysis: Analysis, facts: FactsFile, anchors: Anchor[], stale: ReadonlySet<string> = new Set(),
): { analysis: Analysis; silenced: Claim[] } {
  const sourceIds = new Set(facts.sources.map((s) => s.id));
  const factById = new Map(facts.facts.map((f) => [f.id, f]));
  const placed = anchors.flatMap((a) => {
    const fact = factById.get(a.factId);
    return a.status === 'anchored' && fact ? [{ fact, start: a.start, end: a.end }] : [];
  });
  const coveringOf = coveringFacts(analysis.claims, placed);
  const claims: Claim[] = [];
  const silenced: Claim[] = [];
  const cleared = new Set<string>(); // "start:end" of claims that are no longer unsourced
  analysis.claims.forEach((claim, i) => {
    const covering = coveringOf[i]!;
    const silencer = covering.find((f) => f.verdict !== undefined && SILENCING_VERDICTS.includes(f.verdict));
    const backed = covering.find((f) => hasSource(f, sourceIds) && !stale.has(f.id));
    const recheck = covering.find((f) => hasSource(f, sourceIds) && stale.has(f.id));
    if (silencer) {
      silenced.push({ ...claim, factId: silencer.id, reasons: [...claim.reasons, `verdict-${silencer.verdict}`] });
      cleared.add(`${claim.start}:${claim.end}`);
    } else if (backed) {
      claims.push({ ...claim, status: 'linked', factId: backed.id, reasons: [...claim.reasons, 'linked-source'] });
      cleared.add(`${claim.start}:${claim.end}`);
    } else if (recheck) {
      claims.push({ ...claim, factId: recheck.id, reasons: [...claim.reasons, 'needs-recheck'] });
    } else if (covering[0]) {
      claims.push({ ...claim, factId: covering[0].id });
    } else {
      claims.push(claim);
    }
  });
  // Any per-claim "unsourced" problem a detector raised goes with the status it described, and vague wording under
  // a fact that names its source is answered by that fact.
  const sourced = mergedSpans(placed.filter((p) => hasSource(p.fact, sourceIds) && !stale.has(p.fact.id)));
  const problems = analysis.problems.filter(
    (p) => !((p.code === 'unsourced-claim' && cleared.has(`${p.start}:${p.end}`)) || (isVagueWording(p.code) && overlapsAny(sourced, p))),
  );
  return { analysis: { ...analysis, claims, problems }, silenced };
}

/** The union of spans as disjoint spans sorted by start (so one binary search answers "does any overlap?"). */
function mergedSpans(spans: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const merged: Array<{ start: number; end: number }> = [];
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Does `span` overlap any of the disjoint sorted `spans`? The first one ending after its start decides. */
function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>, span: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < span.end;
}

function isVagueWording(code: string): boolean {
  return code === 'vague-source' || code === 'anonymous-source';
}

/** Ids of anchored facts whose text in the article is no longer the wording they were checked in. */
export function changedWording(text: string, facts: FactsFile, anchors: readonly Anchor[]): Set<string> {
  const byId = new Map(facts.facts.map((f) => [f.id, f]));
  const stale = new Set<string>();
  for (const a of anchors) {
    const fact = byId.get(a.factId);
    if (fact && a.status === 'anchored' && text.slice(a.start, a.end) !== fact.target.exact) stale.add(fact.id);
  }
  return stale;
}

/** One warning per orphaned fact, at the fact's place in the facts file (1:1 when unknown). */
export function orphanProblems(facts: FactsFile, anchors: Anchor[], locations?: { facts: Record<string, FactsLocation> }): FactsProblem[] {
  const known = new Set(facts.facts.map((f) => f.id));
  return anchors.flatMap((a) => {
    if (a.status !== 'orphan' || !known.has(a.factId)) return [];
    const at = locations?.facts[a.factId] ?? { offset: 0, length: 0, line: 1, column: 1 };
    return [{
      severity: 'warning' as const, category: 'anchor' as const, code: 'orphaned-fact', factId: a.factId, ...at,
      message: `Fact "${a.factId}" is orphaned: ${a.reason} It is kept in the facts file; re-link or remove it by hand.`,
    }];
  });
}

/**
 * For each claim, the facts covering it, in the order of `placed` (the facts file's order, which decides which
 * fact a claim is tied to). One sweep over claims and facts sorted by start, keeping the facts that still reach
 * the current claim, instead of testing every fact against every claim: the work is the number of overlapping
 * pairs, not claims × facts.
 */
function coveringFacts(claims: readonly Claim[], placed: readonly { fact: Fact; start: number; end: number }[]): Fact[][] {
  // Object literals, not spreads: spread copies come out in V8's slow dictionary mode, ten times slower to sort.
  const facts = placed.map((p, order) => ({ fact: p.fact, start: p.start, end: p.end, order })).sort((a, b) => a.start - b.start);
  const claimOrder = claims.map((_, i) => i).sort((a, b) => claims[a]!.start - claims[b]!.start);
  const result: Fact[][] = claims.map(() => []);
  let active: typeof facts = [];
  let next = 0;
  for (const i of claimOrder) {
    const claim = claims[i]!;
    while (next < facts.length && facts[next]!.start < claim.end) active.push(facts[next++]!);
    // Claims come by start, so a fact ending at or before this one's start reaches no later claim either.
    active = active.filter((f) => f.end > claim.start);
    result[i] = active.filter((f) => covers(f, claim)).sort((a, b) => a.order - b.order).map((f) => f.fact);
  }
  return result;
}

function covers(fact: { start: number; end: number }, claim: { start: number; end: number }): boolean {
  const overlap = Math.min(fact.end, claim.end) - Math.max(fact.start, claim.start);
  const shorter = Math.min(fact.end - fact.start, claim.end - claim.start);
  return overlap > 0 && overlap >= COVER_RATIO * shorter;
}

function hasSource(fact: Fact, sourceIds: Set<string>): boolean {
  return (fact.sources ?? []).some((id) => sourceIds.has(id));
}

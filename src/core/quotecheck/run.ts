// The quote check of one article: every target quote judged against its snapshots (the best result kept when a
// fact cites several), every anchored fact checked for changed wording, and both turned into article problems
// with the codes in codes.ts. Pure: the snapshots come in already read (load.ts).
import type { Analysis, Problem } from '../types.js';
import type { Anchor, FactsFile, FactsLocation, FactsProblem } from '../facts/types.js';
import { checkQuote } from './judge.js';
import { snapshotProblems, type LoadedSnapshot } from './load.js';
import { prepare } from './prepared.js';
import { recheckFacts, type Recheck } from './recheck.js';
import { quoteTargets } from './targets.js';
import type { QuoteCheckResult, WordChange } from './types.js';

export interface QuoteCheck extends QuoteCheckResult {
  /** The quote in the article, marks included. */
  start: number;
  end: number;
  quote: string;
  speaker?: string;
  factId?: string;
  sourceId: string;
  /** The snapshot's path or URI, resolved against the facts file. */
  snapshot: string;
}

export interface QuoteCheckOutcome {
  checks: QuoteCheck[];
  rechecks: Recheck[];
  /** Located in the article. */
  problems: Problem[];
  /** Located in the facts file (unusable snapshots). */
  factsProblems: FactsProblem[];
}

export const NO_QUOTE_CHECK: QuoteCheckOutcome = { checks: [], rechecks: [], problems: [], factsProblems: [] };

const RANK = { verbatim: 0, minor: 1, altered: 2, 'not-found': 3 } as const;

export function runQuoteCheck(
  text: string, analysis: Analysis, facts: FactsFile, anchors: readonly Anchor[], loaded: readonly LoadedSnapshot[],
  locations?: { sources: Record<string, FactsLocation> },
): QuoteCheckOutcome {
  const checks: QuoteCheck[] = [];
  for (const t of quoteTargets(text, analysis, facts, anchors, loaded)) {
    const inner = text.slice(t.innerStart, t.innerEnd);
    let best: QuoteCheck | undefined;
    for (const s of t.snapshots) {
      const r = checkQuote(prepare(s.doc), inner, t.speaker);
      const c: QuoteCheck = { ...r, start: t.start, end: t.end, quote: inner, sourceId: s.sourceId, snapshot: s.path, ...(t.speaker ? { speaker: t.speaker } : {}), ...(t.factId ? { factId: t.factId } : {}) };
      if (!best || RANK[c.judgement] < RANK[best.judgement] || (c.judgement === best.judgement && c.changes.length < best.changes.length)) best = c;
    }
    if (best) checks.push(best);
  }
  const rechecks = recheckFacts(text, facts, anchors);
  const problems = [...checks.flatMap(quoteProblems), ...rechecks.map(recheckProblem)].sort((a, b) => a.start - b.start);
  return { checks, rechecks, problems, factsProblems: snapshotProblems(loaded, locations) };
}

/** The analysis with the quote check's article problems added, in order. */
export function withQuoteProblems(analysis: Analysis, outcome: QuoteCheckOutcome): Analysis {
  if (outcome.problems.length === 0) return analysis;
  return { ...analysis, problems: [...analysis.problems, ...outcome.problems].sort((a, b) => a.start - b.start) };
}

function quoteProblems(c: QuoteCheck): Problem[] {
  const at = { start: c.start, end: c.end };
  const out: Problem[] = [];
  const where = `snapshot ${fileName(c.snapshot)} (source ${c.sourceId})`;
  if (c.judgement === 'not-found') {
    out.push({ ...at, severity: 'warning', code: 'quote-not-found', message: `Quote not found in ${where}.` });
  } else if (c.judgement === 'altered') {
    const error = c.changes.some((x) => x.class !== 'word') || (c.joined !== undefined && !c.joined.marked && c.joined.far);
    out.push({ ...at, severity: error ? 'error' : 'warning', code: 'quote-altered', message: `Quote altered: ${describeChanges(c.changes)}; checked against ${where}.` });
  } else if (c.joined?.far) {
    out.push({ ...at, severity: 'warning', code: 'quote-joins-passages', message: `Quote joins passages ${c.joined.gapWords} words apart in ${where}.` });
  }
  if (c.speakerMismatch) {
    out.push({ ...at, severity: 'error', code: 'quote-speaker-mismatch', message: `In ${where} these words are said by ${c.sourceSpeaker}, not ${c.speaker}.` });
  }
  return out;
}

function recheckProblem(r: Recheck): Problem {
  return {
    start: r.start, end: r.end, severity: r.severity, code: 'needs-recheck',
    message: `Wording changed since fact "${r.factId}" was checked: ${describeChanges(r.changes)}. Re-check it, then run "Factmark: Confirm Re-check".`,
  };
}

const CLASS_NOTE = { negation: ' (negation)', number: ' (number)', date: ' (date)', name: ' (name)', word: '' } as const;

export function describeChanges(changes: readonly WordChange[], max = 3): string {
  const parts = changes.slice(0, max).map((c) => {
    const note = CLASS_NOTE[c.class];
    if (c.kind === 'swap') return `“${c.quote}” for “${c.source}”${note}`;
    if (c.kind === 'added') return `added “${c.quote}”${note}`;
    return `dropped “${c.source}”${note}`;
  });
  return changes.length > max ? `${parts.join(', ')} and ${changes.length - max} more` : parts.join(', ');
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

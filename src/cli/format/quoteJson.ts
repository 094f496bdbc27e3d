// The quote check in the JSON contract (added in version 1 as new keys, the same in version 2): per file, `quoteChecks` (each checked quote's
// judgement against its snapshot) and `rechecks` (facts whose wording changed since they were checked). Present
// only when the facts file gave the check something to do, so reports of other articles are unchanged.
import type { QuoteCheckOutcome } from '../../core/quotecheck/run.js';

export interface JsonQuoteCheck {
  start: number;
  end: number;
  quote: string;
  judgement: string;
  severity: string;
  speaker: string | null;
  factId: string | null;
  sourceId: string;
  snapshot: string;
  minor: string[];
  changes: Array<{ kind: string; quote: string | null; source: string | null; class: string }>;
  sourceSpeaker: string | null;
  speakerMismatch: boolean;
  joined: { marked: boolean; gapWords: number; far: boolean } | null;
  snapshotLine: number | null;
}

export interface JsonRecheck {
  factId: string;
  start: number;
  end: number;
  checked: string;
  current: string;
  severity: string;
  changes: JsonQuoteCheck['changes'];
}

const change = (c: { kind: string; quote?: string; source?: string; class: string }) => ({ kind: c.kind, quote: c.quote ?? null, source: c.source ?? null, class: c.class });

export function quoteCheckJson(q: QuoteCheckOutcome): { quoteChecks: JsonQuoteCheck[]; rechecks: JsonRecheck[] } {
  return {
    quoteChecks: q.checks.map((c) => ({
      start: c.start, end: c.end, quote: c.quote, judgement: c.judgement, severity: c.severity,
      speaker: c.speaker ?? null, factId: c.factId ?? null, sourceId: c.sourceId, snapshot: c.snapshot,
      minor: [...c.minor], changes: c.changes.map(change), sourceSpeaker: c.sourceSpeaker ?? null,
      speakerMismatch: c.speakerMismatch === true, joined: c.joined ? { ...c.joined } : null, snapshotLine: c.at?.passage.line ?? null,
    })),
    rechecks: q.rechecks.map((r) => ({ factId: r.factId, start: r.start, end: r.end, checked: r.checked, current: r.current, severity: r.severity, changes: r.changes.map(change) })),
  };
}

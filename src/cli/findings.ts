// Flattens an Analysis into one list of located findings, shared by the text and SARIF formats.
// Kinds: `quote`, `attribution`, `unsourced-claim`, `vague-source` (unsourced, only a vague source),
// `attributed-claim`, `cited-claim`, `linked-claim`, and `problem:<code>`.
import type { Analysis, Severity, Span } from '../core/index.js';
import { claimKind } from '../core/present/claimKind.js';
import { excerpt } from '../core/present/escape.js';

/** SARIF levels; `none` marks findings that are information, not something to fix. */
export type Level = 'error' | 'warning' | 'note' | 'none';

export interface Finding {
  kind: string;
  start: number;
  end: number;
  /** Short text shown after the kind: the span's own text, or a summary of its parts. */
  excerpt: string;
  /** Extra facts in parentheses: speaker, score and reasons, problem message. */
  detail: string;
  level: Level;
  /** The rule a SARIF result is filed under (kind without the `problem:` prefix). */
  ruleId: string;
  /** Silenced by a factmark-disable comment: shown, but no failure (SARIF: an in-source suppression). */
  silenced?: boolean;
}

/** At the same offset: problems first, then the quote, the attribution, the claim. */
function kindRank(f: Finding): number {
  if (f.kind.startsWith('problem:')) return 0;
  if (f.kind === 'quote') return 1;
  if (f.kind === 'attribution') return 2;
  return 3;
}

export function severityLevel(severity: Severity): Level {
  return severity === 'info' ? 'note' : severity;
}

export function findingsOf(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  for (const q of analysis.quotes) {
    findings.push({
      kind: 'quote', start: q.start, end: q.end, excerpt: q.text, level: 'none', ruleId: 'quote',
      detail: [q.speaker ? `speaker: ${q.speaker.name ?? q.speaker.text}` : 'no speaker', q.closed ? '' : 'unclosed'].filter(Boolean).join(', '),
    });
  }
  for (const a of analysis.attributions) {
    const parts = [a.source, a.cue, a.content].filter((s): s is Span => s !== null);
    const start = Math.min(...parts.map((s) => s.start));
    const end = Math.max(...parts.map((s) => s.end));
    const source = a.source ? (a.sourceName && a.sourceName !== a.source.text ? `${a.source.text} = ${a.sourceName}` : a.source.text) : '—';
    findings.push({
      kind: 'attribution', start, end, level: 'none', ruleId: 'attribution',
      excerpt: `${source} · ${a.cue.text} · ${a.content ? a.content.text : '—'}`,
      detail: [a.cueKind, a.contentKind, a.vague ? 'vague source' : ''].filter(Boolean).join(', '),
    });
  }
  for (const c of analysis.claims) {
    const kind = claimKind(c);
    findings.push({
      kind, start: c.start, end: c.end, excerpt: c.text, ruleId: kind, silenced: c.silenced,
      level: c.status === 'unsourced' ? 'warning' : 'none',
      detail: [`score ${c.score.toFixed(2)}`, ...c.reasons, c.silenced ? 'silenced' : ''].filter(Boolean).join(', '),
    });
  }
  for (const p of analysis.problems) {
    findings.push({
      kind: `problem:${p.code}`, start: p.start, end: p.end, excerpt: p.message, detail: p.silenced ? 'silenced' : '', silenced: p.silenced,
      level: severityLevel(p.severity), ruleId: p.code,
    });
  }
  return findings.sort((a, b) => a.start - b.start || kindRank(a) - kindRank(b) || a.end - b.end);
}

/** One line for the terminal: the core's excerpt, with control characters made visible. */
export function excerptOf(text: string, max = 100): string {
  return visible(excerpt(text, max));
}

/**
 * Article text must not drive the terminal: control characters (an ESC starting a colour or title sequence) are
 * shown as their Unicode control pictures, and bidirectional overrides, which could reorder what is displayed,
 * as U+FFFD.
 */
export function visible(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

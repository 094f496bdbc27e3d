// The JSON contract (version 1) other tools parse. The core's objects carry more (ids, kinds, inner spans);
// this projects them onto exactly the documented keys, in the documented order, so internal additions never
// leak into the contract. New keys may be added later; none may change or disappear.
import type { Analysis, Span } from '../../core/index.js';
import type { HistoryMatch } from '../../core/history/types.js';
import type { CheckedFile } from '../checkFile.js';
import { quoteCheckJson, type JsonQuoteCheck, type JsonRecheck } from './quoteJson.js';
import { jsonMatch } from '../history.js';

export interface JsonSpan {
  start: number;
  end: number;
  text: string;
}

export interface JsonFile {
  path: string;
  quotes: Array<JsonSpan & { speaker: null | (JsonSpan & { name: string | null }) }>;
  attributions: Array<{ source: JsonSpan | null; cue: JsonSpan; content: JsonSpan | null }>;
  /** `silenced: true` (only when set): a factmark-disable comment silences it; it does not fail the check.
   *  `matches` only with `--history`: the claim's earlier checks (src/cli/history.ts). */
  claims: Array<JsonSpan & { status: string; score: number; reasons: string[]; silenced?: true; matches?: object[] }>;
  problems: Array<{ severity: string; code: string; message: string; start: number; end: number; silenced?: true }>;
  /** Only when the article's facts file gave the quote check something to check (quoteJson.ts). */
  quoteChecks?: JsonQuoteCheck[];
  rechecks?: JsonRecheck[];
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

const span = (s: Span): JsonSpan => ({ start: s.start, end: s.end, text: s.text });
const maybeSpan = (s: Span | null): JsonSpan | null => (s ? span(s) : null);

export function jsonFile(path: string, a: Analysis, matches?: HistoryMatch[][]): JsonFile {
  return {
    path,
    quotes: a.quotes.map((q) => ({
      ...span(q),
      speaker: q.speaker ? { ...span(q.speaker), name: q.speaker.name } : null,
    })),
    attributions: a.attributions.map((x) => ({ source: maybeSpan(x.source), cue: span(x.cue), content: maybeSpan(x.content) })),
    claims: a.claims.map((c, i) => ({
      ...span(c), status: c.status, score: c.score, reasons: [...c.reasons], ...silenced(c),
      ...(matches ? { matches: (matches[i] ?? []).map(jsonMatch) } : {}),
    })),
    problems: a.problems.map((p) => ({ severity: p.severity, code: p.code, message: p.message, start: p.start, end: p.end, ...silenced(p) })),
  };
}

/** The one key added since version 1 began, present only when true so existing outputs are unchanged. */
const silenced = (x: { silenced?: boolean }): { silenced?: true } => (x.silenced ? { silenced: true } : {});

export function jsonReport(files: CheckedFile[]): JsonReport {
  return { version: 1, files: files.map((f) => ({ ...jsonFile(f.path, f.analysis, f.matches), ...(f.quoteCheck ? quoteCheckJson(f.quoteCheck) : {}) })) };
}

/**
 * One finding per line: still readable and diffable, but without the indentation that pretty-printing repeats
 * inside every span (it tripled the output of articles dense with attributions). The layout is not part of the
 * contract; the keys are.
 */
export function formatJson(files: CheckedFile[]): string {
  const report = jsonReport(files);
  const list = (items: readonly unknown[]) => (items.length === 0 ? '[]' : `[\n        ${items.map((x) => JSON.stringify(x)).join(',\n        ')}\n      ]`);
  const file = (f: JsonFile) => [
    `      "path": ${JSON.stringify(f.path)}`,
    `      "quotes": ${list(f.quotes)}`,
    `      "attributions": ${list(f.attributions)}`,
    `      "claims": ${list(f.claims)}`,
    `      "problems": ${list(f.problems)}`,
    ...(f.quoteChecks ? [`      "quoteChecks": ${list(f.quoteChecks)}`, `      "rechecks": ${list(f.rechecks ?? [])}`] : []),
  ].join(',\n');
  const body = report.files.map((f) => `    {\n${file(f)}\n    }`).join(',\n');
  return `{\n  "version": ${report.version},\n  "files": [\n${body}\n  ]\n}\n`;
}

// Adopting Factmark on an archive: `--write-baseline FILE` records today's failing findings, `--baseline FILE`
// fails only on new ones. Findings are matched by file, rule and fingerprint (text and a little context, never the
// line), so a moved paragraph stays old and an edited claim becomes new. Identical findings carry their occurrence
// in the fingerprint: two copies of a baselined sentence where there was one make one new finding.
import { relative, resolve, sep } from 'node:path';
import type { CheckedFile } from './checkFile.js';
import { excerptOf } from './findings.js';
import { isFailing, reportedFindings } from './reported.js';

export interface BaselineEntry {
  path: string;
  rule: string;
  fingerprint: string;
  /** For the person reading the file; not used for matching. */
  text: string;
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

/** The path as recorded: relative to the working directory, with forward slashes. */
export function baselinePath(cwd: string, path: string): string {
  return relative(cwd, resolve(cwd, path)).split(sep).join('/');
}

export function makeBaseline(files: CheckedFile[], cwd: string): Baseline {
  const findings: BaselineEntry[] = [];
  for (const file of files) {
    const path = baselinePath(cwd, file.path);
    for (const f of reportedFindings(file).filter(isFailing)) findings.push({ path, rule: f.ruleId, fingerprint: f.fingerprint, text: excerptOf(f.excerpt, 80) });
  }
  return { version: 1, findings };
}

export function formatBaseline(baseline: Baseline): string {
  const lines = baseline.findings.map((f) => `    ${JSON.stringify(f)}`);
  return `{\n  "version": 1,\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

/** Parses a baseline file; throws an Error with a message fit for the user when it is not one. */
export function parseBaseline(text: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const v = value as Partial<Baseline> | null;
  if (!v || v.version !== 1 || !Array.isArray(v.findings)) throw new Error('not a Factmark baseline (expected {"version": 1, "findings": [...]})');
  const ok = v.findings.every((f) => f && typeof f.path === 'string' && typeof f.rule === 'string' && typeof f.fingerprint === 'string');
  if (!ok) throw new Error('every finding needs a path, a rule and a fingerprint');
  return v as Baseline;
}

/** Whether a finding of `file` is new: not in the baseline under the same path, rule and fingerprint. */
export type IsNew = (file: CheckedFile, rule: string, fingerprint: string) => boolean;

export function newAgainst(baseline: Baseline, cwd: string): IsNew {
  const known = new Set(baseline.findings.map((f) => `${f.path}\u0000${f.rule}\u0000${f.fingerprint}`));
  return (file, rule, fingerprint) => !known.has(`${baselinePath(cwd, file.path)}\u0000${rule}\u0000${fingerprint}`);
}

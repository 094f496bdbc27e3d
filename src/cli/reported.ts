// The findings that ask for action, as CI sees them: what SARIF, `--format github` and baselines are built from.
// Each has its level under the configuration (a rule set `off` is left out, information and hint are notes), a
// `silenced` flag from disable comments, and a fingerprint of its text and context (core/present/fingerprint.ts).
import { ruleLevel, type RuleLevel } from '../core/config/types.js';
import { fingerprints } from '../core/present/fingerprint.js';
import type { CheckedFile } from './checkFile.js';
import { findingsOf, type Finding, type Level } from './findings.js';

export interface Reported extends Finding {
  level: Exclude<Level, 'none'>;
  fingerprint: string;
}

export function reportedFindings(file: CheckedFile): Reported[] {
  const out: Array<Omit<Reported, 'fingerprint'>> = [];
  for (const f of findingsOf(file.analysis)) {
    if (f.level === 'none') continue;
    const level = file.config ? ruleLevel(file.config, f.ruleId, fromLevel(f.level)) : fromLevel(f.level);
    if (level === 'off') continue;
    out.push({ ...f, level: toLevel(level) });
  }
  const prints = fingerprints(file.text, out.map((f) => ({ rule: f.ruleId, start: f.start, end: f.end })));
  return out.map((f, i) => ({ ...f, fingerprint: prints[i]! }));
}

/** A finding that fails `factmark check`: an unsourced claim at error or warning, not silenced. */
export function isFailing(f: Reported): boolean {
  return (f.kind === 'unsourced-claim' || f.kind === 'vague-source') && !f.silenced && (f.level === 'error' || f.level === 'warning');
}

function fromLevel(level: Exclude<Level, 'none'>): Exclude<RuleLevel, 'off'> {
  return level === 'note' ? 'information' : level;
}

function toLevel(level: Exclude<RuleLevel, 'off'>): Exclude<Level, 'none'> {
  return level === 'information' || level === 'hint' ? 'note' : level;
}

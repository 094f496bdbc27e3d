// SARIF 2.1.0 for code-scanning dashboards. Only findings that ask for action become results: unsourced and
// vague-source claims, and problems, at their configured level (rules `off` are left out); silenced ones carry an
// in-source suppression. Every rule comes with its metadata from src/core/rules.ts and a helpUri into rules.md. Locations are 1-based lines and UTF-16 columns (SARIF's default
// columnKind), endColumn pointing just past the last character; URIs are relative to the working directory.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lineStartsOf, positionAt } from '../../core/index.js';
import type { DiagnosticSeverity } from '../../core/present/diagnostics.js';
import type { CheckedFile } from '../checkFile.js';
import type { IsNew } from '../baseline.js';
import { excerptOf } from '../findings.js';
import { reportedFindings } from '../reported.js';
import { RULES, ruleFor } from '../../core/rules.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The partialFingerprints key; the version changes if the fingerprint recipe ever does. */
export const FINGERPRINT_KEY = 'factmarkFindingHash/v1';

export interface SarifOptions {
  cwd: string;
  toolVersion: string;
  /** Absolute URL of docs/rules.md; each rule's helpUri is it with the rule's anchor. */
  rulesDoc: string;
  /** With a baseline: which findings are new (SARIF baselineState new / unchanged). */
  isNew?: IsNew;
}

export function sarifLog(files: CheckedFile[], options: SarifOptions): object {
  const { cwd, toolVersion, rulesDoc, isNew } = options;
  const ruleIds = RULES.filter((r) => r.scope === 'article').map((r) => r.code);
  const results: object[] = [];
  for (const file of files) {
    const lineStarts = lineStartsOf(file.text);
    const uri = relativeUri(cwd, file.path);
    for (const f of reportedFindings(file)) {
      if (!ruleIds.includes(f.ruleId)) ruleIds.push(f.ruleId);
      const start = positionAt(lineStarts, f.start);
      const end = positionAt(lineStarts, f.end);
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIds.indexOf(f.ruleId),
        level: f.level,
        message: { text: messageFor(f.kind, f.excerpt, f.detail) },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: 'SRCROOT' },
            region: { startLine: start.line + 1, startColumn: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1 },
          },
        }],
        // Text and context, not lines: dashboards keep tracking a finding when the paragraph moves.
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        ...(f.silenced ? { suppressions: [{ kind: 'inSource', justification: 'factmark-disable comment' }] } : {}),
        ...(isNew ? { baselineState: isNew(file, f.ruleId, f.fingerprint) ? 'new' : 'unchanged' } : {}),
      });
    }
    // Facts-file problems point into the facts file (line:column is all the sidecar reports).
    for (const p of file.factsProblems) {
      const ruleId = `facts:${p.code}`;
      if (!ruleIds.includes(ruleId)) ruleIds.push(ruleId);
      results.push({
        ruleId,
        ruleIndex: ruleIds.indexOf(ruleId),
        level: p.severity,
        message: { text: p.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: relativeUri(cwd, file.factsPath ?? file.path), uriBaseId: 'SRCROOT' },
            region: { startLine: p.line, startColumn: p.column },
          },
        }],
      });
    }
  }
  const rules = ruleIds.map((id) => {
    // Facts-file results are filed as `facts:<code>` (a facts problem and an article rule may share a code).
    const r = ruleFor(id.startsWith('facts:') ? id.slice('facts:'.length) : id);
    const anchor = id.startsWith('facts:') ? id.slice('facts:'.length) : id;
    return {
      id, name: r.name,
      shortDescription: { text: r.short }, fullDescription: { text: r.full },
      help: { text: `${r.full} See ${rulesDoc}#${anchor}.` },
      helpUri: `${rulesDoc}#${anchor}`,
      defaultConfiguration: { level: sarifLevel(r.severity) },
      properties: { tags: ['factmark', r.scope] },
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'factmark', version: toolVersion, rules } },
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

export function formatSarif(files: CheckedFile[], options: SarifOptions): string {
  return `${JSON.stringify(sarifLog(files, options), null, 2)}\n`;
}

export function messageFor(kind: string, excerpt: string, detail: string): string {
  const text = excerptOf(excerpt, 160);
  if (kind === 'unsourced-claim') return `Unsourced claim: “${text}” (${detail}).`;
  if (kind === 'vague-source') return `Claim rests on a vague source: “${text}” (${detail}).`;
  return text;
}

/** A relative URI reference for `path`, percent-encoded per segment, with forward slashes. */
export function relativeUri(cwd: string, path: string): string {
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  return relative(cwd, abs).split(sep).map(encodeURIComponent).join('/');
}

function sarifLevel(severity: DiagnosticSeverity): 'error' | 'warning' | 'note' {
  return severity === 'information' || severity === 'hint' ? 'note' : severity;
}

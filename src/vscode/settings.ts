// The one place that reads Factmark's settings. Every key is read here, validated, and handed on as a typed
// object; the rest of the adapter never calls getConfiguration. Resource-scoped keys are read per document.
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core/types.js';
import type { ExportSettings } from '../core/export/index.js';
import type { UnsourcedSeverity } from '../core/present/diagnostics.js';
import { DEFAULT_SIDECAR_PATTERN } from '../core/facts/store.js';
import { DEFAULT_MIN_CLAIM_SCORE } from '../core/options.js';
import { DEFAULT_SNAPSHOT_MAX_BYTES } from '../core/quotecheck/decode.js';

export const SECTION = 'factmark';

/** Every setting key (without the section), so the manifest test can compare it with package.json. */
export const SETTING_KEYS = [
  'enable.quotes',
  'enable.attributions',
  'enable.claims',
  'unsourcedSeverity',
  'extraSpeechVerbs',
  'extraVagueSources',
  'minClaimScore',
  'factsFile',
  'liveAnalysisMaxSize',
  'quoteCheck.maxSnapshotSize',
  'export.organisationName',
  'export.organisationUrl',
  'export.reviewUrl',
] as const;

export interface Settings {
  kinds: { quotes: boolean; attributions: boolean; claims: boolean };
  unsourcedSeverity: UnsourcedSeverity;
  extraSpeechVerbs: string[];
  extraVagueSources: string[];
  minClaimScore: number;
  factsFile: string;
  /** Characters; larger documents are analysed only on request. */
  liveAnalysisMaxSize: number;
  /** Bytes; larger source snapshots are reported and not read. */
  maxSnapshotSize: number;
}

const SEVERITIES: readonly UnsourcedSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];
// About 30 000 words, far beyond a news article; analysing more on every pause in typing would stall the extension host.
export const DEFAULT_LIVE_ANALYSIS_MAX_SIZE = 200_000;

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()) : [];
}

/** Settings for one document (resource scope), falling back to defaults on any invalid value. */
export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const severity = c.get<unknown>('unsourcedSeverity');
  const score = c.get<unknown>('minClaimScore');
  const pattern = c.get<unknown>('factsFile');
  const max = c.get<unknown>('liveAnalysisMaxSize');
  const snapshotMax = c.get<unknown>('quoteCheck.maxSnapshotSize');
  return {
    kinds: {
      quotes: bool(c.get('enable.quotes'), true),
      attributions: bool(c.get('enable.attributions'), true),
      claims: bool(c.get('enable.claims'), true),
    },
    unsourcedSeverity: SEVERITIES.includes(severity as UnsourcedSeverity) ? (severity as UnsourcedSeverity) : 'warning',
    extraSpeechVerbs: strings(c.get('extraSpeechVerbs')),
    extraVagueSources: strings(c.get('extraVagueSources')),
    minClaimScore: typeof score === 'number' && score >= 0 && score <= 1 ? score : DEFAULT_MIN_CLAIM_SCORE,
    factsFile: typeof pattern === 'string' && pattern.includes('${name}') && !/[/\\]/.test(pattern) ? pattern : DEFAULT_SIDECAR_PATTERN,
    liveAnalysisMaxSize: typeof max === 'number' && Number.isFinite(max) && max > 0 ? max : DEFAULT_LIVE_ANALYSIS_MAX_SIZE,
    maxSnapshotSize: typeof snapshotMax === 'number' && Number.isFinite(snapshotMax) && snapshotMax > 0 ? snapshotMax : DEFAULT_SNAPSHOT_MAX_BYTES,
  };
}

export function analyzeOptions(s: Settings): AnalyzeOptions {
  return {
    minClaimScore: s.minClaimScore,
    extraCues: s.extraSpeechVerbs,
    extraVagueSources: s.extraVagueSources,
    kinds: s.kinds,
  };
}

export function affectsFactmark(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(SECTION);
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Who publishes the fact check, for ClaimReview and reports. */
export function readExportSettings(scope?: vscode.Uri): ExportSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    organisationName: text(c.get('export.organisationName')),
    organisationUrl: text(c.get('export.organisationUrl')),
    reviewUrl: text(c.get('export.reviewUrl')),
  };
}

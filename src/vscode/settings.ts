// The one place that reads Factmark's settings. Every key is read here, validated, and handed on as a typed
// object; the rest of the adapter never calls getConfiguration. Resource-scoped keys are read per document.
import * as vscode from 'vscode';
import type { ExportSettings } from '../core/export/index.js';
import { settingsFrom, type Settings } from './settingsConfig.js';

export { DEFAULT_LIVE_ANALYSIS_MAX_SIZE, type Settings } from './settingsConfig.js';

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
  'history.paths',
  'attributionTagger',
  'export.organisationName',
  'export.organisationUrl',
  'export.reviewUrl',
] as const;

/** Settings for one document (resource scope), falling back to defaults on any invalid value. */
export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return settingsFrom((key) => c.get<unknown>(key));
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

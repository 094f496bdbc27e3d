// Editor settings, validated, → the core's configuration. No `vscode` import, so unit tests run the editor's exact mapping
// next to the CLI's (test/unit/pipeline.test.ts).
import { withConfigFile, type ConfigValues } from '../core/config/parse.js';
import { defaultConfig, type FactmarkConfig } from '../core/config/types.js';
import type { UnsourcedSeverity } from '../core/present/diagnostics.js';
import { DEFAULT_SIDECAR_PATTERN } from '../core/facts/store.js';
import { DEFAULT_MIN_CLAIM_SCORE } from '../core/options.js';
import { DEFAULT_SNAPSHOT_MAX_BYTES } from '../core/quotecheck/decode.js';

/**
 * The configuration the editor checks an article with: what its .factmark.jsonc sets, with the editor settings
 * filling in what the file leaves out (so `factmark check` in CI and the editor agree wherever the file speaks).
 */
export function editorConfig(s: Settings, file?: ConfigValues): FactmarkConfig {
  return file ? withConfigFile(configOf(s), file) : configOf(s);
}

/** The core's configuration from editor settings alone (rule levels apply in diagnostics, from the same object). */
export function configOf(s: Settings): FactmarkConfig {
  return {
    ...defaultConfig(),
    // factmark.unsourcedSeverity is the level of both kinds of unsourced claim (`off` reports neither).
    rules: { 'unsourced-claim': s.unsourcedSeverity, 'vague-source': s.unsourcedSeverity },
    minClaimScore: s.minClaimScore,
    extraSpeechVerbs: s.extraSpeechVerbs,
    extraVagueSources: s.extraVagueSources,
    sidecarPattern: s.factsFile,
    kinds: s.kinds,
    // Relative to the workspace folder here, to the configuration file when .factmark.jsonc sets `history`.
    history: s.historyPaths,
    attributionTagger: s.attributionTagger,
  };
}

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
  /** Claim-history files, folders or globs (ClaimReview or facts files) besides the workspace's facts files. */
  historyPaths: string[];
  /** factmark.attributionTagger: the learned attribution tagger beside the rules. */
  attributionTagger: boolean;
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

/** Settings from a getter of `factmark.*` keys (vscode's getConfiguration in the editor, package.json defaults in tests). */
export function settingsFrom(get: (key: string) => unknown): Settings {
  const severity = get('unsourcedSeverity');
  const score = get('minClaimScore');
  const pattern = get('factsFile');
  const max = get('liveAnalysisMaxSize');
  const snapshotMax = get('quoteCheck.maxSnapshotSize');
  return {
    kinds: {
      quotes: bool(get('enable.quotes'), true),
      attributions: bool(get('enable.attributions'), true),
      claims: bool(get('enable.claims'), true),
    },
    unsourcedSeverity: SEVERITIES.includes(severity as UnsourcedSeverity) ? (severity as UnsourcedSeverity) : 'warning',
    extraSpeechVerbs: strings(get('extraSpeechVerbs')),
    extraVagueSources: strings(get('extraVagueSources')),
    minClaimScore: typeof score === 'number' && score >= 0 && score <= 1 ? score : DEFAULT_MIN_CLAIM_SCORE,
    factsFile: typeof pattern === 'string' && pattern.includes('${name}') && !/[/\\]/.test(pattern) ? pattern : DEFAULT_SIDECAR_PATTERN,
    liveAnalysisMaxSize: typeof max === 'number' && Number.isFinite(max) && max > 0 ? max : DEFAULT_LIVE_ANALYSIS_MAX_SIZE,
    historyPaths: strings(get('history.paths')),
    attributionTagger: bool(get('attributionTagger'), false),
    maxSnapshotSize: typeof snapshotMax === 'number' && Number.isFinite(snapshotMax) && snapshotMax > 0 ? snapshotMax : DEFAULT_SNAPSHOT_MAX_BYTES,
  };
}

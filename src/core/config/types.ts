// Factmark's configuration as the core uses it: one resolved object, whatever it was read from (.factmark.jsonc,
// editor settings, CLI flags, defaults). Adapters fill it in; the pipeline and the presenters only read it.
import type { DiagnosticSeverity } from '../present/diagnostics.js';
import type { AnalyzeOptions } from '../types.js';
import { DEFAULT_MIN_CLAIM_SCORE } from '../options.js';
import { DEFAULT_SIDECAR_PATTERN } from '../facts/store.js';

/** A rule's severity, or `off` to report nothing for it. */
export type RuleLevel = DiagnosticSeverity | 'off';

export interface FactmarkConfig {
  /** Per rule code: its level; codes not listed keep their default severity (src/core/rules.ts). */
  rules: Record<string, RuleLevel>;
  extraSpeechVerbs: string[];
  extraVagueSources: string[];
  minClaimScore: number;
  /** Sidecar facts file name, `${name}` standing for the article name without extension. */
  sidecarPattern: string;
  export: { organisationName?: string; organisationUrl?: string };
  /** Claim-history files or folders (issue 14), relative to the configuration file. */
  history: string[];
  /** Which kinds the editor shows (factmark.enable.*); all unless turned off. */
  kinds?: { quotes: boolean; attributions: boolean; claims: boolean };
  /** The learned attribution tagger (`attributionTagger` in the file, factmark.attributionTagger); off unless set. */
  attributionTagger?: boolean;
}

export function defaultConfig(): FactmarkConfig {
  return {
    rules: {},
    extraSpeechVerbs: [],
    extraVagueSources: [],
    minClaimScore: DEFAULT_MIN_CLAIM_SCORE,
    sidecarPattern: DEFAULT_SIDECAR_PATTERN,
    export: {},
    history: [],
    attributionTagger: false,
  };
}

/** What the detectors need from a configuration. */
export function analyzeOptionsOf(config: FactmarkConfig): AnalyzeOptions {
  const options: AnalyzeOptions = { minClaimScore: config.minClaimScore, extraCues: config.extraSpeechVerbs, extraVagueSources: config.extraVagueSources };
  if (config.attributionTagger) options.attributionTagger = true;
  return config.kinds ? { ...options, kinds: config.kinds } : options;
}

/** The level of a rule in this configuration: what the configuration says, else the given default. */
export function ruleLevel(config: FactmarkConfig, code: string, fallback: DiagnosticSeverity): RuleLevel {
  return config.rules[code] ?? fallback;
}

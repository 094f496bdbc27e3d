// Options arrive from settings, CLI flags or tests; validate once here so detectors can trust them.
import type { AnalyzeOptions } from './types.js';

export interface ResolvedOptions {
  minClaimScore: number;
  extraCues: string[];
  extraVagueSources: string[];
  kinds: { quotes: boolean; attributions: boolean; claims: boolean };
  includeAllClaims: boolean;
  attributionTagger: boolean;
}

export const DEFAULT_MIN_CLAIM_SCORE = 0.5;

export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  const score = options.minClaimScore;
  return {
    minClaimScore: typeof score === 'number' && score >= 0 && score <= 1 ? score : DEFAULT_MIN_CLAIM_SCORE,
    extraCues: cleanList(options.extraCues),
    extraVagueSources: cleanList(options.extraVagueSources),
    kinds: {
      quotes: options.kinds?.quotes !== false,
      attributions: options.kinds?.attributions !== false,
      claims: options.kinds?.claims !== false,
    },
    includeAllClaims: options.includeAllClaims === true,
    attributionTagger: options.attributionTagger === true,
  };
}

function cleanList(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.filter((s): s is string => typeof s === 'string').map((s) => s.trim().toLowerCase()).filter(Boolean);
}

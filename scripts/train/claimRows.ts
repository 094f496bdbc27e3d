// Clauses as the claim detector sees them, for training: a document run through the core up to the claim
// detector, each clause's evidence and context kept, and its learned features listed the way claimModel.ts
// reads them.
import { createContext } from '../../src/core/analyze.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { detectors } from '../../src/core/registry.js';
import { eachClause } from '../../src/core/detectors/claims.js';
import { clauseContexts } from '../../src/core/detectors/claimContext.js';
import { DENSE_FEATURES, denseIndices, FIRST_CONTEXT_FEATURE, hashedIndices, type ClauseContext, type ClauseEvidence, type HashGroup } from '../../src/core/detectors/claimModel.js';
import type { Sentence } from '../../src/core/markdown/sentences.js';
import { clearWordCaches } from '../../src/core/text/wordCache.js';

export interface ClauseRow {
  start: number;
  end: number;
  e: ClauseEvidence;
  c: ClauseContext;
}

/** Every clause of a Markdown text with its evidence and context, exactly as inside analyze(). */
export function documentClauses(text: string): ClauseRow[] {
  const ctx = createContext(buildProseDocument(text), { includeAllClaims: true });
  try {
    for (const d of detectors) {
      if (d.id === 'claims') break;
      d.run(ctx);
    }
    const found: Array<{ start: number; end: number; sentence: Sentence; e: ClauseEvidence }> = [];
    eachClause(ctx, (start, end, sentence, e) => found.push({ start, end, sentence, e }));
    const contexts = clauseContexts(found.map((f) => ({ sentence: f.sentence, fired: f.e.fired })), ctx.sentences);
    return found.map((f, i) => ({ start: f.start, end: f.end, e: f.e, c: contexts[i] }));
  } finally {
    clearWordCaches();
  }
}

export interface FeatureSettings {
  groups: HashGroup[];
  hashBits: number;
  /** Use the context features (paragraph, neighbours), or only the clause's own. */
  context: boolean;
}

export function featureCount(settings: FeatureSettings): number {
  return DENSE_FEATURES.length + (settings.groups.length ? 1 << settings.hashBits : 0);
}

/** Feature indices of one clause: dense features first, then the hashed table (offset by the dense count). */
export function featureIndices(row: ClauseRow, settings: FeatureSettings): Int32Array {
  const dense = denseIndices(row.e, row.c).filter((i) => settings.context || i < FIRST_CONTEXT_FEATURE);
  const hashed = hashedIndices(row.e, settings.groups, settings.hashBits).map((i) => i + DENSE_FEATURES.length);
  return Int32Array.from([...dense, ...hashed]);
}

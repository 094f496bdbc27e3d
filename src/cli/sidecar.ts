// The sidecar facts file from the command line (read through Node's FactsFs, nodeFactsFs.ts): the one step
// `factmark check` runs per article — find the facts file (`--facts PATH` or ARTICLE.facts.json next to the
// article), parse it, anchor its facts and apply them to the analysis.
import type { Analysis, Claim } from '../core/index.js';
import { applyFacts } from '../core/facts/apply.js';
import { FactsStore, sidecarPathFor, type FactsFs, type FactsSnapshot } from '../core/facts/store.js';
import type { Anchor, FactsProblem } from '../core/facts/types.js';
import { nodeFactsFs } from './nodeFactsFs.js';
import { quoteCheckFor, withQuoteProblems } from './quoteCheck.js';
import { NO_QUOTE_CHECK, type QuoteCheckOutcome } from '../core/quotecheck/run.js';

export { nodeFactsFs } from './nodeFactsFs.js';

export interface LoadedSidecar {
  /** The facts file's path: the override, or the default next to the article. */
  path: string;
  /** True when the path came from `--facts`: a missing file is then an error, not "no facts yet". */
  explicit: boolean;
  snapshot: FactsSnapshot;
}

export async function loadSidecarFor(articlePath: string, factsOverride?: string, fs: FactsFs = nodeFactsFs()): Promise<LoadedSidecar> {
  const path = factsOverride ?? sidecarPathFor(articlePath);
  return { path, explicit: factsOverride !== undefined, snapshot: await new FactsStore(fs).read(path) };
}

export interface SidecarOutcome {
  /** The facts file used, or undefined when the article has none. */
  factsPath?: string;
  analysis: Analysis;
  anchors: Anchor[];
  /** Problems in the facts file (syntax, schema, dangling sources, orphans), each at its line:column. */
  problems: FactsProblem[];
  /** How many of `problems` are errors (orphans are warnings); any error makes `factmark check` exit 1. */
  errors: number;
  /** Claims a "not-a-claim"/"opinion" verdict took out of the analysis. */
  silenced: Claim[];
  /** Quotes held against source snapshots and facts whose wording changed (its problems are in the analysis). */
  quoteCheck: QuoteCheckOutcome;
}

/** Applies the article's facts file (if any) to its analysis. Throws only on I/O errors other than "missing". */
export async function applySidecar(
  articlePath: string, text: string, analysis: Analysis, factsOverride?: string, fs: FactsFs = nodeFactsFs(),
): Promise<SidecarOutcome> {
  const { path, explicit, snapshot } = await loadSidecarFor(articlePath, factsOverride, fs);
  if (!snapshot.parsed) {
    if (!explicit) return { analysis, anchors: [], problems: [], errors: 0, silenced: [], quoteCheck: NO_QUOTE_CHECK };
    const problem: FactsProblem = {
      severity: 'error', category: 'reference', code: 'facts-missing', message: `Facts file ${path} does not exist.`,
      offset: 0, length: 0, line: 1, column: 1,
    };
    return { factsPath: path, analysis, anchors: [], problems: [problem], errors: 1, silenced: [], quoteCheck: NO_QUOTE_CHECK };
  }
  const parsed = snapshot.parsed;
  const applied = parsed.file
    ? applyFacts(analysis, text, parsed.file, parsed.locations)
    : { analysis, anchors: [], problems: [], silenced: [] };
  const quoteCheck = parsed.file
    ? await quoteCheckFor(path, text, applied.analysis, parsed.file, applied.anchors, fs, parsed.locations)
    : NO_QUOTE_CHECK;
  const problems = [...parsed.problems, ...applied.problems, ...quoteCheck.factsProblems].sort((a, b) => a.offset - b.offset);
  return {
    factsPath: path,
    quoteCheck,
    analysis: withQuoteProblems(applied.analysis, quoteCheck),
    anchors: applied.anchors,
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    silenced: applied.silenced,
  };
}

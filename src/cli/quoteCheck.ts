// The quote check from the command line: the snapshots a facts file names, read through the same file system as
// the facts file, and the core's quote check run on the article (src/core/quotecheck/).
import type { Analysis } from '../core/index.js';
import type { FactsFs } from '../core/facts/store.js';
import type { Anchor, FactsFile, FactsLocation } from '../core/facts/types.js';
import { loadSnapshots } from '../core/quotecheck/load.js';
import { NO_QUOTE_CHECK, runQuoteCheck, type QuoteCheckOutcome } from '../core/quotecheck/run.js';
import type { CheckedArticle } from '../core/pipeline/checkArticle.js';
import { regularFactsFs } from './regularFile.js';
export { withQuoteProblems } from '../core/quotecheck/run.js';

export async function quoteCheckFor(
  factsPath: string, text: string, analysis: Analysis, file: FactsFile, anchors: Anchor[], fs: FactsFs,
  locations?: { sources: Record<string, FactsLocation> },
): Promise<QuoteCheckOutcome> {
  const hasSnapshot = file.sources.some((s) => typeof s.snapshot === 'string');
  const loaded = hasSnapshot ? await loadSnapshots(fs, factsPath, file) : [];
  const outcome = runQuoteCheck(text, analysis, file, anchors, loaded, locations);
  return outcome.checks.length + outcome.rechecks.length + outcome.factsProblems.length === 0 ? NO_QUOTE_CHECK : outcome;
}


/**
 * The quote check of an article the pipeline checked, as `check` and `export` run it; undefined when there was
 * nothing to check. Unreadable snapshots come back as facts problems (core/quotecheck/load.ts), not as throws.
 */
export async function articleQuoteCheck(
  article: CheckedArticle, text: string, factsPath: string | undefined, cwd: string,
  locations?: { sources: Record<string, FactsLocation> },
): Promise<QuoteCheckOutcome | undefined> {
  if (!article.facts || !factsPath) return undefined;
  const outcome = await quoteCheckFor(factsPath, text, article.analysis, article.facts, article.anchors, regularFactsFs(cwd), locations);
  return outcome === NO_QUOTE_CHECK ? undefined : outcome;
}

/** Errors of the quote check (altered numbers, names, negations; wrong speakers; changed wording that matters). */
export function quoteErrors(outcome: QuoteCheckOutcome | undefined): number {
  return outcome ? outcome.problems.filter((p) => p.severity === 'error').length : 0;
}

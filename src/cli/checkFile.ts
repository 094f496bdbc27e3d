// One file through the pipeline: read the article and its facts file (article.ts), run the core's checkArticle,
// keep what the formats and the exit status need. Every output format is computed from the CheckedFile values
// this returns; a new per-article check belongs in the core's pipeline (src/core/pipeline/checks.ts), not here.
import type { ConfigProblem } from '../core/config/parse.js';
import type { FactmarkConfig } from '../core/config/types.js';
import type { FactsProblem } from '../core/facts/types.js';
import type { Analysis } from '../core/index.js';
import { checkArticle, type Analyzer, type CheckedArticle } from '../core/pipeline/checkArticle.js';
import { internalError, readArticle } from './article.js';
import type { HistoryMatch } from '../core/history/types.js';
import type { CliIo } from './io.js';
import { articleQuoteCheck, withQuoteProblems } from './quoteCheck.js';
import type { QuoteCheckOutcome } from '../core/quotecheck/run.js';

export type { Analyzer } from '../core/pipeline/checkArticle.js';
export { internalError } from './article.js';

export interface CheckOptions {
  /** Claims scoring below this are not reported (`--min-score`); overrides the configuration. */
  minScore?: number;
  /** `--facts PATH`: the sidecar facts file, when not the default one next to the article. */
  factsPath?: string;
  /** `--config PATH`: the configuration file, instead of the nearest .factmark.jsonc above each article. */
  configPath?: string;
  /** Defaults to the core's `analyze`. */
  analyzer?: Analyzer;
}

export interface CheckedFile {
  /** The path as the user gave it (shown in text output and JSON). */
  path: string;
  text: string;
  /** The analysis with the facts file applied (covered claims `linked`, not-a-claim verdicts removed). */
  analysis: Analysis;
  /** The facts file that was applied, if the article has one. */
  factsPath?: string;
  /** Problems in that facts file, located by line:column in it. */
  factsProblems: FactsProblem[];
  /** How many of `factsProblems` are errors; any makes the exit status 1. */
  factsErrors: number;
  /** The configuration the article was checked with (rule levels decide what fails). Absent: the defaults. */
  config?: FactmarkConfig;
  /** Everything the pipeline produced (anchors, silenced claims, the facts file). */
  article?: CheckedArticle;
  /** The configuration file that applied, and its problems. */
  configPath?: string;
  configProblems?: ConfigProblem[];
  /** The quote check (src/core/quotecheck), when the facts file gave it anything to check. */
  quoteCheck?: QuoteCheckOutcome;
  /** With `--history`: each claim's earlier checks, parallel to `analysis.claims` (history.ts). */
  matches?: HistoryMatch[][];
}

export type CheckOutcome = { ok: true; file: CheckedFile } | { ok: false; path: string; message: string };

export async function checkFile(path: string, options: CheckOptions, io: CliIo): Promise<CheckOutcome> {
  const read = await readArticle(path, options, io);
  if (!read.ok) return { ok: false, path, message: read.message };
  const { text, facts, factsPath, config, configPath, configProblems } = read.article;
  let article: CheckedArticle;
  let quoteCheck: QuoteCheckOutcome | undefined;
  try {
    article = checkArticle({ text, facts, config }, options.analyzer);
    // The quote check reads the snapshots the facts file names, through the same file system as the facts file.
    quoteCheck = await articleQuoteCheck(article, text, factsPath, io.cwd, facts?.locations);
  } catch (err) {
    return { ok: false, path, message: internalError(path, err) };
  }
  const analysis = quoteCheck ? withQuoteProblems(article.analysis, quoteCheck) : article.analysis;
  const factsProblems = [...article.factsProblems, ...(quoteCheck?.factsProblems ?? [])].sort((a, b) => a.offset - b.offset);
  return {
    ok: true,
    file: {
      path, text, analysis, factsPath, factsProblems, config, article, configPath, configProblems,
      factsErrors: factsProblems.filter((p) => p.severity === 'error').length,
      ...(quoteCheck ? { quoteCheck } : {}),
    },
  };
}

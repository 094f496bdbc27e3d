// One file through the pipeline: read → analyze → facts (sidecar) → result. Every output format and the exit
// status are computed from the CheckedFile values this returns, so a new step slots in here only.
import { analyze } from '../core/index.js';
import type { Analysis, AnalyzeOptions } from '../core/index.js';
import { sidecarPathFor } from '../core/facts/store.js';
import type { FactsProblem } from '../core/facts/types.js';
import type { HistoryMatch } from '../core/history/types.js';
import { describeFsError, isFsError, type CliIo } from './io.js';
import { regularFactsFs } from './regularFile.js';
import { applySidecar } from './sidecar.js';

/** The analysis step; the CLI runs the core's `analyze`, tests pass one that fails. */
export type Analyzer = (text: string, options?: AnalyzeOptions) => Analysis;

export interface CheckOptions {
  /** Claims scoring below this are not reported (`--min-score`). */
  minScore?: number;
  /** `--facts PATH`: the sidecar facts file, when not the default one next to the article. */
  factsPath?: string;
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
  /** With `--history`: each claim's earlier checks, parallel to `analysis.claims` (history.ts). */
  matches?: HistoryMatch[][];
}

export type CheckOutcome = { ok: true; file: CheckedFile } | { ok: false; path: string; message: string };

export async function checkFile(path: string, options: CheckOptions, io: CliIo): Promise<CheckOutcome> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (err) {
    return { ok: false, path, message: `cannot read ${path}: ${describeFsError(err)}` };
  }
  let analysis: Analysis;
  try {
    analysis = (options.analyzer ?? analyze)(text, options.minScore === undefined ? {} : { minClaimScore: options.minScore });
  } catch (err) {
    return { ok: false, path, message: internalError(path, err) };
  }
  return withFacts({ path, text, analysis, factsProblems: [], factsErrors: 0 }, options, io);
}

/** "internal error while checking FILE: message": a crash in the analysis still says which file caused it. */
export function internalError(path: string, err: unknown): string {
  return `internal error while checking ${path}: ${err instanceof Error ? err.message : String(err)}`;
}

/**
 * The sidecar step: the facts file (`--facts` or ARTICLE.facts.json next to the article) is parsed, its facts
 * anchored and applied to the claims. A missing default facts file is simply "no facts yet"; a missing
 * `--facts` file is a facts error; any other I/O failure is a read error (exit 2) naming the facts file.
 */
async function withFacts(file: CheckedFile, options: CheckOptions, io: CliIo): Promise<CheckOutcome> {
  try {
    const s = await applySidecar(file.path, file.text, file.analysis, options.factsPath, regularFactsFs(io.cwd));
    return { ok: true, file: { ...file, analysis: s.analysis, factsPath: s.factsPath, factsProblems: s.problems, factsErrors: s.errors } };
  } catch (err) {
    // Anchoring and applying facts is analysis too: only a file-system error is a read error.
    if (!isFsError(err)) return { ok: false, path: file.path, message: internalError(file.path, err) };
    return { ok: false, path: file.path, message: `cannot read ${options.factsPath ?? sidecarPathFor(file.path)}: ${describeFsError(err)}` };
  }
}

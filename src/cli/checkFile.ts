// One file through the pipeline: read → analyze → facts (sidecar) → result. Every output format and the exit
// status are computed from the CheckedFile values this returns, so a new step slots in here only.
import { analyze } from '../core/index.js';
import type { Analysis } from '../core/index.js';
import { describeFsError, type CliIo } from './io.js';

export interface CheckOptions {
  /** Claims scoring below this are not reported (`--min-score`). */
  minScore?: number;
  /** `--facts PATH`: the sidecar facts file, when not the default one next to the article. */
  factsPath?: string;
}

export interface CheckedFile {
  /** The path as the user gave it (shown in text output and JSON). */
  path: string;
  text: string;
  analysis: Analysis;
  /** Errors found in the facts file; any makes the exit status 1. Set by the sidecar step. */
  factsErrors: number;
}

export type CheckOutcome = { ok: true; file: CheckedFile } | { ok: false; path: string; message: string };

export async function checkFile(path: string, options: CheckOptions, io: CliIo): Promise<CheckOutcome> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (err) {
    return { ok: false, path, message: `cannot read ${path}: ${describeFsError(err)}` };
  }
  const analysis = analyze(text, options.minScore === undefined ? {} : { minClaimScore: options.minScore });
  return applyFacts({ path, text, analysis, factsErrors: 0 }, options, io);
}

/**
 * The sidecar step (src/cli/sidecar.ts): load the facts file for this article (`options.factsPath` or the default
 * next to it), anchor its facts, mark covered claims `linked`, add facts problems and count facts errors.
 * Until the sidecar lands this passes the file through unchanged.
 */
async function applyFacts(file: CheckedFile, _options: CheckOptions, _io: CliIo): Promise<CheckOutcome> {
  return { ok: true, file };
}

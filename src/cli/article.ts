// Reading one article for `check` and `export`: its text, its facts file (`--facts PATH` or the sidecar next to
// it) and its configuration. What cannot be read is exit status 2 with the file named, in both commands: a
// missing `--facts` file is a read error like a missing article (a missing default sidecar is "no facts yet").
import { defaultConfig, type FactmarkConfig } from '../core/config/types.js';
import type { ParseResult } from '../core/facts/parse.js';
import { FactsStore, sidecarPathFor } from '../core/facts/store.js';
import { describeFsError, isFsError, type CliIo } from './io.js';
import { regularFactsFs } from './regularFile.js';

export interface ReadOptions {
  minScore?: number;
  factsPath?: string;
  configPath?: string;
}

export interface ReadArticle {
  text: string;
  facts: ParseResult | undefined;
  /** The facts file read, when there is one. */
  factsPath?: string;
  config: FactmarkConfig;
}

export type ReadOutcome = { ok: true; article: ReadArticle } | { ok: false; status: 2; message: string };

export async function readArticle(path: string, options: ReadOptions, io: CliIo): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (err) {
    return { ok: false, status: 2, message: `cannot read ${path}: ${describeFsError(err)}` };
  }
  const config = defaultConfig();
  if (options.minScore !== undefined) config.minClaimScore = options.minScore;
  const factsPath = options.factsPath ?? sidecarPathFor(path, config.sidecarPattern);
  let parsed: ParseResult | undefined;
  try {
    parsed = (await new FactsStore(regularFactsFs(io.cwd)).read(factsPath)).parsed;
  } catch (err) {
    if (!isFsError(err)) return { ok: false, status: 2, message: internalError(path, err) };
    return { ok: false, status: 2, message: `cannot read ${factsPath}: ${describeFsError(err)}` };
  }
  if (!parsed && options.factsPath !== undefined) return { ok: false, status: 2, message: `cannot read ${factsPath}: no such file` };
  return { ok: true, article: { text, facts: parsed, factsPath: parsed ? factsPath : undefined, config } };
}

/** "internal error while checking FILE: message": a crash in the analysis still says which file caused it. */
export function internalError(path: string, err: unknown): string {
  return `internal error while checking ${path}: ${err instanceof Error ? err.message : String(err)}`;
}

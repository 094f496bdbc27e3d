// Reading one article for `check` and `export`: its text, its facts file (`--facts PATH` or the sidecar next to
// it) and its configuration. What cannot be read is exit status 2 with the file named, in both commands: a
// missing `--facts` file is a read error like a missing article (a missing default sidecar is "no facts yet").
// The configuration is the nearest .factmark.jsonc above the article (`--config PATH` instead); a broken one is
// reported at line:column by the command and its defaults apply.
import { isAbsolute, resolve } from 'node:path';
import { findConfig, readConfig, type FoundConfig } from '../core/config/find.js';
import { withConfigFile, type ConfigProblem } from '../core/config/parse.js';
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
  /** The configuration file that applied, if any, and its problems (each at line:column). */
  configPath?: string;
  configProblems: ConfigProblem[];
}

export type ReadOutcome = { ok: true; article: ReadArticle } | { ok: false; status: 2; message: string };

export async function readArticle(path: string, options: ReadOptions, io: CliIo): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (err) {
    return { ok: false, status: 2, message: `cannot read ${path}: ${describeFsError(err)}` };
  }
  const found = await loadConfig(path, options.configPath, io);
  if (!found.ok) return found;
  const config = found.config ? withConfigFile(defaultConfig(), found.config.values) : defaultConfig();
  // Flags beat the file: `--min-score` is a one-off choice for this run.
  if (options.minScore !== undefined) config.minClaimScore = options.minScore;
  const configInfo = { configPath: found.config?.path, configProblems: found.config?.problems ?? [] };
  const factsPath = options.factsPath ?? sidecarPathFor(path, config.sidecarPattern);
  let parsed: ParseResult | undefined;
  try {
    parsed = (await new FactsStore(regularFactsFs(io.cwd)).read(factsPath)).parsed;
  } catch (err) {
    if (!isFsError(err)) return { ok: false, status: 2, message: internalError(path, err) };
    return { ok: false, status: 2, message: `cannot read ${factsPath}: ${describeFsError(err)}` };
  }
  if (!parsed && options.factsPath !== undefined) return { ok: false, status: 2, message: `cannot read ${factsPath}: no such file` };
  return { ok: true, article: { text, facts: parsed, factsPath: parsed ? factsPath : undefined, config, ...configInfo } };
}

type ConfigOutcome = { ok: true; config: FoundConfig | undefined } | { ok: false; status: 2; message: string };

/** `--config PATH` (must exist), else the nearest .factmark.jsonc above the article, else none. */
async function loadConfig(articlePath: string, override: string | undefined, io: CliIo): Promise<ConfigOutcome> {
  const fs = regularFactsFs(io.cwd);
  const target = override ?? articlePath;
  const slashed = (isAbsolute(target) ? target : resolve(io.cwd, target)).split('\\').join('/');
  try {
    if (override === undefined) return { ok: true, config: await findConfig(slashed, fs) };
    const config = await readConfig(slashed, fs);
    if (!config) return { ok: false, status: 2, message: `cannot read ${override}: no such file` };
    return { ok: true, config: { ...config, path: override } };
  } catch (err) {
    if (!isFsError(err)) throw err;
    return { ok: false, status: 2, message: `cannot read ${override ?? 'the configuration file'}: ${describeFsError(err)}` };
  }
}

/** "internal error while checking FILE: message": a crash in the analysis still says which file caused it. */
export function internalError(path: string, err: unknown): string {
  return `internal error while checking ${path}: ${err instanceof Error ? err.message : String(err)}`;
}

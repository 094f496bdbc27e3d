// `factmark check`: analyse Markdown files and report quotes, attributions, claims and problems.
// Exit status: 0 no unsourced claim, 1 some (or facts-file errors), 2 usage or read errors.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { quoteErrors } from './quoteCheck.js';
import { parseArgs, UsageError } from './args.js';
import { writeAtomically } from './atomicWrite.js';
import { formatBaseline, makeBaseline, newAgainst, parseBaseline, type IsNew } from './baseline.js';
import { formatGithub } from './format/github.js';
import { describeFsError, isFsError } from './io.js';
import { isFailing, reportedFindings } from './reported.js';
import { checkFile, type Analyzer, type CheckedFile, type CheckOptions } from './checkFile.js';
import { palette, useColor } from './color.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatText } from './format/text.js';
import { buildHistory, historyPatterns, matchClaims } from './history.js';
import type { CliIo } from './io.js';
import { VERSION } from './version.js';

export const CHECK_HELP = `Usage: factmark check [options] FILE…

Find quotes, attributions and check-worthy claims in Markdown articles and flag unsourced claims.

Options:
  --format text|json|sarif|github
                            output format (default: text); github: workflow annotations for GitHub Actions
  --min-score N             report claims scoring at least N, 0..1 (default: 0.5)
  --facts PATH              facts file to use (default: ARTICLE.facts.json next to each article)
  --config PATH             configuration file (default: the nearest .factmark.jsonc above each article)
  --write-baseline FILE     record today's failing findings in FILE (exit 0 once written)
  --baseline FILE           fail only on findings that are not in FILE (matched by text, not line)
  --history GLOB            earlier checks to match claims against: facts files (*.facts.json) and
                            ClaimReview JSON-LD files; repeat the option for more patterns (quote globs);
                            without it, the "history" entries of the configuration file
  -h, --help                show this help

Exit status: 0 no unsourced claim, 1 some claims unsourced (or facts-file or configuration errors),
2 usage or read error. Rules set to information, hint or off in the configuration, and findings silenced by a
factmark-disable comment, do not fail the check.
`;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

interface CheckRun {
  format: Format;
  options: CheckOptions;
  paths: string[];
  baseline?: string;
  writeBaseline?: string;
  /** `--history GLOB…`: earlier checks to match claims against. */
  historyGlobs: string[];
}

export async function checkCommand(argv: string[], io: CliIo, analyzer?: Analyzer): Promise<number> {
  let run: CheckRun;
  try {
    const parsed = parseCheckArgs(argv, analyzer);
    if (!parsed) {
      io.stdout(CHECK_HELP);
      return 0;
    }
    run = parsed;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`factmark check: ${err.message}\nTry 'factmark check --help'.\n`);
    return 2;
  }

  let isNew: IsNew | undefined;
  if (run.baseline !== undefined) {
    try {
      isNew = newAgainst(parseBaseline(await io.readFile(run.baseline)), io.cwd);
    } catch (err) {
      io.stderr(`factmark: cannot read baseline ${run.baseline}: ${isFsError(err) ? describeFsError(err) : (err as Error).message}\n`);
      return 2;
    }
  }

  const files: CheckedFile[] = [];
  let readFailed = false;
  for (const path of run.paths) {
    const outcome = await checkFile(path, run.options, io);
    if (outcome.ok) files.push(outcome.file);
    else {
      io.stderr(`factmark: ${outcome.message}\n`);
      readFailed = true;
    }
  }

  const historyGlobs = historyPatterns(run.historyGlobs, files, io.cwd);
  if (historyGlobs.length > 0) {
    const history = await buildHistory(historyGlobs, io);
    for (const file of files) file.matches = matchClaims(history, file, io.cwd);
  }

  reportConfigProblems(files, io);
  if (!printReport(run.format, files, io, isNew)) return 2;
  if (run.writeBaseline !== undefined) return (await writeBaselineFile(run.writeBaseline, files, io)) && !readFailed ? 0 : 2;
  return readFailed ? 2 : exitStatus(files, isNew);
}

function parseCheckArgs(argv: string[], analyzer?: Analyzer): CheckRun | undefined {
  const parsed = parseArgs(argv, [
    { name: 'format', alias: 'f', value: true },
    { name: 'min-score', value: true },
    { name: 'facts', value: true },
    { name: 'config', value: true },
    { name: 'baseline', value: true },
    { name: 'write-baseline', value: true },
    { name: 'history', value: true },
    { name: 'help', alias: 'h', value: false },
  ]);
  if (parsed.options.has('help')) return undefined;
  const opt = (name: string) => parsed.options.get(name) as string | undefined;
  const options: CheckOptions = { minScore: parseScore(parsed.options.get('min-score')), factsPath: opt('facts'), configPath: opt('config'), analyzer };
  const paths = parsed.positionals;
  if (paths.length === 0) throw new UsageError('no files given');
  if (options.factsPath !== undefined && paths.length > 1) throw new UsageError('--facts applies to a single article; give one FILE');
  if (opt('baseline') !== undefined && opt('write-baseline') !== undefined) throw new UsageError('--baseline and --write-baseline cannot be combined');
  if (opt('write-baseline') === '' || opt('baseline') === '') throw new UsageError('a baseline needs a file name');
  return {
    format: parseFormat(parsed.options.get('format')), options, paths, baseline: opt('baseline'), writeBaseline: opt('write-baseline'),
    historyGlobs: parsed.all.get('history') ?? [],
  };
}

/** Writes the report to standard output; false (after saying why) when it could not be built. */
function printReport(format: Format, files: CheckedFile[], io: CliIo, isNew?: IsNew): boolean {
  let report: string;
  try {
    report = format === 'json' ? formatJson(files)
      : format === 'sarif' ? formatSarif(files, { cwd: io.cwd, toolVersion: VERSION, rulesDoc: rulesDocUrl(io), isNew })
      : format === 'github' ? formatGithub(files, isNew)
      : formatText(files, palette(useColor(io)));
  } catch (err) {
    // A report too large to build (a string over V8's limit) still says which files it was for.
    io.stderr(`factmark: internal error while formatting the report of ${files.map((f) => f.path).join(', ')}: ${err instanceof Error ? err.message : String(err)}\n`);
    return false;
  }
  io.stdout(report);
  // The JSON contract has no place for facts-file problems; tell the person running it instead.
  if (format === 'json') for (const f of files) for (const p of f.factsProblems) io.stderr(`${f.factsPath}:${p.line}:${p.column} facts:${p.code} ${p.message}\n`);
  return true;
}

async function writeBaselineFile(path: string, files: CheckedFile[], io: CliIo): Promise<boolean> {
  const baseline = makeBaseline(files, io.cwd);
  try {
    await writeAtomically(path, formatBaseline(baseline), io);
  } catch (err) {
    io.stderr(`factmark: cannot write ${path}: ${describeFsError(err)}\n`);
    return false;
  }
  io.stderr(`factmark: wrote ${path} (${baseline.findings.length} finding${baseline.findings.length === 1 ? '' : 's'})\n`);
  return true;
}

/** docs/rules.md as shipped next to the CLI (dist/cli.js → docs/rules.md), for SARIF helpUri. */
function rulesDocUrl(io: CliIo): string {
  return io.rulesDoc ?? pathToFileURL(resolve(dirname(process.argv[1] ?? io.cwd), '..', 'docs', 'rules.md')).href;
}

/**
 * 1 when any claim is unsourced (vague sources included) at a failing level (error or warning, the default), not
 * silenced by a disable comment and, with a baseline, not in it; or a facts or configuration file has errors, or the
 * quote check found an error (a changed number, name or negation; a wrong speaker).
 */
export function exitStatus(files: CheckedFile[], isNew?: IsNew): 0 | 1 {
  const unsourced = files.some((f) => reportedFindings(f).some((r) => isFailing(r) && (!isNew || isNew(f, r.ruleId, r.fingerprint))));
  const fileErrors = files.some((f) => f.factsErrors > 0 || quoteErrors(f.quoteCheck) > 0 || (f.configProblems ?? []).some((p) => p.severity === 'error'));
  return unsourced || fileErrors ? 1 : 0;
}

/** Each configuration file's problems once, on standard error, at line:column. */
function reportConfigProblems(files: CheckedFile[], io: CliIo): void {
  const seen = new Set<string>();
  for (const f of files) {
    if (!f.configPath || seen.has(f.configPath)) continue;
    seen.add(f.configPath);
    const shown = isAbsolute(f.configPath) ? relative(io.cwd, f.configPath) || f.configPath : f.configPath;
    for (const p of f.configProblems ?? []) io.stderr(`${shown}:${p.line}:${p.column}: ${p.severity}: ${p.message} (${p.code})\n`);
  }
}

function parseFormat(value: string | true | undefined): Format {
  if (value === undefined) return 'text';
  if (typeof value === 'string' && (FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`unknown format '${String(value)}' (expected ${FORMATS.join(', ')})`);
}

function parseScore(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-score must be a number from 0 to 1, got '${String(value)}'`);
  return n;
}

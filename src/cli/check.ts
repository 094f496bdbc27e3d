// `factmark check`: analyse Markdown files and report quotes, attributions, claims and problems.
// Exit status: 0 no unsourced claim, 1 some (or facts-file errors), 2 usage or read errors.
import { parseArgs, UsageError } from './args.js';
import { checkFile, type Analyzer, type CheckedFile, type CheckOptions } from './checkFile.js';
import { palette, useColor } from './color.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatText } from './format/text.js';
import { buildHistory, matchClaims } from './history.js';
import type { CliIo } from './io.js';
import { VERSION } from './version.js';

export const CHECK_HELP = `Usage: factmark check [options] FILE…

Find quotes, attributions and check-worthy claims in Markdown articles and flag unsourced claims.

Options:
  --format text|json|sarif  output format (default: text)
  --min-score N             report claims scoring at least N, 0..1 (default: 0.5)
  --facts PATH              facts file to use (default: ARTICLE.facts.json next to each article)
  --history GLOB            earlier checks to match claims against: facts files (*.facts.json) and
                            ClaimReview JSON-LD files; repeat the option for more patterns (quote globs)
  -h, --help                show this help

Exit status: 0 no unsourced claim, 1 some claims unsourced (or facts-file errors), 2 usage or read error.
`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export async function checkCommand(argv: string[], io: CliIo, analyzer?: Analyzer): Promise<number> {
  let format: Format;
  let options: CheckOptions;
  let paths: string[];
  let historyGlobs: string[] = [];
  try {
    const parsed = parseArgs(argv, [
      { name: 'format', alias: 'f', value: true },
      { name: 'min-score', value: true },
      { name: 'facts', value: true },
      { name: 'history', value: true },
      { name: 'help', alias: 'h', value: false },
    ]);
    if (parsed.options.has('help')) {
      io.stdout(CHECK_HELP);
      return 0;
    }
    format = parseFormat(parsed.options.get('format'));
    options = { minScore: parseScore(parsed.options.get('min-score')), factsPath: parsed.options.get('facts') as string | undefined, analyzer };
    paths = parsed.positionals;
    historyGlobs = parsed.all.get('history') ?? [];
    if (paths.length === 0) throw new UsageError('no files given');
    if (options.factsPath !== undefined && paths.length > 1) throw new UsageError('--facts applies to a single article; give one FILE');
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`factmark check: ${err.message}\nTry 'factmark check --help'.\n`);
    return 2;
  }

  const files: CheckedFile[] = [];
  let readFailed = false;
  for (const path of paths) {
    const outcome = await checkFile(path, options, io);
    if (outcome.ok) files.push(outcome.file);
    else {
      io.stderr(`factmark: ${outcome.message}\n`);
      readFailed = true;
    }
  }

  if (historyGlobs.length > 0) {
    const history = await buildHistory(historyGlobs, io);
    for (const file of files) file.matches = matchClaims(history, file, io.cwd);
  }

  let report: string;
  try {
    report = format === 'json' ? formatJson(files) : format === 'sarif' ? formatSarif(files, io.cwd, VERSION) : formatText(files, palette(useColor(io)));
  } catch (err) {
    // A report too large to build (a string over V8's limit) still says which files it was for.
    io.stderr(`factmark: internal error while formatting the report of ${files.map((f) => f.path).join(', ')}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  io.stdout(report);
  // The JSON contract has no place for facts-file problems; tell the person running it instead.
  if (format === 'json') for (const f of files) for (const p of f.factsProblems) io.stderr(`${f.factsPath}:${p.line}:${p.column} facts:${p.code} ${p.message}\n`);

  return readFailed ? 2 : exitStatus(files);
}

/** 1 when any claim is unsourced (vague sources included) or a facts file has errors, else 0. */
export function exitStatus(files: CheckedFile[]): 0 | 1 {
  const unsourced = files.some((f) => f.analysis.claims.some((c) => c.status === 'unsourced'));
  const factsErrors = files.some((f) => f.factsErrors > 0);
  return unsourced || factsErrors ? 1 : 0;
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

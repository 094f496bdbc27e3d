// `factmark export`: analyse articles, apply their facts files and write one export (JSON, CSV, ClaimReview,
// Markdown or HTML report). The formats live in src/core/export; this file reads files, parses flags and writes.
// Exit status: 0 written; 1 refused because of the data (a ClaimReview required field is missing, or a facts
// file is broken); 2 usage, read or write error.
import { resolve } from 'node:path';
import { articleQuoteCheck } from './quoteCheck.js';
import { EXPORT_FORMATS, EXPORTERS, ExportError, exportArticles, isExportFormat, type ExportFormat, type ExportInput, type ExportSettings } from '../core/export/index.js';
import { checkArticle, type CheckedArticle } from '../core/pipeline/checkArticle.js';
import type { ConfigProblem } from '../core/config/parse.js';
import type { FactsProblem } from '../core/facts/types.js';
import { parseArgs, UsageError } from './args.js';
import { internalError, readArticle } from './article.js';
import type { Analyzer } from './checkFile.js';
import { describeFsError, type CliIo } from './io.js';
import { writeAtomically } from './atomicWrite.js';

/** One help line per format, from the exporter registry. */
function formatLines(): string {
  const width = Math.max(...EXPORTERS.map((e) => e.format.length));
  return EXPORTERS.map((e) => `  ${e.format.padEnd(width)}  ${e.help}`).join('\n');
}

export const EXPORT_HELP = `Usage: factmark export --format FORMAT [options] FILE…

Export the findings of Markdown articles together with their facts files (ARTICLE.facts.json).
Several files make one combined export (a workspace report).

Formats:
${formatLines()}

Options:
  -f, --format FORMAT  one of ${EXPORT_FORMATS.join(', ')} (required)
  -o, --output FILE    write to FILE (atomically: a temporary file renamed over it) instead of standard output
  --facts PATH         facts file to use, with a single article (default: ARTICLE.facts.json next to it)
  --config PATH        configuration file (default: the nearest .factmark.jsonc above each article)
  --org NAME           fact-checking organisation, the ClaimReview author (default: the configuration's)
  --org-url URL        the organisation's home page
  --url URL            article URL, with a single article, when its front matter has no url: or canonical:
  --review-url URL     page that publishes the fact check (ClaimReview url; default: the article URL)
  --min-score N        include claims scoring at least N, 0..1 (default: 0.5)
  -h, --help           show this help

Exit status: 0 written, 1 refused (missing ClaimReview field, broken facts file), 2 usage, read or write error.
`;

export interface LoadOptions {
  minScore?: number;
  factsPath?: string;
  configPath?: string;
  settings?: ExportSettings;
  /** Defaults to the core's `analyze`. */
  analyzer?: Analyzer;
}

export type LoadOutcome =
  | { ok: true; input: ExportInput; problems: FactsProblem[]; factsPath?: string; config?: { path?: string; problems: ConfigProblem[] } }
  | { ok: false; status: 1 | 2; message: string };

/** One article through the same pipeline as `factmark check` (read, then the core's checkArticle). */
export async function loadExportInput(path: string, options: LoadOptions, io: CliIo): Promise<LoadOutcome> {
  const read = await readArticle(path, options, io);
  if (!read.ok) return read;
  const { text, facts, factsPath, config, configPath, configProblems } = read.article;
  const configInfo = { config: { path: configPath, problems: configProblems } };
  // Flags beat the configuration file's export organisation and URL.
  const settings: ExportSettings = { ...config.export, ...options.settings };
  let article: CheckedArticle;
  try {
    article = checkArticle({ text, facts, config }, options.analyzer);
  } catch (err) {
    return { ok: false, status: 2, message: internalError(path, err) };
  }
  if (article.factsBroken || (facts && !article.facts)) {
    // Exporting a half-read facts file would publish an incomplete record: fix it first.
    const broken = article.factsProblems.filter((p) => p.category === 'syntax' || p.category === 'schema');
    const lines = broken.map((p) => `${factsPath}:${p.line}:${p.column}: ${p.message}`).join('\n');
    return { ok: false, status: 1, message: `facts file ${factsPath} has errors; nothing exported:\n${lines}` };
  }
  const input: ExportInput = { articlePath: path, text, analysis: article.analysis, settings };
  if (!article.facts || !factsPath) return { ok: true, problems: [], input, ...configInfo };
  const quoteCheck = await articleQuoteCheck(article, text, factsPath, io.cwd, facts?.locations);
  const problems = [...article.factsProblems, ...(quoteCheck?.factsProblems ?? [])].sort((a, b) => a.offset - b.offset);
  return { ok: true, factsPath, problems, input: { ...input, facts: article.facts, anchors: article.anchors, ...(quoteCheck ? { quoteCheck } : {}) }, ...configInfo };
}

interface ExportRequest {
  format: ExportFormat;
  output?: string;
  paths: string[];
  load: LoadOptions;
}

export async function exportCommand(argv: string[], io: CliIo, analyzer?: Analyzer): Promise<number> {
  let request: ExportRequest | 'help';
  try {
    request = parseExportArgs(argv, io, analyzer);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`factmark export: ${err.message}\nTry 'factmark export --help'.\n`);
    return 2;
  }
  if (request === 'help') {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const inputs = await loadInputs(request, io);
  if (typeof inputs === 'number') return inputs;
  const content = renderExport(request, inputs, io);
  if (typeof content === 'number') return content;
  if (request.output === undefined) {
    io.stdout(content);
    return 0;
  }
  return writeExport(request, content, inputs.length, io);
}

/** The command line as an export request (or a request for help); a UsageError says what is wrong with it. */
function parseExportArgs(argv: string[], io: CliIo, analyzer?: Analyzer): ExportRequest | 'help' {
  const parsed = parseArgs(argv, [
    { name: 'format', alias: 'f', value: true },
    { name: 'output', alias: 'o', value: true },
    { name: 'facts', value: true },
    { name: 'config', value: true },
    { name: 'org', value: true },
    { name: 'org-url', value: true },
    { name: 'url', value: true },
    { name: 'review-url', value: true },
    { name: 'min-score', value: true },
    { name: 'help', alias: 'h', value: false },
  ]);
  if (parsed.options.has('help')) return 'help';
  const opt = (name: string): string | undefined => {
    const value = parsed.options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const format = opt('format');
  if (format === undefined) throw new UsageError(`--format is required (${EXPORT_FORMATS.join(', ')})`);
  if (!isExportFormat(format)) throw new UsageError(`unknown format '${format}' (expected ${EXPORT_FORMATS.join(', ')})`);
  const paths = parsed.positionals;
  if (paths.length === 0) throw new UsageError('no files given');
  const output = opt('output');
  if (output === '') throw new UsageError('--output needs a file name');
  if (output !== undefined && paths.some((p) => resolve(io.cwd, p) === resolve(io.cwd, output))) {
    throw new UsageError(`--output ${output} is one of the input files; refusing to overwrite it`);
  }
  if (paths.length > 1 && opt('facts') !== undefined) throw new UsageError('--facts applies to a single article; each of several articles uses its own facts file');
  if (paths.length > 1 && opt('url') !== undefined) throw new UsageError('--url applies to a single article; give each article a url: in its front matter');
  for (const name of ['org-url', 'url', 'review-url']) {
    const value = opt(name);
    if (value !== undefined && !/^https?:\/\/\S+$/i.test(value)) throw new UsageError(`--${name} must be an http(s) URL, got '${value}'`);
  }
  const load: LoadOptions = {
    minScore: parseScore(opt('min-score')),
    factsPath: opt('facts'),
    configPath: opt('config'),
    settings: clean({ organisationName: opt('org'), organisationUrl: opt('org-url'), articleUrl: opt('url'), reviewUrl: opt('review-url') }),
    analyzer,
  };
  return { format, output, paths, load };
}

/** Every article's export input, or the exit status when one failed to load. */
async function loadInputs(request: ExportRequest, io: CliIo): Promise<ExportInput[] | 1 | 2> {
  const inputs: ExportInput[] = [];
  let failed: 0 | 1 | 2 = 0;
  for (const path of request.paths) {
    const outcome = await loadExportInput(path, request.load, io);
    if (!outcome.ok) {
      io.stderr(`factmark export: ${outcome.message}\n`);
      failed = Math.max(failed, outcome.status) as 1 | 2;
      continue;
    }
    reportProblems(outcome, io);
    inputs.push(outcome.input);
  }
  // A partial export would look complete to whoever receives it: write nothing unless every file loaded.
  return failed || inputs;
}

/** The export's content, or the exit status when it cannot be made. */
function renderExport(request: ExportRequest, inputs: ExportInput[], io: CliIo): string | 1 | 2 {
  const { format, paths } = request;
  try {
    const result = exportArticles(format, inputs);
    for (const w of result.warnings) io.stderr(`factmark export: warning: ${w.message}\n`);
    return result.content;
  } catch (err) {
    if (!(err instanceof ExportError)) {
      io.stderr(`factmark export: internal error while exporting ${paths.join(', ')} as ${format}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
    io.stderr(`factmark export: cannot export ${format}:\n${err.message}\n`);
    return 1;
  }
}

async function writeExport(request: ExportRequest, content: string, articles: number, io: CliIo): Promise<number> {
  const output = request.output!;
  try {
    await writeAtomically(output, content, io);
  } catch (err) {
    io.stderr(`factmark export: cannot write ${output}: ${describeFsError(err)}\n`);
    return 2;
  }
  io.stderr(`factmark export: wrote ${output} (${request.format}, ${articles} article${articles === 1 ? '' : 's'})\n`);
  return 0;
}

/** Facts-file warnings, and configuration problems (its defaults apply; they do not stop an export). */
function reportProblems(outcome: Extract<LoadOutcome, { ok: true }>, io: CliIo): void {
  for (const p of outcome.problems) io.stderr(`${outcome.factsPath}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
  for (const p of outcome.config?.problems ?? []) io.stderr(`${outcome.config?.path}:${p.line}:${p.column}: ${p.severity}: ${p.message} (${p.code})\n`);
}

function parseScore(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-score must be a number from 0 to 1, got '${value}'`);
  return n;
}

function clean(settings: ExportSettings): ExportSettings {
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) as ExportSettings;
}

// `factmark check --history GLOB…`: the claim history built from the matched facts files (`*.facts.json`) and
// ClaimReview files (any other JSON), then each reported claim matched against it. Unreadable or broken files are
// reported on stderr and skipped; nothing is ever written.
import { dirname, join, relative, resolve } from 'node:path';
import { hasGlob } from '../core/history/glob.js';
import { historyKindOf } from '../core/history/glob.js';
import { ClaimHistory } from '../core/history/history.js';
import type { HistoryMatch } from '../core/history/types.js';
import type { CheckedFile } from './checkFile.js';
import { expandGlobs } from './glob.js';
import { describeFsError, type CliIo } from './io.js';

/**
 * The history's patterns for a run: `--history GLOB…` when given (the command line wins, as with --min-score),
 * else the `history` entries of the configuration files that applied, each relative to its file; a folder entry
 * (no wildcard, no .json/.jsonld ending) means every JSON file below it. Patterns come back relative to `cwd`.
 */
export function historyPatterns(globs: readonly string[], files: readonly CheckedFile[], cwd: string): string[] {
  if (globs.length > 0) return [...globs];
  const patterns = new Set<string>();
  for (const file of files) {
    if (!file.configPath) continue;
    for (const entry of file.config?.history ?? []) {
      const folder = !hasGlob(entry) && !/\.(json|jsonld)$/.test(entry);
      const pattern = join(dirname(resolve(cwd, file.configPath)), entry, folder ? '**/*.{json,jsonld}' : '');
      patterns.add(relative(cwd, pattern).split('\\').join('/'));
    }
  }
  return [...patterns];
}

export async function buildHistory(patterns: readonly string[], io: CliIo): Promise<ClaimHistory> {
  const history = new ClaimHistory();
  for (const path of await expandGlobs(patterns, io.cwd)) {
    const kind = historyKindOf(path);
    if (!kind) continue;
    let text: string;
    try {
      text = await io.readFile(path);
    } catch (err) {
      io.stderr(`factmark: history: cannot read ${path}: ${describeFsError(err)}\n`);
      continue;
    }
    for (const p of history.setFile(path, kind, text)) io.stderr(`${p.file}:${p.line}:${p.column} history: ${p.message}\n`);
  }
  return history;
}

/** Each claim's earlier checks, parallel to `file.analysis.claims`; the article's own facts file is left out. */
export function matchClaims(history: ClaimHistory, file: CheckedFile, cwd: string): HistoryMatch[][] {
  const own = file.factsPath ? resolve(cwd, file.factsPath) : undefined;
  const exclude = own ? (check: HistoryMatch['check']) => resolve(cwd, check.origin.file) === own : undefined;
  return file.analysis.claims.map((claim) => history.match(claim.text, { exclude }));
}

/** The JSON shape of a match (a new key on each claim: `matches`). */
export function jsonMatch(m: HistoryMatch): object {
  const { check } = m;
  return {
    status: m.status,
    confidence: m.confidence,
    verdict: check.verdict,
    claim: check.claim,
    checkedAt: check.checkedAt ?? null,
    checkedBy: check.checkedBy ?? null,
    origin: { kind: check.origin.kind, file: check.origin.file, factId: check.origin.factId ?? null, article: check.origin.article ?? null, url: check.origin.url ?? null, publisher: check.origin.publisher ?? null },
    sources: check.sources.map((s) => ({ title: s.title ?? null, url: s.url ?? null, publisher: s.publisher ?? null })),
    reasons: m.reasons,
  };
}

/** One text line's detail: "checked before: false (2024-02-01, earlier/roads.facts.json#f1, confidence 0.99)". */
export function describeMatch(m: HistoryMatch): string {
  const where = m.check.origin.url ?? m.check.key;
  const when = m.check.checkedAt ? `${m.check.checkedAt}, ` : '';
  const label = m.status === 'checked' ? 'checked before' : 'partly checked before';
  const why = m.status === 'partial' ? `; ${m.reasons.filter((r) => r.includes('differs')).join('; ')}` : '';
  return `${label}: ${m.check.verdict} (${when}${where}, confidence ${m.confidence.toFixed(2)}${why})`;
}

// `npm run eval -- --only invariants`: the invariants of invariantChecks.ts counted on unlabelled text — PolNeAR
// train (where examples may be read: `--misses invariants`), PolNeAR dev (counts only, never examples) and the
// repository's own articles (test/fixtures: the spec corpus and the unseen sets). Gold labels are not read: the
// figures say how often a speaker or a source breaks a rule that holds whatever the annotators chose.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/index.js';
import { polnearDevPath, polnearTrainPath, readJsonl, repoRoot, type PolnearArticle } from './data.js';
import { formatTable } from './table.js';
import { INVARIANT_KINDS, violations, type InvariantKind, type Violation } from './invariantChecks.js';
import { existsSync } from 'node:fs';

export interface InvariantCounts {
  texts: number;
  /** Quotes with a speaker, and attributions with a source: what the rates are per 1,000 of. */
  speakers: number;
  sources: number;
  counts: Record<InvariantKind, { speaker: number; source: number }>;
  /** Examples (only gathered where asked: train). */
  examples: Array<{ violation: Violation; context: string }>;
}

export function countInvariants(texts: readonly string[], keepExamples: boolean): InvariantCounts {
  const counts = Object.fromEntries(INVARIANT_KINDS.map((k) => [k, { speaker: 0, source: 0 }])) as InvariantCounts['counts'];
  const result: InvariantCounts = { texts: texts.length, speakers: 0, sources: 0, counts, examples: [] };
  for (const text of texts) {
    const a = analyze(text);
    result.speakers += a.quotes.filter((q) => q.speaker).length;
    result.sources += a.attributions.filter((x) => x.source).length;
    for (const v of violations(text, a)) {
      counts[v.kind][v.role]++;
      if (keepExamples) result.examples.push({ violation: v, context: text.slice(Math.max(0, v.span.start - 70), v.span.end + 70).replace(/\s+/g, ' ') });
    }
  }
  return result;
}

/** The article texts of a PolNeAR file, each article once. */
function polnearTexts(path: string): string[] {
  const seen = new Set<string>();
  return readJsonl<PolnearArticle>(path).map((a) => a.text).filter((t) => !seen.has(t) && seen.add(t));
}

/** The Markdown articles of the repository's spec corpus and unseen sets. */
function fixtureTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md') && name !== 'README.md') out.push(readFileSync(path, 'utf8'));
    }
  };
  for (const set of ['spec', 'unseen', 'unseen2', 'unseen3']) if (existsSync(join(repoRoot, 'test', 'fixtures', set))) walk(join(repoRoot, 'test', 'fixtures', set));
  return out;
}

const perThousand = (n: number, of: number): string => (of === 0 ? '—' : ((1000 * n) / of).toFixed(1));

export function formatInvariants(sets: ReadonlyArray<{ name: string; result: InvariantCounts }>): string {
  const header = ['kind (role)', ...sets.map((s) => `${s.name} n`), ...sets.map((s) => `${s.name} ‰`)];
  const rows: string[][] = [];
  for (const kind of INVARIANT_KINDS) {
    for (const role of ['speaker', 'source'] as const) {
      if (sets.every((s) => s.result.counts[kind][role] === 0) && !(role === 'speaker' ? SPEAKER_KINDS : SOURCE_KINDS).has(kind)) continue;
      rows.push([`${kind} (${role})`, ...sets.map((s) => String(s.result.counts[kind][role])),
        ...sets.map((s) => perThousand(s.result.counts[kind][role], role === 'speaker' ? s.result.speakers : s.result.sources))]);
    }
  }
  const totals = sets.map((s) => `${s.name}: ${s.result.texts} texts, ${s.result.speakers} speakers, ${s.result.sources} sources`).join('; ');
  return `\nInvariants (no gold read; ‰ = per 1,000 speakers or sources) — ${totals}\n\n${formatTable(header, rows)}`;
}

const SPEAKER_KINDS = new Set<InvariantKind>(['verb-in-span', 'not-a-noun-phrase', 'speaker-source-disagree', 'capitalised-unnamed']);
const SOURCE_KINDS = new Set<InvariantKind>(['verb-in-span', 'not-a-noun-phrase', 'place-source', 'number-source']);

/** The report: train, dev and the fixtures; with `misses`, train examples of each kind (up to `limit` each). */
export function printInvariants(options: { misses?: boolean; limit?: number } = {}): void {
  const sets: Array<{ name: string; result: InvariantCounts }> = [];
  if (existsSync(polnearTrainPath)) sets.push({ name: 'train', result: countInvariants(polnearTexts(polnearTrainPath), options.misses === true) });
  else process.stdout.write(`${polnearTrainPath} not found: PolNeAR train left out.\n`);
  // Dev is measured, never read: no examples are kept for it.
  if (existsSync(polnearDevPath)) sets.push({ name: 'dev', result: countInvariants(polnearTexts(polnearDevPath), false) });
  sets.push({ name: 'fixtures', result: countInvariants(fixtureTexts(), false) });
  const train = sets.find((s) => s.name === 'train');
  if (options.misses && train) {
    const limit = options.limit ?? 40;
    for (const kind of INVARIANT_KINDS) {
      const ex = train.result.examples.filter((e) => e.violation.kind === kind);
      process.stdout.write(`\n== ${kind}: ${ex.length} on train (showing ${Math.min(limit, ex.length)})\n`);
      for (const e of ex.slice(0, limit)) process.stdout.write(`- [${e.violation.role}] ${e.violation.detail}\n    … ${e.context} …\n`);
    }
  }
  process.stdout.write(formatInvariants(sets));
}

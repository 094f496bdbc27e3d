// Prints the unseen news sets' scores (unseenNews.ts), each set's develop and measure halves side by side, and on
// request the develop halves' misses. The measure halves' misses are never printed: each is read once, at the end of
// a change (`--half develop` leaves the measure rows out while working).
import { analyze } from '../../src/core/index.js';
import { repoRoot } from './data.js';
import { fixed, formatTable } from './table.js';
import {
  readUnseenHalf, scoreArticle, statementMet, summarize, unseenHalvesPresent, UNSEEN_HALVES, UNSEEN_SETS,
  type ArticleOutcome, type Ratio, type UnseenHalf, type UnseenSet, type UnseenSummary,
} from './unseenNews.js';

export interface UnseenOptions {
  /** Print the develop halves' misses (and score the develop halves only: measure stays unread). */
  misses?: boolean;
  limit?: number;
  /** Which halves to score; `misses` implies develop. */
  half?: UnseenHalf | 'both';
}

/** Every set's scores, one table per set. */
export function printUnseen(options: UnseenOptions = {}): void {
  const half = options.misses ? 'develop' : (options.half ?? 'both');
  const halves: readonly UnseenHalf[] = half === 'both' ? UNSEEN_HALVES : [half];
  for (const set of UNSEEN_SETS) {
    const present = unseenHalvesPresent(repoRoot, set, halves);
    if (present.length > 0) printUnseenSet(set, present, options);
  }
}

function printUnseenSet(set: UnseenSet, halves: readonly UnseenHalf[], options: UnseenOptions): void {
  const outcomes = halves.map((half) => readUnseenHalf(repoRoot, half, set).map((a) => scoreArticle(a, analyze(a.text))));
  if (options.misses) printUnseenMisses(set, outcomes[0], options.limit ?? 40);
  const summaries = outcomes.map(summarize);
  process.stdout.write(`\nUnseen news (test/fixtures/${set}, written blind) — ${halves.map((h, i) => `${h} ${summaries[i].articles} articles`).join(', ')}\n`);
  process.stdout.write('Tune on develop only (--misses unseen); measure is read once at the end of a change.\n\n');
  const cell = (r: Ratio) => [r.of === 0 ? '—' : fixed(r.n / r.of), `${r.n}/${r.of}`];
  const row = (label: string, f: (s: UnseenSummary) => Ratio) => [label, ...summaries.flatMap((s) => cell(f(s)))];
  process.stdout.write(formatTable(['', ...halves.flatMap((h) => [h, ''])], [
    row('quotes found', (s) => s.quotesFound),
    row('speaker accuracy (of found)', (s) => s.speakerOfFound),
    row('speaker accuracy (of all)', (s) => s.speakerOfAll),
    row('sourced flagged unsourced (lower)', (s) => s.sourcedFlagged),
    row('unsourced flagged unsourced', (s) => s.unsourcedFlagged),
    row('vague found', (s) => s.vagueFound),
    row('anonymous found', (s) => s.anonymousFound),
  ]));
}

function printUnseenMisses(set: UnseenSet, outcomes: readonly ArticleOutcome[], limit: number): void {
  const lines: string[] = [];
  for (const o of outcomes) {
    for (const q of o.quotes) {
      if (!q.found) lines.push(`- quote not found [${o.name}] «${q.quote}» (expected ${q.expected})`);
      else if (!q.correct) lines.push(`- speaker [${o.name}] «${q.quote}» expected ${q.expected}, got ${q.got}`);
    }
    for (const s of o.statements) {
      if (!statementMet(s)) lines.push(`- ${s.expect} [${o.name}] «${s.text}» status ${s.status ?? 'no claim'} (${s.reasons.join(', ')})`);
    }
  }
  process.stdout.write(`\n${lines.length} misses on ${set} develop (showing ${Math.min(limit, lines.length)}):\n${lines.slice(0, limit).join('\n')}\n`);
}

// Prints the unseen news set's scores (unseenNews.ts), develop and measure side by side, and on request the
// develop half's misses. The measure half's misses are never printed: it is read once, at the end of a change.
import { analyze } from '../../src/core/index.js';
import { repoRoot } from './data.js';
import { fixed, formatTable } from './table.js';
import { readUnseenHalf, scoreArticle, statementMet, summarize, UNSEEN_HALVES, type ArticleOutcome, type Ratio, type UnseenSummary } from './unseenNews.js';

/** Both halves' scores; with `misses`, the develop half's misses and its scores only (measure stays unread). */
export function printUnseen(options: { misses?: boolean; limit?: number } = {}): void {
  const halves = options.misses ? (['develop'] as const) : UNSEEN_HALVES;
  const outcomes = halves.map((half) => readUnseenHalf(repoRoot, half).map((a) => scoreArticle(a, analyze(a.text))));
  if (options.misses) printUnseenMisses(outcomes[0], options.limit ?? 40);
  const summaries = outcomes.map(summarize);
  process.stdout.write(`\nUnseen news (test/fixtures/unseen, written blind) — ${halves.map((h, i) => `${h} ${summaries[i].articles} articles`).join(', ')}\n`);
  process.stdout.write('Tune on develop only (--misses unseen); measure is read once at the end of a change.\n\n');
  const cell = (r: Ratio) => [fixed(r.n / r.of), `${r.n}/${r.of}`];
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

function printUnseenMisses(outcomes: readonly ArticleOutcome[], limit: number): void {
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
  process.stdout.write(`\n${lines.length} misses on unseen develop (showing ${Math.min(limit, lines.length)}):\n${lines.slice(0, limit).join('\n')}\n`);
}

// A facts file's text → its earlier checks: every fact with a verdict that judges the claim. A broken file (bad
// JSON or schema) gives none and one problem at its line:column; the history never writes it.
import { parseFacts } from '../facts/parse.js';
import type { Fact, FactsFile, Verdict } from '../facts/types.js';
import type { CheckSource, EarlierCheck, HistoryProblem } from './types.js';

/** Verdicts that say nothing about whether the claim holds. */
const NOT_A_JUDGEMENT: ReadonlySet<Verdict> = new Set(['unverified', 'not-a-claim', 'opinion']);

export function checksFromFacts(file: string, text: string): { checks: EarlierCheck[]; problems: HistoryProblem[] } {
  const parsed = parseFacts(text);
  if (parsed.broken || !parsed.file) {
    const first = parsed.problems.find((p) => p.category === 'syntax' || p.category === 'schema') ?? parsed.problems[0];
    const where = first ? { line: first.line, column: first.column } : { line: 1, column: 1 };
    return { checks: [], problems: [{ file, ...where, message: `facts file skipped for the claim history: ${first?.message ?? 'unreadable'}` }] };
  }
  const facts = parsed.file;
  return { checks: facts.facts.filter(isJudged).map((fact) => checkOf(file, facts, fact)), problems: [] };
}

function isJudged(fact: Fact): boolean {
  return fact.verdict !== undefined && !NOT_A_JUDGEMENT.has(fact.verdict) && fact.target.exact.trim() !== '';
}

function checkOf(file: string, facts: FactsFile, fact: Fact): EarlierCheck {
  const byId = new Map(facts.sources.map((s) => [s.id, s]));
  const sources: CheckSource[] = (fact.sources ?? []).flatMap((id) => {
    const s = byId.get(id);
    return s ? [{ title: s.title, url: s.url, publisher: s.publisher }] : [];
  });
  return {
    key: `${file}#${fact.id}`,
    claim: fact.target.exact,
    title: typeof fact.claimReviewed === 'string' ? fact.claimReviewed : undefined,
    verdict: fact.verdict as string,
    checkedAt: fact.checkedAt,
    checkedBy: fact.checkedBy,
    note: fact.note,
    sources,
    origin: { kind: 'facts', file, factId: fact.id, article: facts.article },
  };
}

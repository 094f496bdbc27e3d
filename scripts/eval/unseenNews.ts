// Scores Factmark on the unseen news set (test/fixtures/unseen: short articles written blind, issue 12): who said
// each quote, and whether each check-worthy statement gets the sourcing a careful fact-checker would give it.
// The scoring functions take an article, its expectations and an analysis, and do no I/O, so they are unit-tested
// on hand-made inputs (test/unit/evalUnseen.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Claim } from '../../src/core/index.js';

export const UNSEEN_HALVES = ['develop', 'measure'] as const;
export type UnseenHalf = (typeof UNSEEN_HALVES)[number];
/**
 * The sets under test/fixtures: the first (now read several times, so no longer blind), a second whose measure half
 * stays blind, a third with a develop half only (more material to find general failures on), and a fourth in other
 * forms (meetings, obituaries, transcripts, fact-checks, appeals …) whose measure half stays blind too, and a fifth
 * whose two halves come from two writers (wire and regional desk; magazine and digital newsroom), so its measure
 * half tests what carries over from one writer's habits to another's; and a sixth, develop only, of feature writing
 * (scenes, present tense, first names, nicknames, action beats); and a seventh, develop only, from writers outside
 * the big newsrooms (local TV, trade press, newsletters, translated wires, student papers, roundups); and an
 * eighth, measure only, by twelve other kinds of writer, read once as the session that wrote it closed.
 */
export const UNSEEN_SETS = ['unseen', 'unseen2', 'unseen3', 'unseen4', 'unseen5', 'unseen6', 'unseen7', 'unseen8', 'unseen9', 'unseen10', 'unseen11', 'unseen12', 'unseen13', 'unseen14', 'unseen15', 'unseen16', 'unseen17', 'unseen18', 'unseen19', 'unseen20', 'unseen21', 'unseen22', 'unseen23', 'unseen24', 'unseen25', 'unseen26', 'unseen27', 'unseen28', 'unseen29', 'unseen30', 'unseen31', 'unseen32', 'unseen33', 'unseen34', 'unseen35', 'unseen36', 'unseen37', 'unseen38', 'unseen39', 'unseen40', 'unseen41', 'unseen42'] as const;
export type UnseenSet = (typeof UNSEEN_SETS)[number];
export type Expected = 'sourced' | 'unsourced' | 'vague' | 'anonymous';

export interface UnseenExpect {
  /** `quote`: the first words of the quoted text; `name`: the full name the article gives, or null. */
  quotes: Array<{ quote: string; name: string | null }>;
  /** `text`: a distinctive substring of a check-worthy sentence. */
  statements: Array<{ text: string; expect: Expected }>;
}

export interface UnseenArticle {
  name: string;
  text: string;
  expect: UnseenExpect;
}

export interface QuoteOutcome {
  quote: string;
  expected: string | null;
  found: boolean;
  /** The speaker name Factmark gives (null: none), when the quote was found. */
  got: string | null;
  correct: boolean;
}

export interface StatementOutcome {
  text: string;
  expect: Expected;
  /** Status of the claim overlapping the statement most, or null when no claim covers it. */
  status: Claim['status'] | null;
  reasons: string[];
  flaggedUnsourced: boolean;
  vague: boolean;
  anonymous: boolean;
}

export interface ArticleOutcome {
  name: string;
  quotes: QuoteOutcome[];
  statements: StatementOutcome[];
}

/** Where `needle` first occurs in `text`; the expectations are checked to name each passage once. */
function locate(text: string, needle: string, article: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${article}: expected text not found in the article: ${JSON.stringify(needle)}`);
  return at;
}

/** Names compare without case or apostrophe style: a writer may type "minister's" for the article's "minister’s". */
const nameKey = (a: string | null): string => (a ?? '').trim().toLowerCase().replace(/’/g, "'");
export const sameName = (a: string | null, b: string | null): boolean => nameKey(a) === nameKey(b);

/** Where a quote's first words stand right after an opening quotation mark (not where the same words stand first:
 *  "… is fake" in a headline before 'it said the claim was "fake"'); else where they first occur. */
function locateQuote(text: string, quote: string, article: string): number {
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) if (/["“‘']/.test(text[at - 1] ?? '')) return at;
  return locate(text, quote, article);
}

/** A gold quote is found when a quote's inner text holds the gold quote's first character. */
export function scoreQuotes(article: UnseenArticle, analysis: Analysis): QuoteOutcome[] {
  return article.expect.quotes.map((g) => {
    const at = locateQuote(article.text, g.quote, article.name);
    const q = analysis.quotes.find((x) => x.inner.start <= at && at < x.inner.end);
    const got = q?.speaker?.name ?? null;
    return { quote: g.quote, expected: g.name, found: q !== undefined, got, correct: q !== undefined && sameName(got, g.name) };
  });
}

/**
 * The sentence around [start, end): back to the end of the previous sentence or the paragraph start, on to the end
 * of this one. Vague and anonymous wording sits beside the statement ("Critics say …"), so it is looked for here.
 */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && !/[.!?]["”’]?\s$/.test(text.slice(Math.max(0, s - 3), s))) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && !/^[.!?]["”’]?(?:\s|$)/.test(text.slice(e, e + 3))) e++;
  return [s, Math.min(text.length, e + 1)];
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

export function scoreStatements(article: UnseenArticle, analysis: Analysis): StatementOutcome[] {
  return article.expect.statements.map((g) => {
    const start = locate(article.text, g.text, article.name);
    const end = start + g.text.length;
    let claim: Claim | undefined;
    let best = 0;
    for (const c of analysis.claims) {
      const shared = overlap(c.start, c.end, start, end);
      if (shared > best) [claim, best] = [c, shared];
    }
    const [s0, s1] = sentenceAround(article.text, start, end);
    const problemHere = (code: string) => analysis.problems.some((p) => p.code === code && overlap(p.start, p.end, s0, s1) > 0);
    const reasons = claim?.reasons ?? [];
    return {
      text: g.text, expect: g.expect, status: claim?.status ?? null, reasons,
      flaggedUnsourced: claim?.status === 'unsourced',
      vague: problemHere('vague-source') || reasons.includes('vague-source'),
      anonymous: problemHere('anonymous-source') || reasons.includes('anonymous-source'),
    };
  });
}

export function scoreArticle(article: UnseenArticle, analysis: Analysis): ArticleOutcome {
  return { name: article.name, quotes: scoreQuotes(article, analysis), statements: scoreStatements(article, analysis) };
}

export interface Ratio { n: number; of: number }

export interface UnseenSummary {
  articles: number;
  quotesFound: Ratio;
  /** Right speaker name over the quotes found, and over all gold quotes. */
  speakerOfFound: Ratio;
  speakerOfAll: Ratio;
  /** "sourced" statements whose claim is flagged unsourced (lower is better). */
  sourcedFlagged: Ratio;
  /** "unsourced" statements flagged unsourced (higher is better). */
  unsourcedFlagged: Ratio;
  vagueFound: Ratio;
  anonymousFound: Ratio;
}

export function summarize(outcomes: readonly ArticleOutcome[]): UnseenSummary {
  const quotes = outcomes.flatMap((o) => o.quotes);
  const statements = outcomes.flatMap((o) => o.statements);
  const ratio = <T>(items: readonly T[], hit: (x: T) => boolean): Ratio => ({ n: items.filter(hit).length, of: items.length });
  const kind = (k: Expected) => statements.filter((s) => s.expect === k);
  const found = quotes.filter((q) => q.found);
  return {
    articles: outcomes.length,
    quotesFound: ratio(quotes, (q) => q.found),
    speakerOfFound: ratio(found, (q) => q.correct),
    speakerOfAll: ratio(quotes, (q) => q.correct),
    sourcedFlagged: ratio(kind('sourced'), (s) => s.flaggedUnsourced),
    unsourcedFlagged: ratio(kind('unsourced'), (s) => s.flaggedUnsourced),
    vagueFound: ratio(kind('vague'), (s) => s.vague),
    anonymousFound: ratio(kind('anonymous'), (s) => s.anonymous),
  };
}

/** Whether a statement outcome is what the expectation asks for (for printing misses). */
export function statementMet(s: StatementOutcome): boolean {
  switch (s.expect) {
    case 'sourced': return !s.flaggedUnsourced;
    case 'unsourced': return s.flaggedUnsourced;
    case 'vague': return s.vague;
    case 'anonymous': return s.anonymous;
  }
}

export function readUnseenHalf(root: string, half: UnseenHalf, set: UnseenSet = 'unseen'): UnseenArticle[] {
  const dir = join(root, 'test', 'fixtures', set, half);
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => ({
    name: f.replace(/\.md$/, ''),
    text: readFileSync(join(dir, f), 'utf8'),
    expect: JSON.parse(readFileSync(join(dir, f.replace(/\.md$/, '.expect.json')), 'utf8')) as UnseenExpect,
  }));
}

/** The halves a set has on disk, of those asked for: a set may have a develop half only. */
export function unseenHalvesPresent(root: string, set: UnseenSet, halves: readonly UnseenHalf[]): UnseenHalf[] {
  return halves.filter((half) => existsSync(join(root, 'test', 'fixtures', set, half)));
}

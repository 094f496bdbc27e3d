// PolNeAR dev: attribution span P/R/F1 (cue, source, content), direct-quote recall and speaker accuracy.
import type { Analysis, Quote } from '../../src/core/types.js';
import type { GoldSpan, PolnearArticle, PolnearAttribution } from './data.js';
import {
  addCounts, addExactCounts, contiguous, emptyCounts, greedyMatch, prf, sharedChars,
  type CharSpan, type Counts, type PRF,
} from './metrics.js';

export type Role = 'cue' | 'source' | 'content';
export const ROLES: Role[] = ['cue', 'source', 'content'];

/** A missed gold span or an unmatched prediction, kept so detector authors can see what went wrong. */
export interface Miss {
  article: string;
  kind: 'missed' | 'spurious' | 'wrong-speaker';
  role: Role | 'quote' | 'speaker' | 'unsourced';
  text: string;
  context: string;
}

export interface PolnearResult {
  articles: number;
  attributions: number;
  spans: Record<Role, PRF & Counts>;
  /** The same spans, matched only on exact boundaries. */
  exact: Record<Role, PRF & Counts>;
  quoteRecall: { found: number; gold: number; recall: number };
  speaker: { correct: number; judged: number; accuracy: number };
  /**
   * Claims flagged unsourced (not for a vague source), and how many of them lie at least half inside gold content
   * of an attribution with a source: statements a fact-checker would be told are unsourced although the article
   * says who said them.
   */
  unsourced: { flagged: number; insideGold: number; share: number };
  /** Recall of each role split by the gold content kind (direct / mixed / indirect), to show where misses sit. */
  recallByKind: Record<string, Record<Role, { found: number; gold: number }>>;
  misses: Miss[];
  seconds: number;
}

export function goldCharSpan(span: GoldSpan): CharSpan {
  const fragments = span.fragments && span.fragments.length > 0 ? span.fragments : [[span.start, span.end] as [number, number]];
  return { ranges: [...fragments].sort((a, b) => a[0] - b[0]).map(([s, e]) => [s, e] as [number, number]) };
}

export function evaluatePolnear(articles: PolnearArticle[], analyze: (text: string) => Analysis): PolnearResult {
  const started = performance.now();
  const counts: Record<Role, Counts> = { cue: emptyCounts(), source: emptyCounts(), content: emptyCounts() };
  const exactCounts: Record<Role, Counts> = { cue: emptyCounts(), source: emptyCounts(), content: emptyCounts() };
  const quotes = { found: 0, gold: 0 };
  const speaker = { correct: 0, judged: 0 };
  const unsourced = { flagged: 0, insideGold: 0 };
  const misses: Miss[] = [];
  const recallByKind: PolnearResult['recallByKind'] = {};

  for (const article of articles) {
    const result = analyze(article.text);
    for (const role of ROLES) {
      const predictedSpans = result.attributions.flatMap((a) => (a[role] ? [a[role]] : []));
      const goldAttributions = article.attributions.filter((a) => a[role] !== null);
      const predicted = predictedSpans.map((s) => contiguous(s.start, s.end));
      const gold = goldAttributions.map((a) => goldCharSpan(a[role] as GoldSpan));
      addCounts(counts[role], predicted, gold);
      addExactCounts(exactCounts[role], predicted, gold);
      const found = new Set(recordMisses(misses, article, role, predicted, gold));
      goldAttributions.forEach((a, i) => {
        const kind = a.content_kind ?? 'unknown';
        recallByKind[kind] ??= { cue: { found: 0, gold: 0 }, source: { found: 0, gold: 0 }, content: { found: 0, gold: 0 } };
        recallByKind[kind][role].gold += 1;
        if (found.has(i)) recallByKind[kind][role].found += 1;
      });
    }
    scoreQuotes(article, result.quotes, quotes, speaker, misses);
    scoreUnsourced(article, result, unsourced, misses);
  }

  const spans = Object.fromEntries(ROLES.map((r) => [r, { ...counts[r], ...prf(counts[r]) }])) as PolnearResult['spans'];
  const exact = Object.fromEntries(ROLES.map((r) => [r, { ...exactCounts[r], ...prf(exactCounts[r]) }])) as PolnearResult['exact'];
  return {
    articles: articles.length,
    attributions: articles.reduce((n, a) => n + a.attributions.length, 0),
    spans,
    exact,
    quoteRecall: { ...quotes, recall: quotes.gold === 0 ? 0 : quotes.found / quotes.gold },
    speaker: { ...speaker, accuracy: speaker.judged === 0 ? 0 : speaker.correct / speaker.judged },
    unsourced: { ...unsourced, share: unsourced.flagged === 0 ? 0 : unsourced.insideGold / unsourced.flagged },
    recallByKind,
    misses,
    seconds: (performance.now() - started) / 1000,
  };
}

function scoreUnsourced(article: PolnearArticle, result: Analysis, counts: { flagged: number; insideGold: number }, misses: Miss[]): void {
  const sourced = article.attributions.filter((a) => a.source !== null && a.content !== null).map((a) => goldCharSpan(a.content as GoldSpan));
  for (const claim of result.claims) {
    if (claim.status !== 'unsourced' || claim.reasons.includes('vague-source')) continue;
    counts.flagged += 1;
    const span = contiguous(claim.start, claim.end);
    const length = claim.end - claim.start;
    if (sourced.some((g) => sharedChars(span, g) * 2 >= length)) {
      counts.insideGold += 1;
      misses.push(miss(article, 'spurious', 'unsourced', span));
    }
  }
}

interface GoldQuote {
  span: CharSpan;
  text: string;
  owner: PolnearAttribution;
}

/** Gold direct quotes are the derived `quoted_segments`; one segment may be listed by several attributions. */
function goldQuotes(article: PolnearArticle): GoldQuote[] {
  const seen = new Map<string, GoldQuote>();
  for (const a of article.attributions) {
    for (const q of a.quoted_segments ?? []) {
      const key = `${q.start}:${q.end}`;
      const known = seen.get(key);
      // Prefer an owner that names a source, so the speaker can be judged.
      if (!known || (!known.owner.source && a.source)) seen.set(key, { span: contiguous(q.start, q.end), text: q.text, owner: a });
    }
  }
  return [...seen.values()];
}

function scoreQuotes(
  article: PolnearArticle, predicted: Quote[],
  quotes: { found: number; gold: number }, speaker: { correct: number; judged: number }, misses: Miss[],
): void {
  const gold = goldQuotes(article);
  const pairs = greedyMatch(predicted.map((q) => contiguous(q.start, q.end)), gold.map((g) => g.span));
  quotes.gold += gold.length;
  quotes.found += pairs.length;
  const foundGold = new Set(pairs.map(([, g]) => g));
  gold.forEach((g, i) => {
    if (!foundGold.has(i)) misses.push(miss(article, 'missed', 'quote', g.span));
  });

  for (const [p, g] of pairs) {
    const quote = predicted[p];
    const owner = ownerWithSource(article, quote, gold[g].owner);
    if (!owner?.source) continue;
    speaker.judged += 1;
    if (speakerIsCorrect(quote, owner.source)) speaker.correct += 1;
    else misses.push({ ...miss(article, 'wrong-speaker', 'speaker', contiguous(quote.start, quote.end)), text: `${quote.speaker?.name ?? '(none)'} ≠ ${owner.source.text}` });
  }
}

/** The gold attribution whose content holds the quote and that names a source. */
function ownerWithSource(article: PolnearArticle, quote: Quote, preferred: PolnearAttribution): PolnearAttribution | undefined {
  const inside = (a: PolnearAttribution) => a.content !== null && a.content.start <= quote.start && quote.end <= a.content.end;
  if (preferred.source && inside(preferred)) return preferred;
  return article.attributions.find((a) => a.source && inside(a)) ?? (preferred.source ? preferred : undefined);
}

/** Correct when the predicted speaker span overlaps the gold source, or the resolved name (the text when the
 *  article never names the speaker) contains its text. */
export function speakerIsCorrect(quote: Pick<Quote, 'speaker'>, source: GoldSpan): boolean {
  const s = quote.speaker;
  if (!s) return false;
  if (sharedChars(contiguous(s.start, s.end), goldCharSpan(source)) > 0) return true;
  return containsWords(s.name ?? s.text, source.text);
}

/** Whole-word, case-insensitive containment ("Donald Trump" contains "Trump", but not "he"). */
export function containsWords(haystack: string, needle: string): boolean {
  const n = needle.trim().toLowerCase();
  if (n === '') return false;
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(haystack.toLowerCase());
}

/** Records unmatched gold and predicted spans; returns the indices of the gold spans that were found. */
function recordMisses(misses: Miss[], article: PolnearArticle, role: Role, predicted: CharSpan[], gold: CharSpan[]): number[] {
  const pairs = greedyMatch(predicted, gold);
  const usedP = new Set(pairs.map(([p]) => p));
  const usedG = new Set(pairs.map(([, g]) => g));
  gold.forEach((g, i) => { if (!usedG.has(i)) misses.push(miss(article, 'missed', role, g)); });
  predicted.forEach((p, i) => { if (!usedP.has(i)) misses.push(miss(article, 'spurious', role, p)); });
  return [...usedG];
}

function miss(article: PolnearArticle, kind: Miss['kind'], role: Miss['role'], span: CharSpan): Miss {
  const start = span.ranges[0]?.[0] ?? 0;
  const end = span.ranges[span.ranges.length - 1]?.[1] ?? start;
  const text = article.text.slice(start, end);
  const context = article.text.slice(Math.max(0, start - 60), Math.min(article.text.length, end + 60)).replace(/\s+/g, ' ');
  return { article: article.id, kind, role, text, context };
}

// One view of an analysed article that every export format reads: claims and quotes in text order, each
// joined with the fact that covers it and that fact's sources, plus the facts no finding covers (orphans and
// hand-made annotations), so an export never silently drops part of the checker's record.
import { lineStartsOf, positionAt } from '../markdown/lines.js';
import type { ClaimStatus } from '../types.js';
import type { Anchor, Fact, FactKind, Source, Verdict } from '../facts/types.js';
import { VERDICTS } from '../facts/types.js';
import { firstHeading, readFrontMatter } from './frontMatter.js';
import type { ExportInput, ExportSettings } from './types.js';

export interface ResolvedSource {
  id: string;
  title?: string;
  url?: string;
  publisher?: string;
  /** The fact names a source id the facts file does not define. */
  missing: boolean;
}

export type ItemStatus = ClaimStatus | 'orphan' | '';

export interface ReportItem {
  kind: FactKind;
  /** 'detected' for a finding of the analysis, 'facts-file' for a fact no finding covers. */
  origin: 'detected' | 'facts-file';
  /** 1-based line, null for an orphaned fact. */
  line: number | null;
  start: number | null;
  end: number | null;
  text: string;
  speaker: string;
  /** Claim status; 'orphan' for a fact that could not be placed; '' for quotes and attributions. */
  status: ItemStatus;
  fact?: Fact;
  sources: ResolvedSource[];
}

export type VerdictKey = Verdict | 'none';

export interface Coverage {
  claims: number;
  unsourced: number;
  attributed: number;
  cited: number;
  linked: number;
  quotes: number;
  facts: number;
  orphans: number;
  /** Facts by verdict, every verdict listed (0 when unused), 'none' for facts without one. */
  verdicts: Record<VerdictKey, number>;
}

export interface ArticleView {
  input: ExportInput;
  path: string;
  title: string;
  /** Canonical URL of the article: input, front matter `canonical:` or `url:`, then settings. */
  url?: string;
  /** Front matter `date:`, when present. */
  date?: string;
  settings: ExportSettings;
  items: ReportItem[];
  coverage: Coverage;
}

export function buildArticleView(input: ExportInput): ArticleView {
  const meta = readFrontMatter(input.text);
  const settings = input.settings ?? {};
  const facts = input.facts?.facts ?? [];
  const sources = new Map((input.facts?.sources ?? []).map((s) => [s.id, s] as const));
  const anchors = new Map((input.anchors ?? []).map((a) => [a.factId, a] as const));
  const factsById = new Map(facts.map((f) => [f.id, f] as const));
  const lineStarts = lineStartsOf(input.text);
  const lineOf = (offset: number): number => positionAt(lineStarts, offset).line + 1;
  const resolve = (fact: Fact | undefined): ResolvedSource[] => (fact?.sources ?? []).map((id) => resolveSource(id, sources.get(id)));
  const placed = facts.flatMap((fact) => {
    const anchor = anchors.get(fact.id);
    return anchor?.status === 'anchored' ? [{ fact, start: anchor.start, end: anchor.end }] : [];
  });
  const used = new Set<string>();
  const take = (fact: Fact | undefined): Fact | undefined => {
    if (fact) used.add(fact.id);
    return fact;
  };

  const items: ReportItem[] = [];
  const attributions = new Map(input.analysis.attributions.map((a) => [a.id, a] as const));
  for (const claim of input.analysis.claims) {
    const fact = take((claim.factId ? factsById.get(claim.factId) : undefined) ?? bestOverlap(placed, claim.start, claim.end, 'claim'));
    const attribution = claim.attributionId ? attributions.get(claim.attributionId) : undefined;
    const speaker = fact?.speaker ?? attribution?.sourceName ?? attribution?.source?.text ?? '';
    items.push({
      kind: 'claim', origin: 'detected', line: lineOf(claim.start), start: claim.start, end: claim.end,
      text: claim.text, speaker, status: claim.status, fact, sources: resolve(fact),
    });
  }
  for (const quote of input.analysis.quotes) {
    const fact = take(bestOverlap(placed, quote.start, quote.end, 'quote'));
    items.push({
      kind: 'quote', origin: 'detected', line: lineOf(quote.start), start: quote.start, end: quote.end,
      text: quote.text, speaker: fact?.speaker ?? quote.speaker?.name ?? '', status: '', fact, sources: resolve(fact),
    });
  }
  for (const fact of facts) {
    if (used.has(fact.id)) continue;
    const anchor = anchors.get(fact.id);
    const where = anchor?.status === 'anchored' ? anchor : undefined;
    const resolved = resolve(fact);
    items.push({
      kind: fact.kind, origin: 'facts-file',
      line: where ? lineOf(where.start) : null, start: where?.start ?? null, end: where?.end ?? null,
      text: where ? input.text.slice(where.start, where.end) : fact.target.exact,
      speaker: fact.speaker ?? '',
      status: statusOfUndetected(fact, anchor, resolved), fact, sources: resolved,
    });
  }
  items.sort(byPosition);

  return {
    input,
    path: input.articlePath,
    title: input.title ?? meta.title ?? firstHeading(input.text) ?? input.articlePath,
    url: articleUrl([input.url, meta.canonical, meta.url, settings.articleUrl]),
    date: meta.date,
    settings,
    items,
    coverage: coverageOf(items, facts),
  };
}

/** The first http(s) candidate (a front matter `url: javascript:…` must not hide a usable --url), else the first given. */
function articleUrl(candidates: (string | undefined)[]): string | undefined {
  return candidates.find(isHttpUrl) ?? candidates.find((c) => c !== undefined && c !== '');
}

function resolveSource(id: string, source: Source | undefined): ResolvedSource {
  if (!source) return { id, missing: true };
  return { id, title: text(source.title), url: text(source.url), publisher: text(source.publisher), missing: false };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A hand-annotated fact the detectors did not find follows the sidecar's rule for claims: linked when it has a
 * source, unsourced otherwise. Quotes and attributions have no status.
 */
function statusOfUndetected(fact: Fact, anchor: Anchor | undefined, sources: ResolvedSource[]): ItemStatus {
  if (anchor?.status !== 'anchored') return 'orphan';
  // "not-a-claim" / "opinion": the checker says no claim status applies (the sidecar takes these out of claims).
  if (fact.kind !== 'claim' || fact.verdict === 'not-a-claim' || fact.verdict === 'opinion') return '';
  return sources.some((s) => !s.missing) ? 'linked' : 'unsourced';
}

/** The placed fact of this kind sharing the most characters with the span, if it shares at least half of the shorter one. */
function bestOverlap(placed: { fact: Fact; start: number; end: number }[], start: number, end: number, kind: FactKind): Fact | undefined {
  let best: Fact | undefined;
  let bestShared = 0;
  for (const p of placed) {
    if (p.fact.kind !== kind) continue;
    const shared = Math.min(end, p.end) - Math.max(start, p.start);
    const shorter = Math.min(end - start, p.end - p.start);
    if (shared > bestShared && shared * 2 >= shorter) {
      best = p.fact;
      bestShared = shared;
    }
  }
  return best;
}

const KIND_ORDER: Record<FactKind, number> = { claim: 0, quote: 1, attribution: 2 };

function byPosition(a: ReportItem, b: ReportItem): number {
  // Orphans (no position) go last, in facts-file order (Array.prototype.sort is stable).
  if (a.start === null || b.start === null) return (a.start === null ? 1 : 0) - (b.start === null ? 1 : 0);
  return a.start - b.start || (a.end ?? 0) - (b.end ?? 0) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

function coverageOf(items: ReportItem[], facts: Fact[]): Coverage {
  const verdicts = Object.fromEntries([...VERDICTS, 'none'].map((v) => [v, 0])) as Record<VerdictKey, number>;
  for (const fact of facts) verdicts[fact.verdict && (VERDICTS as readonly string[]).includes(fact.verdict) ? fact.verdict : 'none'] += 1;
  // Claims with a status: orphans cannot be placed, and a "not-a-claim"/"opinion" fact has none.
  const claims = items.filter((i) => i.kind === 'claim' && i.status !== 'orphan' && i.status !== '');
  const count = (status: ClaimStatus): number => claims.filter((c) => c.status === status).length;
  return {
    claims: claims.length,
    unsourced: count('unsourced'),
    attributed: count('attributed'),
    cited: count('cited'),
    linked: count('linked'),
    quotes: items.filter((i) => i.kind === 'quote' && i.status !== 'orphan').length,
    facts: facts.length,
    orphans: items.filter((i) => i.status === 'orphan').length,
    verdicts,
  };
}

/** Sum of several articles' coverage, for a workspace report. */
export function addCoverage(views: readonly ArticleView[]): Coverage {
  const total = coverageOf([], []);
  for (const { coverage } of views) {
    for (const key of ['claims', 'unsourced', 'attributed', 'cited', 'linked', 'quotes', 'facts', 'orphans'] as const) total[key] += coverage[key];
    for (const key of Object.keys(total.verdicts) as VerdictKey[]) total.verdicts[key] += coverage.verdicts[key];
  }
  return total;
}

/** The text of a fact where it now sits, else as recorded. */
export function currentText(view: ArticleView, fact: Fact): string {
  const anchor = view.input.anchors?.find((a) => a.factId === fact.id);
  return anchor?.status === 'anchored' ? view.input.text.slice(anchor.start, anchor.end) : fact.target.exact;
}

export function isHttpUrl(url: string | undefined): url is string {
  // Only absolute http(s) URLs become links; anything else (javascript:, data:, relative) is shown as text.
  return typeof url === 'string' && /^https?:\/\/[^\s"'<>\\^`{|}]+$/i.test(url);
}

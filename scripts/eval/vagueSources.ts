// A proxy for vague-source recall on PolNeAR, which marks unnamed groups as sources but does not label vagueness:
// gold sources whose head is one of the mined group nouns and whose phrase names nobody (scripts/vague/heads.ts —
// the miner's own reading, so this measures the detectors finding those sources, not the lexicon's coverage), and
// the share of Factmark's vague or anonymous findings that lie on any gold source (a floor for their precision:
// impersonal passives have no source in PolNeAR).
import type { Analysis } from '../../src/core/index.js';
import { headOf, isUnnamedGroup } from '../vague/heads.js';
import type { PolnearArticle } from './data.js';

export interface VagueSourcesResult {
  gold: number;
  found: number;
  findings: number;
  onGold: number;
}

const overlaps = (a: readonly [number, number], b: { start: number; end: number }): boolean => a[0] < b.end && b.start < a[1];

export function evaluateVagueSources(articles: readonly PolnearArticle[], groupHeads: ReadonlySet<string>, analyze: (text: string) => Analysis): VagueSourcesResult {
  const r: VagueSourcesResult = { gold: 0, found: 0, findings: 0, onGold: 0 };
  for (const article of articles) {
    const analysis = analyze(article.text);
    const spans: Array<[number, number]> = [
      ...analysis.problems.filter((p) => p.code === 'vague-source' || p.code === 'anonymous-source').map((p): [number, number] => [p.start, p.end]),
      ...analysis.attributions.filter((a) => (a.vague || a.anonymous) && a.source).map((a): [number, number] => [a.source!.start, a.source!.end]),
    ];
    const sources = article.attributions.flatMap((a) => (a.source ? [a.source] : []));
    for (const s of sources) {
      const head = headOf(s.text);
      if (!head || !groupHeads.has(head) || !isUnnamedGroup(s.text)) continue;
      r.gold++;
      if (spans.some((span) => overlaps(span, s))) r.found++;
    }
    r.findings += spans.length;
    r.onGold += spans.filter((span) => sources.some((s) => overlaps(span, s))).length;
  }
  return r;
}

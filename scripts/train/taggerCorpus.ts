// PolNeAR articles made into tagger sentences: the analysis runs up to the attribution finder, whose rule
// proposals become features, and the gold attributions become BIO tags on the same tokens.
import { createContext } from '../../src/core/analyze.js';
import type { DetectorContext } from '../../src/core/context.js';
import { findRuleAttributions } from '../../src/core/detectors/attributions.js';
import { forEachTagSentence, type TagScope } from '../../src/core/detectors/attributions/tagSentences.js';
import { cueTable, wordCues } from '../../src/core/detectors/attributions/shared.js';
import { B_CUE, layTags, type MinedPhrase, type TagSentence } from '../../src/core/detectors/attributions/tagFeatures.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { detectors } from '../../src/core/registry.js';
import { clearWordCaches } from '../../src/core/text/wordCache.js';
import type { Attribution } from '../../src/core/types.js';
import type { Token } from '../../src/core/text/tokens.js';
import type { GoldSpan, PolnearArticle } from '../eval/data.js';

export interface TrainSentence {
  s: TagSentence;
  gold: Uint8Array;
}

export interface PreparedArticle {
  article: PolnearArticle;
  ctx: DetectorContext;
  rules: Attribution[];
  sentences: TrainSentence[];
}

const ROLE_OF = { source: 0, cue: 1, content: 2 } as const;
const words = wordCues(cueTable([]));

function goldSpans(article: PolnearArticle): Array<{ role: 0 | 1 | 2; ranges: Array<[number, number]> }> {
  const out: Array<{ role: 0 | 1 | 2; ranges: Array<[number, number]> }> = [];
  for (const a of article.attributions) {
    for (const role of ['source', 'cue', 'content'] as const) {
      const span = a[role] as GoldSpan | null;
      if (!span) continue;
      const ranges = span.fragments && span.fragments.length > 0 ? [...span.fragments].sort((x, y) => x[0] - y[0]) : [[span.start, span.end] as [number, number]];
      out.push({ role: ROLE_OF[role], ranges });
    }
  }
  return out;
}

/** The analysis context up to (not including) the attribution finder, and the finder's rule proposals. */
export function ruleContext(text: string): { ctx: DetectorContext; rules: Attribution[] } {
  const ctx = createContext(buildProseDocument(text));
  try {
    for (const d of detectors) {
      if (d.id === 'attributions') break;
      d.run(ctx);
    }
    return { ctx, rules: findRuleAttributions(ctx) };
  } finally {
    clearWordCaches();
  }
}

/**
 * Tagger sentences of one article, with gold tags, for these mined phrases: those inference tags ('cueWords'), or
 * every sentence ('all', to mine cue phrases that start with a word the lexicon lacks).
 */
export function sentencesOf(article: PolnearArticle, ctx: DetectorContext, rules: Attribution[], phrases: ReadonlyMap<string, MinedPhrase[]>, scope: TagScope): TrainSentence[] {
  const gold = goldSpans(article);
  const out: TrainSentence[] = [];
  forEachTagSentence(ctx, rules, words, phrases, (s) => {
    const toks: Token[] = s.toks.map((t) => ({ ...t }));
    const tags = new Uint8Array(toks.length);
    layTags(toks, gold, tags);
    out.push({ s: { ...s, toks }, gold: tags });
  }, scope);
  return out;
}

export function prepareArticles(articles: readonly PolnearArticle[]): PreparedArticle[] {
  return articles.map((article) => {
    const { ctx, rules } = ruleContext(article.text);
    return { article, ctx, rules, sentences: sentencesOf(article, ctx, rules, new Map(), 'all') };
  });
}

/**
 * Multi-word cues of the training articles ("made little secret of", "according to"), kept when annotated as a
 * cue at least `minCount` times, with the share of their occurrences that were cues ('low' < .3 ≤ 'mid' < .7 ≤
 * 'high').
 */
export function minePhrases(prepared: readonly PreparedArticle[], minCount: number): Array<[string, string]> {
  const asCue = new Map<string, number>();
  for (const p of prepared) {
    for (const { s, gold } of p.sentences) {
      for (let i = 0; i < gold.length; i++) {
        if (gold[i] !== B_CUE) continue;
        let j = i + 1;
        while (j < gold.length && gold[j] === B_CUE + 1) j++;
        if (j - i >= 2 && j - i <= 6) {
          const key = s.toks.slice(i, j).map((t) => t.lower).join(' ');
          asCue.set(key, (asCue.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const kept = [...asCue].filter(([, n]) => n >= minCount).map(([k]) => k);
  const byFirst = new Map<string, string[][]>();
  for (const k of kept) {
    const words = k.split(' ');
    byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), words]);
  }
  const seen = new Map<string, number>();
  for (const p of prepared) {
    for (const { s } of p.sentences) {
      s.toks.forEach((t, i) => {
        for (const words of byFirst.get(t.lower) ?? []) {
          if (words.every((w, k) => s.toks[i + k]?.lower === w)) seen.set(words.join(' '), (seen.get(words.join(' ')) ?? 0) + 1);
        }
      });
    }
  }
  return kept.sort().map((k) => {
    const share = (asCue.get(k) ?? 0) / Math.max(1, seen.get(k) ?? 1);
    return [k, share < 0.3 ? 'low' : share < 0.7 ? 'mid' : 'high'];
  });
}

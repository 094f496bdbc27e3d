// One article through Factmark: analyse the text, apply its facts file, then run the per-article checks. The CLI
// (`check`, `export`) and the editor all call this, so the same text, facts file and configuration give the same
// findings everywhere. Reading files stays in the adapters: they hand in the text and the parsed facts file.
//
// A new per-article check (quote checking against snapshots, claim history) is one entry in `articleChecks`
// (checks.ts): it receives the article so far and returns it with its findings added. Anything it needs from
// disk arrives in `input.extras`, read by the adapter beforehand.
import { analyze } from '../analyze.js';
import { analyzeOptionsOf, type FactmarkConfig } from '../config/types.js';
import { applyFacts } from '../facts/apply.js';
import type { ParseResult } from '../facts/parse.js';
import type { Anchor, FactsFile, FactsProblem } from '../facts/types.js';
import type { Analysis, AnalyzeOptions, Claim } from '../types.js';
import { articleChecks } from './checks.js';

export interface ArticleInput {
  text: string;
  /** The article's facts file as parsed, or undefined when it has none. */
  facts: ParseResult | undefined;
  config: FactmarkConfig;
  /** Data other checks read from disk beforehand (snapshots, history), keyed by the check that wants it. */
  extras?: Readonly<Record<string, unknown>>;
}

export interface CheckedArticle {
  /** The analysis with the facts file applied (covered claims `linked`, not-a-claim verdicts removed). */
  analysis: Analysis;
  /** The facts file as data (best effort when broken), null when there is none. */
  facts: FactsFile | null;
  /** Where each fact sits in the text (orphans included). */
  anchors: Anchor[];
  /** Claims a "not-a-claim" or "opinion" verdict took out of `analysis.claims`. */
  silenced: Claim[];
  /** Problems in the facts file: its parse problems, then anchoring ones (orphans), by offset. */
  factsProblems: FactsProblem[];
  /** Problems found while anchoring only (the editor already shows the parse problems from its own read). */
  anchorProblems: FactsProblem[];
  /** The facts file has syntax or schema errors: fine to display, not to publish or rewrite. */
  factsBroken: boolean;
}

/** The analysis step; tests pass one that fails, to see each caller report a crash by file. */
export type Analyzer = (text: string, options?: AnalyzeOptions) => Analysis;

export interface ArticleCheck {
  /** Stable id; also the key of its data in `ArticleInput.extras`. */
  id: string;
  run(article: CheckedArticle, input: ArticleInput): CheckedArticle;
}

export function checkArticle(input: ArticleInput, analyzer: Analyzer = analyze): CheckedArticle {
  const analysis = analyzer(input.text, analyzeOptionsOf(input.config));
  let article = withFacts(analysis, input);
  for (const check of articleChecks) article = check.run(article, input);
  return article;
}

function withFacts(analysis: Analysis, input: ArticleInput): CheckedArticle {
  const parsed = input.facts;
  const factsProblems = parsed?.problems ?? [];
  const base = { analysis, facts: null, anchors: [], silenced: [], factsProblems, anchorProblems: [], factsBroken: parsed?.broken ?? false };
  if (!parsed?.file) return base;
  const applied = applyFacts(analysis, input.text, parsed.file, parsed.locations);
  return {
    ...base,
    analysis: applied.analysis,
    facts: parsed.file,
    anchors: applied.anchors,
    silenced: applied.silenced,
    anchorProblems: applied.problems,
    factsProblems: [...factsProblems, ...applied.problems].sort((a, b) => a.offset - b.offset),
  };
}

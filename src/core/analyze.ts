// The single entry point of the core: Markdown text in, plain findings out.
import type { DetectorContext } from './context.js';
import { buildProseDocument, type ProseDocument } from './markdown/prose.js';
import { splitSentences } from './markdown/sentences.js';
import { resolveOptions } from './options.js';
import { emptyPersonIndex } from './detectors/people.js';
import { detectors } from './registry.js';
import type { Analysis, AnalyzeOptions } from './types.js';
import { clearWordCaches } from './text/wordCache.js';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeProse(buildProseDocument(text), options);
}

/** The analysis of a prose document: everything analyze() finds depends on the text only through it. */
export function analyzeProse(doc: ProseDocument, options: AnalyzeOptions = {}): Analysis {
  const ctx = createContext(doc, options);
  try {
    for (const detector of detectors) detector.run(ctx);
  } finally {
    clearWordCaches();
  }
  const { kinds } = ctx.options;
  return {
    quotes: kinds.quotes ? ctx.quotes : [],
    attributions: kinds.attributions ? ctx.attributions : [],
    claims: kinds.claims ? ctx.claims : [],
    problems: ctx.problems.sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

/**
 * What the detectors of one analysis share: the document, its sentences, the resolved options and empty result
 * lists. Exported for tests and the benchmark, which run detectors one by one.
 */
export function createContext(doc: ProseDocument, options: AnalyzeOptions = {}): DetectorContext {
  return {
    doc,
    sentences: splitSentences(doc),
    options: resolveOptions(options),
    people: emptyPersonIndex(),
    quotes: [],
    attributions: [],
    claims: [],
    vagueSources: [],
    problems: [],
  };
}

// The sidecar facts file (`article.facts.json`): the fact-checker's record of sources, verdicts and notes,
// each fact anchored to a span of the article with a W3C Web Annotation style selector.

export const SOURCE_KINDS = ['primary', 'secondary', 'document', 'dataset', 'interview', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const VERDICTS = [
  'unverified', 'true', 'mostly-true', 'mixed', 'misleading', 'false', 'unsupported', 'opinion', 'not-a-claim',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const FACT_KINDS = ['claim', 'quote', 'attribution'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface Source {
  id: string;
  title?: string;
  url?: string;
  publisher?: string;
  published?: string;
  accessed?: string;
  archiveUrl?: string;
  kind?: SourceKind;
  /** A local copy of what the source said (a transcript or document), relative to the facts file; quotes are
   *  checked against it. */
  snapshot?: string;
  /** Unknown fields survive a rewrite. */
  [extra: string]: unknown;
}

/** TextQuoteSelector (exact + prefix/suffix) plus TextPositionSelector (start/end), as in W3C Web Annotation. */
export interface TextTarget {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  [extra: string]: unknown;
}

export interface Fact {
  id: string;
  kind: FactKind;
  target: TextTarget;
  speaker?: string;
  verdict?: Verdict;
  sources?: string[];
  note?: string;
  checkedBy?: string;
  checkedAt?: string;
  [extra: string]: unknown;
}

export interface FactsFile {
  $schema?: string;
  version: 1;
  article?: string;
  sources: Source[];
  facts: Fact[];
  [extra: string]: unknown;
}

/** Where a fact sits in the current text, or why it could not be placed. */
export type Anchor =
  | { factId: string; status: 'anchored'; start: number; end: number; method: 'position' | 'exact' | 'fuzzy'; score: number }
  | { factId: string; status: 'orphan'; reason: string };

/** Why a facts-file problem matters: `syntax` and `schema` make the file unsafe to rewrite ("broken");
 *  `reference` (a dangling source id) and `anchor` (an orphaned fact) are reported but the file stays writable,
 *  because an edit (adding the source, re-anchoring) is how they get fixed. */
export type FactsProblemCategory = 'syntax' | 'schema' | 'reference' | 'anchor';

/** A problem in the facts file itself, located in the facts file (1-based line and column, UTF-16). */
export interface FactsProblem {
  severity: 'error' | 'warning';
  category: FactsProblemCategory;
  /** Stable code: 'json-syntax', 'wrong-type', 'unknown-value', 'missing-property', 'dangling-source', 'orphaned-fact'… */
  code: string;
  message: string;
  /** UTF-16 offset into the facts file and the length of the offending node. */
  offset: number;
  length: number;
  line: number;
  column: number;
  /** The fact or source the problem belongs to, when there is one. */
  factId?: string;
  sourceId?: string;
}

/** Where an entry sits in the facts file, so later problems (orphans) can point at it. */
export interface FactsLocation {
  offset: number;
  length: number;
  line: number;
  column: number;
}

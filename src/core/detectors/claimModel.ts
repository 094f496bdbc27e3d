// The learned part of the claim score: an adjustment, in log-odds, added to the rule score of claims.ts. The
// rule score (hand-set weights of the rule reasons) says what a check-worthy statement looks like in news; the
// adjustment, learned from CLEF-2019 debate transcripts, moves a clause up or down by its wording (hashed words,
// and a table of word numbers learned over pre-trained word vectors, so unseen words count too) and its context
// (where it sits in its paragraph, what its neighbours hold). It orders clauses but never moves one across
// 0.5: which clauses are claims at the default threshold stays the rule score's call, set on news, while the
// debate-learned part decides which claims come first. It is centred on news prose (on average over news clauses
// it adds nothing). Weights live in
// models/claim-score.json, built by `npm run train:claims` (docs/claim-score.md); the file is bundled like any
// module, nothing is fetched at run time.
import modelFile from '../../../models/claim-score.json';

/** Names of the rule reasons, one bit each (bit i is 1 << i), as claims.ts fires them. */
export const REASON_NAMES = ['number', 'quantity', 'money', 'percent', 'date', 'comparison', 'superlative', 'causal', 'named-actor', 'event', 'statistic', 'question', 'opinion', 'hedged', 'short', 'second-person', 'first-person'] as const;
/** The bit of the 'question' reason. */
export const QUESTION_BIT = 1 << REASON_NAMES.indexOf('question');

/** What claims.ts finds in one clause. */
export interface ClauseEvidence {
  /** The rule score's log-odds. */
  x: number;
  /** Rule reasons that fired, as bits in the order of REASON_NAMES. */
  fired: number;
  words: number;
  quoted: boolean;
  /** 32-bit hashes of the writer's (or speaker's) own words — never words inside quotation marks —, of their adjacent pairs, and of the clause's first word (0: none). */
  unigrams: number[];
  bigrams: number[];
  first: number;
  /** The same own words, lowercased, for the word table. */
  own: string[];
  /** wordTableTerm(own) under the shipped model, when claims.ts summed it while scanning the clause. */
  shippedTerm?: number;
  /** The hashed part of wordingOf, when claims.ts summed it while scanning the clause (its hash lists then stay empty). */
  hashedSum?: number;
}

/** Where a clause's sentence sits: its paragraph (a speaker's turn in a transcript) and its neighbours. */
export interface ClauseContext {
  indexInParagraph: number;
  paragraphSentences: number;
  /** Some sentence of the paragraph is a question. */
  paragraphQuestion: boolean;
  /** Rule reasons of the previous and the next sentence of the document (0 at either end). */
  previous: number;
  next: number;
}

/** Upper bounds of the word-count bins (the last bin is open). */
const LENGTH_BINS = [4, 9, 19, 29];
const LENGTH_NAMES = ['words:1-4', 'words:5-9', 'words:10-19', 'words:20-29', 'words:30+'];
const PARAGRAPH_BINS = [1, 3, 7];
const PARAGRAPH_NAMES = ['paragraph:1', 'paragraph:2-3', 'paragraph:4-7', 'paragraph:8+'];
const OWN = REASON_NAMES.length;
const LENGTH = OWN;
const QUOTED = LENGTH + LENGTH_NAMES.length;
const FIRST_IN_PARAGRAPH = QUOTED + 1;
const LAST_IN_PARAGRAPH = FIRST_IN_PARAGRAPH + 1;
const PARAGRAPH = LAST_IN_PARAGRAPH + 1;
const PARAGRAPH_QUESTION = PARAGRAPH + PARAGRAPH_NAMES.length;
const AFTER_QUESTION = PARAGRAPH_QUESTION + 1;
const PREVIOUS = AFTER_QUESTION + 1;
const NEXT = PREVIOUS + REASON_NAMES.length;

/** Every dense feature of the adjustment, in the order of the model's `dense` weights. */
export const DENSE_FEATURES: readonly string[] = [
  ...REASON_NAMES, ...LENGTH_NAMES, 'quoted', 'first-in-paragraph', 'last-in-paragraph', ...PARAGRAPH_NAMES,
  'paragraph-has-question', 'after-question', ...REASON_NAMES.map((r) => 'previous:' + r), ...REASON_NAMES.map((r) => 'next:' + r),
];
/** The first dense feature that describes context rather than the clause itself. */
export const FIRST_CONTEXT_FEATURE = FIRST_IN_PARAGRAPH;

/** The hashed groups a model may use. */
export const HASH_GROUPS = ['unigram', 'bigram', 'first'] as const;
export type HashGroup = (typeof HASH_GROUPS)[number];
/**
 * The words together say "this is worded like statements fact-checkers checked" when they add at least this much
 * log-odds, for a model file that does not say its own threshold (see ClaimModel.wordingReasonAt).
 */
const WORDING_REASON_AT = 2.5;

/**
 * Learned numbers of the most frequent words: a linear model over a clause's mean word vector (GloVe) is, word
 * by word, one number each (its weights times the word's vector), so only the numbers ship. A clause adds the mean
 * of the numbers of its own words found in the table (nothing when none is), less `centre`.
 */
export interface WordTable {
  /** The words, space-separated, in the order of `steps`. */
  words: string;
  /** Each word's number in units of `step` log-odds. */
  steps: number[];
  step: number;
  /** What the table adds to an average news clause (the model's bias holds it back), so `wording` reads as a lift above that. */
  centre: number;
}

export interface ClaimModel {
  version: 3;
  dense: { names: string[]; weights: number[] };
  /** Centres the adjustment on news prose (see the file's provenance). */
  bias: number;
  hashBits: number;
  groups: HashGroup[];
  /** The hashed weights in thousandths of a unit of log-odds (2^hashBits of them, or none). */
  hashedThousandths: number[];
  /** Absent: no word vectors. */
  wordTable?: WordTable;
  /**
   * The wording that earns the `wording` reason: set by training at the top tenth of the claims the rule score
   * reports in news (PolNeAR train), so the reason picks out a few claims whatever the scale of the weights.
   */
  wordingReasonAt?: number;
  provenance: Record<string, unknown>;
}

/** A model ready to score: hashed weights in a table, word numbers in a map. */
export interface LoadedModel {
  model: ClaimModel;
  table: Float64Array;
  words: Map<string, number>;
  centre: number;
  wordingReasonAt: number;
}

let shipped: LoadedModel | undefined;

/** The shipped model, checked against this build's features on first use. */
export function claimModel(): LoadedModel {
  return (shipped ??= loadModel(modelFile as unknown as ClaimModel));
}

export function loadModel(m: ClaimModel): LoadedModel {
  const same = m.dense?.names?.length === DENSE_FEATURES.length && m.dense.names.every((n, i) => n === DENSE_FEATURES[i]);
  const hashed = m.hashedThousandths ?? [];
  const listed = m.wordTable ? m.wordTable.words.split(' ') : [];
  if (m.version !== 3 || !same || m.dense.weights.length !== DENSE_FEATURES.length || (m.groups.length > 0 && hashed.length !== 1 << m.hashBits) || (m.wordTable && listed.length !== m.wordTable.steps.length) || (m.wordingReasonAt !== undefined && !Number.isFinite(m.wordingReasonAt))) {
    throw new Error('models/claim-score.json does not match this build\'s claim features; rerun npm run train:claims');
  }
  const words = new Map<string, number>();
  if (m.wordTable) {
    const { steps, step } = m.wordTable;
    listed.forEach((w, i) => words.set(w, steps[i] * step));
  }
  return { model: m, table: Float64Array.from(hashed, (w) => w / 1000), words, centre: m.wordTable?.centre ?? 0, wordingReasonAt: m.wordingReasonAt ?? WORDING_REASON_AT };
}

/** The dense feature indices that fire for a clause in its context. */
export function denseIndices(e: ClauseEvidence, c: ClauseContext): number[] {
  const out: number[] = [];
  for (let i = 0; i < REASON_NAMES.length; i++) if (e.fired & (1 << i)) out.push(i);
  out.push(LENGTH + binOf(e.words, LENGTH_BINS));
  if (e.quoted) out.push(QUOTED);
  if (c.indexInParagraph === 0) out.push(FIRST_IN_PARAGRAPH);
  if (c.indexInParagraph === c.paragraphSentences - 1) out.push(LAST_IN_PARAGRAPH);
  out.push(PARAGRAPH + binOf(c.paragraphSentences, PARAGRAPH_BINS));
  if (c.paragraphQuestion) out.push(PARAGRAPH_QUESTION);
  if (c.previous & QUESTION_BIT) out.push(AFTER_QUESTION);
  for (let i = 0; i < REASON_NAMES.length; i++) {
    if (c.previous & (1 << i)) out.push(PREVIOUS + i);
    if (c.next & (1 << i)) out.push(NEXT + i);
  }
  return out;
}

function binOf(n: number, bounds: number[]): number {
  let bin = 0;
  while (bin < bounds.length && n > bounds[bin]) bin++;
  return bin;
}

/** The hashed feature indices of a clause for the given groups and table size (a repeated index counts again). */
export function hashedIndices(e: ClauseEvidence, groups: readonly HashGroup[], bits: number): number[] {
  const out: number[] = [];
  eachHashedIndex(e, groups, bits, (i) => out.push(i));
  return out;
}

/** hashedIndices one by one, in its order, for a caller that needs no list (the detector sums them per clause). */
function eachHashedIndex(e: ClauseEvidence, groups: readonly HashGroup[], bits: number, visit: (i: number) => void): void {
  if (groups.length === 0) return;
  const mask = (1 << bits) - 1;
  if (groups.includes('unigram')) for (const h of e.unigrams) visit(h & mask);
  if (groups.includes('bigram')) for (const h of e.bigrams) visit(h & mask);
  if (groups.includes('first') && e.first !== 0) visit(e.first & mask);
}

/** What the words of a clause add (log-odds: hashed words and the word table); depends on the clause alone, not on its context. */
export function wordingOf(e: ClauseEvidence, m: LoadedModel = claimModel()): number {
  return wordingWithTerm(e, m.words.size ? wordTableTerm(e.own, m.words) : 0, m);
}

/** wordingOf with the word-table term already known (claims.ts sums it for the shipped model while scanning). */
export function wordingWithTerm(e: ClauseEvidence, term: number, m: LoadedModel): number {
  let sum = 0;
  eachHashedIndex(e, m.model.groups, m.model.hashBits, (i) => (sum += m.table[i]));
  return wordingFromSum(sum, term, m);
}

/** The wording from its hashed part, summed already (claimHashedSum.ts), and the word-table term. */
export function wordingFromSum(sum: number, term: number, m: LoadedModel): number {
  return m.words.size ? sum + term - m.centre : sum;
}

/** The mean number of the words found in the table (0 when none is). */
export function wordTableTerm(own: readonly string[], words: Map<string, number>): number {
  let sum = 0;
  let n = 0;
  for (const w of own) {
    const v = words.get(w);
    if (v === undefined) continue;
    sum += v;
    n++;
  }
  return n ? sum / n : 0;
}

/**
 * The clause's score in 0..1 (to three decimals): its rule log-odds plus the learned adjustment, and whether its
 * wording alone lifted it enough to be named as a reason.
 */
export function scoreInContext(e: ClauseEvidence, c: ClauseContext, wording: number, m: LoadedModel = claimModel()): { score: number; wordingReason: boolean } {
  let adjustment = m.model.bias + wording;
  for (const i of denseIndices(e, c)) adjustment += m.model.dense.weights[i];
  return { score: onRuleSide(e.x, e.x + adjustment), wordingReason: wording >= m.wordingReasonAt };
}

/**
 * The score in 0..1 (three decimals) of log-odds z, kept on the side of 0.5 where the rule log-odds x put the
 * clause: at least 0.5 when the rule score reports it, at most 0.499 when it does not.
 */
export function onRuleSide(x: number, z: number): number {
  const rule = Math.round(1000 / (1 + Math.exp(-x))) / 1000;
  const score = Math.round(1000 / (1 + Math.exp(-z))) / 1000;
  return rule >= 0.5 ? Math.max(score, 0.5) : Math.min(score, 0.499);
}

/** A clause scored on its own, as the only sentence of its paragraph. */
export const ALONE: ClauseContext = { indexInParagraph: 0, paragraphSentences: 1, paragraphQuestion: false, previous: 0, next: 0 };

/** FNV-1a over a string's UTF-16 units: cheap, stable across platforms, the same in Node and the browser. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A hash of two hashes (a word pair, or a word in a position), mixed so pairs do not collide with words. */
export function combineHashes(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

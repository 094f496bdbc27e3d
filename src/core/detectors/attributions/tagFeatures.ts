// Features of the learned attribution tagger: what each token of a sentence looks like (its words and their
// neighbours, shape, suffix), what the rule finder proposed around it, whether the word is in the cue lexicon or
// starts a cue phrase mined from PolNeAR train, and where it sits in quotes and in the sentence. The same code
// feeds training (scripts/train-tagger.ts) and inference (tagger.ts), so the two cannot drift apart.
// Values are strings the token already holds or constants. Features are declared a template at a time for a whole
// sentence, each saying where its value comes from (SentenceFeatureSink), so that inference scores by numbers in
// tight loops (tagScorer.ts) while training reads the same features as strings (tokenFeatures).
import type { Attribution, Range, Token, WordCues } from './shared.js';
import { firstEndingAfter } from '../../text/sorted.js';

/** BIO tags of the three roles, in the order of the model's weight columns. */
export const TAGS = ['O', 'B-source', 'I-source', 'B-cue', 'I-cue', 'B-content', 'I-content'] as const;
export const TAG_COUNT = TAGS.length;
export const O = 0;
export const B_SOURCE = 1;
export const B_CUE = 3;
export const B_CONTENT = 5;

/**
 * Feature templates; a feature is a template and a value. Conjoined templates list their condition last. No words
 * two away: they were a quarter of the model's size (the VSIX carries it) for little on the held-back slice.
 */
export const TEMPLATES = [
  'bias', 'w', 'w-1', 'w+1', 'shape', 'suffix', 'shape-1', 'shape+1',
  'rule', 'rule-1', 'rule+1', 'rule-2', 'rule+2',
  'w|rule=O', 'w|rule=source', 'w|rule=cue', 'w|rule=content',
  'lexicon', 'lexicon-1', 'lexicon+1', 'quote', 'quote|rule', 'position', 'phrase', 'cue-distance', 'cue-distance|rule',
  'w-1 w', 'w w+1',
] as const;
const T = Object.fromEntries(TEMPLATES.map((name, i) => [name, i])) as Record<(typeof TEMPLATES)[number], number>;

/** Receives a token's features one by one, as strings (training counts them; tests sum them plainly). */
export interface FeatureSink {
  add(template: number, value: string): void;
}

/**
 * Receives the features of every token of a sentence, one template at a time (sentenceFeatures), each saying
 * where its value comes from, so that the tagger's scorer looks values up by number in one loop over the tokens
 * (tagScorer.ts) instead of by string per token and template.
 */
export interface SentenceFeatureSink {
  /** For each token i: template (+ `templateBy[i]`) with the value `of` token i + offset (none where null). */
  column(template: number, of: TokenValue, offset: number, templateBy?: ArrayLike<number>): void;
  /**
   * For each token i: template with the value values[base + ks[i + offset]], or values[0] where token i + offset is
   * outside the sentence; none where that index is below 0. `values` is the same array on every call for a template.
   */
  choices(template: number, values: readonly string[], ks: ArrayLike<number>, offset: number, base: number): void;
  /** For each token i: template with the words of tokens i + offset and i + offset + 1, where both are words. */
  pairs(template: number, offset: number): void;
}

/**
 * A value that depends on one token j (and the lexicon), or null for no feature; asked also of j = -1 and j = n,
 * before and after the sentence. `perText`: it depends on the token's text only (and the lexicon), and is the same
 * before every sentence and the same after every sentence, so a scorer may keep it per text.
 */
export interface TokenValue {
  (s: TagSentence, j: number, words: ReadonlyMap<string, WordCues>): string | null;
  readonly perText: boolean;
  /** A small number of its own (from tokenValue), by which a scorer keeps what it worked out. */
  readonly key: number;
}

let tokenValues = 0;

/** A TokenValue from its function. */
export function tokenValue(perText: boolean, of: (s: TagSentence, j: number, words: ReadonlyMap<string, WordCues>) => string | null): TokenValue {
  return Object.assign(of, { perText, key: tokenValues++ });
}

/** A cue phrase mined from train: its words and how often the words were a cue where they occurred. */
export interface MinedPhrase {
  words: string[];
  /** 'low' | 'mid' | 'high' share of occurrences annotated as a cue. */
  share: string;
}

/** One sentence prepared for tagging: its tokens and what is known about each before the tagger runs. */
export interface TagSentence {
  toks: Token[];
  /** Tag (index in TAGS) the rule finder's proposals give each token. */
  rule: Uint8Array;
  /** 0 outside quotation marks, 1 inside, 2 on a mark. */
  quote: Uint8Array;
  /** 0, or 1 + index in PHRASE_VALUES of the mined phrase starting at or covering the token. */
  phrase: Uint8Array;
  /** Signed token distance to the nearest rule cue token, clamped to ±DISTANCE (DISTANCE + 1 when none). */
  cueDistance: Int8Array;
}

const DISTANCE = 6;
const RULE_ROLE_INDEX = [0, 1, 1, 2, 2, 3, 3];
const QUOTE_VALUES = ['out', 'in', 'mark'];
const SHARES = ['low', 'mid', 'high'];
const PHRASE_VALUES = SHARES.flatMap((s) => ['B-' + s, 'I-' + s]);
const DISTANCE_VALUES = Array.from({ length: 2 * DISTANCE + 3 }, (_, k) => String(k - DISTANCE - 1));
const NONE = '-';
/** Conjoined values, built once: role × quote state and role × distance, role by role. */
const QUOTE_BY_ROLE = ['O', 'source', 'cue', 'content'].flatMap((r) => QUOTE_VALUES.map((q) => r + ' ' + q));
const DISTANCE_BY_ROLE = ['O', 'source', 'cue', 'content'].flatMap((r) => DISTANCE_VALUES.map((d) => r + ' ' + d));
const START = '<s>';
const END = '</s>';
const BIAS = [''];
/** A neighbour's rule tag, or the sentence's start or end (index 0) when there is none. */
const RULE_OR_START = [START, ...TAGS];
const RULE_OR_END = [END, ...TAGS];
const POSITIONS = ['first', 'second', 'middle', 'before-last', 'last'];

export interface RoleSpan {
  role: 0 | 1 | 2;
  ranges: ReadonlyArray<readonly [number, number]>;
}

/** A cue wins over a source, a source over a content. */
const ROLE_RANK = [2, 3, 1];

/**
 * Sets `tags` (one per token) from spans of the three roles: a token overlapping a span takes its role, B on the
 * span's first token; a cue wins over a source, a source over a content, and among contents the shortest wins, so
 * a content inside another's does not split it. One sweep: each span visits only the tokens it covers (found by
 * binary search), so the cost is the tokens covered, not tokens × spans.
 */
export function layTags(toks: readonly Token[], spans: readonly RoleSpan[], tags: Uint8Array): void {
  const n = toks.length;
  tags.fill(O, 0, n);
  if (n === 0) return;
  const from = toks[0].start;
  const to = toks[n - 1].end;
  if (winners.length < n) winners = new Int32Array(2 * n);
  const winner = winners.fill(-1, 0, n);
  for (let k = 0; k < spans.length; k++) {
    for (const [a, b] of spans[k].ranges) {
      if (a >= to || b <= from) continue;
      for (let i = firstEndingAfter(toks, a); i < n && toks[i].start < b; i++) {
        if (winner[i] < 0 || beats(spans[k], spans[winner[i]])) winner[i] = k;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (winner[i] < 0) continue;
    const s = spans[winner[i]];
    const begin = s.role === 0 ? B_SOURCE : s.role === 1 ? B_CUE : B_CONTENT;
    tags[i] = i > 0 && covers(s, toks[i - 1]) ? begin + 1 : begin;
  }
  // A content resumed after a cue inside it ("…, she said, …") starts again with B: I follows its own role only.
  for (let i = 0; i < n; i++) {
    const tag = tags[i];
    if (tag !== O && (tag & 1) === 0 && (i === 0 || (tags[i - 1] !== tag && tags[i - 1] !== tag - 1))) tags[i] = tag - 1;
  }
}

/** layTags' span of each token, reused from sentence to sentence. */
let winners = new Int32Array(256);

/** Does span x take a token from span y? Later spans win ties, as when spans were laid one after another. */
function beats(x: RoleSpan, y: RoleSpan): boolean {
  if (x.role !== y.role) return ROLE_RANK[x.role] > ROLE_RANK[y.role];
  return extent(x) <= extent(y);
}

function covers(s: RoleSpan, t: Token): boolean {
  for (const [a, b] of s.ranges) if (t.start < b && t.end > a) return true;
  return false;
}


function extent(s: RoleSpan): number {
  return s.ranges[s.ranges.length - 1][1] - s.ranges[0][0];
}

/** The rule finder's attributions as spans for layTags. */
export function ruleSpans(found: readonly Attribution[]): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (const a of found) {
    out.push({ role: 1, ranges: [[a.cue.start, a.cue.end]] });
    if (a.source) out.push({ role: 0, ranges: [[a.source.start, a.source.end]] });
    if (a.content) out.push({ role: 2, ranges: [[a.content.start, a.content.end]] });
  }
  return out;
}

/** A TagSentence for these tokens, with the rule tags already laid in `rule`. */
export function prepareSentence(toks: Token[], rule: Uint8Array, quotes: readonly Range[], phrases: ReadonlyMap<string, MinedPhrase[]>): TagSentence {
  const n = toks.length;
  const s: TagSentence = { toks, rule, quote: new Uint8Array(n), phrase: new Uint8Array(n), cueDistance: new Int8Array(n) };
  markQuotes(s, quotes);
  markPhrases(s, phrases);
  markCueDistance(s);
  return s;
}

function markQuotes(s: TagSentence, quotes: readonly Range[]): void {
  const { toks, quote } = s;
  if (toks.length === 0) return;
  // Quotes are sorted by start: find the first that can reach this sentence.
  let k = 0;
  while (k < quotes.length && quotes[k][1] <= toks[0].start) k++;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (k < quotes.length && quotes[k][1] <= t.start) k++;
    for (let q = k; q < quotes.length && quotes[q][0] < t.end; q++) {
      const [a, b] = quotes[q];
      if (t.start === a || t.end === b) quote[i] = 2;
      else if (t.start > a && t.end < b && quote[i] === 0) quote[i] = 1;
    }
  }
}

function markPhrases(s: TagSentence, phrases: ReadonlyMap<string, MinedPhrase[]>): void {
  const { toks, phrase } = s;
  for (let i = 0; i < toks.length; i++) {
    const list = toks[i].word ? phrases.get(toks[i].lower) : undefined;
    if (list === undefined) continue;
    for (const p of list) {
      if (!matchesAt(toks, i, p.words)) continue;
      const share = SHARES.indexOf(p.share);
      if (phrase[i] === 0) phrase[i] = 1 + 2 * share;
      for (let k = 1; k < p.words.length; k++) if (phrase[i + k] === 0) phrase[i + k] = 2 + 2 * share;
      break;
    }
  }
}

function matchesAt(toks: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i + words.length > toks.length) return false;
  for (let k = 1; k < words.length; k++) if (toks[i + k].lower !== words[k]) return false;
  return true;
}

function markCueDistance(s: TagSentence): void {
  const { rule, cueDistance } = s;
  const n = rule.length;
  let last = -1000;
  for (let i = 0; i < n; i++) {
    if (rule[i] === B_CUE || rule[i] === B_CUE + 1) last = i;
    cueDistance[i] = i - last > DISTANCE ? DISTANCE + 1 : i - last;
  }
  last = 1000;
  for (let i = n - 1; i >= 0; i--) {
    if (rule[i] === B_CUE || rule[i] === B_CUE + 1) last = i;
    const d = i - last;
    if (-d <= DISTANCE && (cueDistance[i] === DISTANCE + 1 || -d < cueDistance[i])) cueDistance[i] = d;
  }
}

/** The lower-cased word; <s> and </s> before and after the sentence. */
export const WORD = tokenValue(true, (s, j) => (j < 0 ? START : j >= s.toks.length ? END : s.toks[j].lower));

/** Shape of a word: capitalised, lower case, all capitals, number; punctuation is itself. */
export const SHAPE = tokenValue(true, (s, j) => {
  if (j < 0) return START;
  if (j >= s.toks.length) return END;
  const t = s.toks[j];
  if (!t.word) return t.text;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'd';
  if (t.text === t.lower) return 'x';
  return t.text.length > 1 && t.text.toUpperCase() === t.text ? 'X' : 'Xx';
});

/** The last three letters of a word of five or more. */
export const SUFFIX = tokenValue(true, (s, j) => {
  const t = s.toks[j];
  return t !== undefined && t.lower.length > 4 ? t.lower.slice(-3) : null;
});

/** The kind of cue the lexicon has for the word ('-' for none, and before and after the sentence). */
export const LEXICON = tokenValue(true, (s, j, words) => {
  const t = s.toks[j];
  if (t === undefined || !t.word) return NONE;
  const cues = words.get(t.lower);
  if (cues === undefined) return NONE;
  return cues.cues !== undefined ? cues.cues[0].kind : (cues.late ?? NONE);
});

/** Per-token indexes sentenceFeatures derives, in buffers reused from sentence to sentence. */
const scratch = { zero: new Uint8Array(0), role: new Uint8Array(0), position: new Uint8Array(0), quoteRule: new Uint8Array(0), distanceRule: new Uint8Array(0) };

function derive(s: TagSentence): typeof scratch {
  const n = s.toks.length;
  if (scratch.zero.length < n) for (const key of Object.keys(scratch) as Array<keyof typeof scratch>) scratch[key] = new Uint8Array(2 * n);
  const { role, position, quoteRule, distanceRule } = scratch;
  for (let i = 0; i < n; i++) {
    role[i] = RULE_ROLE_INDEX[s.rule[i]];
    position[i] = i === 0 ? 0 : i === 1 ? 1 : i === n - 1 ? 4 : i === n - 2 ? 3 : 2;
    quoteRule[i] = role[i] * QUOTE_VALUES.length + s.quote[i];
    distanceRule[i] = role[i] * DISTANCE_VALUES.length + s.cueDistance[i] + DISTANCE + 1;
  }
  return scratch;
}

/**
 * Every feature of every token of the sentence, template by template: a template is one line here. For each token
 * the features come in this order, which training keeps (tokenFeatures).
 */
export function sentenceFeatures(s: TagSentence, sink: SentenceFeatureSink): void {
  const x = derive(s);
  sink.choices(T.bias, BIAS, x.zero, 0, 0);
  sink.column(T.w, WORD, 0);
  sink.column(T['w-1'], WORD, -1);
  sink.column(T['w+1'], WORD, 1);
  sink.column(T.shape, SHAPE, 0);
  sink.column(T.suffix, SUFFIX, 0);
  sink.column(T['shape-1'], SHAPE, -1);
  sink.column(T['shape+1'], SHAPE, 1);
  sink.choices(T.rule, TAGS, s.rule, 0, 0);
  sink.choices(T['rule-1'], RULE_OR_START, s.rule, -1, 1);
  sink.choices(T['rule+1'], RULE_OR_END, s.rule, 1, 1);
  sink.choices(T['rule-2'], RULE_OR_START, s.rule, -2, 1);
  sink.choices(T['rule+2'], RULE_OR_END, s.rule, 2, 1);
  sink.column(T['w|rule=O'], WORD, 0, x.role);
  sink.column(T.lexicon, LEXICON, 0);
  sink.column(T['lexicon-1'], LEXICON, -1);
  sink.column(T['lexicon+1'], LEXICON, 1);
  sink.choices(T.quote, QUOTE_VALUES, s.quote, 0, 0);
  sink.choices(T['quote|rule'], QUOTE_BY_ROLE, x.quoteRule, 0, 0);
  sink.choices(T.position, POSITIONS, x.position, 0, 0);
  sink.choices(T.phrase, PHRASE_VALUES, s.phrase, 0, -1);
  sink.choices(T['cue-distance'], DISTANCE_VALUES, s.cueDistance, 0, DISTANCE + 1);
  sink.choices(T['cue-distance|rule'], DISTANCE_BY_ROLE, x.distanceRule, 0, 0);
  // Word pairs, for the words of multi-word cues ("according to", "went on", "told reporters").
  sink.pairs(T['w-1 w'], -1);
  sink.pairs(T['w w+1'], 0);
}

/** Each token's features as strings: template, value, template, value… (what sentenceFeatures gives, spelled out). */
class StringFeatures implements SentenceFeatureSink {
  readonly features: Array<Array<number | string>>;

  constructor(private readonly s: TagSentence, private readonly words: ReadonlyMap<string, WordCues>) {
    this.features = s.toks.map(() => []);
  }

  column(template: number, of: TokenValue, offset: number, templateBy?: ArrayLike<number>): void {
    this.features.forEach((out, i) => {
      const value = of(this.s, i + offset, this.words);
      if (value !== null) out.push(template + (templateBy ? templateBy[i] : 0), value);
    });
  }

  choices(template: number, values: readonly string[], ks: ArrayLike<number>, offset: number, base: number): void {
    const n = this.s.toks.length;
    this.features.forEach((out, i) => {
      const j = i + offset;
      const k = j >= 0 && j < n ? base + ks[j] : 0;
      if (k >= 0) out.push(template, values[k]);
    });
  }

  pairs(template: number, offset: number): void {
    const { toks } = this.s;
    this.features.forEach((out, i) => {
      const a = i + offset;
      if (a >= 0 && a + 1 < toks.length && toks[a].word && toks[a + 1].word) out.push(template, toks[a].lower + ' ' + toks[a + 1].lower);
    });
  }
}

/** The sentence whose features tokenFeatures spelled out last. */
let spelled: { s: TagSentence; words: ReadonlyMap<string, WordCues>; features: Array<Array<number | string>> } | null = null;

/**
 * Every feature of token i, given to `sink` as strings, in sentenceFeatures' order. The sentence's features are
 * spelled out on its first token (i = 0) or when another sentence is asked for, so ask token by token.
 */
export function tokenFeatures(s: TagSentence, i: number, words: ReadonlyMap<string, WordCues>, sink: FeatureSink): void {
  if (spelled === null || i === 0 || spelled.s !== s || spelled.words !== words) {
    const collect = new StringFeatures(s, words);
    sentenceFeatures(s, collect);
    spelled = { s, words, features: collect.features };
  }
  const f = spelled.features[i];
  for (let k = 0; k < f.length; k += 2) sink.add(f[k] as number, f[k + 1] as string);
}

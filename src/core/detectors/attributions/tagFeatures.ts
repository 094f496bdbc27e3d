// Features of the learned attribution tagger: what each token of a sentence looks like (its words and their
// neighbours, shape, suffix), what the rule finder proposed around it, whether the word is in the cue lexicon or
// starts a cue phrase mined from PolNeAR train, and where it sits in quotes and in the sentence. The same code
// feeds training (scripts/train-tagger.ts) and inference (tagger.ts), so the two cannot drift apart.
// Values are strings the token already holds or constants: asking for a token's features allocates (almost) nothing.
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
 * two away: they were a quarter of the model's size (both bundles carry it) for little on the held-back slice.
 */
export const TEMPLATES = [
  'bias', 'w', 'w-1', 'w+1', 'shape', 'suffix', 'shape-1', 'shape+1',
  'rule', 'rule-1', 'rule+1', 'rule-2', 'rule+2',
  'w|rule=O', 'w|rule=source', 'w|rule=cue', 'w|rule=content',
  'lexicon', 'lexicon-1', 'lexicon+1', 'quote', 'quote|rule', 'position', 'phrase', 'cue-distance', 'cue-distance|rule',
  'w-1 w', 'w w+1',
] as const;
const T = Object.fromEntries(TEMPLATES.map((name, i) => [name, i])) as Record<(typeof TEMPLATES)[number], number>;

/** Receives a token's features one by one (training collects names, inference adds weights). */
export interface FeatureSink {
  add(template: number, value: string): void;
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
/** Conjoined values, built once: [role][quote state] and [role][distance]. */
const QUOTE_BY_ROLE = ['O', 'source', 'cue', 'content'].map((r) => QUOTE_VALUES.map((q) => r + ' ' + q));
const DISTANCE_BY_ROLE = ['O', 'source', 'cue', 'content'].map((r) => DISTANCE_VALUES.map((d) => r + ' ' + d));
const START = '<s>';
const END = '</s>';

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
  const winner = new Int32Array(n).fill(-1);
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

/** Shape of a word: capitalised, lower case, all capitals, number; punctuation is itself. */
function shape(t: Token | undefined): string {
  if (t === undefined) return NONE;
  if (!t.word) return t.text;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'd';
  if (t.text === t.lower) return 'x';
  return t.text.length > 1 && t.text.toUpperCase() === t.text ? 'X' : 'Xx';
}

function lexicon(words: ReadonlyMap<string, WordCues>, t: Token | undefined): string {
  if (t === undefined || !t.word) return NONE;
  const cues = words.get(t.lower);
  if (cues === undefined) return NONE;
  return cues.cues !== undefined ? cues.cues[0].kind : (cues.late ?? NONE);
}

/** Every feature of token i, given to `sink`. */
export function tokenFeatures(s: TagSentence, i: number, words: ReadonlyMap<string, WordCues>, sink: FeatureSink): void {
  const { toks, rule } = s;
  const n = toks.length;
  const t = toks[i];
  sink.add(T.bias, '');
  sink.add(T.w, t.lower);
  sink.add(T['w-1'], i > 0 ? toks[i - 1].lower : START);
  sink.add(T['w+1'], i + 1 < n ? toks[i + 1].lower : END);
  sink.add(T.shape, shape(t));
  if (t.lower.length > 4) sink.add(T.suffix, t.lower.slice(-3));
  sink.add(T['shape-1'], i > 0 ? shape(toks[i - 1]) : START);
  sink.add(T['shape+1'], i + 1 < n ? shape(toks[i + 1]) : END);
  sink.add(T.rule, TAGS[rule[i]]);
  sink.add(T['rule-1'], i > 0 ? TAGS[rule[i - 1]] : START);
  sink.add(T['rule+1'], i + 1 < n ? TAGS[rule[i + 1]] : END);
  sink.add(T['rule-2'], i > 1 ? TAGS[rule[i - 2]] : START);
  sink.add(T['rule+2'], i + 2 < n ? TAGS[rule[i + 2]] : END);
  sink.add(T['w|rule=O'] + RULE_ROLE_INDEX[rule[i]], t.lower);
  sink.add(T.lexicon, lexicon(words, t));
  sink.add(T['lexicon-1'], lexicon(words, toks[i - 1]));
  sink.add(T['lexicon+1'], lexicon(words, toks[i + 1]));
  sink.add(T.quote, QUOTE_VALUES[s.quote[i]]);
  const role = RULE_ROLE_INDEX[rule[i]];
  sink.add(T['quote|rule'], QUOTE_BY_ROLE[role][s.quote[i]]);
  sink.add(T.position, i === 0 ? 'first' : i === 1 ? 'second' : i === n - 1 ? 'last' : i === n - 2 ? 'before-last' : 'middle');
  if (s.phrase[i] !== 0) sink.add(T.phrase, PHRASE_VALUES[s.phrase[i] - 1]);
  const d = s.cueDistance[i] + DISTANCE + 1;
  sink.add(T['cue-distance'], DISTANCE_VALUES[d]);
  sink.add(T['cue-distance|rule'], DISTANCE_BY_ROLE[role][d]);
  // Word pairs, for the words of multi-word cues ("according to", "went on", "told reporters").
  if (t.word && i > 0 && toks[i - 1].word) sink.add(T['w-1 w'], toks[i - 1].lower + ' ' + t.lower);
  if (t.word && i + 1 < n && toks[i + 1].word) sink.add(T['w w+1'], t.lower + ' ' + toks[i + 1].lower);
}

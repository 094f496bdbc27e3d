// One shared entry per distinct word as written, which every token of that word points at. The detectors each ask
// the same few things of every token (which cue table, which anchor set, which claim flags a word has): asked of
// a token's string, each answer was a hash-table lookup per token per detector; kept in the word's entry, it is
// worked out once per word and read back as a property.
//
// Entries of words shorter than SLICE_MIN_LENGTH are remembered across analyses, in a table of their own that the
// tokenizer reads without cutting the word out of the text first: a hash of the word's characters and a compare
// with them, where a Map of strings would take a fresh slice, hash it in the runtime and compare it there. Such a
// word is a copy (see wordCache.ts), so no entry keeps a text alive; the table empties itself when full. Longer
// words go through a WordCache, which forgets them when the analysis ends. An entry dropped stays valid for the
// tokens that hold it; a later token of the word gets a fresh one.
import { SLICE_MIN_LENGTH, WordCache } from './wordCache.js';

export class Lexeme {
  /**
   * Answers kept by the first eight LexemeSlots, in the entry itself: one memory read less than an array's, and the
   * detectors ask six slots of most words (the cue tables, anchor bits, claim flags, title and name keys, trigger
   * words), so that a slot created later does not push a hot one out to `answers`.
   */
  a0: unknown = undefined;
  a1: unknown = undefined;
  a2: unknown = undefined;
  a3: unknown = undefined;
  a4: unknown = undefined;
  a5: unknown = undefined;
  a6: unknown = undefined;
  a7: unknown = undefined;
  /** Answers of the slots after those, by slot number less eight; a hole where nobody has asked yet. */
  readonly answers: unknown[] = [];

  /** `lower` is text.toLowerCase(). */
  constructor(readonly text: string, readonly lower: string) {}
}

/** Slots of the short words' table (a power of two), and the entries it holds before it empties itself. */
const SIZE = 1 << 15;
const LIMIT = 20_000;
const entries: Array<Lexeme | undefined> = new Array<Lexeme | undefined>(SIZE).fill(undefined);
/**
 * Each slot's key, beside the table: its word's length (0: an empty slot), then its UTF-16 units, RECORD units a
 * slot. A probe compares the word with the key in place, one memory line, where comparing with the entry's text
 * read three objects scattered over the heap (the slot, the entry, its string): that chase was most of
 * tokenizing's time in an analysis, whose detectors keep the caches full of other things.
 */
const RECORD = 16;
const keys = new Uint16Array(SIZE * RECORD);
let count = 0;

const longLexemes = new WordCache<string, Lexeme>();

/**
 * The entry of the word s[start, end) as written ("The" and "the" have one each, with the same `lower`); its
 * `text` is that word. `lowercase`: the caller knows that lower-casing the word leaves it as it is (saves doing it).
 */
export function lexemeAt(s: string, start: number, end: number, lowercase: boolean): Lexeme {
  const length = end - start;
  if (length >= SLICE_MIN_LENGTH) {
    const word = s.slice(start, end);
    return longLexemes.get(word) ?? longLexemes.set(word, new Lexeme(word, lowercase ? word : word.toLowerCase()));
  }
  // FNV-1a over the UTF-16 units, open addressing with linear probes.
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  let i = h & (SIZE - 1);
  for (let at = i * RECORD, n = keys[at]; n !== 0; at = i * RECORD, n = keys[at]) {
    if (n === length && sameKey(at, s, start, end)) return entries[i] as Lexeme;
    i = (i + 1) & (SIZE - 1);
  }
  if (count >= LIMIT) {
    entries.fill(undefined);
    keys.fill(0);
    count = 0;
    i = h & (SIZE - 1);
  }
  const word = s.slice(start, end);
  const lexeme = new Lexeme(word, lowercase ? word : word.toLowerCase());
  entries[i] = lexeme;
  const at = i * RECORD;
  keys[at] = length;
  for (let k = 0; k < length; k++) keys[at + 1 + k] = s.charCodeAt(start + k);
  count++;
  return lexeme;
}

/** The key at `at` holds s[start, end) (its length already compared). */
function sameKey(at: number, s: string, start: number, end: number): boolean {
  for (let k = start, j = at + 1; k < end; k++, j++) if (keys[j] !== s.charCodeAt(k)) return false;
  return true;
}

let slots = 0;
/** Stands for an answer of `undefined`, which a hole could not be told from. */
const NONE = Symbol('none');

/**
 * One question asked of words, answered once per word (per entry) by `answer` and kept in the entry. The answer
 * must depend on the lowercase word alone.
 */
export class LexemeSlot<V> {
  private readonly index = slots++;

  constructor(private readonly answer: (lower: string) => V) {}

  of(lexeme: Lexeme): V {
    const i = this.index;
    const kept = i < 4
      ? (i === 0 ? lexeme.a0 : i === 1 ? lexeme.a1 : i === 2 ? lexeme.a2 : lexeme.a3)
      : i === 4 ? lexeme.a4 : i === 5 ? lexeme.a5 : i === 6 ? lexeme.a6 : i === 7 ? lexeme.a7 : lexeme.answers[i - 8];
    if (kept !== undefined) return (kept === NONE ? undefined : kept) as V;
    const v = this.answer(lexeme.lower);
    keep(lexeme, i, v === undefined ? NONE : v);
    return v;
  }
}

/** Stores slot i's answer in the entry. */
function keep(lexeme: Lexeme, i: number, answer: unknown): void {
  if (i === 0) lexeme.a0 = answer;
  else if (i === 1) lexeme.a1 = answer;
  else if (i === 2) lexeme.a2 = answer;
  else if (i === 3) lexeme.a3 = answer;
  else if (i === 4) lexeme.a4 = answer;
  else if (i === 5) lexeme.a5 = answer;
  else if (i === 6) lexeme.a6 = answer;
  else if (i === 7) lexeme.a7 = answer;
  else lexeme.answers[i - 8] = answer;
}

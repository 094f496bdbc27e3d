// A snapshot made ready for many quotes: its words, and where each pair of adjacent words occurs, so a quote is
// placed by looking its word pairs up instead of scanning the snapshot. Prepared once per snapshot and reused
// (a WeakMap on the doc), so fifty quotes against one transcript share the work.
import { wordsOf, type Word } from './words.js';
import type { Passage, SnapshotDoc } from './types.js';

export interface PreparedSnapshot {
  doc: SnapshotDoc;
  words: Word[];
  /** Word indexes where "a b" starts. */
  pairs: Map<string, number[]>;
  /** Word indexes of each word, for one-word quotes. */
  singles: Map<string, number[]>;
  /** The passage of each word (an index into doc.passages). */
  passageOfWord: Int32Array;
}

const cache = new WeakMap<SnapshotDoc, PreparedSnapshot>();

export function prepare(doc: SnapshotDoc): PreparedSnapshot {
  const cached = cache.get(doc);
  if (cached) return cached;
  const words = wordsOf(doc.text);
  const pairs = new Map<string, number[]>();
  const singles = new Map<string, number[]>();
  const passageOfWord = new Int32Array(words.length);
  let p = 0;
  words.forEach((w, i) => {
    while (p < doc.passages.length - 1 && doc.passages[p]!.end <= w.start) p++;
    passageOfWord[i] = p;
    push(singles, w.norm, i);
    if (i + 1 < words.length) push(pairs, `${w.norm} ${words[i + 1]!.norm}`, i);
  });
  const prepared = { doc, words, pairs, singles, passageOfWord };
  cache.set(doc, prepared);
  return prepared;
}

export function passageAt(prep: PreparedSnapshot, wordIndex: number): Passage | undefined {
  return prep.doc.passages[prep.passageOfWord[wordIndex] ?? -1];
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

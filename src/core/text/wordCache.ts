// A memo for answers about single words (lowercase forms, lexical flags, title keys). News repeats its words, so
// remembering an answer is cheaper than working it out again.
//
// The words are slices of the analysed text, and a JavaScript engine may keep a whole text alive for one slice of
// it: V8 does for slices of 13 characters or more, and copies shorter ones. So a word shorter than that (and a
// number key) is remembered across analyses, which is most words: a session of small articles stops recomputing
// "the", "said" and "percent" for each one. A longer word is remembered for one analysis only: analyze() drops
// those when it ends, and no document outlives its analysis through a cache. The entry limit bounds memory.

/** Keys of this length or more may hold their whole text alive (V8's SlicedString::kMinLength). */
export const SLICE_MIN_LENGTH = 13;

const caches: Array<WordCache<unknown, unknown>> = [];

export class WordCache<K, V> {
  private readonly lasting = new Map<K, V>();
  private readonly transient = new Map<K, V>();

  constructor(private readonly limit = 20_000) {
    caches.push(this as WordCache<unknown, unknown>);
  }

  get(key: K): V | undefined {
    return this.mapFor(key).get(key);
  }

  /** Stores and returns the value. */
  set(key: K, value: V): V {
    const map = this.mapFor(key);
    if (map.size >= this.limit) map.clear();
    map.set(key, value);
    return value;
  }

  /** Entries that may keep a text alive (cleared at the end of each analysis). */
  get transientSize(): number {
    return this.transient.size;
  }

  clearTransient(): void {
    this.transient.clear();
  }

  private mapFor(key: K): Map<K, V> {
    return typeof key === 'string' && key.length >= SLICE_MIN_LENGTH ? this.transient : this.lasting;
  }
}

/** Drops every entry that could keep the analysed text alive (at the end of each analysis). */
export function clearWordCaches(): void {
  for (const cache of caches) cache.clearTransient();
}

/** Entries that could keep a text alive, over all word caches (tests check that an analysis leaves none behind). */
export function transientWordCacheEntries(): number {
  return caches.reduce((n, cache) => n + cache.transientSize, 0);
}

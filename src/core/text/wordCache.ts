// A memo for answers about single words (lowercase forms, lexical flags, title keys). News repeats its words, so
// remembering an answer is cheaper than working it out again.
//
// The words are slices of the analysed text, and a JavaScript engine may keep a whole text alive for one slice of
// it (V8 does, for slices of 13 characters or more). So the caches live for one analysis: analyze() empties them
// all when it ends, and no document outlives its analysis through a cache. The entry limit bounds one analysis of
// a huge document.

const caches: Array<WordCache<unknown, unknown>> = [];

export class WordCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit = 50_000) {
    caches.push(this as WordCache<unknown, unknown>);
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Stores and returns the value. */
  set(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}

/** Empties every word cache (at the end of each analysis). */
export function clearWordCaches(): void {
  for (const cache of caches) cache.clear();
}

/** Entries held by all word caches together (tests check that an analysis leaves none behind). */
export function wordCacheEntries(): number {
  return caches.reduce((n, cache) => n + cache.size, 0);
}

// A memo for answers about single words (lowercase forms, lexical flags, title keys). News repeats its words, so
// remembering an answer is cheaper than working it out again; the cache is emptied whenever it reaches its limit,
// so memory stays bounded however many documents a long-lived process (the editor, a CI run) analyses.

export class WordCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit = 50_000) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Stores and returns the value. */
  set(key: K, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

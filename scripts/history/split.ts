// A seeded shuffle (mulberry32) to hold back a slice of train: the same seed gives the same slice on every machine.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits items into [kept, heldBack] with `share` of them held back, chosen by a seeded shuffle. */
export function holdBack<T>(items: readonly T[], share: number, seed: number): [T[], T[]] {
  const random = mulberry32(seed);
  const order = items.map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.item);
  const cut = Math.round(items.length * share);
  return [order.slice(cut), order.slice(0, cut)];
}

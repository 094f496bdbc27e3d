// A seeded shuffle (mulberry32) to hold back a slice of train: the same seed gives the same slice on every machine.

import { mulberry32 } from '../random.js';
export { mulberry32 };

/** Splits items into [kept, heldBack] with `share` of them held back, chosen by a seeded shuffle. */
export function holdBack<T>(items: readonly T[], share: number, seed: number): [T[], T[]] {
  const random = mulberry32(seed);
  const order = items.map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.item);
  const cut = Math.round(items.length * share);
  return [order.slice(cut), order.slice(0, cut)];
}

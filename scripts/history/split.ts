// Seeded shuffles (mulberry32) to split train into folds: the same seed gives the same folds on every machine.

import { mulberry32 } from '../random.js';
export { mulberry32 };

/** Splits items into `count` folds of near-equal size, members chosen by a seeded shuffle. */
export function foldsOf<T>(items: readonly T[], count: number, seed: number): T[][] {
  const random = mulberry32(seed);
  const order = items.map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key).map((x) => x.item);
  return Array.from({ length: count }, (_, f) => order.filter((_, i) => i % count === f));
}

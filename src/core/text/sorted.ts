// Binary search over lists sorted by offset (person mentions, prose blocks, tokens, quotes), shared by the
// detectors.

/** Index of the first item starting at or after `offset`, or items.length when none does. */
export function firstStartingAt(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item starting after `offset`, or items.length when none does. */
export function firstStartingAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  return firstStartingAt(items, offset + 1);
}

/** Index of the first item ending after `offset`, or items.length (in a list sorted by start whose items do not
 *  nest, ends are sorted too). */
export function firstEndingAfter(items: ReadonlyArray<{ end: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Binary search over lists sorted by start offset (person mentions, prose blocks), shared by the detectors.

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

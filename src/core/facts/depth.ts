// How deeply a JSON text nests, found without recursion. Both JSON readers (jsonText.ts, jsonc-parser) and the
// writer (serialize.ts `ordered`, JSON.stringify) recurse once per level: around 3,000 levels the writer
// overflows the call stack, around 5,000 the readers do, and long before that a pretty-printed file grows with
// the square of its depth (1,000 levels: 2 MB of indentation). The schema nests five levels; 256 leaves any
// hand-added data ample room while keeping every recursion far from the stack's limit.

export const MAX_NESTING = 256;

/** Offset of the first "[" or "{" nested deeper than MAX_NESTING, outside strings; -1 when there is none. */
export function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip the string: to the next quote not escaped by an odd number of backslashes.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return -1;
}

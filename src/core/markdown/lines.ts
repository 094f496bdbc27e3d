// Offsets ↔ lines, shared by the prose document, the facts parser and every position the CLI prints.

/** Start offset of every line. LF, CRLF and a lone CR each end a line, as in remark, JSON and VS Code. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, found by indexOf (native) rather than a character loop: megabyte articles pay for this.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 0-based line and UTF-16 column of an offset. */
export function positionAt(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - lineStarts[lo] };
}

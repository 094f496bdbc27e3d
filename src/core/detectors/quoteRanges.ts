// Where quotations are, as [start, end) ranges including the marks. The quotes detector's findings are used when
// it found any; otherwise (quotes disabled or not yet run) a simple pairing of double quotation marks per prose
// block, which is all the attribution detector needs to let content run on to a quotation's end.
import type { DetectorContext } from '../context.js';

export type Range = [number, number];

export function quoteRanges(ctx: DetectorContext): Range[] {
  if (ctx.quotes.length > 0) {
    const m = ctx.doc.masked;
    // The quotes detector pairs the inner apostrophes of ''…'' (wire copy's double mark); the attribution's
    // content takes both apostrophes on each side, as a reader (and PolNeAR) reads the mark.
    return ctx.quotes.map((q) => (m[q.start] === "'" && m[q.start - 1] === "'" && m[q.end - 1] === "'" && m[q.end] === "'" ? [q.start - 1, q.end + 1] : [q.start, q.end]) as Range).sort((a, b) => a[0] - b[0]);
  }
  const out: Range[] = [];
  const m = ctx.doc.masked;
  for (const block of ctx.doc.blocks) {
    let open = -1;
    for (let i = block.start; i < block.end; i++) {
      const c = m[i];
      // Two apostrophes stand for a double quotation mark in some wire copy: ''Like this,'' he said.
      if (c === "'" && m[i + 1] === "'") {
        if (open < 0) open = i;
        else {
          out.push([open, i + 2]);
          open = -1;
        }
        i++;
        continue;
      }
      if (c === '“' || (c === '"' && open < 0 && (i === block.start || /[\s([{—–-]/.test(m[i - 1])))) {
        open = i;
      } else if ((c === '”' || c === '"') && open >= 0) {
        out.push([open, i + 1]);
        open = -1;
      }
    }
  }
  return out;
}

/** Is the offset inside one of the quotes the quotes detector found (ctx.quotes, in text order)? */
export function insideQuote(ctx: DetectorContext, offset: number): boolean {
  // Quotes are found after people; by the time anything resolves a pronoun or decides a claim's status, they are known.
  const qs = ctx.quotes;
  let lo = 0;
  let hi = qs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < qs[mid].start) hi = mid - 1;
    else if (offset >= qs[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

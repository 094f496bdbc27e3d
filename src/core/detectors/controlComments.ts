// <!-- factmark-disable-next-line -->, <!-- factmark-disable-line -->, <!-- factmark-disable --> …
// <!-- factmark-enable -->: let a writer silence findings deliberately (and visibly, in the source) instead of
// fighting the detector. A directive is the whole first word of the comment: "factmark-disabled" or
// "factmark-disable-everything" are not directives (they used to match as "disable" and silence the rest).
import type { Detector, DetectorContext } from '../context.js';
import { positionAt } from '../markdown/lines.js';

type Range = [number, number];

export const controlCommentsDetector: Detector = {
  id: 'control-comments',
  description: 'Drops findings inside regions silenced by factmark-disable comments.',
  run(ctx) {
    const ranges = disabledRanges(ctx);
    if (ranges.length === 0) return;
    const inside = (start: number) => ranges.some(([a, b]) => start >= a && start < b);
    ctx.quotes = ctx.quotes.filter((q) => !inside(q.start));
    ctx.attributions = ctx.attributions.filter((a) => !inside(a.cue.start));
    ctx.claims = ctx.claims.filter((c) => !inside(c.start));
    ctx.problems = ctx.problems.filter((p) => p.code.startsWith('control-') || !inside(p.start));
  },
};

function disabledRanges(ctx: DetectorContext): Range[] {
  const { text, lineStarts } = ctx.doc;
  const ranges: Range[] = [];
  let openAt: number | null = null;
  for (const c of ctx.doc.comments) {
    const directive = /^factmark-(disable-next-line|disable-line|disable|enable)(?=\s|$)/.exec(c.body)?.[1];
    if (!directive) continue;
    if (directive === 'disable-line') {
      const { line } = positionAt(lineStarts, c.start);
      ranges.push([lineStarts[line], line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length]);
    } else if (directive === 'disable-next-line') {
      const { line } = positionAt(lineStarts, c.end);
      const next = nextNonBlankLine(text, lineStarts, line + 1);
      if (next !== null) ranges.push([lineStarts[next], next + 1 < lineStarts.length ? lineStarts[next + 1] : text.length]);
    } else if (directive === 'disable') {
      if (openAt === null) openAt = c.end;
    } else if (openAt !== null) {
      ranges.push([openAt, c.start]);
      openAt = null;
    } else {
      ctx.problems.push({ severity: 'warning', code: 'control-unmatched-enable', message: 'Unexpected factmark-enable without a preceding factmark-disable.', start: c.start, end: c.end });
    }
  }
  if (openAt !== null) ranges.push([openAt, text.length]);
  return ranges;
}

function nextNonBlankLine(text: string, lineStarts: number[], line: number): number | null {
  for (let l = line; l < lineStarts.length; l++) {
    const end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length;
    if (text.slice(lineStarts[l], end).trim()) return l;
  }
  return null;
}

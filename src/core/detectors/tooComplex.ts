// `too-complex`: the parts of the article the Markdown parser was spared (markdown/guard.ts), so the writer knows
// that Factmark read them as plain text: links, footnotes and nesting there are not recognised.
import type { Detector } from '../context.js';
import { MAX_BRACKETS, MAX_DELIMITERS, MAX_DEPTH, type GuardedRegion } from '../markdown/guard.js';

export const tooComplexDetector: Detector = {
  id: 'too-complex',
  description: 'Reports Markdown too deeply nested or too dense to parse, read as plain text instead.',
  run(ctx) {
    for (const region of ctx.doc.guarded) {
      ctx.problems.push({ severity: 'warning', code: 'too-complex', message: message(region), start: region.start, end: region.end });
    }
  },
};

function message(region: GuardedRegion): string {
  const line = region.line + 1;
  const lines = region.lines.length;
  if (region.reason === 'depth') {
    const where = lines === 1 ? `Line ${line} is` : `Lines ${line}–${line + lines - 1} are`;
    return `${where} nested more than ${MAX_DEPTH} levels deep (">" or list markers); read as plain text.`;
  }
  return `The paragraph at line ${line} has more than ${MAX_BRACKETS} links or footnote calls, or more than ${MAX_DELIMITERS} ` +
    'emphasis marks, too many to parse as Markdown in reasonable time; read as plain text (its links and footnotes are not recognised).';
}

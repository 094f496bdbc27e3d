// <!-- factmark-disable unsourced-claim --> and the rest of markdownlint's grammar (disableRegions.ts): a writer
// silences a rule deliberately, and visibly in the source, instead of fighting the detector. Silencing marks a
// finding `silenced`: it is no diagnostic and fails no check, but highlights, hovers, the Claims view and exports
// still show it (dropping it would also hide the quote or attribution a reader needs to see).
import type { Detector } from '../context.js';
import { ARTICLE_RULE_CODES } from '../rules.js';
import type { Claim } from '../types.js';
import { disableMap } from './disableRegions.js';

/** The rule an unsourced claim is reported under (the same split as present/claimKind.ts). */
function ruleOf(claim: Claim): string {
  return claim.reasons.includes('vague-source') ? 'vague-source' : 'unsourced-claim';
}

export const controlCommentsDetector: Detector = {
  id: 'control-comments',
  description: 'Marks findings silenced by factmark-disable comments; reports directives that do nothing.',
  run(ctx) {
    const { text, lineStarts, comments } = ctx.doc;
    const map = disableMap(text, lineStarts, comments, ARTICLE_RULE_CODES);
    for (const issue of map.issues) {
      ctx.problems.push(issue.kind === 'unknown-rule'
        ? { severity: 'warning', code: 'control-unknown-rule', message: `Unexpected rule "${issue.rule}" in a factmark directive, expected a rule code from docs/rules.md.`, start: issue.start, end: issue.end }
        : { severity: 'warning', code: 'control-unmatched-enable', message: 'Unexpected factmark-enable without a preceding factmark-disable.', start: issue.start, end: issue.end });
    }
    if (!map.any) return;
    ctx.claims = ctx.claims.map((c) => (c.status === 'unsourced' && map.silencedAt(ruleOf(c), c.start) ? { ...c, silenced: true } : c));
    ctx.problems = ctx.problems.map((p) => (!p.code.startsWith('control-') && map.silencedAt(p.code, p.start) ? { ...p, silenced: true } : p));
  },
};

// Rule descriptions for SARIF (and anything else that wants a sentence per code). Problem codes the core adds
// later still get a rule: `ruleFor` falls back to a generic description rather than dropping the result.

export interface RuleInfo {
  id: string;
  name: string;
  short: string;
  full: string;
  level: 'error' | 'warning' | 'note';
}

const KNOWN: RuleInfo[] = [
  {
    id: 'unsourced-claim', name: 'UnsourcedClaim', level: 'warning',
    short: 'Check-worthy claim without a source.',
    full: 'A check-worthy statement (numbers, dates, events, characterisations) that is neither attributed to a specific source, nor cited with a link or footnote, nor linked to a sourced fact in the facts file.',
  },
  {
    id: 'vague-source', name: 'VagueSource', level: 'warning',
    short: 'Claim attributed only to a vague source.',
    full: 'The claim rests on an unnamed or collective source ("critics say", "experts believe", "it is widely believed"); name the source or cite it.',
  },
  {
    id: 'unbalanced-quote', name: 'UnbalancedQuote', level: 'warning',
    short: 'Quotation mark without its partner.',
    full: 'An opening quotation mark is never closed (or a closing one never opened); the extent of the quote is a best guess.',
  },
  {
    id: 'too-complex', name: 'TooComplex', level: 'warning',
    short: 'Markdown too deeply nested or too dense to parse; read as plain text.',
    full: 'A line nested in more than 32 blockquotes or list items, or a paragraph with more than 1,000 links, footnote calls or emphasis runs, is read as plain text instead of being parsed (the parser would take minutes or overflow the stack): its links and footnotes are not recognised.',
  },
  {
    id: 'control-unmatched-enable', name: 'UnmatchedEnable', level: 'warning',
    short: 'factmark-enable without a preceding factmark-disable.',
    full: 'An inline <!-- factmark-enable --> comment has no <!-- factmark-disable --> before it, so it has no effect.',
  },
];

export function ruleFor(id: string): RuleInfo {
  const known = KNOWN.find((r) => r.id === id);
  if (known) return known;
  if (id.startsWith('facts:')) {
    const code = id.slice('facts:'.length);
    return { id, name: `Facts${camel(code)}`, level: 'error', short: `Facts file problem: ${code}.`, full: `The sidecar facts file has a problem (${code}); see the message for where and why.` };
  }
  return { id, name: camel(id), level: 'warning', short: `Factmark problem: ${id}.`, full: `Factmark reported a problem with code ${id}.` };
}

function camel(code: string): string {
  return code.replace(/(^|[-_:/])(\w)/g, (_m, _sep, c: string) => c.toUpperCase());
}

/** Rules always listed in SARIF output, whether or not this run found anything for them. */
export const STANDARD_RULE_IDS = KNOWN.map((r) => r.id);

// Every rule code the quote check reports, in one place (documented in docs/rules.md under the same anchors).

/** Reported in the article, at the quote or the fact. */
export const QUOTE_RULE_CODES = [
  'quote-altered',
  'quote-not-found',
  'quote-speaker-mismatch',
  'quote-joins-passages',
  'needs-recheck',
] as const;

/** Reported in the facts file, at the source whose snapshot it is. */
export const SNAPSHOT_RULE_CODES = [
  'snapshot-missing',
  'snapshot-unreadable',
  'snapshot-binary',
  'snapshot-too-large',
  'snapshot-encoding',
  'snapshot-format',
] as const;

export type QuoteRuleCode = (typeof QUOTE_RULE_CODES)[number];

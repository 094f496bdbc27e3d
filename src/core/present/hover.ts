// The hover card as a Markdown string: what was found, why, and what the facts file says about it.
// Every piece of article or facts-file text is escaped; links are only http(s) sources and Factmark's own commands.
import type { Analysis } from '../types.js';
import type { Fact } from '../facts/types.js';
import { analysisRanks, describeCheckWorthiness } from './claimRank.js';
import { escapeMarkdown, excerpt, safeHttpUrl } from './escape.js';
import { claimDisplay, factAt, factOfClaim, findingsAt, sourcesOf, type FactsView } from './findings.js';
import { QUOTE_HOVER_COMMANDS, quoteHoverSections } from './quoteHover.js';

/** The only commands a hover card may run (passed to MarkdownString.isTrusted.enabledCommands). */
export const HOVER_COMMANDS = ['factmark.linkSource', 'factmark.setVerdict', 'factmark.markNotAClaim', ...QUOTE_HOVER_COMMANDS] as const;

// Plain-language names for the reasons the claim and status detectors record; an unknown reason shows as is.
const REASONS: Record<string, string> = {
  number: 'contains a number',
  quantity: 'states a quantity',
  money: 'mentions money',
  percent: 'gives a percentage',
  date: 'contains a date',
  comparison: 'makes a comparison',
  superlative: 'uses a superlative',
  causal: 'states a cause',
  'named-actor': 'says what a named party did',
  event: 'reports an event',
  statistic: 'cites a statistic',
  question: 'is a question',
  opinion: 'reads as opinion',
  hedged: 'is hedged',
  short: 'is short',
  'first-person': 'speaks in the first person',
  wording: 'is worded like statements fact-checkers checked',
  'second-person': 'addresses the reader',
  'vague-source': 'its source is vague',
  'anonymous-source': 'its source is anonymous',
  link: 'cites a link',
  footnote: 'cites a footnote',
  'according-to': 'says "according to" a specific source',
  'document-source': 'names a document as its source',
  attribution: 'attributed to a named source',
  'quote-speaker': 'inside a quote whose speaker is known',
  'linked-source': 'linked to a source in the facts file',
};

const STATUS: Record<string, string> = {
  unsourced: 'Unsourced claim',
  sourced: 'Sourced claim',
  linked: 'Claim linked to a source',
  false: 'Claim rated false or misleading',
  silenced: 'Marked as not a claim or opinion in the facts file',
};

/** Command arguments are the document and the span, so the command acts on exactly what was hovered. */
export interface HoverTarget {
  uri: string;
}

function commandLink(title: string, command: 'factmark.linkSource' | 'factmark.setVerdict' | 'factmark.markNotAClaim', args: unknown): string {
  return `[${escapeMarkdown(title)}](command:${command}?${encodeURIComponent(JSON.stringify([args]))} "${escapeMarkdown(title)}")`;
}

function describeReason(reason: string): string {
  return REASONS[reason] ?? reason;
}

function factLines(fact: Fact, facts: FactsView): string[] {
  const lines: string[] = [];
  if (fact.verdict) lines.push(`**Verdict:** ${escapeMarkdown(fact.verdict)}`);
  const sources = sourcesOf(facts, fact);
  if (sources.length > 0) {
    lines.push('**Sources:**');
    for (const { id, source } of sources) {
      if (!source) {
        lines.push(`- ${escapeMarkdown(id)} — *not found in the facts file*`);
        continue;
      }
      const title = escapeMarkdown(source.title ?? source.url ?? id);
      const url = safeHttpUrl(source.url);
      const publisher = source.publisher ? ` — ${escapeMarkdown(source.publisher)}` : '';
      lines.push(`- ${url ? `[${title}](${url})` : title}${publisher}`);
    }
  }
  if (fact.note) lines.push(`**Note:** ${escapeMarkdown(fact.note)}`);
  if (fact.checkedBy || fact.checkedAt) {
    const by = fact.checkedBy ? ` by ${escapeMarkdown(fact.checkedBy)}` : '';
    const at = fact.checkedAt ? ` on ${escapeMarkdown(fact.checkedAt)}` : '';
    lines.push(`*Checked${by}${at}*`);
  }
  return lines;
}

/** The span the card describes (the narrowest finding at `offset`), so the editor can anchor the hover to it. */
export function hoverSpan(analysis: Analysis, offset: number): { start: number; end: number } | null {
  const { claim, quote, attribution } = findingsAt(analysis, offset);
  const spans = [claim, quote, attribution?.cue, attribution?.source].filter((s): s is { start: number; end: number; text: string } => !!s && s.start <= offset && offset < s.end);
  spans.sort((a, b) => a.end - a.start - (b.end - b.start));
  return spans[0] ? { start: spans[0].start, end: spans[0].end } : null;
}

/** Markdown for the findings at `offset`, or null when there is nothing to show there. */
export function hoverMarkdown(analysis: Analysis, facts: FactsView, offset: number, target: HoverTarget): string | null {
  const { claim, quote, attribution } = findingsAt(analysis, offset);
  if (!claim && !quote && !attribution) return null;
  const sections: string[] = [];

  if (claim) {
    const display = claimDisplay(claim, facts);
    const fact = factOfClaim(facts, claim);
    const lines = [`**Factmark — ${STATUS[display]}**`];
    if (claim.silenced && display === 'unsourced') lines.push('*Silenced by a factmark-disable comment: not reported as a problem.*');
    if (claim.reasons.length > 0) lines.push(`Why: ${claim.reasons.map((r) => escapeMarkdown(describeReason(r))).join('; ')}`);
    lines.push(`Check-worthiness: ${describeCheckWorthiness(analysisRanks(analysis.claims), claim)}`);
    if (fact) lines.push(...factLines(fact, facts));
    const args = { uri: target.uri, start: claim.start, end: claim.end };
    lines.push(
      [
        commandLink('Link source…', 'factmark.linkSource', args),
        commandLink('Set verdict…', 'factmark.setVerdict', args),
        commandLink('Not a claim', 'factmark.markNotAClaim', args),
      ].join(' · '),
    );
    sections.push(lines.join('\n\n'));
  }

  if (quote) {
    const lines = [`**Quote**${quote.closed ? '' : ' (no closing mark found)'}`];
    lines.push(`> ${escapeMarkdown(excerpt(quote.inner.text, 160))}`);
    lines.push(quote.speaker ? `Speaker: ${escapeMarkdown(quote.speaker.name ?? quote.speaker.text)}${quote.speaker.name === null ? " (not named)" : ""}` : 'Speaker: *not found*');
    const fact = factAt(facts, quote.start, quote.end);
    if (fact) lines.push(...factLines(fact, facts));
    sections.push(lines.join('\n\n'));
  }

  if (attribution && !quote?.speaker) {
    const who = attribution.sourceName ?? attribution.source?.text;
    const lines = [`**Attribution** (${escapeMarkdown(attribution.cueKind)}, ${escapeMarkdown(attribution.contentKind)})`];
    lines.push(`Source: ${who ? escapeMarkdown(who) : '*none named*'}${attribution.vague ? ' — *vague source*' : ''}`);
    lines.push(`Cue: ${escapeMarkdown(attribution.cue.text)}`);
    sections.push(lines.join('\n\n'));
  } else if (attribution) {
    sections.push(`**Attribution** cue: ${escapeMarkdown(attribution.cue.text)}`);
  }

  sections.push(...quoteHoverSections(facts, offset, target.uri));
  return sections.join('\n\n---\n\n');
}

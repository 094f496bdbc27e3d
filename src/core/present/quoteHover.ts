// The quote check's part of a hover card: the judgement of a quote against its source snapshot with the word
// diff and a few words of the source around the passage, or, for a fact whose wording changed since it was
// checked, the diff between the checked and the current wording. Source and article text are escaped; the only
// links are Factmark's own commands.
import type { DiffPart } from '../quotecheck/types.js';
import type { QuoteCheck } from '../quotecheck/run.js';
import type { Recheck } from '../quotecheck/recheck.js';
import { escapeMarkdown, excerpt } from './escape.js';
import type { FactsView } from './findings.js';

export const QUOTE_HOVER_COMMANDS = ['factmark.openSnapshot', 'factmark.confirmRecheck'] as const;

const JUDGEMENT: Record<QuoteCheck['judgement'], string> = {
  verbatim: 'Verbatim — the source says exactly this',
  minor: 'Matches the source, with minor differences',
  altered: 'Altered — the source says something else',
  'not-found': 'Not found in the source',
};

const MINOR: Record<string, string> = {
  case: 'case', marks: 'quotation marks or apostrophes', punctuation: 'punctuation or spelling', whitespace: 'spacing',
  omission: 'an omission marked with an ellipsis', insertion: 'a [bracketed] insertion', sic: '[sic]',
};

function link(title: string, command: (typeof QUOTE_HOVER_COMMANDS)[number], args: unknown): string {
  return `[${escapeMarkdown(title)}](command:${command}?${encodeURIComponent(JSON.stringify([args]))} "${escapeMarkdown(title)}")`;
}

/** The diff as Markdown: removed source words struck through, the quote's own words in bold. */
export function diffMarkdown(diff: readonly DiffPart[]): string {
  return diff.map((p) => {
    if (p.kind === 'same') return escapeMarkdown(excerpt(p.text, 120));
    if (p.kind === 'swap') return `~~${escapeMarkdown(p.source ?? '')}~~ **${escapeMarkdown(p.quote ?? '')}**`;
    if (p.kind === 'added') return `**${escapeMarkdown(p.quote ?? '')}**`;
    return `~~${escapeMarkdown(p.source ?? '')}~~`;
  }).join(' ');
}

function checkSection(c: QuoteCheck, facts: FactsView): string {
  const source = facts.file?.sources.find((s) => s.id === c.sourceId);
  const lines = [`**Quote check — ${JUDGEMENT[c.judgement]}**`];
  lines.push(`Against ${escapeMarkdown(source?.title ?? c.sourceId)} (snapshot ${escapeMarkdown(c.snapshot.slice(c.snapshot.lastIndexOf('/') + 1))})`);
  if (c.minor.length > 0) lines.push(`Differences: ${c.minor.map((m) => escapeMarkdown(MINOR[m] ?? m)).join(', ')}`);
  if (c.changes.length > 0) lines.push(`Word diff (~~source~~ **quote**): ${diffMarkdown(c.diff)}`);
  if (c.joined?.far) lines.push(`Joins passages ${c.joined.gapWords} words apart in the source${c.joined.marked ? '' : ', without an ellipsis'}.`);
  if (c.speakerMismatch) lines.push(`**Speaker:** the source gives these words to ${escapeMarkdown(c.sourceSpeaker ?? '?')}, not ${escapeMarkdown(c.speaker ?? '?')}.`);
  if (c.at) {
    lines.push(`Source context: “${escapeMarkdown(excerpt(c.at.context, 200))}”`);
    lines.push(link('Open source at this passage', 'factmark.openSnapshot', { snapshot: c.snapshot, line: c.at.passage.line ?? 1 }));
  }
  return lines.join('\n\n');
}

function recheckSection(r: Recheck, uri: string): string {
  return [
    `**Needs re-check — the wording changed since fact ${escapeMarkdown(r.factId)} was checked**${r.severity === 'error' ? ' (a number, date, name or negation changed)' : ''}`,
    `Word diff (~~checked~~ **now**): ${diffMarkdown(r.diff)}`,
    link('Confirm Re-check', 'factmark.confirmRecheck', { uri, factId: r.factId }),
  ].join('\n\n');
}

/** Sections for the quote checks and re-checks covering `offset`. */
export function quoteHoverSections(facts: FactsView, offset: number, uri: string): string[] {
  const q = facts.quoteCheck;
  if (!q) return [];
  const at = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
  return [...q.checks.filter(at).map((c) => checkSection(c, facts)), ...q.rechecks.filter(at).map((r) => recheckSection(r, uri))];
}

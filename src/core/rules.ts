// Every rule Factmark reports, once: its code (the heading in docs/rules.md, so also the link anchor), where it is
// reported, its default severity and what it means. The editor's diagnostics, the CLI's SARIF rule metadata and
// the docs test all read this list; a new rule is one entry here, its detector and its section in docs/rules.md.
import type { DiagnosticSeverity } from './present/diagnostics.js';

export interface Rule {
  /** Stable code; `docs/rules.md#<code>` explains it. */
  code: string;
  /** PascalCase name (SARIF `name`). */
  name: string;
  /** Where it is reported: in the article, in its facts file, or in the configuration file. */
  scope: 'article' | 'facts' | 'config';
  severity: DiagnosticSeverity;
  /** One sentence. */
  short: string;
  /** What it means and what to do. */
  full: string;
}

const article = (code: string, severity: DiagnosticSeverity, short: string, full: string): Rule => ({ code, name: pascal(code), scope: 'article', severity, short, full });
const facts = (code: string, short: string, full: string, severity: DiagnosticSeverity = 'error'): Rule => ({ code, name: `Facts${pascal(code)}`, scope: 'facts', severity, short, full });

export const RULES: readonly Rule[] = [
  article('unsourced-claim', 'warning', 'Check-worthy claim without a source.',
    'A check-worthy statement (numbers, dates, events, characterisations) that is neither attributed to a specific source, nor cited with a link or footnote, nor linked to a sourced fact in the facts file.'),
  article('vague-source', 'warning', 'Wording that hides who is speaking.',
    'A claim rests on, or a sentence uses, an unnamed or collective source ("critics say", "experts believe", "it is widely believed", "studies show"); name the source or cite it.'),
  article('anonymous-source', 'information', 'A source described but not named.',
    'The source is deliberately anonymous ("people familiar with the talks", "an official who spoke on condition of anonymity"): the statement counts as attributed, but no reader can check who said it. Record who it is, or find a named source.'),
  article('orphaned-fact', 'information', 'A fact in the facts file could not be placed in the article.',
    'The text a fact points at is no longer in the article; the fact is kept in the file. Fix its target.exact or delete it by hand.'),
  article('unbalanced-quote', 'warning', 'Quotation mark without its partner.',
    'An opening quotation mark is never closed (or a closing one never opened); the extent of the quote is a best guess.'),
  article('control-unmatched-enable', 'warning', 'factmark-enable without a preceding factmark-disable.',
    'An inline <!-- factmark-enable --> comment has no <!-- factmark-disable --> before it, so it has no effect.'),
  article('control-unknown-rule', 'warning', 'A factmark-disable comment names a rule that does not exist.',
    'A disable or enable comment names a rule code Factmark does not have, so it silences nothing; check the spelling against docs/rules.md.'),
  article('too-complex', 'warning', 'Markdown too deeply nested or too dense to parse; read as plain text.',
    'A line nested in more than 32 blockquotes or list items, or a paragraph with more than 1,000 links, footnote calls or emphasis runs, is read as plain text instead of being parsed (the parser would take minutes or overflow the stack): its links and footnotes are not recognised.'),
  article('quote-altered', 'warning', 'A quote differs from its source snapshot.',
    'The quote is not what the snapshot of its source says: a word diff is shown; a changed number, name or negation is an error.'),
  article('quote-not-found', 'warning', 'A quote could not be found in its source snapshot.',
    'No passage of the source snapshot matches the quote closely enough; check the source or the snapshot.'),
  article('quote-speaker-mismatch', 'error', 'The quoted words were said by someone else.',
    'In a labelled transcript, the passage the quote matches is spoken by someone other than the quote\'s speaker.'),
  article('quote-joins-passages', 'warning', 'A quote joins passages far apart in the source.',
    'The quote runs together words that are far apart in the snapshot; mark the omission with an ellipsis or split the quote.'),
  article('needs-recheck', 'warning', 'The wording of a checked fact changed since it was checked.',
    'The text a fact was checked against is no longer in the article as it was: a word diff is shown; a changed number, date, name or negation is an error. "Factmark: Confirm Re-check" accepts the new wording.'),
  article('live-analysis-skipped', 'information', 'The document is too large to analyse while typing.',
    'The document is larger than factmark.liveAnalysisMaxSize characters; run "Factmark: Analyse This File Once" or raise the limit.'),
  article('facts-file-problem', 'warning', "The article's facts file has errors.",
    'Factmark shows what it can read from the facts file but will not write to it until its errors are fixed.'),
  facts('json-syntax', 'The facts file is not valid JSON.', 'The file is not valid JSON (no comments or trailing commas); the problem is reported at its line and column.'),
  facts('invalid-utf8', 'The facts file is not UTF-8.', 'The file contains bytes that are not UTF-8; the first one is reported. Save the file as UTF-8.'),
  facts('nesting-too-deep', 'Arrays and objects nested too deep.', 'Arrays and objects nested more than 256 levels deep; reported at the first bracket past the limit, and the file is never rewritten.'),
  facts('snapshot-missing', "A source's snapshot file does not exist.", 'The snapshot path (relative to the facts file) names no file; its quotes are not checked.'),
  facts('snapshot-unreadable', 'A snapshot cannot be read.', 'The snapshot cannot be read (permissions, a directory), or its path is not relative to the facts file.'),
  facts('snapshot-binary', 'A snapshot is not text.', 'The snapshot contains zero bytes (a PDF, a Word file, audio); save it as text, WebVTT, SubRip, Markdown or HTML.'),
  facts('snapshot-too-large', 'A snapshot is over the size limit.', 'The snapshot is larger than factmark.quoteCheck.maxSnapshotSize (5 MB by default) and was not read.'),
  facts('snapshot-encoding', 'A snapshot is not UTF-8.', 'The snapshot is UTF-16 or has bytes that are not UTF-8 (the first is reported); save it as UTF-8.'),
  facts('snapshot-format', 'A snapshot has an unknown format.', 'The snapshot extension is not one the quote check reads: .txt, .md, .vtt, .srt, .html.'),
  facts('wrong-type', 'A value has the wrong type.', 'A value has the wrong type, e.g. "version": "1" instead of 1.'),
  facts('unknown-value', 'A value outside its list.', 'A value outside its list, e.g. a verdict that is not one of the known verdicts.'),
  facts('invalid-value', 'A value that is not acceptable.', 'A value of the right type that is still not acceptable (an empty id, a malformed URL or date).'),
  facts('missing-property', 'A required property is missing.', 'A required property is missing, e.g. a fact without id, kind or target.'),
  facts('duplicate-key', 'A property appears twice in one object.', 'The same property appears twice in one object; only one of them could be kept.'),
  facts('duplicate-id', 'Two sources or two facts share an id.', 'Two sources or two facts share an id.'),
  facts('invalid-range', "A fact's target ends before it starts.", "A fact's target.end is before its target.start."),
  facts('dangling-source', 'A fact lists a source id that is not defined.', 'A fact lists a source id that is not defined in sources; add the source or fix the id.'),
  { code: 'config-problem', name: 'ConfigProblem', scope: 'config', severity: 'error', short: 'The .factmark.jsonc file has a problem.',
    full: 'The configuration file is not valid JSONC or a value does not fit its schema; the problem is reported at its line and column and the defaults apply to that value.' },
];

const byCode = new Map(RULES.map((r) => [r.code, r]));

/** The rule for a code; a code the core adds later still gets a generic rule rather than being dropped. */
export function ruleFor(code: string): Rule {
  return byCode.get(code) ?? { code, name: pascal(code), scope: 'article', severity: 'warning', short: `Factmark problem: ${code}.`, full: `Factmark reported a problem with code ${code}.` };
}

export function isRuleCode(code: string): boolean {
  return byCode.has(code);
}

/** Codes a factmark-disable comment or the `rules` key of .factmark.jsonc can name (article rules). */
export const ARTICLE_RULE_CODES: readonly string[] = RULES.filter((r) => r.scope === 'article').map((r) => r.code);

function pascal(code: string): string {
  return code.replace(/(^|[-_:/])(\w)/g, (_m, _sep, c: string) => c.toUpperCase());
}

// The contract of every export format: one or more analysed articles in, a string out, plus warnings.
// Exports are plain data made by the core; the CLI and the editor only write the string to a file.
import type { Analysis } from '../types.js';
import type { Anchor, FactsFile } from '../facts/types.js';
import type { QuoteCheckOutcome } from '../quotecheck/run.js';

/** Who publishes the fact check and where; used by ClaimReview, shown in reports. */
export interface ExportSettings {
  /** Fact-checking organisation, ClaimReview `author.name`. */
  organisationName?: string;
  /** Its home page, ClaimReview `author.url`. */
  organisationUrl?: string;
  /** Article URL when the front matter has neither `url:` nor `canonical:`. */
  articleUrl?: string;
  /** Page that hosts the published fact check (ClaimReview `url`); the article URL when absent. */
  reviewUrl?: string;
}

export interface ExportInput {
  /** Path as the user named it (relative to the workspace or the working directory). */
  articlePath: string;
  /** Overrides the front matter `title:` and the first heading. */
  title?: string;
  /** Overrides the front matter `url:` / `canonical:`. */
  url?: string;
  /** The article text the analysis and the anchors refer to. */
  text: string;
  /** The analysis with the facts file already applied (claims carry `factId`, statuses are final). */
  analysis: Analysis;
  facts?: FactsFile;
  /** Where each fact sits in `text`, one per fact (orphans included). */
  anchors?: Anchor[];
  settings?: ExportSettings;
  /** The quote check of the article, when it ran (CSV column `quote_check`, report section). */
  quoteCheck?: QuoteCheckOutcome;
}


export interface ExportWarning {
  /** Stable code, e.g. 'claim-reviewed-too-long', 'missing-recommended-field'. */
  code: string;
  message: string;
  articlePath?: string;
  factId?: string;
  field?: string;
}

export interface ExportOutput {
  content: string;
  warnings: ExportWarning[];
}

/** One export format: everything the CLI help, file names, the editor's pickers and the docs test need. */
export interface Exporter<F extends string = string> {
  /** The `--format` name. */
  format: F;
  /** Shown in the editor's format QuickPick. */
  label: string;
  /** File name extension, without the dot (save dialog filter). */
  extension: string;
  /** What replaces the article's extension in a default export file name (`story.md` → `story.report.md`). */
  suffix: string;
  mediaType: string;
  /** One line for `factmark export --help`. */
  help: string;
  run(inputs: readonly ExportInput[]): ExportOutput;
}

export interface MissingField {
  articlePath: string;
  factId: string;
  /** Dotted JSON path inside the ClaimReview item, e.g. 'author.name'. */
  field: string;
  /** What to do about it, e.g. "pass --org NAME". */
  hint?: string;
}

/** An export that cannot be produced, e.g. a ClaimReview without a required field. The message names each field and fact. */
export class ExportError extends Error {
  readonly code = 'missing-required-field';
  constructor(readonly missing: MissingField[]) {
    super(missing.map((m) => `${m.articlePath}: fact "${m.factId}" has no ${m.field} (required by ClaimReview)${m.hint ? `: ${m.hint}` : ''}`).join('\n'));
    this.name = 'ExportError';
  }
}

// Plain data of the quote check: a source's snapshot as read, and what checking a quote against it found.

/** A stretch of a snapshot said by one speaker (transcripts) or one block (documents). */
export interface Passage {
  /** Offsets into SnapshotDoc.text, end-exclusive. */
  start: number;
  end: number;
  /** The speaker label as written ("KISHIDA", "Fumio Kishida"), for labelled transcripts. */
  speaker?: string;
  /** 1-based line in the snapshot file where the passage begins (unknown for HTML). */
  line?: number;
  /** Cue timing ("00:01:02.000"), for WebVTT and SubRip. */
  time?: string;
}

export type SnapshotFormat = 'text' | 'markdown' | 'webvtt' | 'subrip' | 'html';

export interface SnapshotDoc {
  format: SnapshotFormat;
  /** What was said, labels and timings removed; passages index into it. */
  text: string;
  passages: Passage[];
  /** True when at least one passage carries a speaker label. */
  labelled: boolean;
}

export type QuoteJudgement = 'verbatim' | 'minor' | 'altered' | 'not-found';

/** What kind of word a change touches: negation, number, date and name changes are errors. */
export type ChangeClass = 'negation' | 'number' | 'date' | 'name' | 'word';

/** One step of a word diff: both sides for a swap, only the quote's for an added word, only the source's for a
 *  dropped one. */
export interface WordChange {
  kind: 'swap' | 'added' | 'dropped';
  quote?: string;
  source?: string;
  class: ChangeClass;
}

/** A piece of the word diff, in quote order, for display: equal text or a change. */
export type DiffPart = { kind: 'same'; text: string } | WordChange;

export interface QuoteCheckResult {
  judgement: QuoteJudgement;
  severity: 'error' | 'warning' | 'info';
  /** Minor differences by name: 'case', 'punctuation', 'marks', 'whitespace', 'omission', 'insertion', 'sic'. */
  minor: string[];
  changes: WordChange[];
  diff: DiffPart[];
  /** The quote runs passages together that are not adjacent in the source, with or without an ellipsis. */
  joined?: { marked: boolean; gapWords: number; far: boolean };
  /** The matched passage's speaker label, and whether it names the quote's speaker. */
  sourceSpeaker?: string;
  speakerMismatch?: boolean;
  /** Where the quote sits in the snapshot text (first to last matched word) and its passage. */
  at?: { start: number; end: number; passage: Passage; context: string };
}

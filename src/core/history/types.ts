// The claim history's data: earlier checks read from facts files and ClaimReview files, and what a match says.

export interface CheckSource {
  title?: string;
  url?: string;
  publisher?: string;
}

/** One earlier check of a claim: a fact with a verdict, or a ClaimReview item. */
export interface EarlierCheck {
  /** Unique in the history: the file and the fact id or item index. */
  key: string;
  claim: string;
  /** A ClaimReview's headline or summary, when it differs from the claim. */
  title?: string;
  /** Facts verdict ("false", "mostly-true"…) or the ClaimReview rating's name ("False"). */
  verdict: string;
  checkedAt?: string;
  checkedBy?: string;
  note?: string;
  sources: CheckSource[];
  origin: {
    kind: 'facts' | 'claimreview';
    /** The file it was read from, as the caller named it (workspace-relative path or URI). */
    file: string;
    factId?: string;
    /** The article the facts file belongs to. */
    article?: string;
    /** The published review (ClaimReview url) and its publisher (author.name). */
    url?: string;
    publisher?: string;
  };
}

/** A file the history could not read, at a 1-based line and column; it is skipped, never written. */
export interface HistoryProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface HistoryMatch {
  check: EarlierCheck;
  /** `checked`: the same claim; `partial`: same topic, but a number, date or name differs (see reasons). */
  status: 'checked' | 'partial';
  /** 0..1: the re-ranker's probability that this is the same claim, lowered for a partial match. */
  confidence: number;
  reasons: string[];
}

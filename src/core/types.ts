// Plain data shared by every part of Factmark. Offsets are UTF-16 string indices into the
// original article text, end-exclusive, so `text.slice(start, end)` always equals `.text`.

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * A speaker: the surface span in the text ("He", "Matsuno", "the secretary") and the full name of the person or
 * organisation the article identifies, or null when it never says who ("a reader who asked not to be named").
 */
export interface Speaker extends Span {
  name: string | null;
}

export interface Quote extends Span {
  id: string;
  /** Text between the marks (without them). */
  inner: Span;
  speaker: Speaker | null;
  /** False when a closing mark was never found; the span is then a best guess. */
  closed: boolean;
}

export type CueKind = 'speech' | 'writing' | 'cognition' | 'according-to' | 'report';
export type ContentKind = 'direct' | 'mixed' | 'indirect';

export interface Attribution {
  id: string;
  source: Span | null;
  cue: Span;
  content: Span | null;
  cueKind: CueKind;
  contentKind: ContentKind;
  /** Resolved name when the source is a pronoun or a surname ("He" → "Fumio Kishida"). */
  sourceName?: string;
  /** True for "critics say", "experts believe", "it is widely believed"… */
  vague: boolean;
  /** True for "people familiar with the talks", "an official who spoke on condition of anonymity": a source no reader can check. */
  anonymous?: boolean;
}

/** Wording that hides who speaks ("critics say", "it has been suggested that", "people familiar with the talks"). */
export interface VagueSource extends Span {
  kind: 'impersonal' | 'generality' | 'quantified-group' | 'unnamed-evidence' | 'anonymous' | 'vague-attribution';
  /** 'anonymous-source': a source a reader cannot check; 'vague-source': no one in particular. */
  reason: 'vague-source' | 'anonymous-source';
  /** Reported through an unsourced claim of its sentence, or answered by the citation of the claim it is in. */
  absorbed?: boolean;
}

export type ClaimStatus = 'unsourced' | 'attributed' | 'cited' | 'linked';

export interface Claim extends Span {
  id: string;
  status: ClaimStatus;
  /** Check-worthiness in 0..1. */
  score: number;
  /** Why it is a claim and why it has its status: 'number', 'date', 'vague-source', 'link'… */
  reasons: string[];
  /** Id of the attribution whose content covers this claim, if any. */
  attributionId?: string;
  /** Id of the facts-file entry that covers this claim, if any (set by the sidecar). */
  factId?: string;
  /** A factmark-disable comment silences its rule here: still shown, never a diagnostic or a failing exit. */
  silenced?: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  /** Stable rule code, e.g. 'unbalanced-quote', 'unsourced-claim'. */
  code: string;
  message: string;
  start: number;
  end: number;
  /** Silenced by a factmark-disable comment (see Claim.silenced). */
  silenced?: boolean;
}

export interface Analysis {
  quotes: Quote[];
  attributions: Attribution[];
  claims: Claim[];
  problems: Problem[];
}

export interface AnalyzeOptions {
  /** Claims scoring below this are not reported (they still rank in evaluations). Default 0.5. */
  minClaimScore?: number;
  /** Extra speech/cognition verbs (base forms or inflected, e.g. "quipped"). */
  extraCues?: string[];
  /** Extra vague-source phrases ("observers say"). */
  extraVagueSources?: string[];
  /** Which kinds to report; all by default. */
  kinds?: { quotes?: boolean; attributions?: boolean; claims?: boolean };
  /** Include every scored sentence, even below minClaimScore (for evaluation). */
  includeAllClaims?: boolean;
  /**
   * Let the learned attribution tagger (models/attribution-tagger.json) move the cue boundaries of the rules'
   * attributions, add cues in prose it is sure the rules missed and drop rule attributions it rejects (never a named
   * source, a citation, a document source or a user cue). Off by default (setting `factmark.attributionTagger`):
   * it costs about half again the analysis time on news (README, "Learned attribution tagger").
   */
  attributionTagger?: boolean;
}

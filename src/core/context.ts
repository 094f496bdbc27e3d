// What every detector receives. Detectors run in registry order and append to the shared result lists,
// so a later detector (claim status) can read what earlier ones (quotes, attributions) found.
import type { ProseDocument } from './markdown/prose.js';
import type { Sentence } from './markdown/sentences.js';
import type { Attribution, Claim, Problem, Quote, VagueSource } from './types.js';
import type { ResolvedOptions } from './options.js';
import type { VagueWordingMatch } from './lexicon/vagueWording.js';

export interface PersonMention {
  start: number;
  end: number;
  text: string;
  /** Longest known form of the name ("Fumio Kishida" for a later "Kishida"). */
  name: string;
  title?: string;
  gender?: 'male' | 'female';
}

export interface PersonIndex {
  mentions: PersonMention[];
  /** Full name for a surface form at an offset: a pronoun → the most recent fitting person; a surname → its full name. */
  resolve(surface: string, offset: number): string;
}

export interface DetectorContext {
  doc: ProseDocument;
  sentences: Sentence[];
  options: ResolvedOptions;
  people: PersonIndex;
  quotes: Quote[];
  attributions: Attribution[];
  claims: Claim[];
  /** Vague and anonymous sourcing found in the sentences (detectors/vagueSources.ts), before claim status. */
  vagueSources: VagueSource[];
  problems: Problem[];
  /** Quotes whose speaker the speakers detector guessed (subject, later cue, an earlier quote), not read off a cue. */
  guessedSpeakers?: Set<Quote>;
  /** Each sentence's vague wording by sentence index, once found (detectors/sentenceVagueWording.ts). */
  vagueWording?: Array<readonly VagueWordingMatch[]>;
}

export interface Detector {
  /** Stable id, also the rule code prefix. */
  id: string;
  description: string;
  run(ctx: DetectorContext): void;
}

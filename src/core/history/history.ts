// The claim history: earlier checks from facts files and ClaimReview files, indexed for matching. Built
// incrementally: `setFile` replaces one file's checks (a changed facts file re-indexes itself only) and
// `removeFile` drops them. Pure: callers read the files and pass their text.
import rankerJson from '../../../models/history-ranker.json';
import { checksFromClaimReview } from './fromClaimReview.js';
import { checksFromFacts } from './fromFacts.js';
import { guard } from './guards.js';
import { validateModel, type RankerModel } from './model.js';
import { profileOfCheck, type ClaimProfile } from './profile.js';
import { candidatesFor, rerank } from './rank.js';
import { searchIndex } from './search.js';
import { Bm25Index } from './bm25Index.js';
import { CheckStore } from './checkStore.js';
import type { EarlierCheck, HistoryMatch, HistoryProblem } from './types.js';

export const RANKER: RankerModel = validateModel(rankerJson as RankerModel);

export interface MatchOptions {
  /** Matches below this confidence are not reported (default 0.5). */
  minConfidence?: number;
  /** At most this many matches (default 3). */
  limit?: number;
  /** Leave out checks whose key this returns true for (e.g. the claim's own fact). */
  exclude?: (check: EarlierCheck) => boolean;
}

/** A partial match keeps the ranker's ordering but never reads as more likely than not. */
const PARTIAL_FACTOR = 0.5;
/** Profiles (trigrams, numbers, names) are built for candidates only and the most recent kept: a profile weighs
 *  ~7 kB, so keeping all of 10,000 would cost ~70 MB of the extension host's heap. */
const PROFILE_CACHE = 500;

export class ClaimHistory {
  private readonly index = new Bm25Index();
  private readonly store = new CheckStore();
  private readonly profiles = new Map<number, ClaimProfile>();
  /** File → the handles of its checks (an empty list for a broken file: known, nothing from it). */
  private readonly files = new Map<string, number[]>();

  constructor(private readonly model: RankerModel = RANKER) {}

  get size(): number {
    return this.store.size;
  }

  /** The earlier check with this key (a match's `check.key`), if it is still in the history. */
  get(key: string): EarlierCheck | undefined {
    const handle = this.store.find(this.files.get(key.slice(0, key.lastIndexOf('#'))) ?? [], key);
    return handle === undefined ? undefined : this.store.get(handle);
  }

  /** The files the history holds checks from (or tried to: a broken file is known, with no checks). */
  hasFile(file: string): boolean {
    return this.files.has(file);
  }

  get fileNames(): string[] {
    return [...this.files.keys()];
  }

  /** Replaces the checks of one file from its text; returns the file's problems (a broken file adds nothing). */
  setFile(file: string, kind: 'facts' | 'claimreview', text: string): HistoryProblem[] {
    const read = kind === 'facts' ? checksFromFacts(file, text) : checksFromClaimReview(file, text);
    this.removeFile(file);
    const handles = this.store.addFile(read.checks);
    read.checks.forEach((check, i) => this.index.add(handles[i], check.claim, check.title));
    this.files.set(file, handles);
    return read.problems;
  }

  removeFile(file: string): void {
    for (const handle of this.files.get(file) ?? []) {
      this.index.remove(handle);
      this.store.remove(handle);
      this.profiles.delete(handle);
    }
    this.files.delete(file);
  }

  /** Earlier checks of this claim, best first, each `checked` or `partial` with its confidence and reasons. */
  match(claim: string, options: MatchOptions = {}): HistoryMatch[] {
    const { minConfidence = 0.5, limit = 3, exclude } = options;
    if (this.store.size === 0 || claim.trim() === '') return [];
    const search = { search: (text: string, n: number) => searchIndex(this.index, this.model.search, text, n) };
    const { claim: profile, candidates } = candidatesFor(search, claim, this.model.candidates, (handle) => this.profileOf(handle), this.index.idf);
    const matches: HistoryMatch[] = [];
    for (const candidate of rerank(this.model, candidates)) {
      if (candidate.score < minConfidence || matches.length >= limit) break;
      const check = this.store.get(candidate.id);
      const checkProfile = this.profileOf(candidate.id);
      if (!check || !checkProfile || exclude?.(check)) continue;
      const guarded = guard(profile, checkProfile);
      const confidence = guarded.agrees ? candidate.score : candidate.score * PARTIAL_FACTOR;
      const reasons = [`ranker ${candidate.score.toFixed(2)}: ${overlap(profile, checkProfile)}`, ...guarded.reasons];
      matches.push({ check, status: guarded.agrees ? 'checked' : 'partial', confidence: round(confidence), reasons });
    }
    return matches;
  }

  /** A check's profile, from the bounded cache or built now (most recently used last, oldest evicted). */
  private profileOf(handle: number): ClaimProfile | undefined {
    const cached = this.profiles.get(handle);
    if (cached) {
      this.profiles.delete(handle);
      this.profiles.set(handle, cached);
      return cached;
    }
    const text = this.store.textOf(handle);
    if (!text) return undefined;
    const profile = profileOfCheck(text.claim, text.title);
    this.profiles.set(handle, profile);
    if (this.profiles.size > PROFILE_CACHE) this.profiles.delete(this.profiles.keys().next().value as number);
    return profile;
  }
}

function overlap(claim: ClaimProfile, check: ClaimProfile): string {
  const shared = [...check.terms].filter((t) => claim.terms.has(t)).length;
  return `shares ${shared} of the earlier check's ${check.terms.size} words`;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

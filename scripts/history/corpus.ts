// The CheckThat! verified claims as a claim history the way the product builds one (same search, same profiles),
// and the candidate lists of a set of tweets: shared by `npm run train:history` and `npm run eval`.
import { profileOfCheck, type ClaimProfile } from '../../src/core/history/profile.js';
import { candidatesFor, type RankedCandidate } from '../../src/core/history/rank.js';
import { ClaimSearch, type SearchSettings } from '../../src/core/history/search.js';
import { TermStats } from '../../src/core/history/termStats.js';
import type { Tweet, VerifiedClaim } from '../eval/checkthat.js';

export interface Corpus {
  search: ClaimSearch;
  profiles: Map<string, ClaimProfile>;
  stats: TermStats;
}

export function buildCorpus(claims: readonly VerifiedClaim[], settings: SearchSettings): Corpus {
  const search = new ClaimSearch(settings);
  const profiles = new Map<string, ClaimProfile>();
  const stats = new TermStats();
  for (const c of claims) {
    search.add({ id: c.id, text: c.claim, title: c.title });
    const profile = profileOfCheck(c.claim, c.title);
    profiles.set(c.id, profile);
    stats.add(profile.terms);
  }
  return { search, profiles, stats };
}

export interface Query {
  tweet: Tweet;
  candidates: RankedCandidate[];
}

export function queriesOf(corpus: Corpus, tweets: readonly Tweet[], limit: number): Query[] {
  return tweets.map((tweet) => ({
    tweet,
    candidates: candidatesFor(corpus.search, tweet.text, limit, (id) => corpus.profiles.get(id), corpus.stats.idf).candidates,
  }));
}

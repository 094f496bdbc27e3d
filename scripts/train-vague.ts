// `npm run train:vague`: mines the vague-source lexicon (models/vague-sources.json) from PolNeAR **train**.
// PolNeAR marks unnamed groups ("officials", "some analysts", "critics") as sources like any other; a head noun that
// is mostly used bare — lower-case, plural, with no name, possessive or definite article in its phrase — names
// nobody a reader could check. The held-back slice is left out so `npm run eval` can still show it unseen; dev is
// never read. Only head words and counts are written, never article text.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDataPresent, evalDirLabel, isHeldBack, polnearTrainPath, readJsonl, repoRoot, type PolnearArticle } from './eval/data.js';
import { headOf, isUnnamedGroup, MIN_COUNT, MIN_UNNAMED_SHARE, type HeadCount } from './vague/heads.js';

export const MODEL_PATH = join(repoRoot, 'models', 'vague-sources.json');

export interface VagueModel {
  version: 1;
  provenance: Record<string, unknown>;
  /** Head nouns of unnamed groups, with how often PolNeAR train uses them bare and in all. */
  groupHeads: Record<string, HeadCount>;
  /** Cue words used with those groups, with how often. */
  groupCues: Record<string, number>;
}

function mine(articles: readonly PolnearArticle[]): Map<string, HeadCount> {
  const counts = new Map<string, HeadCount>();
  for (const article of articles) {
    for (const a of article.attributions) {
      if (!a.source) continue;
      const head = headOf(a.source.text);
      if (!head) continue;
      const c = counts.get(head) ?? { unnamed: 0, total: 0 };
      c.total++;
      if (isUnnamedGroup(a.source.text)) c.unnamed++;
      counts.set(head, c);
    }
  }
  return counts;
}

/**
 * The cue words PolNeAR train uses with unnamed-group sources (a mined head, used bare): single lower-case words, so
 * "officials insisted" teaches "insisted". A cue must be used so at least MIN_COUNT times.
 */
const NOT_VERBS = new Set(['for', 'against', 'of', 'on', 'with', 'to', 'in', 'about', 'by', 'from', 'as', 'behind', 'among']);

function mineGroupCues(articles: readonly PolnearArticle[], heads: ReadonlySet<string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const a of article.attributions) {
      if (!a.source || !a.cue) continue;
      const head = headOf(a.source.text);
      if (!head || !heads.has(head) || !isUnnamedGroup(a.source.text)) continue;
      const cue = a.cue.text.trim().toLowerCase();
      // Prepositions ("voters for the bill") and participles ("voters supporting him") modify the group; they do not
      // say what it says.
      if (/^[a-z]+$/.test(cue) && !cue.endsWith('ing') && !NOT_VERBS.has(cue)) counts.set(cue, (counts.get(cue) ?? 0) + 1);
    }
  }
  const cues: Record<string, number> = {};
  for (const [cue, n] of [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) if (n >= MIN_COUNT) cues[cue] = n;
  return cues;
}

function main(): void {
  if (!evalDataPresent()) {
    process.stdout.write(`${evalDirLabel} not found: the training data is not part of this repo. Nothing to train.\n`);
    return;
  }
  const articles = readJsonl<PolnearArticle>(polnearTrainPath).filter((a) => !isHeldBack(a.id));
  const counts = mine(articles);
  const groupHeads: Record<string, HeadCount> = {};
  for (const [head, c] of [...counts].sort((x, y) => y[1].unnamed - x[1].unnamed || (x[0] < y[0] ? -1 : 1))) {
    if (c.unnamed >= MIN_COUNT && c.unnamed / c.total >= MIN_UNNAMED_SHARE) groupHeads[head] = c;
  }
  const groupCues = mineGroupCues(articles, new Set(Object.keys(groupHeads)));
  const model: VagueModel = {
    version: 1,
    provenance: {
      data: 'polnear/train.jsonl (networkdynamics/PolNeAR c3eee833), without the held-back slice (scripts/eval/data.ts isHeldBack)',
      sha256: createHash('sha256').update(readFileSync(polnearTrainPath)).digest('hex'),
      articles: articles.length,
      rule: `lower-case plural head, used bare (no name, possessive or definite article) at least ${MIN_COUNT} times and in at least ${MIN_UNNAMED_SHARE * 100}% of its uses`,
      groupCueRule: `single-word cue (no preposition, no -ing participle) of an attribution whose source is one of the group heads used bare, at least ${MIN_COUNT} times`,
      script: 'scripts/train-vague.ts',
    },
    groupHeads,
    groupCues,
  };
  writeFileSync(MODEL_PATH, `${JSON.stringify(model, null, 2)}\n`);
  process.stdout.write(`${Object.keys(groupHeads).length} group heads and ${Object.keys(groupCues).length} group cues from ${articles.length} articles → models/vague-sources.json\n`);
}

main();

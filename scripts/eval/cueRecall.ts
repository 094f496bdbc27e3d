// Where the tagger's missing cues are lost (issue 16): each gold attribution of PolNeAR train (held-back slice or
// the rest, never dev) whose cue no predicted cue overlaps is put in the first stage that lost it:
//   untagged  its sentence is not in the tagger's scope (no cue word, mined phrase or rule cue: tagSentences.ts);
//             split by whether the tagger would tag a cue there if the sentence were tagged;
//   tagged O  the sentence is tagged and no tagger or rule cue overlaps the gold cue;
//   dropped   a tagger or rule cue overlaps it but assembly (assemble.ts: margins, guards) did not keep it.
import { readPolnearHeldBack, readPolnearTrainRest, type PolnearArticle } from './data.js';
import { ruleContext } from '../train/taggerCorpus.js';
import { cueTable, wordCues } from '../../src/core/detectors/attributions/shared.js';
import { forEachTagSentence } from '../../src/core/detectors/attributions/tagSentences.js';
import { assemble, collectRuns, emptyTagSpans } from '../../src/core/detectors/attributions/assemble.js';
import { Tagger } from '../../src/core/detectors/attributions/tagger.js';
import { taggerModel } from '../../src/core/detectors/attributions/model.js';
import { firstStartingAt } from '../../src/core/text/sorted.js';

const words = wordCues(cueTable([]));

/** The eval's matching rule (metrics.ts halfOverlap) on two contiguous spans. */
function matchesHalf(a: readonly [number, number], b: readonly [number, number]): boolean {
  const shorter = Math.min(a[1] - a[0], b[1] - b[0]);
  return shorter > 0 && 2 * (Math.min(a[1], b[1]) - Math.max(a[0], b[0])) >= shorter;
}

function tallyCueWords(counts: Map<string, number>, cue: string): void {
  const key = cue.toLowerCase().replace(/\s+/g, ' ');
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

interface Tally {
  gold: number;
  missed: number;
  untaggedWouldFind: number;
  untaggedO: number;
  taggedO: number;
  dropped: number;
  /** Of the dropped: a rule cue the tagger dropped; a tagger cue under the adding margin; one a guard refused. */
  droppedRule: number;
  underMargin: number;
  guarded: number;
}

function diagnose(articles: readonly PolnearArticle[], missedWords: Map<string, number>): Tally {
  const model = taggerModel();
  if (!model) throw new Error('models/attribution-tagger.json holds no model');
  const tally: Tally = { gold: 0, missed: 0, untaggedWouldFind: 0, untaggedO: 0, taggedO: 0, dropped: 0, droppedRule: 0, underMargin: 0, guarded: 0 };
  for (const article of articles) {
    const { ctx, rules } = ruleContext(article.text);
    const inScope = new Set<number>();
    forEachTagSentence(ctx, rules, words, model.phrases, (_s, index) => inScope.add(index), 'cueWords');
    const runs = emptyTagSpans();
    const all = emptyTagSpans();
    const tagger = new Tagger(model, words);
    forEachTagSentence(ctx, rules, words, model.phrases, (s, index) => {
      const tags = new Uint8Array(s.toks.length);
      const margins = new Float64Array(s.toks.length);
      tagger.tag(s, tags);
      tagger.cueMargins(s.toks.length, margins);
      collectRuns(all, s.toks, tags, index, margins, s.rule);
      if (inScope.has(index)) collectRuns(runs, s.toks, tags, index, margins, s.rule);
    }, 'all');
    const found = assemble(ctx, rules, runs, words, model.combine).map((a) => [a.cue.start, a.cue.end] as const);
    for (const g of article.attributions) {
      if (!g.cue) continue;
      tally.gold++;
      const cue = [g.cue.start, g.cue.end] as const;
      if (found.some((p) => matchesHalf(p, cue))) continue;
      tally.missed++;
      tallyCueWords(missedWords, g.cue.text);
      const sentence = firstStartingAt(ctx.sentences, g.cue.start + 1) - 1;
      const candidates = [...runs.cue, ...runs.ruleCue].map((c) => [c.start, c.end] as const);
      if (!inScope.has(sentence)) {
        if (all.cue.some((c) => c.sentence === sentence && matchesHalf([c.start, c.end], cue))) tally.untaggedWouldFind++;
        else tally.untaggedO++;
      } else if (candidates.some((c) => matchesHalf(c, cue))) {
        tally.dropped++;
        const taggerCues = runs.cue.filter((c) => matchesHalf([c.start, c.end], cue));
        if (taggerCues.length === 0) tally.droppedRule++;
        else if (taggerCues.every((c) => c.margin < (model.combine.addMargin ?? 0))) tally.underMargin++;
        else tally.guarded++;
      } else tally.taggedO++;
    }
  }
  return tally;
}

function main(): void {
  const at = process.argv.indexOf('--on');
  const on = at < 0 ? 'held-back' : process.argv[at + 1];
  if (on !== 'held-back' && on !== 'train') {
    process.stderr.write(`--on takes held-back or train (dev is only reported, never read for misses), not ${on ?? 'nothing'}\n`);
    process.exit(2);
  }
  const articles = on === 'train' ? readPolnearTrainRest() : readPolnearHeldBack();
  const missedWords = new Map<string, number>();
  const t = diagnose(articles, missedWords);
  const pct = (n: number) => `${n} (${((100 * n) / t.missed).toFixed(1)}%)`;
  process.stdout.write(`PolNeAR ${on}: ${articles.length} articles, ${t.gold} gold cues, ${t.missed} with no predicted cue\n`);
  process.stdout.write(`  sentence never tagged:            ${pct(t.untaggedWouldFind + t.untaggedO)}\n`);
  process.stdout.write(`    …the tagger would find it there: ${pct(t.untaggedWouldFind)}\n`);
  process.stdout.write(`    …the tagger would tag it O:      ${pct(t.untaggedO)}\n`);
  process.stdout.write(`  tagged, cue tagged O (no rule cue): ${pct(t.taggedO)}\n`);
  process.stdout.write(`  found, dropped by assembly:       ${pct(t.dropped)}\n`);
  process.stdout.write(`    …a rule cue the tagger dropped:  ${pct(t.droppedRule)}\n`);
  process.stdout.write(`    …a tagger cue under the margin:  ${pct(t.underMargin)}\n`);
  process.stdout.write(`    …a tagger cue a guard refused:   ${pct(t.guarded)}\n`);
  const top = [...missedWords].sort((a, b) => b[1] - a[1]).slice(0, 40);
  process.stdout.write(`  most missed cue words: ${top.map(([w, n]) => `${w} ${n}`).join(', ')}\n`);
}

main();

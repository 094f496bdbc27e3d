// The evaluation text is research-use only and must never be copied into this repository — not as a test
// sentence, not as an example in a comment. `npm run eval` holds every tracked file to that: no run of
// RUN_WORDS consecutive words may appear both in the file and in the evaluation data (PolNeAR dev and train,
// CLEF test). Ordinary phrases shorter than that ("declined to comment on the") are common English and not flagged.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RUN_WORDS = 6;

export interface CopiedRun {
  path: string;
  line: number;
  words: string;
}

interface Word {
  word: string;
  at: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}'’]+/gu)].map((m) => ({ word: m[0].toLowerCase().replace(/’/g, "'"), at: m.index }));
}

/** Every run of `n` consecutive words of the texts, joined by single spaces, added to `runs` when given. */
export function wordRuns(texts: Iterable<string>, n = RUN_WORDS, runs = new Set<string>()): Set<string> {
  for (const text of texts) {
    const words = wordsOf(text).map((w) => w.word);
    for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
  }
  return runs;
}

/** Where the files share a run of `n` words with the evaluation texts: one entry per file line. */
export function copiedRuns(files: Array<{ path: string; text: string }>, evalRuns: Set<string>, n = RUN_WORDS): CopiedRun[] {
  const found: CopiedRun[] = [];
  for (const { path, text } of files) {
    const words = wordsOf(text);
    let lastLine = -1;
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n).map((w) => w.word).join(' ');
      if (!evalRuns.has(run)) continue;
      const line = text.slice(0, words[i].at).split('\n').length;
      if (line !== lastLine) found.push({ path, line, words: run });
      lastLine = line;
    }
  }
  return found;
}

/** Folders held only to the held-out texts (PolNeAR dev, CLEF test), not to PolNeAR train, and why. */
export const NOT_COMPARED_WITH_TRAIN = [
  // The attribution tagger lists learned bigram features, and neighbouring features form chance runs of words.
  // A model learned from train is shipped by design (../shared/eval/README.md allows learned weights).
  'models/',
  // The weasel set is a frozen blind measure, not PolNeAR text and not to be edited; its only overlaps with train
  // are stock news phrases ("not authorized to speak", "the Freedom of Information Act").
  'test/fixtures/weasel/',
];

/** Whether a repository path is compared with PolNeAR train (see NOT_COMPARED_WITH_TRAIN). */
export function comparedWithTrain(path: string): boolean {
  return !NOT_COMPARED_WITH_TRAIN.some((folder) => path.startsWith(folder));
}

/**
 * The repository's text files that a commit could publish: tracked ones and new ones not ignored by .gitignore.
 * Binary files (a NUL byte) and the lockfile are skipped.
 */
export function repositoryTextFiles(root: string): Array<{ path: string; text: string }> {
  const paths = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n').filter((p) => p && p !== 'package-lock.json' && existsSync(join(root, p)));
  return [...new Set(paths)]
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }))
    .filter((f) => !f.text.includes('\0'));
}

// Readers for the third-party evaluation sets in ../shared/eval. The data is read at run time only and never
// copied into this repository (research-use licences; see ../shared/eval/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared/eval next to the checkout; FACTMARK_EVAL_DIR points elsewhere (tests use it to simulate absence). */
export const evalDir = process.env.FACTMARK_EVAL_DIR ? resolve(process.env.FACTMARK_EVAL_DIR) : resolve(repoRoot, '..', 'shared', 'eval');
export const evalDirLabel = process.env.FACTMARK_EVAL_DIR ? evalDir : '../shared/eval';
export const polnearDevPath = join(evalDir, 'polnear', 'dev.jsonl');
export const polnearTrainPath = join(evalDir, 'polnear', 'train.jsonl');
export const clefTestPath = join(evalDir, 'clef2019', 'test_full.jsonl');

export interface GoldSpan {
  start: number;
  end: number;
  fragments?: Array<[number, number]>;
  text: string;
}

export interface PolnearAttribution {
  id: string;
  source: GoldSpan | null;
  cue: GoldSpan | null;
  content: GoldSpan | null;
  content_kind?: string;
  quoted_segments?: Array<{ start: number; end: number; text: string }>;
}

export interface PolnearArticle {
  id: string;
  text: string;
  attributions: PolnearAttribution[];
}

export interface ClefSentence {
  id: string;
  doc: string;
  line_number: number;
  speaker: string;
  text: string;
  label: number;
}

export function evalDataPresent(): boolean {
  return existsSync(evalDir);
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readPolnearDev(): PolnearArticle[] {
  return readJsonl<PolnearArticle>(polnearDevPath);
}

/**
 * The held-back slice of PolNeAR train: about one article in ten, chosen by a hash of its id so that the slice
 * never changes with file order. Anything learned from train leaves these out and is chosen on them; the eval
 * prints their figures beside dev, so a rule or model that fits dev alone shows as a gap.
 */
export function isHeldBack(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 10 === 0;
}

export function readPolnearHeldBack(): PolnearArticle[] {
  return readJsonl<PolnearArticle>(polnearTrainPath).filter((a) => isHeldBack(a.id));
}

/** PolNeAR train without the held-back slice: where rules are tuned and their errors read. */
export function readPolnearTrainRest(): PolnearArticle[] {
  return readJsonl<PolnearArticle>(polnearTrainPath).filter((a) => !isHeldBack(a.id));
}

export function readClefTest(): ClefSentence[] {
  return readJsonl<ClefSentence>(clefTestPath);
}

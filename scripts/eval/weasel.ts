// The weasel-wording set (test/fixtures/weasel/, hand-written blind): single sentences labelled vague, anonymous or
// none, each analysed as a one-paragraph article. Recall asks for a finding of the right kind over the words a
// fact-checker would underline; precision is per sentence, over every sentence with a finding of that kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/index.js';
import { repoRoot } from './data.js';
import { fixed, formatTable } from './table.js';

export const WEASEL_LABELS = ['vague', 'anonymous', 'none'] as const;
export type WeaselLabel = (typeof WEASEL_LABELS)[number];
/** What the analysis says of a sentence: its kinds of finding anywhere in it. */
export const WEASEL_PREDICTIONS = ['vague', 'anonymous', 'both', 'nothing'] as const;
export type WeaselPrediction = (typeof WEASEL_PREDICTIONS)[number];

export interface WeaselItem {
  text: string;
  label: WeaselLabel;
  /** The words a fact-checker would underline; empty for `none`. */
  words: string;
}

interface Counted {
  hit: number;
  gold: number;
}

export interface WeaselResult {
  sentences: number;
  /** Vague sentences with a vague finding over their words. */
  vague: Counted;
  /** Anonymous sentences with an anonymous finding over their words. */
  anonymous: Counted;
  /** Sentences with a finding of each kind, and how many of them carry that label. */
  precision: { vague: Counted; anonymous: Counted };
  /** `none` sentences with a finding, counted once per kind found there (a sentence with both counts twice). */
  falseOnNone: number;
  confusion: Record<WeaselLabel, Record<WeaselPrediction, number>>;
  /** Labelled sentences the analysis missed, and `none` sentences it flagged: what to read on the develop half. */
  failures: Array<{ item: WeaselItem; predicted: WeaselPrediction }>;
}

type Range = readonly [number, number];

/** Reads one half; a bad line is an error naming its line. */
export function readWeaselSet(path: string): WeaselItem[] {
  const items: WeaselItem[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const o = JSON.parse(line) as Partial<WeaselItem>;
    if (typeof o.text !== 'string' || !(WEASEL_LABELS as readonly unknown[]).includes(o.label) || typeof o.words !== 'string') {
      throw new Error(`${path}:${i + 1}: expected { "text", "label": vague|anonymous|none, "words" }`);
    }
    if (o.label !== 'none' && !o.text.toLowerCase().includes(o.words.toLowerCase())) throw new Error(`${path}:${i + 1}: the words are not in the text`);
    items.push(o as WeaselItem);
  });
  return items;
}

export const weaselPaths = { develop: join(repoRoot, 'test', 'fixtures', 'weasel', 'develop.jsonl'), measure: join(repoRoot, 'test', 'fixtures', 'weasel', 'measure.jsonl') };

/** The spans of an analysis's vague and of its anonymous findings: problems, attributions and claim diagnostics. */
export function findingSpans(a: Analysis): { vague: Range[]; anonymous: Range[] } {
  const vague: Range[] = [];
  const anonymous: Range[] = [];
  for (const p of a.problems) {
    if (p.code === 'vague-source') vague.push([p.start, p.end]);
    else if (p.code === 'anonymous-source') anonymous.push([p.start, p.end]);
  }
  for (const at of a.attributions) {
    // As in the PolNeAR proxy: a sourceless vague attribution ("it is unclear whether") hides no speaker, and the
    // impersonal passives that do are findings of their own.
    const into = !at.source ? null : at.anonymous ? anonymous : at.vague ? vague : null;
    if (!into) continue;
    into.push([at.cue.start, at.cue.end], [at.source!.start, at.source!.end]);
  }
  for (const c of a.claims) {
    if (c.status === 'unsourced' && c.reasons.includes('vague-source')) vague.push([c.start, c.end]);
    else if (c.reasons.includes('anonymous-source')) anonymous.push([c.start, c.end]);
  }
  return { vague, anonymous };
}

const overlaps = (r: Range, from: number, to: number): boolean => r[0] < to && from < r[1];

export function scoreWeasel(items: readonly WeaselItem[], analyze: (text: string) => Analysis): WeaselResult {
  const zero = (): Record<WeaselPrediction, number> => ({ vague: 0, anonymous: 0, both: 0, nothing: 0 });
  const r: WeaselResult = {
    sentences: items.length, vague: { hit: 0, gold: 0 }, anonymous: { hit: 0, gold: 0 },
    precision: { vague: { hit: 0, gold: 0 }, anonymous: { hit: 0, gold: 0 } }, falseOnNone: 0,
    confusion: { vague: zero(), anonymous: zero(), none: zero() }, failures: [],
  };
  for (const item of items) {
    const spans = findingSpans(analyze(item.text));
    const predicted: WeaselPrediction = spans.vague.length && spans.anonymous.length ? 'both' : spans.vague.length ? 'vague' : spans.anonymous.length ? 'anonymous' : 'nothing';
    r.confusion[item.label][predicted]++;
    for (const kind of ['vague', 'anonymous'] as const) {
      if (spans[kind].length === 0) continue;
      r.precision[kind].gold++;
      if (item.label === kind) r.precision[kind].hit++;
    }
    if (item.label === 'none') {
      r.falseOnNone += Number(spans.vague.length > 0) + Number(spans.anonymous.length > 0);
      if (predicted !== 'nothing') r.failures.push({ item, predicted });
      continue;
    }
    const from = item.text.toLowerCase().indexOf(item.words.toLowerCase());
    const found = spans[item.label].some((s) => overlaps(s, from, from + item.words.length));
    r[item.label].gold++;
    if (found) r[item.label].hit++;
    else r.failures.push({ item, predicted });
  }
  return r;
}

const ratio = (c: Counted): string => `${fixed(c.hit / c.gold)} (${c.hit}/${c.gold})`;

export function formatWeasel(halves: ReadonlyArray<{ name: string; result: WeaselResult }>): string {
  let out = '\nWeasel wording (test/fixtures/weasel, hand-written blind; each sentence a one-paragraph article):\n' +
    'recall: a finding of the labelled kind over the labelled words; precision: sentences with a finding of that kind\n' +
    'that carry its label; false findings: `none` sentences with a vague or an anonymous finding (once per kind).\n\n';
  out += formatTable(['', ...halves.map((h) => `${h.name} (${h.result.sentences})`)], [
    ['vague recall', ...halves.map((h) => ratio(h.result.vague))],
    ['anonymous recall', ...halves.map((h) => ratio(h.result.anonymous))],
    ['vague precision', ...halves.map((h) => ratio(h.result.precision.vague))],
    ['anonymous precision', ...halves.map((h) => ratio(h.result.precision.anonymous))],
    ['false findings on none', ...halves.map((h) => String(h.result.falseOnNone))],
  ]);
  for (const h of halves) {
    out += `\n${h.name}: gold label × what was found in the sentence\n`;
    out += formatTable(['gold \\ found', ...WEASEL_PREDICTIONS], WEASEL_LABELS.map((l) => [l, ...WEASEL_PREDICTIONS.map((p) => String(h.result.confusion[l][p]))]));
  }
  return out;
}

/** The develop half's failures, for reading (the measure half's are not printed: it is run to report). */
export function formatWeaselFailures(r: WeaselResult): string {
  return r.failures.map((f) => `- ${f.item.label} → ${f.predicted} «${f.item.text}»${f.item.words ? ` [${f.item.words}]` : ''}\n`).join('');
}

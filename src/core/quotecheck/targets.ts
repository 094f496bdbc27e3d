// Which quotes are checked, and against which snapshots. A quote covered by a fact that cites a source with a
// snapshot is checked against that snapshot. Otherwise, a quote whose speaker matches a speaker label in a
// transcript is checked against that transcript (only quotes of a few words: a one-word scare quote is no
// claim about what was said). Facts of kind "quote" are checked even where the detector found no quote.
import type { Analysis } from '../types.js';
import type { Anchor, Fact, FactsFile } from '../facts/types.js';
import type { LoadedSnapshot } from './load.js';
import { sameSpeaker } from './speakers.js';
import type { SnapshotDoc } from './types.js';

export interface QuoteTarget {
  /** The quote in the article, marks included, and the text between the marks. */
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  speaker?: string;
  factId?: string;
  snapshots: { sourceId: string; path: string; doc: SnapshotDoc }[];
}

/** Speaker-matched quotes need at least this many words. */
const MIN_WORDS_BY_SPEAKER = 4;

export function quoteTargets(text: string, analysis: Analysis, facts: FactsFile, anchors: readonly Anchor[], loaded: readonly LoadedSnapshot[]): QuoteTarget[] {
  const usable = loaded.flatMap((l) => (l.read.ok ? [{ sourceId: l.sourceId, path: l.path, doc: l.read.doc }] : []));
  if (usable.length === 0) return [];
  const factById = new Map(facts.facts.map((f) => [f.id, f]));
  const placed = anchors.flatMap((a) => (a.status === 'anchored' && factById.has(a.factId) ? [{ fact: factById.get(a.factId)!, start: a.start, end: a.end }] : []));
  const targets: QuoteTarget[] = [];
  const seen = new Set<string>();
  const add = (t: Omit<QuoteTarget, 'snapshots'>, fact: Fact | undefined) => {
    const key = `${t.start}:${t.end}`;
    if (seen.has(key)) return;
    const cited = (fact?.sources ?? []).flatMap((id) => usable.filter((u) => u.sourceId === id));
    const snapshots = cited.length > 0 ? cited : bySpeaker(text, t, usable);
    if (snapshots.length === 0) return;
    seen.add(key);
    targets.push({ ...t, snapshots });
  };
  for (const q of analysis.quotes) {
    const fact = placed.find((p) => overlaps(p, q) && (p.fact.kind === 'quote' || (p.fact.sources?.length ?? 0) > 0))?.fact;
    const speaker = fact?.speaker ?? q.speaker?.name;
    add({ start: q.start, end: q.end, innerStart: q.inner.start, innerEnd: q.inner.end, ...(speaker ? { speaker } : {}), ...(fact ? { factId: fact.id } : {}) }, fact);
  }
  for (const p of placed) {
    if (p.fact.kind !== 'quote' || analysis.quotes.some((q) => overlaps(p, q))) continue;
    const inner = stripMarks(text, p.start, p.end);
    add({ start: p.start, end: p.end, innerStart: inner.start, innerEnd: inner.end, ...(p.fact.speaker ? { speaker: p.fact.speaker } : {}), factId: p.fact.id }, p.fact);
  }
  return targets.sort((a, b) => a.start - b.start);
}

function bySpeaker(text: string, t: Omit<QuoteTarget, 'snapshots'>, usable: QuoteTarget['snapshots']): QuoteTarget['snapshots'] {
  const speaker = t.speaker;
  if (!speaker || text.slice(t.innerStart, t.innerEnd).trim().split(/\s+/).length < MIN_WORDS_BY_SPEAKER) return [];
  return usable.filter((u) => u.doc.labelled && u.doc.passages.some((p) => p.speaker !== undefined && sameSpeaker(p.speaker, speaker)));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

function stripMarks(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s"'“”‘’«»„]/.test(text[s]!)) s++;
  while (e > s && /[\s"'“”‘’«»„]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

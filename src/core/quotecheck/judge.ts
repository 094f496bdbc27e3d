// One quote against one prepared snapshot: placed (placeParts.ts), diffed word by word (changes.ts) and judged
// `verbatim`, `minor`, `altered` or `not-found`, with the speaker of the matched passage checked in labelled
// transcripts and a join of distant passages called out.
import { classOf, diffOf } from './changes.js';
import { NEAR_WORDS, placeParts, type PlacedPart } from './placeParts.js';
import { passageAt, type PreparedSnapshot } from './prepared.js';
import { quoteParts } from './quoteParts.js';
import { sameSpeaker } from './speakers.js';
import type { DiffPart, QuoteCheckResult, WordChange } from './types.js';

/** Passages more than this many words apart are "far apart" when a quote joins them. */
export const FAR_WORDS = 20;
/** Below this share of its words found equal, a quote is not in the snapshot. */
const FOUND_RATIO = 0.5;
const CONTEXT_CHARS = 70;

export function checkQuote(prep: PreparedSnapshot, inner: string, speaker?: string): QuoteCheckResult {
  const parts = quoteParts(inner);
  const quoteWords = parts.segments.flat().filter((t) => t.type === 'word').length;
  const placed = quoteWords === 0 ? undefined : placeParts(prep, parts);
  const same = placed?.reduce((n, p) => n + p.alignment.same, 0) ?? 0;
  if (!placed || same < quoteWords * FOUND_RATIO) {
    return { judgement: 'not-found', severity: 'warning', minor: [], changes: [], diff: [] };
  }
  const { changes, diff, joined } = combine(prep, inner, placed);
  const speakerResult = speakerOf(prep, placed, speaker);
  const altered = changes.length > 0;
  const error = changes.some((c) => c.class !== 'word') || (joined !== undefined && !joined.marked && joined.far) || speakerResult.speakerMismatch === true;
  const minor = altered ? [] : minorNotes(prep, inner, placed, parts.conventions);
  const judgement = altered ? 'altered' : minor.length > 0 ? 'minor' : 'verbatim';
  const severity = error ? 'error' : altered || joined?.far ? 'warning' : 'info';
  return { judgement, severity, minor, changes, diff, ...(joined ? { joined } : {}), ...speakerResult, at: location(prep, placed) };
}

/** The parts' diffs in order, with what lies between them: an ellipsis, or an unmarked omission (a change). */
function combine(prep: PreparedSnapshot, inner: string, placed: PlacedPart[]) {
  const changes: WordChange[] = [];
  const diff: DiffPart[] = [];
  let joined: QuoteCheckResult['joined'];
  placed.forEach((part, i) => {
    if (i > 0) {
      const prev = placed[i - 1]!.alignment;
      const gap = part.alignment.from - prev.to;
      const far = gap < 0 || gap > FAR_WORDS;
      if (gap !== 0 || part.marked) {
        if (gap !== 0 && (!joined || far || !part.marked)) joined = { marked: part.marked && (joined?.marked ?? true), gapWords: Math.abs(gap), far: far || (joined?.far ?? false) };
        if (part.marked) diff.push({ kind: 'same', text: '…' });
        else {
          const omitted = omittedText(prep, prev.to, part.alignment.from);
          const change: WordChange = { kind: 'dropped', source: omitted, class: gap > NEAR_WORDS || gap < 0 ? 'word' : classOfRange(prep, prev.to, part.alignment.from) };
          changes.push(change);
          diff.push(change);
        }
      }
    }
    const d = diffOf({ inner, tokens: part.tokens, ops: part.alignment.ops, prep });
    changes.push(...d.changes);
    diff.push(...d.diff);
  });
  return { changes, diff, joined };
}

function omittedText(prep: PreparedSnapshot, from: number, to: number): string {
  if (to <= from) return '(an earlier passage)';
  const words = prep.words;
  const text = prep.doc.text.slice(words[from]!.start, words[Math.min(to, from + 8) - 1]!.end).replace(/\s+/g, ' ');
  return to - from > 8 ? `${text} … (${to - from} words)` : text;
}

function classOfRange(prep: PreparedSnapshot, from: number, to: number) {
  return classOf(prep.words.slice(Math.max(0, from), Math.max(from, to)));
}

function speakerOf(prep: PreparedSnapshot, placed: PlacedPart[], speaker: string | undefined): Pick<QuoteCheckResult, 'sourceSpeaker' | 'speakerMismatch'> {
  const labels = placed.map((p) => passageAt(prep, p.alignment.from)?.speaker).filter((s): s is string => s !== undefined);
  if (labels.length === 0) return {};
  const sourceSpeaker = labels[0]!;
  if (!speaker) return { sourceSpeaker };
  return { sourceSpeaker, speakerMismatch: labels.some((l) => !sameSpeaker(l, speaker)) };
}

/** Why an unchanged quote is not character for character the source: its conventions, then case and marks. */
function minorNotes(prep: PreparedSnapshot, inner: string, placed: PlacedPart[], conventions: string[]): string[] {
  const notes = [...conventions];
  if (placed.length > 1 && !conventions.includes('omission')) notes.push('omission');
  const quoteRaw = trimEdges(inner);
  const a = placed[0]!.alignment;
  const z = placed[placed.length - 1]!.alignment;
  const sourceRaw = trimEdges(prep.doc.text.slice(prep.words[a.from]!.start, prep.words[z.to - 1]!.end));
  if (notes.length > 0 || quoteRaw === sourceRaw) return notes;
  if (quoteRaw.toLowerCase() === sourceRaw.toLowerCase()) return ['case'];
  if (straighten(quoteRaw) === straighten(sourceRaw)) return ['marks'];
  return ['punctuation'];
}

function trimEdges(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function straighten(s: string): string {
  return s.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/[–—]/g, '-');
}

function location(prep: PreparedSnapshot, placed: PlacedPart[]): QuoteCheckResult['at'] {
  const first = placed[0]!.alignment;
  const last = placed[placed.length - 1]!.alignment;
  const start = prep.words[first.from]!.start;
  const end = prep.words[Math.max(first.from, last.to - 1)]!.end;
  const passage = passageAt(prep, first.from)!;
  const text = prep.doc.text;
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start).replace(/^\S*\s/, '');
  const after = text.slice(end, end + CONTEXT_CHARS).replace(/\s\S*$/, '');
  return { start, end, passage, context: `${before}${text.slice(start, end)}${after}`.replace(/\s+/g, ' ').trim() };
}

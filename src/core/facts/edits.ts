// Changes to a facts file as plain data. Builders pick ids and capture the span's context from the article text;
// `applyEdits` is the one pure function that turns a file plus edits into the next file, and serializeFacts is the
// one way it becomes text. Nothing here ever removes a fact: orphans and unlinked facts stay in the record.
import { CONTEXT_LENGTH } from './anchor.js';
import { newId } from './serialize.js';
import type { Anchor, Fact, FactKind, FactsFile, Source, TextTarget, Verdict } from './types.js';

export type FactsEdit =
  | { type: 'addSource'; source: Source }
  | { type: 'addFact'; fact: Fact }
  | { type: 'linkSource'; factId: string; sourceId: string }
  | { type: 'unlinkSource'; factId: string; sourceId: string }
  | { type: 'setVerdict'; factId: string; verdict: Verdict | undefined }
  | { type: 'setNote'; factId: string; note: string | undefined }
  | { type: 'setSpeaker'; factId: string; speaker: string | undefined }
  | { type: 'setChecked'; factId: string; checkedBy: string | undefined; checkedAt: string | undefined }
  | { type: 'reanchor'; factId: string; target: Partial<Pick<TextTarget, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>> };

/** Thrown when an edit names a fact or source that is not in the file (e.g. it changed on disk meanwhile). */
export class FactsEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FactsEditError';
  }
}

/** The selector for `text.slice(start, end)`: the quote, up to 32 characters either side, and the offsets. */
export function targetFromSpan(text: string, start: number, end: number): TextTarget {
  if (!(start >= 0 && end > start && end <= text.length)) throw new FactsEditError(`Empty or invalid span ${start}..${end}.`);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

/** Adds a source with the next free id ("s1", "s2"…); the id is in the returned edit. */
export function addSource(file: FactsFile, fields: Omit<Source, 'id'>): FactsEdit & { type: 'addSource' } {
  return { type: 'addSource', source: { id: newId('s', file.sources.map((s) => s.id)), ...fields } };
}

/** Adds a fact for a span of the article, verdict "unverified" until someone checks it. */
export function addFactFromSpan(
  file: FactsFile, text: string, start: number, end: number, kind: FactKind, fields: Partial<Omit<Fact, 'id' | 'kind' | 'target'>> = {},
): FactsEdit & { type: 'addFact' } {
  const id = newId('f', file.facts.map((f) => f.id));
  return { type: 'addFact', fact: { id, kind, target: targetFromSpan(text, start, end), verdict: 'unverified', ...fields } };
}

/** Edits that record where each anchored fact now sits (offsets and fresh context). A fuzzy anchor keeps its
 *  `exact` — the wording that was checked — so the change of wording stays visible; orphans are left as they are. */
export function reanchorEdits(file: FactsFile, text: string, anchors: Anchor[]): FactsEdit[] {
  const edits: FactsEdit[] = [];
  const byId = new Map(file.facts.map((f) => [f.id, f]));
  for (const anchor of anchors) {
    const fact = byId.get(anchor.factId);
    if (!fact || anchor.status !== 'anchored') continue;
    const fresh = targetFromSpan(text, anchor.start, anchor.end);
    const next: Partial<TextTarget> = { ...fresh };
    if (anchor.method === 'fuzzy') delete next.exact;
    const old = fact.target;
    if (Object.entries(next).some(([k, v]) => old[k] !== v)) edits.push({ type: 'reanchor', factId: fact.id, target: next });
  }
  return edits;
}

export function applyEdits(file: FactsFile, edits: readonly FactsEdit[]): FactsFile {
  let next: FactsFile = { ...file, sources: [...file.sources], facts: [...file.facts] };
  for (const edit of edits) next = applyEdit(next, edit);
  return next;
}

function applyEdit(file: FactsFile, edit: FactsEdit): FactsFile {
  switch (edit.type) {
    case 'addSource':
      if (file.sources.some((s) => s.id === edit.source.id)) throw new FactsEditError(`Source id "${edit.source.id}" is already used.`);
      return { ...file, sources: [...file.sources, edit.source] };
    case 'addFact':
      if (file.facts.some((f) => f.id === edit.fact.id)) throw new FactsEditError(`Fact id "${edit.fact.id}" is already used.`);
      return { ...file, facts: [...file.facts, edit.fact] };
    case 'linkSource':
      if (!file.sources.some((s) => s.id === edit.sourceId)) throw new FactsEditError(`No source "${edit.sourceId}" in the facts file.`);
      return updateFact(file, edit.factId, (f) => (f.sources?.includes(edit.sourceId) ? f : { ...f, sources: [...(f.sources ?? []), edit.sourceId] }));
    case 'unlinkSource':
      return updateFact(file, edit.factId, (f) => ({ ...f, sources: (f.sources ?? []).filter((id) => id !== edit.sourceId) }));
    case 'setVerdict':
      return updateFact(file, edit.factId, (f) => ({ ...f, verdict: edit.verdict }));
    case 'setNote':
      return updateFact(file, edit.factId, (f) => ({ ...f, note: edit.note }));
    case 'setSpeaker':
      return updateFact(file, edit.factId, (f) => ({ ...f, speaker: edit.speaker }));
    case 'setChecked':
      return updateFact(file, edit.factId, (f) => ({ ...f, checkedBy: edit.checkedBy, checkedAt: edit.checkedAt }));
    case 'reanchor':
      return updateFact(file, edit.factId, (f) => ({ ...f, target: { ...f.target, ...edit.target } }));
  }
}

function updateFact(file: FactsFile, factId: string, change: (fact: Fact) => Fact): FactsFile {
  const index = file.facts.findIndex((f) => f.id === factId);
  if (index === -1) throw new FactsEditError(`No fact "${factId}" in the facts file.`);
  const facts = [...file.facts];
  facts[index] = change(facts[index]!);
  return { ...file, facts };
}

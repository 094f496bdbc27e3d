// Changes to a facts file as plain data. Builders pick ids and capture the span's context from the article text;
// `applyEdits` is the one pure function that turns a file plus edits into the next file, and serializeFacts is the
// one way it becomes text. Nothing here ever removes a fact: orphans and unlinked facts stay in the record.
import { CONTEXT_LENGTH } from './score.js';
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

/** The file after `edits`, in order; the input is not changed. Throws FactsEditError (and applies nothing) when an
 *  edit names a missing fact or source or reuses an id. Linear in file + edits: the lists are copied once and
 *  facts are found through an id map, not copied and searched per edit. */
export function applyEdits(file: FactsFile, edits: readonly FactsEdit[]): FactsFile {
  const draft = new Draft(file);
  for (const edit of edits) draft.apply(edit);
  return { ...file, sources: draft.sources, facts: draft.facts };
}

/** The lists being edited: copies of the file's, changed in place; fact objects are replaced, never mutated. */
class Draft {
  readonly sources: Source[];
  readonly facts: Fact[];
  private readonly sourceIds: Set<string>;
  private readonly factIndex = new Map<string, number>();

  constructor(file: FactsFile) {
    this.sources = [...file.sources];
    this.facts = [...file.facts];
    this.sourceIds = new Set(file.sources.map((s) => s.id));
    // The first fact with an id is the one edits reach, as a search from the start would find.
    this.facts.forEach((f, i) => this.factIndex.has(f.id) || this.factIndex.set(f.id, i));
  }

  apply(edit: FactsEdit): void {
    switch (edit.type) {
      case 'addSource':
        if (this.sourceIds.has(edit.source.id)) throw new FactsEditError(`Source id "${edit.source.id}" is already used.`);
        this.sources.push(edit.source);
        this.sourceIds.add(edit.source.id);
        return;
      case 'addFact':
        if (this.factIndex.has(edit.fact.id)) throw new FactsEditError(`Fact id "${edit.fact.id}" is already used.`);
        this.factIndex.set(edit.fact.id, this.facts.push(edit.fact) - 1);
        return;
      case 'linkSource':
        if (!this.sourceIds.has(edit.sourceId)) throw new FactsEditError(`No source "${edit.sourceId}" in the facts file.`);
        return this.update(edit.factId, (f) => (f.sources?.includes(edit.sourceId) ? f : { ...f, sources: [...(f.sources ?? []), edit.sourceId] }));
      case 'unlinkSource':
        return this.update(edit.factId, (f) => ({ ...f, sources: (f.sources ?? []).filter((id) => id !== edit.sourceId) }));
      case 'setVerdict':
        return this.update(edit.factId, (f) => ({ ...f, verdict: edit.verdict }));
      case 'setNote':
        return this.update(edit.factId, (f) => ({ ...f, note: edit.note }));
      case 'setSpeaker':
        return this.update(edit.factId, (f) => ({ ...f, speaker: edit.speaker }));
      case 'setChecked':
        return this.update(edit.factId, (f) => ({ ...f, checkedBy: edit.checkedBy, checkedAt: edit.checkedAt }));
      case 'reanchor':
        return this.update(edit.factId, (f) => ({ ...f, target: { ...f.target, ...edit.target } }));
    }
  }

  private update(factId: string, change: (fact: Fact) => Fact): void {
    const index = this.factIndex.get(factId);
    if (index === undefined) throw new FactsEditError(`No fact "${factId}" in the facts file.`);
    this.facts[index] = change(this.facts[index]!);
  }
}

// Earlier checks held compactly, for the 5 MB heap budget of 10,000 checks: one small record per check under a
// number (its handle in the search index), the values that repeat across checks (verdicts, dates, checkers, a
// file's origin, a file's source lists) shared rather than copied per check, and the EarlierCheck objects callers
// see built only when asked for (matches are few). The claim text itself is the one thing kept per check.
import type { CheckSource, EarlierCheck } from './types.js';

type Origin = EarlierCheck['origin'];

/** One check: shared strings and objects, plus what is its own (claim, title, note, fact id or item, review URL). */
class StoredCheck {
  constructor(
    readonly claim: string,
    readonly title: string | undefined,
    readonly verdict: string,
    readonly checkedAt: string | undefined,
    readonly checkedBy: string | undefined,
    readonly note: string | undefined,
    readonly sources: CheckSource[],
    /** Shared by the file's checks: kind, file, article, publisher. */
    readonly origin: Origin,
    /** What follows '#' in the key: the fact id, or the item's index in a ClaimReview file. */
    readonly local: string,
    readonly factId: string | undefined,
    readonly url: string | undefined,
  ) {}
}

export class CheckStore {
  private readonly records: (StoredCheck | undefined)[] = [];
  private readonly freeHandles: number[] = [];
  /** Low-variety values (verdicts, dates, checkers), one copy each. Never dropped: bounded by the distinct values seen. */
  private readonly strings = new Map<string, string>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Stores one file's checks; returns their handles (reused after removals, so handles stay small). Origins and
   *  source lists are shared within the file, where they repeat. */
  addFile(checks: readonly EarlierCheck[]): number[] {
    const shared = new Map<string, object>();
    const share = <T extends object>(key: string, make: () => T): T => {
      let value = shared.get(key) as T | undefined;
      if (!value) shared.set(key, (value = make()));
      return value;
    };
    return checks.map((check) => {
      const { origin } = check;
      const fileOrigin = share(`o${origin.kind}\0${origin.file}\0${origin.article ?? ''}\0${origin.publisher ?? ''}`, () => ({
        kind: origin.kind, file: origin.file,
        ...(origin.article !== undefined ? { article: origin.article } : {}), ...(origin.publisher !== undefined ? { publisher: origin.publisher } : {}),
      }));
      const sources = check.sources.length === 0 ? NO_SOURCES : share(`s${JSON.stringify(check.sources)}`, () => check.sources);
      const local = check.key.slice(check.key.lastIndexOf('#') + 1);
      const record = new StoredCheck(check.claim, check.title, this.str(check.verdict)!, this.str(check.checkedAt), this.str(check.checkedBy), check.note,
        sources, fileOrigin, local, origin.factId, origin.url);
      const handle = this.freeHandles.pop() ?? this.records.length;
      this.records[handle] = record;
      this.count++;
      return handle;
    });
  }

  remove(handle: number): void {
    if (!this.records[handle]) return;
    this.records[handle] = undefined;
    this.freeHandles.push(handle);
    this.count--;
  }

  /** The claim and title to index and profile, without building the whole check. */
  textOf(handle: number): { claim: string; title?: string } | undefined {
    return this.records[handle];
  }

  /** The check as callers see it (a fresh object; its sources list is shared and must not be changed). */
  get(handle: number): EarlierCheck | undefined {
    const r = this.records[handle];
    if (!r) return undefined;
    const origin: Origin = { ...r.origin, ...(r.factId !== undefined ? { factId: r.factId } : {}), ...(r.url !== undefined ? { url: r.url } : {}) };
    const check: EarlierCheck = { key: `${r.origin.file}#${r.local}`, claim: r.claim, verdict: r.verdict, sources: r.sources, origin };
    if (r.title !== undefined) check.title = r.title;
    if (r.checkedAt !== undefined) check.checkedAt = r.checkedAt;
    if (r.checkedBy !== undefined) check.checkedBy = r.checkedBy;
    if (r.note !== undefined) check.note = r.note;
    return check;
  }

  /** The handle of the check with this key among `handles` (a file's). */
  find(handles: readonly number[], key: string): number | undefined {
    const local = key.slice(key.lastIndexOf('#') + 1);
    return handles.find((h) => this.records[h]?.local === local);
  }

  private str(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }
}

const NO_SOURCES: CheckSource[] = [];

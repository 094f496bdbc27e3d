// "Reuse verdict and sources": the facts-file edits that record an earlier check on a claim of this article — the
// earlier sources (and the published review, for a ClaimReview) added once and linked, the verdict when it is one
// of ours, and a note saying where it came from. Plain data for the atomic writer; nothing here touches a file.
import { addSource, type FactsEdit } from '../facts/edits.js';
import { VERDICTS, type Fact, type FactsFile, type Source, type Verdict } from '../facts/types.js';
import type { EarlierCheck } from './types.js';

/** A facts verdict ("mostly-true") or a ClaimReview rating name ("Mostly True") → our verdict, if it is one. */
export function verdictOf(name: string): Verdict | undefined {
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const verdict = VERDICTS.find((v) => v === key);
  return verdict && verdict !== 'unverified' ? verdict : undefined;
}

/** Where the earlier check was published or recorded, for the note. */
export function describeOrigin(check: EarlierCheck): string {
  const { origin } = check;
  const where = origin.kind === 'facts' ? `${origin.article ?? origin.file}${origin.factId ? ` (fact ${origin.factId})` : ''}` : (origin.publisher ?? origin.url ?? origin.file);
  const when = check.checkedAt ? `, ${check.checkedAt}` : '';
  return `${where}${when}`;
}

/**
 * Edits that give fact `factId` (already in `file`, or added by an earlier edit of the same batch: pass it as
 * `fact`) the earlier check's verdict and sources. A source with the same URL as one in the file is reused.
 */
export function reuseCheckEdits(file: FactsFile, fact: Pick<Fact, 'id' | 'note' | 'checkedBy' | 'checkedAt'>, check: EarlierCheck): FactsEdit[] {
  const edits: FactsEdit[] = [];
  const sources: Source[] = [...file.sources];
  const wanted = [...check.sources];
  if (check.origin.kind === 'claimreview' && check.origin.url) wanted.push({ title: 'Earlier fact check', url: check.origin.url, publisher: check.origin.publisher });
  for (const source of wanted) {
    if (!source.url && !source.title) continue;
    let id = sources.find((s) => (source.url ? s.url === source.url : s.title === source.title && !s.url))?.id;
    if (!id) {
      const fields = Object.fromEntries(Object.entries(source).filter(([, v]) => typeof v === 'string' && v !== '')) as Omit<Source, 'id'>;
      const add = addSource({ ...file, sources }, fields);
      sources.push(add.source);
      edits.push(add);
      id = add.source.id;
    }
    edits.push({ type: 'linkSource', factId: fact.id, sourceId: id });
  }
  const verdict = verdictOf(check.verdict);
  if (verdict) edits.push({ type: 'setVerdict', factId: fact.id, verdict });
  if (!fact.note) {
    const rating = verdict ? '' : ` Its rating was "${check.verdict}".`;
    edits.push({ type: 'setNote', factId: fact.id, note: `Verdict and sources reused from an earlier check: ${describeOrigin(check)}.${rating}` });
  }
  if (!fact.checkedBy && !fact.checkedAt && (check.checkedBy || check.checkedAt)) {
    edits.push({ type: 'setChecked', factId: fact.id, checkedBy: check.checkedBy, checkedAt: check.checkedAt });
  }
  return edits;
}

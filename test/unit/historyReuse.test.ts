// "Reuse verdict and sources": the facts-file edits made from an earlier check, applied and written the way the
// editor's quick fix does (applyEdits → serializeFacts), and read back through the facts parser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addFactFromSpan, applyEdits } from '../../src/core/facts/edits.js';
import { parseFacts } from '../../src/core/facts/parse.js';
import { serializeFacts } from '../../src/core/facts/serialize.js';
import type { FactsFile } from '../../src/core/facts/types.js';
import { checksFromClaimReview } from '../../src/core/history/fromClaimReview.js';
import { checksFromFacts } from '../../src/core/history/fromFacts.js';
import { historyKindOf } from '../../src/core/history/glob.js';
import { reuseCheckEdits, verdictOf } from '../../src/core/history/reuse.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'history');
const roads = checksFromFacts('earlier/roads.facts.json', readFileSync(join(dir, 'earlier/roads.facts.json'), 'utf8')).checks[0]!;
const ferry = checksFromClaimReview('reviews/feed.json', readFileSync(join(dir, 'reviews/feed.json'), 'utf8')).checks[0]!;
const TEXT = 'The mayor said the city spent 4.2 million euros on road repairs in 2023.';
const SPAN = [TEXT.indexOf('the city'), TEXT.length - 1] as const;

/** A new fact for the claim plus the reuse edits, written and parsed back. */
function reuse(file: FactsFile, check = roads): FactsFile {
  const add = addFactFromSpan(file, TEXT, SPAN[0], SPAN[1], 'claim');
  const written = serializeFacts(applyEdits(file, [add, ...reuseCheckEdits(file, add.fact, check)]));
  const parsed = parseFacts(written);
  assert.deepEqual(parsed.problems, []);
  return parsed.file!;
}

describe('claim history: reuse verdict and sources', () => {
  it('writes a fact for the claim with the earlier verdict, its sources, checker, date and a note naming the origin', () => {
    const file = reuse({ version: 1, sources: [], facts: [] });
    assert.deepEqual(file.sources, [{ id: 's1', title: 'Annual accounts 2023', url: 'https://example.org/council/accounts-2023.pdf', publisher: 'City council' }]);
    const fact = file.facts[0]!;
    assert.equal(fact.target.exact, 'the city spent 4.2 million euros on road repairs in 2023');
    assert.equal(fact.verdict, 'true');
    assert.deepEqual(fact.sources, ['s1']);
    assert.equal(fact.checkedBy, 'A. Checker');
    assert.equal(fact.checkedAt, '2024-02-01');
    assert.equal(fact.note, 'Verdict and sources reused from an earlier check: roads.md (fact f1), 2024-02-01.');
  });

  it('links a source already in the file (same URL) instead of adding it again', () => {
    const file = reuse({ version: 1, sources: [{ id: 's7', url: 'https://example.org/council/accounts-2023.pdf' }], facts: [] });
    assert.equal(file.sources.length, 1);
    assert.deepEqual(file.facts[0]!.sources, ['s7']);
  });

  it('cites a ClaimReview\'s published review as a source and maps its rating name to our verdict', () => {
    const file = reuse({ version: 1, sources: [], facts: [] }, ferry);
    assert.deepEqual(file.sources.map((s) => s.url), ['https://factcheck.example.org/reviews/harbour-ferry']);
    assert.equal(file.sources[0]!.publisher, 'Example Fact Check');
    assert.equal(file.facts[0]!.verdict, 'false');
    assert.match(file.facts[0]!.note!, /Example Fact Check, 2024-05-03/);
  });

  it('keeps a rating that is not one of our verdicts in the note, leaving the verdict unverified', () => {
    const file = reuse({ version: 1, sources: [], facts: [] }, { ...ferry, verdict: 'Pants on Fire' });
    assert.equal(file.facts[0]!.verdict, 'unverified');
    assert.match(file.facts[0]!.note!, /Its rating was "Pants on Fire"\./);
  });

  it('maps rating names and facts verdicts, and refuses the ones that judge nothing', () => {
    assert.equal(verdictOf('Mostly True'), 'mostly-true');
    assert.equal(verdictOf('false'), 'false');
    assert.equal(verdictOf('unverified'), undefined);
    assert.equal(verdictOf('Four Pinocchios'), undefined);
  });

  it('tells facts files from ClaimReview files by name', () => {
    assert.equal(historyKindOf('a/b.facts.json'), 'facts');
    assert.equal(historyKindOf('feed.jsonld'), 'claimreview');
    assert.equal(historyKindOf('reviews/x.json'), 'claimreview');
    assert.equal(historyKindOf('notes.md'), undefined);
  });
});

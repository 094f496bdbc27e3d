// Facts at scale (issue 11, F10): the index, the pruned weighing of copies, the bounded approximate search, the
// linear edits and the claim sweep give the same results as the one-by-one implementations they replace — checked
// on thousands of generated facts, on the article as recorded, after a prepended sentence and after scattered
// edits. Speed is not asserted here; `npx tsx scripts/bench/factsScale.ts` prints it.
import assert from 'node:assert/strict';
import { generateFacts } from '../../scripts/bench/factsScale.js';
import { generateArticle } from '../../scripts/bench/generate.js';
import { anchorFacts } from '../../src/core/facts/anchor.js';
import { linkClaims } from '../../src/core/facts/apply.js';
import { applyEdits, FactsEditError, reanchorEdits, type FactsEdit } from '../../src/core/facts/edits.js';
import { TextIndex } from '../../src/core/facts/textIndex.js';
import type { Anchor, FactsFile } from '../../src/core/facts/types.js';
import type { Analysis, Claim } from '../../src/core/types.js';
import { referenceAnchorFacts, referenceAnchorTarget } from './helpers/referenceAnchor.js';

const FACTS = 5000;
const text = generateArticle(FACTS * 14, 5);
const file = generateFacts(text, FACTS, 3);
const PREPENDED = 'A sentence added at the top by the editor, after publication.\n\n';

/** The text with a letter changed every `every` characters and one stretch deleted: facts move, change, vanish. */
function scatteredEdits(source: string, every: number): string {
  let out = '';
  for (let i = 0; i < source.length; i += every) out += `${source.slice(i, i + every - 1)}x`;
  const cut = Math.floor(out.length / 3);
  return out.slice(0, cut) + out.slice(cut + 2000);
}

function where(a: Anchor): string {
  return a.status === 'anchored' ? `${a.start}..${a.end} ${a.method} ${a.score}` : `orphan: ${a.reason}`;
}

describe('facts at scale', function () {
  this.timeout(120_000);

  it('the index finds exactly the occurrences indexOf finds, short, long, overlapping, absent and non-ASCII', () => {
    const sample = `${text.slice(0, 20000)} aaaaaaaaaaaa “quoted” 😀😀 ${'ab'.repeat(20)}`;
    const index = new TextIndex(sample);
    const words = [...sample.matchAll(/\S+/g)].map((m) => m[0]);
    const probes = ['a', 'aa', 'aaaaaaaaa', 'abababababa', '😀', '“quoted”', 'not in the article at all', sample, `${sample}!`, ...words.slice(0, 400)];
    for (let i = 0; i + 3 < words.length && i < 3000; i += 7) probes.push(words.slice(i, i + 1 + (i % 4)).join(' '));
    for (const probe of probes) {
      const expected: number[] = [];
      for (let i = sample.indexOf(probe); i !== -1; i = sample.indexOf(probe, i + 1)) expected.push(i);
      assert.deepEqual(index.occurrences(probe), expected, probe.slice(0, 40));
    }
  });

  it(`anchors ${FACTS} facts exactly where the one-by-one reference does, before and after edits`, () => {
    for (const [name, article] of [['as recorded', text], ['prepended', PREPENDED + text], ['scattered edits', scatteredEdits(text, 997)]]) {
      const fast = anchorFacts(article, file);
      const slow = referenceAnchorFacts(article, file);
      const differing = fast.flatMap((a, i) => (where(a) === where(slow[i]!) ? [] : [`${a.factId}: ${where(a)} ≠ ${where(slow[i]!)}`]));
      assert.deepEqual(differing, [], name);
      if (name === 'scattered edits') {
        // The scattered edits exercise every path: exact, approximate and orphaned facts all occur.
        const methods = new Set(fast.map((a) => (a.status === 'anchored' ? a.method : 'orphan')));
        assert.deepEqual([...methods].sort(), ['exact', 'fuzzy', 'orphan', 'position']);
      }
    }
  });

  it('after a prepended sentence every fact recorded with context moves by its length, and writing records it', () => {
    const edited = PREPENDED + text;
    const before = anchorFacts(text, file);
    const after = anchorFacts(edited, file);
    let recorded = 0;
    file.facts.forEach((fact, i) => {
      const [b, a] = [before[i]!, after[i]!];
      assert.equal(a.status, b.status, fact.id);
      if (fact.target.prefix === undefined || b.status !== 'anchored' || a.status !== 'anchored') return;
      assert.deepEqual([a.start, a.end], [b.start + PREPENDED.length, b.end + PREPENDED.length], fact.id);
      recorded++;
    });
    assert.ok(recorded > FACTS * 0.7, `${recorded} facts with context`);
    // After the write every fact is found at its recorded place; only the invented quotes stay orphans.
    const again = anchorFacts(edited, applyEdits(file, reanchorEdits(file, edited, after)));
    assert.deepEqual(again.filter((a) => a.status === 'anchored' && a.method !== 'position'), []);
    assert.deepEqual(again.filter((a) => a.status === 'orphan').map((a) => a.factId), ['f500', 'f1500', 'f2500', 'f3500', 'f4500']);
  });

  it('a passable match near the recorded place still ends the search there, as the one-by-one reference does', () => {
    // Near the recorded place: the quote with nine errors and its context (acceptable, too changed to beat an exact
    // copy). Far away: an exact copy with other context, and a one-error copy with the recorded context. The search
    // stops at the near match, which loses to the exact copy; a lower error limit near the place would skip it
    // and wrongly let the far copy win.
    const quote = 'the council approved the new budget today';
    const prefix = 'After a long night of debate, ';
    const suffix = ', ending months of uncertainty.';
    const filler = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} sentence ${i} is here.`).join(' ');
    const article = [filler(20, 'Opening'), `Elsewhere in the region ${quote} as well, officials said.`, filler(40, 'Middle'),
      `${prefix}th cuncil aproved teh nw budgt tdy${suffix}`, filler(60, 'Later'), `${prefix}the council approved the new budget todsy${suffix}`].join(' ');
    const start = article.indexOf('th cuncil');
    const target = { exact: quote, prefix, suffix, start, end: start + quote.length };
    const [anchor] = anchorFacts(article, { facts: [{ id: 'f', kind: 'claim', target }] });
    assert.deepEqual(anchor, referenceAnchorTarget(article, 'f', target));
    assert.deepEqual(anchor && anchor.status === 'anchored' && [anchor.start, anchor.method], [article.indexOf(quote), 'exact']);
  });

  it('past the approximate-search budget, facts are orphans that say so, and none is dropped', () => {
    const small = text.slice(0, 30000);
    const missing: FactsFile = {
      version: 1, sources: [],
      facts: Array.from({ length: 40 }, (_, i) => ({
        id: `m${i}`, kind: 'claim' as const,
        target: { exact: `a claim number ${i} that the article never made`, prefix: 'context that is not there either ', suffix: ' nor this' },
      })),
    };
    const unbounded = anchorFacts(small, missing);
    assert.deepEqual(unbounded.map(where), referenceAnchorFacts(small, missing).map(where));
    assert.ok(unbounded.every((a) => a.status === 'orphan' && !a.reason.includes('too many')));

    const bounded = anchorFacts(small, missing, { fuzzyBudget: 10 * small.length * 2 });
    assert.deepEqual(bounded.map((a) => a.factId), missing.facts.map((f) => f.id));
    const skipped = bounded.filter((a) => a.status === 'orphan' && a.reason.includes('too many facts needed an approximate search'));
    assert.equal(skipped.length, 30, 'ten searches fit the budget, the other thirty are reported as skipped');
  });

  it('applies thousands of edits in one call exactly as one call per edit, and fails whole on a bad one', () => {
    const edits: FactsEdit[] = [{ type: 'addSource', source: { id: 's2', title: 'Added' } }];
    file.facts.slice(0, 1500).forEach((f, i) => {
      edits.push({ type: 'setVerdict', factId: f.id, verdict: i % 3 ? 'true' : 'false' });
      if (i % 2) edits.push({ type: 'linkSource', factId: f.id, sourceId: 's2' });
      if (i % 5 === 0) edits.push({ type: 'reanchor', factId: f.id, target: { start: i, end: i + 1 } });
    });
    edits.push({ type: 'addFact', fact: { id: 'new', kind: 'quote', target: { exact: 'new' } } }, { type: 'setNote', factId: 'new', note: 'added last' });
    const input = structuredClone(file);
    const bulk = applyEdits(file, edits);
    const oneByOne = edits.reduce((f, e) => applyEdits(f, [e]), file);
    assert.deepEqual(bulk, oneByOne);
    assert.deepEqual(file, input, 'the input file is not changed');
    assert.equal(bulk.facts.find((f) => f.id === 'f2')?.sources?.at(-1), 's2');

    const bad = [...edits.slice(0, 100), { type: 'setNote', factId: 'nope', note: 'x' } as const, ...edits.slice(100)];
    assert.throws(() => applyEdits(file, bad), (e: unknown) => e instanceof FactsEditError && /No fact "nope"/.test(e.message));
    assert.deepEqual(file, input);
  });

  it('ties claims to the same facts as testing every fact against every claim', () => {
    const anchors = anchorFacts(text, file);
    const claims: Claim[] = [];
    for (let start = 0, i = 0; start < text.length; start += 37 + (i % 50), i++) {
      const end = Math.min(text.length, start + 20 + ((i * 7919) % 400)); // overlapping claims of varied length
      claims.push({ id: `c${i}`, start, end, text: text.slice(start, end), status: 'unsourced', score: 0.5, reasons: [] });
    }
    claims.reverse(); // not in text order: the result must follow the analysis's order anyway
    const analysis: Analysis = { quotes: [], attributions: [], claims, problems: [] };
    const withVerdicts: FactsFile = { ...file, facts: file.facts.map((f, i) => (i % 7 ? f : { ...f, verdict: 'opinion' })) };
    assert.deepEqual(linkClaims(analysis, withVerdicts, anchors), naiveLinkClaims(analysis, withVerdicts, anchors));
  });
});

/** The tie-up of claims and facts as it was written before the sweep: every claim against every fact. */
function naiveLinkClaims(analysis: Analysis, facts: FactsFile, anchors: Anchor[]): { analysis: Analysis; silenced: Claim[] } {
  const sourceIds = new Set(facts.sources.map((s) => s.id));
  const byId = new Map(facts.facts.map((f) => [f.id, f]));
  const placed = anchors.flatMap((a) => (a.status === 'anchored' && byId.has(a.factId) ? [{ fact: byId.get(a.factId)!, start: a.start, end: a.end }] : []));
  const claims: Claim[] = [];
  const silenced: Claim[] = [];
  for (const claim of analysis.claims) {
    const covering = placed.filter((p) => {
      const overlap = Math.min(p.end, claim.end) - Math.max(p.start, claim.start);
      return overlap > 0 && overlap >= 0.5 * Math.min(p.end - p.start, claim.end - claim.start);
    }).map((p) => p.fact);
    const silencer = covering.find((f) => f.verdict === 'opinion' || f.verdict === 'not-a-claim');
    const backed = covering.find((f) => (f.sources ?? []).some((id) => sourceIds.has(id)));
    if (silencer) silenced.push({ ...claim, factId: silencer.id, reasons: [...claim.reasons, `verdict-${silencer.verdict}`] });
    else if (backed) claims.push({ ...claim, status: 'linked', factId: backed.id, reasons: [...claim.reasons, 'linked-source'] });
    else if (covering[0]) claims.push({ ...claim, factId: covering[0].id });
    else claims.push(claim);
  }
  return { analysis: { ...analysis, claims, problems: [] }, silenced };
}

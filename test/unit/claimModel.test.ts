import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { analyze, createContext } from '../../src/core/analyze.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { detectors } from '../../src/core/registry.js';
import { eachClause } from '../../src/core/detectors/claims.js';
import { clauseContexts } from '../../src/core/detectors/claimContext.js';
import { ALONE, claimModel, combineHashes, DENSE_FEATURES, hashString, loadModel, REASON_NAMES, scoreInContext, wordingOf, wordTableTerm, type ClaimModel, type ClauseEvidence } from '../../src/core/detectors/claimModel.js';
import type { Sentence } from '../../src/core/markdown/sentences.js';

const modelUrl = new URL('../../models/claim-score.json', import.meta.url);

/** Every clause of a text with its evidence and context, as the claims detector computes them. */
function clausesOf(text: string): Array<{ text: string; e: ClauseEvidence; sentence: Sentence }> {
  const ctx = createContext(buildProseDocument(text), { includeAllClaims: true });
  for (const d of detectors) {
    if (d.id === 'claims') break;
    d.run(ctx);
  }
  const out: Array<{ text: string; e: ClauseEvidence; sentence: Sentence }> = [];
  eachClause(ctx, (start, end, sentence, e) => out.push({ text: text.slice(start, end), e, sentence }));
  return out;
}

describe('claim model', () => {
  it('ships small, with where it came from, how it was chosen and how it was centred', () => {
    assert.ok(statSync(modelUrl).size <= 200 * 1024, `${statSync(modelUrl).size} bytes`);
    const p = (JSON.parse(readFileSync(modelUrl, 'utf8')) as ClaimModel).provenance as Record<string, Record<string, unknown>>;
    assert.match(String(p.data.sha256), /^[0-9a-f]{64}$/);
    assert.equal(p.data.file, '../shared/eval/clef2019/train.jsonl');
    assert.equal(typeof p.heldBack.map, 'number');
    assert.equal(typeof p.heldBack.ruleScoreMap, 'number');
    assert.ok(Number(p.centring.clauses) > 1000);
  });

  it('refuses a model whose features differ from this build’s', () => {
    const { model } = claimModel();
    assert.throws(() => loadModel({ ...model, dense: { names: model.dense.names.slice(1), weights: model.dense.weights.slice(1) } }), /npm run train:claims/);
    assert.throws(() => loadModel({ ...model, groups: ['unigram'], hashBits: 4, hashedThousandths: [1, 2, 3] }), /npm run train:claims/);
    assert.throws(() => loadModel({ ...model, wordTable: { words: 'tax cut', steps: [1], step: 0.01, centre: 0 } }), /npm run train:claims/);
    assert.throws(() => loadModel({ ...model, wordingReasonAt: 'high' as unknown as number }), /npm run train:claims/);
  });

  it('reads the wording reason’s threshold from the model, and falls back to 2.5 for a file without one', () => {
    const { model } = claimModel();
    assert.equal(loadModel(model).wordingReasonAt, model.wordingReasonAt);
    assert.ok(Number.isFinite(model.wordingReasonAt));
    assert.equal(loadModel({ ...model, wordingReasonAt: undefined }).wordingReasonAt, 2.5);
  });

  it('adds to the rule score: with no learned weights a clause scores exactly its rule log-odds', () => {
    const zero = loadModel({ version: 3, dense: { names: [...DENSE_FEATURES], weights: DENSE_FEATURES.map(() => 0) }, bias: 0, hashBits: 4, groups: ['unigram'], hashedThousandths: new Array<number>(16).fill(0), provenance: {} });
    const e: ClauseEvidence = { x: 0.4, fired: 1, words: 12, quoted: false, unigrams: [hashString('tax')], bigrams: [], first: 0, own: ['tax'] };
    assert.equal(scoreInContext(e, ALONE, 0, zero).score, Math.round(1000 / (1 + Math.exp(-0.4))) / 1000);
    const lifted = loadModel({ ...zero.model, dense: { names: [...DENSE_FEATURES], weights: DENSE_FEATURES.map((n) => (n === 'number' ? 1 : 0)) } });
    assert.ok(scoreInContext(e, ALONE, 0, lifted).score > scoreInContext(e, ALONE, 0, zero).score);
    const worded = loadModel({ ...zero.model, hashedThousandths: Array.from({ length: 16 }, (_, i) => (i === (hashString('tax') & 15) ? 1500 : 0)) });
    assert.equal(wordingOf(e, worded), 1.5);
    assert.equal(wordingOf(e, zero), 0);
  });

  it('adds the mean number of the clause’s own words found in the word table, and nothing when none is', () => {
    const zero = loadModel({ version: 3, dense: { names: [...DENSE_FEATURES], weights: DENSE_FEATURES.map(() => 0) }, bias: 0, hashBits: 0, groups: [], hashedThousandths: [], wordTable: { words: 'tax rose thank', steps: [40, 20, -90], step: 0.01, centre: 0.1 }, provenance: {} });
    assert.equal(wordTableTerm(['the', 'tax', 'rose'], zero.words), (0.4 + 0.2) / 2);
    assert.equal(wordTableTerm(['thank', 'you'], zero.words), -0.9);
    assert.equal(wordTableTerm(['unheard', 'of'], zero.words), 0);
    const e: ClauseEvidence = { x: 0.4, fired: 1, words: 3, quoted: false, unigrams: [], bigrams: [], first: 0, own: ['tax', 'rose'] };
    // Read against the table's centre (0.1), which the bias holds back.
    assert.ok(Math.abs(wordingOf(e, zero) - 0.2) < 1e-12);
    assert.equal(scoreInContext(e, ALONE, wordingOf(e, zero), zero).score, Math.round(1000 / (1 + Math.exp(-0.6))) / 1000);
    assert.ok(Math.abs(wordingOf({ ...e, own: ['unheard'] }, zero) + 0.1) < 1e-12);
  });

  it('sums the word table while scanning a clause exactly as the table’s mean over its own words', () => {
    const words = claimModel().words;
    const clauses = clausesOf(readFileSync(new URL('../../examples/kishida.md', import.meta.url), 'utf8'));
    assert.ok(clauses.length > 10, String(clauses.length));
    let inTable = 0;
    for (const { text, e } of clauses) {
      assert.equal(e.shippedTerm, wordTableTerm(e.own, words), text);
      if (e.shippedTerm !== 0) inTable++;
    }
    assert.ok(inTable > clauses.length / 2, `${inTable} of ${clauses.length}`);
  });

  it('hashes only the writer’s own words: what a quotation says does not move its wording', () => {
    const [a] = clausesOf('Kishida said, “We will cut taxes by half.”');
    const [b] = clausesOf('Kishida said, “Our farmers deserve better prices.”');
    assert.deepEqual(a.e.unigrams, b.e.unigrams);
    assert.deepEqual(a.e.unigrams, [hashString('kishida'), hashString('said')]);
    assert.deepEqual(a.e.own, ['kishida', 'said']);
    assert.deepEqual(a.e.bigrams, [combineHashes(hashString('kishida'), hashString('said'))]);
    assert.equal(a.e.first, combineHashes(hashString('kishida'), 1));
    const [n] = clausesOf('Exports rose 12 percent in 2023.');
    assert.ok(n.e.unigrams.includes(hashString('<number>')) && n.e.unigrams.includes(hashString('<year>')));
  });

  it('gives each clause its paragraph and its neighbours’ reasons', () => {
    const found = clausesOf('What did the plan cost? It cost $3 billion. We paid.\n\nThe vote was in 2019.\n');
    const contexts = clauseContexts(found.map((f) => ({ sentence: f.sentence, fired: f.e.fired })), found.map((f) => f.sentence));
    const bit = (r: string): number => 1 << REASON_NAMES.indexOf(r as (typeof REASON_NAMES)[number]);
    assert.deepEqual(contexts.map((c) => [c.indexInParagraph, c.paragraphSentences, c.paragraphQuestion]), [[0, 3, true], [1, 3, true], [2, 3, true], [0, 1, false]]);
    assert.ok(contexts[1].previous & bit('question'));
    assert.ok(contexts[0].next & bit('money'));
    assert.equal(contexts[0].previous, 0);
    assert.equal(contexts[3].next, 0);
    assert.ok(contexts[3].previous === found[2].e.fired);
  });

  it('names wording as a reason only when the words alone lift a clause well above an average news clause', () => {
    for (const c of analyze('Unemployment fell to 3.5 percent in May 2023. Thank you very much, everybody.', { includeAllClaims: true }).claims) {
      assert.ok(c.reasons.every((r) => r === 'wording' || (REASON_NAMES as readonly string[]).includes(r)), c.reasons.join());
    }
    assert.ok(!analyze('Thank you very much, everybody.', { includeAllClaims: true }).claims[0].reasons.includes('wording'));
    // A statistic worded like debate claims that were checked carries it; a plain news report of a change does not.
    assert.ok(analyze('Crime in our cities is up 40 percent.').claims[0].reasons.includes('wording'));
    assert.ok(!analyze('The deficit has tripled since he took office.').claims[0].reasons.includes('wording'));
  });
});

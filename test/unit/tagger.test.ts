import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index.js';
import { createContext } from '../../src/core/analyze.js';
import { findRuleAttributions } from '../../src/core/detectors/attributions.js';
import { assemble, emptyTagSpans, type TagSpans } from '../../src/core/detectors/attributions/assemble.js';
import { taggerModel } from '../../src/core/detectors/attributions/model.js';
import { cueTable, wordCues } from '../../src/core/detectors/attributions/shared.js';
import { forEachTagSentence } from '../../src/core/detectors/attributions/tagSentences.js';
import { TAG_COUNT, tokenFeatures, type FeatureSink, type TagSentence } from '../../src/core/detectors/attributions/tagFeatures.js';
import { Scorer } from '../../src/core/detectors/attributions/tagScorer.js';
import { Tagger, allowed, type CombineSettings, type TaggerModel } from '../../src/core/detectors/attributions/tagger.js';
import { buildProseDocument } from '../../src/core/markdown/prose.js';
import { detectors } from '../../src/core/registry.js';
import { goldenArticles } from '../fixtures/golden/analysis.js';
import type { AnalyzeOptions } from '../../src/core/types.js';

/** The context just before the attribution finder, and the rules' attributions. */
function rulesOf(text: string, options: AnalyzeOptions = {}) {
  const ctx = createContext(buildProseDocument(text), options);
  for (const d of detectors) {
    if (d.id === 'attributions') break;
    d.run(ctx);
  }
  return { ctx, rules: findRuleAttributions(ctx) };
}

const ADD_DROP: CombineSettings = { cueBounds: false, sourceBounds: false, contentBounds: false, addCues: true, dropCues: true, addMargin: 1000, dropMargin: 0 };
const words = wordCues(cueTable([]));
const at = (text: string, part: string, margin = 0) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, sentence: 0, margin });

/** The plain way to score: each feature's string looked up in its template's map, token by token. */
class ReferenceScorer implements FeatureSink {
  scores: Float64Array = new Float64Array(0);
  private at = 0;
  constructor(private readonly model: TaggerModel, private readonly lexicon = words) {}

  add(template: number, value: string): void {
    const row = this.model.maps[template].get(value);
    if (row === undefined) return;
    for (let k = 0; k < TAG_COUNT; k++) this.scores[this.at + k] += this.model.weights[row * TAG_COUNT + k];
  }

  score(s: TagSentence): Float64Array {
    this.scores = new Float64Array(s.toks.length * TAG_COUNT);
    for (let i = 0; i < s.toks.length; i++) {
      this.at = i * TAG_COUNT;
      tokenFeatures(s, i, this.lexicon, this);
    }
    return this.scores;
  }
}

/** Viterbi the plain way: every allowed sequence's best by dynamic programming over arrays, no buffers. */
function referenceDecode(model: TaggerModel, scores: Float64Array, n: number): number[] {
  const tr = model.transitions;
  let best = Array.from({ length: TAG_COUNT }, (_, t) => (allowed(-1, t) ? tr[t] + scores[t] : -Infinity));
  const back: number[][] = [];
  for (let i = 1; i < n; i++) {
    const row: number[] = [];
    best = Array.from({ length: TAG_COUNT }, (_, t) => {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p++) {
        if (allowed(p, t) && best[p] + tr[(p + 1) * TAG_COUNT + t] > top) [top, arg] = [best[p] + tr[(p + 1) * TAG_COUNT + t], p];
      }
      row.push(arg);
      return top + scores[i * TAG_COUNT + t];
    });
    back.push(row);
  }
  const out = [best.indexOf(Math.max(...best))];
  for (let i = n - 1; i > 0; i--) out.unshift(back[i - 1][out[0]]);
  return out;
}

/** Every prepared sentence of the golden articles (the seed, every fixture, generated ones), as the tagger sees them. */
function goldenSentences(visit: (s: TagSentence) => void): void {
  for (const text of goldenArticles().values()) {
    const { ctx, rules } = rulesOf(text);
    forEachTagSentence(ctx, rules, words, taggerModel()!.phrases, visit);
  }
}

describe('attribution tagger', () => {
  it('scores every token as summing its features by string does, to the last bit, and decodes the same tags', () => {
    const model = taggerModel()!;
    const reference = new ReferenceScorer(model);
    // One scorer and tagger for all sentences, as in an analysis: buffers reused, long sentences after short.
    const scorer = new Scorer(model, words);
    const tagger = new Tagger(model, words);
    let tokens = 0;
    let cues = 0;
    goldenSentences((s) => {
      const n = s.toks.length;
      const expected = reference.score(s);
      scorer.score(s);
      assert.deepEqual(Array.from(scorer.scores.subarray(0, n * TAG_COUNT)), Array.from(expected), s.toks.map((t) => t.text).join(' '));
      const tags = new Uint8Array(n);
      tagger.tag(s, tags);
      assert.deepEqual(Array.from(tags), referenceDecode(model, expected, n));
      tokens += n;
      cues += tags.filter((t) => t === 3).length;
    });
    assert.ok(tokens > 5000 && cues > 50, `${tokens} tokens, ${cues} cues`);
  });

  it('scores as summing by string does with a user cue list, and with weights that are not integers', () => {
    const model = taggerModel()!;
    const userWords = wordCues(cueTable(['blorp', 'made little secret of']));
    // Weights that are not all integers take the template-by-template path instead of the rows summed per text.
    const fractional: TaggerModel = { ...model, weights: Float64Array.from(model.weights, (w) => w * 1.25 + 0.125) };
    for (const [m, lexicon] of [[model, userWords], [fractional, words], [fractional, userWords]] as const) {
      const reference = new ReferenceScorer(m, lexicon);
      const scorer = new Scorer(m, lexicon);
      let tokens = 0;
      goldenSentences((s) => {
        const n = s.toks.length;
        const expected = reference.score(s);
        scorer.score(s);
        const got = scorer.scores.subarray(0, n * TAG_COUNT);
        expected.forEach((e, k) => assert.ok(Math.abs(got[k] - e) <= 1e-9 * Math.max(1, Math.abs(e)), `${s.toks.map((t) => t.text).join(' ')}: ${got[k]} ≠ ${e}`));
        tokens += n;
      });
      assert.ok(tokens > 5000);
    }
  });

  it('gives the same cue margins from any token on as the pass over the whole sentence', () => {
    const model = taggerModel()!;
    const tagger = new Tagger(model, words);
    let compared = 0;
    goldenSentences((s) => {
      const n = s.toks.length;
      tagger.tag(s, new Uint8Array(n));
      const whole = new Float64Array(n);
      tagger.cueMargins(n, whole);
      const from = Math.floor(n / 2);
      const part = new Float64Array(n);
      tagger.cueMargins(n, part, from);
      assert.deepEqual(Array.from(part.subarray(from)), Array.from(whole.subarray(from)));
      compared += n - from;
    });
    assert.ok(compared > 2000, `${compared} tokens compared`);
  });

  it('gives positive cue margins exactly to the tokens it tags as cues', () => {
    const TAGGER = taggerModel();
    assert.ok(TAGGER, 'the model file loads');
    const text = 'The minister said on Tuesday that prices would fall, and critics argued otherwise.\n';
    const { ctx, rules } = rulesOf(text);
    const tagger = new Tagger(TAGGER, words);
    let cueTokens = 0;
    forEachTagSentence(ctx, rules, words, TAGGER.phrases, (s) => {
      const tags = new Uint8Array(s.toks.length);
      const margins = new Float64Array(s.toks.length);
      tagger.tag(s, tags);
      tagger.cueMargins(s.toks.length, margins);
      s.toks.forEach((t, i) => {
        const cue = tags[i] === 3 || tags[i] === 4;
        if (cue) cueTokens++;
        assert.equal(margins[i] > 0, cue, `token “${t.text}”: tag ${tags[i]}, margin ${margins[i]}`);
      });
    });
    assert.ok(cueTokens >= 1, 'the tagger finds “said”');
  });

  it('adds a tagger-only cue only when its margin reaches addMargin', () => {
    const text = 'Ana Ruiz made little secret of her view that the port is too small.\n';
    const { ctx, rules } = rulesOf(text);
    const spans = (margin: number, source = 'Ana Ruiz'): TagSpans => ({ ...emptyTagSpans(), source: [at(text, source)], cue: [at(text, 'made little secret of', margin)] });
    const cues = (s: TagSpans) => assemble(ctx, rules, s, words, ADD_DROP).map((a) => a.cue.text);
    assert.ok(cues(spans(5000)).includes('made little secret of'));
    assert.ok(!cues(spans(500)).includes('made little secret of'));

  });

  it('drops a rule cue the tagger rejects, unless its source names someone or the cue is the user’s', () => {
    const rejected = (text: string, options: AnalyzeOptions = {}) => {
      const { ctx, rules } = rulesOf(text, options);
      assert.equal(rules.length, 1, `one rule attribution in “${text.trim()}”`);
      const spans: TagSpans = { ...emptyTagSpans(), ruleCue: [{ ...at(text, rules[0].cue.text), margin: -3000 }] };
      return assemble(ctx, rules, spans, wordCues(cueTable(ctx.options.extraCues)), ADD_DROP).length === 0;
    };
    assert.ok(rejected('The agency said that the port is too small.\n'));
    assert.ok(!rejected('Ana Ruiz said that the port is too small.\n'), 'a named source is kept');
    assert.ok(!rejected('The agency grumbled that the port is too small.\n', { extraCues: ['grumble'] }), 'a user cue is kept');
  });

  it('keeps the boundaries of a source the rules found by name, and moves those of one that names no one', () => {
    const BOUNDS: CombineSettings = { ...ADD_DROP, addCues: false, dropCues: false, sourceBounds: true };
    const sourceAfter = (text: string, tagged: string) => {
      const { ctx, rules } = rulesOf(text);
      const spans: TagSpans = { ...emptyTagSpans(), source: [at(text, tagged)] };
      return assemble(ctx, rules, spans, words, BOUNDS)[0].source?.text;
    };
    assert.equal(sourceAfter('Ana Ruiz, the port director, said that the port is too small.\n', 'Ana Ruiz, the port director'), 'Ana Ruiz');
    assert.equal(sourceAfter('The agency said on Monday that the port is too small.\n', 'agency'), 'agency');
  });

  it('adds cues in paragraphs only, never in a heading', () => {
    const text = '# Ana Ruiz made little secret of her plan\n\nAna Ruiz made little secret of her view that the port is too small.\n';
    const { ctx, rules } = rulesOf(text);
    const phrase = 'made little secret of';
    const second = text.indexOf(phrase, text.indexOf(phrase) + 1);
    const name = text.indexOf('Ana Ruiz', second - 10);
    const spans: TagSpans = {
      ...emptyTagSpans(),
      source: [at(text, 'Ana Ruiz'), { start: name, end: name + 'Ana Ruiz'.length, sentence: 1, margin: 0 }],
      cue: [at(text, phrase, 5000), { start: second, end: second + phrase.length, sentence: 1, margin: 5000 }],
    };
    assert.deepEqual(assemble(ctx, rules, spans, words, ADD_DROP).map((a) => a.cue.start), [second]);
  });

  it('is off by default and only changes attributions when asked', () => {
    const text = 'The Post has learned that the deal collapsed.\n';
    const { rules } = rulesOf(text);
    assert.deepEqual(analyze(text).attributions.map((a) => a.cue.text), rules.map((a) => a.cue.text));
    assert.ok(analyze(text, { attributionTagger: true }).attributions.length >= 1);
  });

  // Where the rules and PolNeAR disagree on a cue's extent, the tagger follows PolNeAR train: the auxiliary, the
  // adverb and the governed preposition are in the cue ("has been critical of" 10 of 10, "have shown" 19 of 19,
  // "railed against" 9 of 9, "is expected" 81 of 89); a rule cue of several parts keeps its extent.
  it('gives cues PolNeAR’s extent with the tagger on, and keeps the rules’ extent without it', () => {
    const cue = (text: string, tagger: boolean) => analyze(text, { attributionTagger: tagger }).attributions.map((a) => a.cue.text);
    const cases: Array<[string, string, string]> = [
      ['The councillor railed against the parking fees at the meeting.', 'railed', 'railed against'],
      ['The senator openly admires the new governor of the province.', 'admires', 'openly admires'],
      ['The mayor has been critical of the plan.', 'critical', 'has been critical of'],
    ];
    for (const [text, rules, tagged] of cases) {
      assert.deepEqual(cue(text, false), [rules], text);
      assert.deepEqual(cue(text, true), [tagged], text);
    }
  });
});

// The tagger's scorer: the weights of each token's features (tagFeatures.ts) summed per tag, with the features
// looked up by number. Each token's text is looked up once (one Map lookup per token); the features that read only
// the text (word, shape, suffix, lexicon) come summed per text and offset (tagTextRows.ts); word pairs are found by
// the two words' numbers, fixed-list features by their index. The tables are built from the model's string maps,
// once per model, so the model file and training stay as they are. Each template only writes down the row of each
// token's feature; one loop then sums every token's rows in registers. A model file's weights are integers (the
// trainer rounds them), so these sums are exact in any order and equal those of summing by string, to the bit;
// other weights (the trainer's own, while it learns) are summed template by template, in the features' order.
import type { WordCues } from './shared.js';
import { TAG_COUNT, WORD, sentenceFeatures, type SentenceFeatureSink, type TagSentence, type TokenValue } from './tagFeatures.js';
import { TextRows, type TextGroup } from './tagTextRows.js';

/** What the scorer reads of a model: a map per template from value to weight row, and the weights. */
export interface ScoredModel {
  maps: ReadonlyArray<ReadonlyMap<string, number>>;
  weights: Float64Array;
}

/** A model's weight rows by number instead of by string (built on first use of each part). */
class Tables {
  /** Every value of every template, and each word of every two-word value, numbered from 0. */
  readonly ids = new Map<string, number>();
  /** Per template: the weight row of each value number (-1: none). */
  private readonly byId: Array<Int32Array | undefined> = [];
  /** Per template: the list its choice features were last given, and the row of each entry. */
  private readonly choices: Array<{ values: readonly string[]; rows: Int32Array } | undefined> = [];
  /** Per template: the row of each two-word value by its words' numbers (see pairKey). */
  private readonly pairs: Array<Map<number, number> | undefined> = [];
  /** Per lexicon: rows summed per text, for integer weights (null: the weights are not all integers). */
  private readonly textRows = new WeakMap<ReadonlyMap<string, WordCues>, TextRows>();
  /** The weights as integers, then a row of zeros, when they all are (a model file's are, up to ±4000): the rows TextRows sums. */
  private readonly integral: Int32Array | null;
  /** The same as doubles, made only for weights that are not all integers (a model file's never need it). */
  private doubles: Float64Array | null = null;
  readonly zeroRow: number;

  constructor(private readonly maps: ReadonlyArray<ReadonlyMap<string, number>>, private readonly source: Float64Array) {
    this.zeroRow = source.length / TAG_COUNT;
    const integral = source.every((w) => Number.isInteger(w) && Math.abs(w) <= 1 << 20);
    this.integral = integral ? new Int32Array(source.length + TAG_COUNT) : null;
    this.integral?.set(source);
    const number = (v: string) => {
      if (!this.ids.has(v)) this.ids.set(v, this.ids.size);
    };
    for (const map of maps) {
      for (const value of map.keys()) {
        number(value);
        const space = value.indexOf(' ');
        // A pair's words: tokens hold no spaces, so a value with one space is the only kind a pair can match.
        if (space >= 0 && value.indexOf(' ', space + 1) < 0) {
          number(value.slice(0, space));
          number(value.slice(space + 1));
        }
      }
    }
  }

  /** The model's weights and, last, a row of zeros (the row of a feature the model does not have). */
  get weights(): Float64Array {
    if (this.doubles === null) {
      this.doubles = new Float64Array(this.source.length + TAG_COUNT);
      this.doubles.set(this.source);
    }
    return this.doubles;
  }

  rowsById(template: number): Int32Array {
    let rows = this.byId[template];
    if (rows === undefined) {
      rows = new Int32Array(this.ids.size).fill(-1);
      for (const [value, row] of this.maps[template]) rows[this.ids.get(value)!] = row;
      this.byId[template] = rows;
    }
    return rows;
  }

  choiceRows(template: number, values: readonly string[]): Int32Array {
    let c = this.choices[template];
    if (c === undefined || c.values !== values) {
      const map = this.maps[template];
      c = { values, rows: Int32Array.from(values, (v) => map.get(v) ?? -1) };
      this.choices[template] = c;
    }
    return c.rows;
  }

  pairRows(template: number): Map<number, number> {
    let rows = this.pairs[template];
    if (rows === undefined) {
      rows = new Map();
      for (const [value, row] of this.maps[template]) {
        const space = value.indexOf(' ');
        if (space < 0 || value.indexOf(' ', space + 1) >= 0) continue;
        rows.set(this.pairKey(this.ids.get(value.slice(0, space))!, this.ids.get(value.slice(space + 1))!), row);
      }
      this.pairs[template] = rows;
    }
    return rows;
  }

  pairKey(a: number, b: number): number {
    return a * this.ids.size + b;
  }

  /** Rows summed per text for this lexicon, or null when the weights are not all integers. */
  rowsPerText(words: ReadonlyMap<string, WordCues>): TextRows | null {
    if (this.integral === null) return null;
    let rows = this.textRows.get(words);
    if (rows === undefined) this.textRows.set(words, (rows = new TextRows(this.integral, TAG_COUNT)));
    return rows;
  }
}

const tablesOf = new WeakMap<ScoredModel, Tables>();

/** The model's tables, built once: compileModel calls this at load so the first analysis does not pay for it. */
export function scorerTables(model: ScoredModel): Tables {
  let tables = tablesOf.get(model);
  if (tables === undefined) tablesOf.set(model, (tables = new Tables(model.maps, model.weights)));
  return tables;
}

/** A TokenValue's value numbers over one sentence: index j + 1 for token j (-1 … n). */
interface Column {
  sentence: number;
  ids: Int32Array;
}

/** A per-text feature waiting for the end of the sentence: its template, value and offset. */
interface WaitingFeature {
  template: number;
  of: TokenValue;
  offset: number;
}

/** One slot per offset: the features at that offset and their rows summed per text. */
type TextPlan = Array<{ offset: number; features: WaitingFeature[]; group: TextGroup }>;

/**
 * Scores of each token of a sentence (n × TAG_COUNT, in `scores`), from sentenceFeatures a template at a time:
 * each template writes the weight row of each token's feature (the zero row where it has none) into a slot of
 * `rows`, except the per-text features, which wait for the end of the sentence to go in one slot per offset; one
 * loop then sums the rows of each token. Buffers are reused.
 */
export class Scorer implements SentenceFeatureSink {
  scores = new Float64Array(64 * TAG_COUNT);
  private readonly tables: Tables;
  private readonly perText: TextRows | null;
  private s: TagSentence | null = null;
  /** Number of the sentence being scored, so columns know when they are stale. */
  private sentence = 0;
  private readonly columns: Array<Column | undefined> = [];
  /** Value numbers of the words of the sentence being scored (-1: a word no template has). */
  private wordIds = new Int32Array(64);
  /** Text numbers (TextRows) of the tokens of the sentence being scored. */
  private textKeys = new Int32Array(64);
  /** Weight rows of the sentence's features: slot k holds token i's row at k × n + i. */
  private rows = new Int32Array(64 * 32);
  private slots = 0;
  /** The per-text features of the sentence, in the order given: template, value and offset of each. */
  private readonly waiting: WaitingFeature[] = [];
  private waitingCount = 0;
  /** The features last waited for and their plan (textPlan). */
  private plan: { waiting: WaitingFeature[]; steps: TextPlan } | null = null;

  constructor(model: ScoredModel, private readonly words: ReadonlyMap<string, WordCues>) {
    this.tables = scorerTables(model);
    this.perText = this.tables.rowsPerText(words);
  }

  score(s: TagSentence): void {
    const n = s.toks.length;
    if (this.scores.length < n * TAG_COUNT) this.scores = new Float64Array(2 * n * TAG_COUNT);
    if (this.wordIds.length < n) [this.wordIds, this.textKeys] = [new Int32Array(2 * n), new Int32Array(2 * n)];
    this.s = s;
    this.sentence++;
    this.slots = 0;
    this.waitingCount = 0;
    const { ids } = this.tables;
    const { perText, wordIds, textKeys } = this;
    if (perText === null) for (let j = 0; j < n; j++) wordIds[j] = ids.get(s.toks[j].lower) ?? -1;
    else {
      perText.begin(n);
      for (let j = 0; j < n; j++) {
        const t = s.toks[j];
        textKeys[j] = perText.keyOf(t.text, t.lower, ids);
        wordIds[j] = perText.wordIds[textKeys[j]];
      }
    }
    sentenceFeatures(s, this);
    this.textSlots(n);
    this.s = null;
    this.sum(n, perText?.weights ?? this.tables.weights);
  }

  /** Each token's rows summed into `scores`: seven running sums, one per tag, then stored. */
  private sum(n: number, weights: Int32Array | Float64Array): void {
    const { rows, scores, slots } = this;
    for (let i = 0; i < n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
      for (let k = 0; k < slots; k++) {
        const w = rows[k * n + i] * TAG_COUNT;
        s0 += weights[w];
        s1 += weights[w + 1];
        s2 += weights[w + 2];
        s3 += weights[w + 3];
        s4 += weights[w + 4];
        s5 += weights[w + 5];
        s6 += weights[w + 6];
      }
      const at = i * TAG_COUNT;
      scores[at] = s0;
      scores[at + 1] = s1;
      scores[at + 2] = s2;
      scores[at + 3] = s3;
      scores[at + 4] = s4;
      scores[at + 5] = s5;
      scores[at + 6] = s6;
    }
  }

  /** The next slot of `rows` for a sentence of n tokens: where its first token's row goes. */
  private slot(n: number): number {
    const at = this.slots++ * n;
    if (this.rows.length < at + n) {
      const grown = new Int32Array(2 * (at + n));
      grown.set(this.rows.subarray(0, at));
      this.rows = grown;
    }
    return at;
  }

  column(template: number, of: TokenValue, offset: number, templateBy?: ArrayLike<number>): void {
    if (this.perText !== null && of.perText && templateBy === undefined) {
      const w = (this.waiting[this.waitingCount++] ??= { template, of, offset });
      [w.template, w.of, w.offset] = [template, of, offset];
      return;
    }
    const s = this.s!;
    const n = s.toks.length;
    const ids = this.columnIds(of, s);
    const at = this.slot(n);
    const { rows } = this;
    const zeroRow = this.tables.zeroRow;
    let byId = this.tables.rowsById(template);
    for (let i = 0; i < n; i++) {
      const j = i + offset;
      const id = j >= -1 && j <= n ? ids[j + 1] : this.idOf(of, s, j);
      if (templateBy !== undefined) byId = this.tables.rowsById(template + templateBy[i]);
      const row = id < 0 ? -1 : byId[id];
      rows[at + i] = row >= 0 ? row : zeroRow;
    }
  }

  /** The waiting per-text features, one slot per offset: each token's row summed over them (TextRows). */
  private textSlots(n: number): void {
    const perText = this.perText!;
    const s = this.s!;
    for (const { offset, features, group } of this.textPlan(perText, s, n)) {
      const at = this.slot(n);
      for (let i = 0; i < n; i++) {
        const j = i + offset;
        if (j < 0 || j >= n) this.rows[at + i] = j < 0 ? group.before : group.after;
        else this.rows[at + i] = this.textRow(perText, group, features, s, j);
      }
    }
  }

  /**
   * The waiting features by offset, each offset's TextGroup found by its features' templates and values. Every
   * sentence waits the same features (sentenceFeatures is one list), so the plan is kept while they are the same.
   */
  private textPlan(perText: TextRows, s: TagSentence, n: number): TextPlan {
    const waiting = this.waiting.slice(0, this.waitingCount);
    const last = this.plan;
    if (last !== null && last.waiting.length === waiting.length && last.waiting.every((w, k) => w.template === waiting[k].template && w.of === waiting[k].of && w.offset === waiting[k].offset)) return last.steps;
    const steps: TextPlan = [];
    for (const w of waiting) {
      if (steps.some((step) => step.offset === w.offset)) continue;
      const features = waiting.filter((v) => v.offset === w.offset).map((v) => ({ ...v }));
      const name = features.map((v) => `${v.template}:${v.of.key}`).join() + '@' + w.offset;
      steps.push({ offset: w.offset, features, group: perText.group(name, () => [this.modelRows(features, s, -1), this.modelRows(features, s, n)]) });
    }
    this.plan = { waiting: waiting.map((w) => ({ ...w })), steps };
    return steps;
  }

  private textRow(perText: TextRows, g: TextGroup, group: ReadonlyArray<{ template: number; of: TokenValue }>, s: TagSentence, j: number): number {
    const key = this.textKeys[j];
    const row = g.rows[key];
    return row >= 0 ? row : (g.rows[key] = perText.rowFor(this.modelRows(group, s, j)));
  }

  /** The model's row (-1: none) of each feature of `group` for token j. */
  private modelRows(group: ReadonlyArray<{ template: number; of: TokenValue }>, s: TagSentence, j: number): number[] {
    return group.map((w) => {
      const id = this.idOf(w.of, s, j);
      return id < 0 ? -1 : this.tables.rowsById(w.template)[id];
    });
  }

  choices(template: number, values: readonly string[], ks: ArrayLike<number>, offset: number, base: number): void {
    const n = this.s!.toks.length;
    const byK = this.tables.choiceRows(template, values);
    const at = this.slot(n);
    const { rows } = this;
    const zeroRow = this.tables.zeroRow;
    for (let i = 0; i < n; i++) {
      const j = i + offset;
      const k = j >= 0 && j < n ? base + ks[j] : 0;
      const row = k < 0 ? -1 : byK[k];
      rows[at + i] = row >= 0 ? row : zeroRow;
    }
  }

  pairs(template: number, offset: number): void {
    const { toks } = this.s!;
    const n = toks.length;
    const byPair = this.tables.pairRows(template);
    const at = this.slot(n);
    const { rows, wordIds } = this;
    const zeroRow = this.tables.zeroRow;
    for (let i = 0; i < n; i++) {
      const a = i + offset;
      rows[at + i] = zeroRow;
      if (a < 0 || a + 1 >= n || !toks[a].word || !toks[a + 1].word) continue;
      const x = wordIds[a];
      const y = wordIds[a + 1];
      if (x < 0 || y < 0) continue;
      const row = byPair.get(this.tables.pairKey(x, y));
      if (row !== undefined) rows[at + i] = row;
    }
  }

  private idOf(of: TokenValue, s: TagSentence, j: number): number {
    const value = of(s, j, this.words);
    return value === null ? -1 : (this.tables.ids.get(value) ?? -1);
  }

  /** The value numbers of `of` over the sentence being scored, worked out on its first use in the sentence. */
  private columnIds(of: TokenValue, s: TagSentence): Int32Array {
    const n = s.toks.length;
    let col = this.columns[of.key];
    if (col !== undefined && col.sentence === this.sentence) return col.ids;
    if (col === undefined || col.ids.length < n + 2) col = this.columns[of.key] = { sentence: 0, ids: new Int32Array(2 * n + 2) };
    col.sentence = this.sentence;
    const { ids } = col;
    ids[0] = this.idOf(of, s, -1);
    ids[n + 1] = this.idOf(of, s, n);
    if (of === WORD) ids.set(this.wordIds.subarray(0, n), 1);
    else for (let j = 0; j < n; j++) ids[j + 1] = this.idOf(of, s, j);
    return ids;
  }
}

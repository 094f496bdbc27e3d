// The tagger's scorer: the weights of each token's features (tagFeatures.ts) summed per tag, with the features
// looked up by number. A sentence's words are looked up once each (one Map lookup per token), and every feature
// that reads a word, a shape, a suffix or the lexicon then finds its weight row in a typed array by the value's
// number; word pairs by the two words' numbers; fixed-list features by their index. The tables are built from the
// model's string maps, once per model, so the model file and training stay as they are. Each token's weights are
// added in the order of its features (template order), so the scores are those of summing by string, to the bit.
import type { WordCues } from './shared.js';
import { TAG_COUNT, WORD, sentenceFeatures, type SentenceFeatureSink, type TagSentence, type TokenValue } from './tagFeatures.js';

/** What the scorer reads of a model: a map per template from value to weight row, and the weights. */
export interface ScoredModel {
  maps: ReadonlyArray<ReadonlyMap<string, number>>;
  weights: Float64Array;
}

const NOT_YET = -2;

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
  /** Per lexicon, per TokenValue.key of a perWord value: its value number for each word number. */
  private readonly perWord = new WeakMap<ReadonlyMap<string, WordCues>, Int32Array[]>();

  constructor(private readonly maps: ReadonlyArray<ReadonlyMap<string, number>>) {
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

  /** Value numbers of a perWord TokenValue by word number (NOT_YET until first asked), for this lexicon. */
  perWordIds(words: ReadonlyMap<string, WordCues>, of: TokenValue): Int32Array {
    let byKey = this.perWord.get(words);
    if (byKey === undefined) this.perWord.set(words, (byKey = []));
    return (byKey[of.key] ??= new Int32Array(this.ids.size).fill(NOT_YET));
  }
}

const tablesOf = new WeakMap<ScoredModel, Tables>();

/** The model's tables, built once: compileModel calls this at load so the first analysis does not pay for it. */
export function scorerTables(model: ScoredModel): Tables {
  let tables = tablesOf.get(model);
  if (tables === undefined) tablesOf.set(model, (tables = new Tables(model.maps)));
  return tables;
}

/** A TokenValue's value numbers over one sentence: index j + 1 for token j (-1 … n). */
interface Column {
  sentence: number;
  ids: Int32Array;
}

/**
 * Scores of each token of a sentence (n × TAG_COUNT, in `scores`), from sentenceFeatures a template at a time:
 * each template is one loop over the tokens that reads numbers from typed arrays; buffers are reused.
 */
export class Scorer implements SentenceFeatureSink {
  scores = new Float64Array(64 * TAG_COUNT);
  private readonly tables: Tables;
  private s: TagSentence | null = null;
  /** Number of the sentence being scored, so columns know when they are stale. */
  private sentence = 0;
  private readonly columns: Array<Column | undefined> = [];
  /** Value numbers of the words of the sentence being scored (-1: a word no template has). */
  private wordIds = new Int32Array(64);

  constructor(private readonly model: ScoredModel, private readonly words: ReadonlyMap<string, WordCues>) {
    this.tables = scorerTables(model);
  }

  score(s: TagSentence): void {
    const n = s.toks.length;
    if (this.scores.length < n * TAG_COUNT) this.scores = new Float64Array(2 * n * TAG_COUNT);
    if (this.wordIds.length < n) this.wordIds = new Int32Array(2 * n);
    this.scores.fill(0, 0, n * TAG_COUNT);
    this.s = s;
    this.sentence++;
    const ids = this.tables.ids;
    for (let j = 0; j < n; j++) this.wordIds[j] = ids.get(s.toks[j].lower) ?? -1;
    sentenceFeatures(s, this);
    this.s = null;
  }

  /** Adds weight row `row` to the scores of token i. */
  private addRow(i: number, row: number): void {
    const w = this.model.weights;
    const scores = this.scores;
    const at = i * TAG_COUNT;
    const from = row * TAG_COUNT;
    for (let k = 0; k < TAG_COUNT; k++) scores[at + k] += w[from + k];
  }

  column(template: number, of: TokenValue, offset: number, templateBy?: ArrayLike<number>): void {
    const s = this.s!;
    const n = s.toks.length;
    const ids = this.columnIds(of, s);
    let rows = this.tables.rowsById(template);
    for (let i = 0; i < n; i++) {
      const j = i + offset;
      const id = j >= -1 && j <= n ? ids[j + 1] : this.idOf(of, s, j);
      if (id < 0) continue;
      if (templateBy !== undefined) rows = this.tables.rowsById(template + templateBy[i]);
      const row = rows[id];
      if (row >= 0) this.addRow(i, row);
    }
  }

  choices(template: number, values: readonly string[], ks: ArrayLike<number>, offset: number, base: number): void {
    const n = this.s!.toks.length;
    const rows = this.tables.choiceRows(template, values);
    for (let i = 0; i < n; i++) {
      const j = i + offset;
      const k = j >= 0 && j < n ? base + ks[j] : 0;
      if (k < 0) continue;
      const row = rows[k];
      if (row >= 0) this.addRow(i, row);
    }
  }

  pairs(template: number, offset: number): void {
    const { toks } = this.s!;
    const n = toks.length;
    const rows = this.tables.pairRows(template);
    const { wordIds } = this;
    for (let i = 0; i < n; i++) {
      const a = i + offset;
      if (a < 0 || a + 1 >= n || !toks[a].word || !toks[a + 1].word) continue;
      const x = wordIds[a];
      const y = wordIds[a + 1];
      if (x < 0 || y < 0) continue;
      const row = rows.get(this.tables.pairKey(x, y));
      if (row !== undefined) this.addRow(i, row);
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
    else if (of.perWord) {
      const byWord = this.tables.perWordIds(this.words, of);
      for (let j = 0; j < n; j++) {
        const w = this.wordIds[j];
        if (w < 0) ids[j + 1] = this.idOf(of, s, j);
        else ids[j + 1] = byWord[w] !== NOT_YET ? byWord[w] : (byWord[w] = this.idOf(of, s, j));
      }
    } else for (let j = 0; j < n; j++) ids[j + 1] = this.idOf(of, s, j);
    return ids;
  }
}

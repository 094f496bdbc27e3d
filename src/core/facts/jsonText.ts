// A strict JSON reader for facts files that loses nothing: one pass builds both the syntax tree the validator
// walks (jsonc-parser's Node shape, so each problem has an offset) and the value itself, where
//  - every key becomes an own property, whatever its name (`__proto__`, `constructor`…), and
//  - a number whose JavaScript value would print differently (`1e400`, `12345678901234567890`, `1.50`) is kept as
//    a JsonNumber holding its source text, which the serializer writes back verbatim.
// It is several times faster than jsonc-parser's parseTree on large files (50,000 facts). It only handles
// well-formed JSON: on the first syntax error it returns undefined and the caller asks jsonc-parser, whose error
// reports (codes, offsets) are the ones users see.
import type { Node } from 'jsonc-parser';

/** A JSON number kept as written because a JavaScript number would not print the same. */
export class JsonNumber {
  constructor(readonly raw: string) {}
  valueOf(): number {
    return Number(this.raw);
  }
  /** Other JSON writers (exports) see the nearest JavaScript number. */
  toJSON(): number {
    return Number(this.raw);
  }
}

export interface JsonRead {
  root: Node;
  value: unknown;
  /** Key nodes of members whose key appeared earlier in the same object (the value keeps the last, as JSON.parse). */
  duplicateKeys: Node[];
}

type MutableNode = { type: Node['type']; offset: number; length: number; value?: unknown; colonOffset?: number; children?: MutableNode[] };

class SyntaxFault extends Error {}

/** Tree and value of a strict JSON text, or undefined when it is not well-formed JSON. */
export function readJson(text: string): JsonRead | undefined {
  const reader = new Reader(text);
  try {
    reader.skipSpace();
    const root = reader.value();
    reader.skipSpace();
    if (reader.pos !== text.length) return undefined;
    return { root: root as Node, value: reader.last, duplicateKeys: reader.duplicateKeys };
  } catch (err) {
    if (err instanceof SyntaxFault) return undefined;
    throw err;
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Reader {
  pos = 0;
  /** The value of the node `value()` last returned (kept beside the tree rather than inside it). */
  last: unknown;
  readonly duplicateKeys: MutableNode[] = [];

  constructor(private readonly text: string) {}

  skipSpace(): void {
    const t = this.text;
    let i = this.pos;
    for (let c = t.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = t.charCodeAt(++i));
    this.pos = i;
  }

  value(): MutableNode {
    const c = this.text.charCodeAt(this.pos);
    if (c === 123) return this.object();
    if (c === 91) return this.array();
    if (c === 34) return this.string();
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    return this.literal();
  }

  private object(): MutableNode {
    const node: MutableNode = { type: 'object', offset: this.pos, length: 0, children: [] };
    const out: Record<string, unknown> = {};
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== 125) {
      for (;;) {
        if (this.text.charCodeAt(this.pos) !== 34) throw new SyntaxFault();
        const key = this.string();
        const name = this.last as string;
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) !== 58) throw new SyntaxFault();
        const colonOffset = this.pos++;
        this.skipSpace();
        const val = this.value();
        if (Object.hasOwn(out, name)) this.duplicateKeys.push(key);
        // defineProperty, not assignment: `out.__proto__ = v` would set the prototype instead of keeping the key.
        if (name === '__proto__') Object.defineProperty(out, name, { value: this.last, enumerable: true, writable: true, configurable: true });
        else out[name] = this.last;
        node.children!.push({ type: 'property', offset: key.offset, length: val.offset + val.length - key.offset, colonOffset, children: [key, val] });
        if (!this.separator(125)) break;
      }
    }
    this.pos++;
    node.length = this.pos - node.offset;
    this.last = out;
    return node;
  }

  private array(): MutableNode {
    const node: MutableNode = { type: 'array', offset: this.pos, length: 0, children: [] };
    const out: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== 93) {
      for (;;) {
        node.children!.push(this.value());
        out.push(this.last);
        if (!this.separator(93)) break;
      }
    }
    this.pos++;
    node.length = this.pos - node.offset;
    this.last = out;
    return node;
  }

  /** After an entry: true when a comma follows (and another entry must), false at the closing bracket. */
  private separator(close: number): boolean {
    this.skipSpace();
    const c = this.text.charCodeAt(this.pos);
    if (c === 44) {
      this.pos++;
      this.skipSpace();
      return true;
    }
    if (c === close) return false;
    throw new SyntaxFault();
  }

  private string(): MutableNode {
    const t = this.text;
    const offset = this.pos;
    let i = offset + 1;
    let from = i;
    let out = '';
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 34) break;
      if (c !== 92) {
        if (!(c >= 32)) throw new SyntaxFault(); // a control character, or NaN at the end of the text
        i++;
        continue;
      }
      out += t.slice(from, i);
      const e = t[i + 1];
      if (e === 'u') {
        const hex = t.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new SyntaxFault();
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else {
        const decoded = e === undefined ? undefined : ESCAPES[e];
        if (decoded === undefined) throw new SyntaxFault();
        out += decoded;
        i += 2;
      }
      from = i;
    }
    out = from === offset + 1 ? t.slice(from, i) : out + t.slice(from, i);
    this.pos = i + 1;
    this.last = out;
    return { type: 'string', offset, length: this.pos - offset, value: out };
  }

  private number(): MutableNode {
    const t = this.text;
    const offset = this.pos;
    let i = offset;
    if (t.charCodeAt(i) === 45) i++;
    if (t.charCodeAt(i) === 48) i++;
    else i = this.digits(i);
    if (t.charCodeAt(i) === 46) i = this.digits(i + 1);
    const e = t.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = t.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      i = this.digits(i);
    }
    const raw = t.slice(offset, i);
    this.pos = i;
    const n = Number(raw);
    this.last = String(n) === raw ? n : new JsonNumber(raw);
    return { type: 'number', offset, length: raw.length, value: n };
  }

  /** End of a run of digits starting at `i`; at least one is required. */
  private digits(i: number): number {
    const t = this.text;
    const start = i;
    for (let c = t.charCodeAt(i); c >= 48 && c <= 57; c = t.charCodeAt(++i));
    if (i === start) throw new SyntaxFault();
    return i;
  }

  private literal(): MutableNode {
    const offset = this.pos;
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, offset)) {
        this.pos += word.length;
        this.last = value;
        return value === null ? { type: 'null', offset, length: word.length, value } : { type: 'boolean', offset, length: word.length, value };
      }
    }
    throw new SyntaxFault();
  }
}

const LITERALS: [string, boolean | null][] = [['true', true], ['false', false], ['null', null]];

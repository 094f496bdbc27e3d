// The one way a facts file becomes text: 2-space indent, known keys in schema order, unknown keys after them in
// the order they had, a trailing newline. The same data always gives the same bytes, so a change to one fact
// touches only that fact's lines in a git diff. Nothing is lost on the way:
//  - every own key is written, whatever its name (the copy is checked against the schema's key set, not with
//    `key in {}`, which is true for `constructor`, `toString`…; `__proto__` is defined, not assigned);
//  - a JsonNumber (a number a JavaScript number cannot hold exactly, e.g. `1e400`) is written as it was read:
//    it travels through JSON.stringify as a marker string and is swapped back into the text afterwards.
// Only objects the schema describes are copied (to order their keys); everything else is handed to
// JSON.stringify as it is, so a 50,000-fact file costs little more than JSON.stringify itself.
import { JsonNumber } from './jsonText.js';
import { FACTS_SCHEMA, keyOrder, resolveRef, type SchemaNode } from './schema.js';
import type { FactsFile } from './types.js';

export function serializeFacts(file: FactsFile): string {
  const raws: string[] = [];
  // A marker no string in the file can contain: NUL is escaped by JSON.stringify, the nonce is random.
  const nonce = Math.random().toString(36).slice(2);
  const text = JSON.stringify(ordered(file, FACTS_SCHEMA, raws, nonce), null, 2) + '\n';
  if (raws.length === 0) return text;
  const marker = new RegExp(`"\\\\u0000${nonce}:(\\d+)\\\\u0000"`, 'g');
  return text.replace(marker, (_, index: string) => raws[Number(index)]!);
}

interface Shape {
  /** Known keys, in schema order. */
  keys: string[];
  known: Set<string>;
  properties: Record<string, SchemaNode>;
  items: SchemaNode | undefined;
}

const shapes = new Map<SchemaNode, Shape>();

function shapeOf(schema: SchemaNode): Shape {
  let shape = shapes.get(schema);
  if (!shape) {
    const s = resolveRef(schema);
    const keys = keyOrder(s);
    shape = { keys, known: new Set(keys), properties: s.properties ?? {}, items: s.items };
    shapes.set(schema, shape);
  }
  return shape;
}

/** `value` ready for JSON.stringify: schema objects copied with their keys in order, JsonNumbers as markers.
 *  A value with neither comes back as it is (no copy). */
function ordered(value: unknown, schema: SchemaNode | undefined, raws: string[], nonce: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof JsonNumber) return `\u0000${nonce}:${raws.push(value.raw) - 1}\u0000`;
  const shape = schema ? shapeOf(schema) : undefined;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const out = ordered(item, shape?.items, raws, nonce);
      if (out !== item && !copy) copy = value.slice(0, i);
      copy?.push(out);
    }
    return copy ?? value;
  }
  const obj = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined = shape ? {} : undefined;
  const put = (key: string, v: unknown): void => {
    if (key === '__proto__') Object.defineProperty(copy, key, { value: v, enumerable: true, writable: true, configurable: true });
    else copy![key] = v;
  };
  if (shape) for (const key of shape.keys) if (Object.hasOwn(obj, key)) put(key, ordered(obj[key], shape.properties[key], raws, nonce));
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (shape?.known.has(key)) continue;
    const v = obj[key];
    const out = ordered(v, undefined, raws, nonce);
    if (out !== v && !copy) {
      copy = {};
      for (const earlier of keys.slice(0, i)) put(earlier, obj[earlier]);
    }
    if (copy) put(key, out);
  }
  return copy ?? value;
}

/** Next short id for a prefix: "s1", "s2"… one past the highest number in use, so ids are never reused
 *  while the entry with the highest number exists, and stay readable in diffs and hover cards. */
export function newId(prefix: string, existing: Iterable<string>): string {
  let max = 0;
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`);
  for (const id of existing) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}

/** A new, empty facts file for an article (file name relative to the facts file). */
export function emptyFactsFile(article?: string): FactsFile {
  return article ? { version: 1, article, sources: [], facts: [] } : { version: 1, sources: [], facts: [] };
}

// The one way a facts file becomes text: 2-space indent, known keys in schema order, unknown keys after them in
// the order they had, a trailing newline. The same data always gives the same bytes, so a change to one fact
// touches only that fact's lines in a git diff. The output is what JSON.stringify(value, null, 2) would print
// for the reordered value, written directly (one pass, no copy) so that nothing is lost on the way:
//  - every own key is written, whatever its name (a `{}` copy would drop `constructor`, `toString`… as "already
//    there" and swallow `__proto__` through its setter);
//  - a JsonNumber (a number a JavaScript number cannot hold exactly, e.g. `1e400`) is written as it was read.
import { JsonNumber } from './jsonText.js';
import { FACTS_SCHEMA, keyOrder, resolveRef, type SchemaNode } from './schema.js';
import type { FactsFile } from './types.js';

export function serializeFacts(file: FactsFile): string {
  const out: string[] = [];
  write(file, FACTS_SCHEMA, '\n', out);
  out.push('\n');
  return out.join('');
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

/** Appends `value` as JSON; `newline` is "\n" plus the current indentation. */
function write(value: unknown, schema: SchemaNode | undefined, newline: string, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(scalar(value));
    return;
  }
  if (value instanceof JsonNumber) {
    out.push(value.raw);
    return;
  }
  const shape = schema ? shapeOf(schema) : undefined;
  const inner = newline + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      out.push(i === 0 ? inner : ',' + inner);
      const item: unknown = value[i];
      // As JSON.stringify: a hole or undefined in a list is null.
      write(item === undefined ? null : item, shape?.items, inner, out);
    }
    out.push(newline, ']');
    return;
  }
  const obj = value as Record<string, unknown>;
  let first = true;
  const member = (key: string, child: SchemaNode | undefined): void => {
    const v = obj[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return;
    out.push(first ? '{' + inner : ',' + inner, JSON.stringify(key), ': ');
    first = false;
    write(v, child, inner, out);
  };
  if (shape) for (const key of shape.keys) if (Object.hasOwn(obj, key)) member(key, shape.properties[key]);
  for (const key of Object.keys(obj)) if (!shape?.known.has(key)) member(key, undefined);
  out.push(first ? '{}' : newline + '}');
}

function scalar(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  return 'null';
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

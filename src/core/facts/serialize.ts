// The one way a facts file becomes text: 2-space indent, known keys in schema order, unknown keys after them in
// the order they had, a trailing newline. The same data always gives the same bytes, so a change to one fact
// touches only that fact's lines in a git diff.
import { FACTS_SCHEMA, keyOrder, resolveRef, type SchemaNode } from './schema.js';
import type { FactsFile } from './types.js';

export function serializeFacts(file: FactsFile): string {
  return JSON.stringify(ordered(file, FACTS_SCHEMA), null, 2) + '\n';
}

/** A copy of `value` whose object keys follow the schema; values the schema does not describe keep their order. */
function ordered(value: unknown, schema: SchemaNode | undefined): unknown {
  if (Array.isArray(value)) {
    const items = schema ? resolveRef(schema).items : undefined;
    return value.map((v) => ordered(v, items));
  }
  if (typeof value !== 'object' || value === null) return value;
  const obj = value as Record<string, unknown>;
  const s = schema ? resolveRef(schema) : undefined;
  const known = s ? keyOrder(s) : [];
  const out: Record<string, unknown> = {};
  for (const key of known) if (obj[key] !== undefined) out[key] = ordered(obj[key], s?.properties?.[key]);
  for (const key of Object.keys(obj)) if (!(key in out) && obj[key] !== undefined) out[key] = ordered(obj[key], undefined);
  return out;
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

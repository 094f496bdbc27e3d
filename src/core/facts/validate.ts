// Interprets FACTS_SCHEMA over a jsonc-parser syntax tree, so every violation comes with the node it is about
// (and therefore a line:column). Only the keywords schema.ts declares in SchemaNode are understood.
import type { Node } from 'jsonc-parser';
import { resolveRef, type SchemaNode } from './schema.js';

export type JsonPath = (string | number)[];

export interface SchemaIssue {
  code: 'wrong-type' | 'unknown-value' | 'missing-property' | 'invalid-value';
  message: string;
  /** The offending node (for a missing property: the object that lacks it). */
  node: Node;
  /** Path of the offending value; for a missing property, the path it should have. */
  path: JsonPath;
}

export function validateNode(node: Node, schema: SchemaNode, path: JsonPath = [], issues: SchemaIssue[] = []): SchemaIssue[] {
  const s = resolveRef(schema);
  // Described only when reported: building the text for every node made 50,000 facts take half a second.
  const where = (): string => describePath(path);
  if (s.type && !hasType(node, s.type)) {
    issues.push({ code: 'wrong-type', node, path, message: `${where()}: expected ${article(s.type)}, found ${describeNode(node)}.` });
    return issues;
  }
  if (s.const !== undefined && node.value !== s.const) {
    issues.push({ code: 'invalid-value', node, path, message: `${where()}: expected ${JSON.stringify(s.const)}, found ${describeNode(node)}.` });
  }
  if (s.enum && !s.enum.includes(node.value as string)) {
    issues.push({
      code: 'unknown-value', node, path,
      message: `${where()}: unknown value ${JSON.stringify(node.value)}; expected one of ${s.enum.join(', ')}.`,
    });
  }
  if (node.type === 'string') checkString(node, s, path, where, issues);
  if (node.type === 'number' && s.minimum !== undefined && (node.value as number) < s.minimum) {
    issues.push({ code: 'invalid-value', node, path, message: `${where()}: must be at least ${s.minimum}, found ${node.value}.` });
  }
  if (node.type === 'object') checkObject(node, s, path, issues);
  if (node.type === 'array') checkArray(node, s, path, where, issues);
  return issues;
}

function checkString(node: Node, s: SchemaNode, path: JsonPath, where: () => string, issues: SchemaIssue[]): void {
  const value = node.value as string;
  if (s.minLength !== undefined && value.length < s.minLength) {
    issues.push({ code: 'invalid-value', node, path, message: `${where()}: must not be empty.` });
  } else if (s.pattern && !patternOf(s.pattern).test(value)) {
    issues.push({ code: 'invalid-value', node, path, message: `${where()}: ${JSON.stringify(value)} is not a valid id (letters, digits, ".", "_", "-").` });
  }
}

const patterns = new Map<string, RegExp>();

function patternOf(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}

function checkObject(node: Node, s: SchemaNode, path: JsonPath, issues: SchemaIssue[]): void {
  // Last one wins for a repeated key, as in JSON.parse (parse.ts reports the repetition itself).
  const present = new Map<string, Node>();
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key && value) present.set(key.value as string, value);
  }
  for (const name of s.required ?? []) {
    if (!present.has(name)) {
      issues.push({ code: 'missing-property', node, path: [...path, name], message: `${describePath(path)}: missing required property "${name}".` });
    }
  }
  for (const [name, value] of present) {
    const child = s.properties?.[name];
    if (child) validateNode(value, child, [...path, name], issues);
  }
}

function checkArray(node: Node, s: SchemaNode, path: JsonPath, where: () => string, issues: SchemaIssue[]): void {
  const items = node.children ?? [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (s.items) validateNode(item, s.items, [...path, i], issues);
    if (s.uniqueItems) {
      const key = JSON.stringify(item.value ?? null) + item.type;
      if (seen.has(key)) issues.push({ code: 'invalid-value', node: item, path: [...path, i], message: `${where()}: ${JSON.stringify(item.value)} is listed twice.` });
      seen.add(key);
    }
  });
}

function hasType(node: Node, type: NonNullable<SchemaNode['type']>): boolean {
  if (type === 'integer') return node.type === 'number' && Number.isInteger(node.value);
  return node.type === type;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeNode(node: Node): string {
  if (node.type === 'object' || node.type === 'array') return article(node.type);
  if (node.type === 'null') return 'null';
  if (node.type === 'number' && !Number.isInteger(node.value)) return `the number ${node.value}`;
  return `${node.type === 'number' ? 'the number' : article(node.type)} ${JSON.stringify(node.value)}`;
}

/** `facts[2].target.start`, or `the file` for the root. */
export function describePath(path: JsonPath): string {
  if (path.length === 0) return 'the file';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

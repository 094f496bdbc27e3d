// Text of a facts file → the file as data plus every problem at its line:column. Strict JSON (no comments, no
// trailing commas), then the schema, then what a schema cannot say: duplicate keys and ids, end before start,
// and source ids that name no source. Never throws on user input. The value keeps every key and every number as
// written (jsonText.ts), so a rewrite loses nothing it does not understand.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineStartsOf, positionAt } from '../markdown/lines.js';
import { MAX_NESTING, tooDeepAt } from './depth.js';
import { JsonNumber, readJson } from './jsonText.js';
import { FACTS_SCHEMA } from './schema.js';
import type { Fact, FactsFile, FactsLocation, FactsProblem, FactsProblemCategory, Source } from './types.js';
import { decodeUtf8 } from './utf8.js';
import { validateNode, type JsonPath } from './validate.js';

export interface ParseResult {
  /** The file as data. Absent only when the text is not JSON or not an object. When `broken`, this is a
   *  best-effort reading (invalid fields and entries left out) fit for display, never for rewriting. */
  file?: FactsFile;
  problems: FactsProblem[];
  /** True when a syntax or schema problem makes the file unsafe to rewrite; the store refuses to write it. */
  broken: boolean;
  /** Where each fact and source object sits in the text, by id (first occurrence). */
  locations: { facts: Record<string, FactsLocation>; sources: Record<string, FactsLocation> };
}

export function parseFacts(input: string): ParseResult {
  // A UTF-8 byte-order mark is not JSON; blank it out without shifting any offset.
  const text = input.startsWith('\uFEFF') ? ' ' + input.slice(1) : input;
  const lines = lineStartsOf(text);
  const at = (offset: number, length: number): FactsLocation => ({ offset, length, ...lineColumn(lines, offset) });
  const problems: FactsProblem[] = [];
  const report = (category: FactsProblemCategory, code: string, message: string, offset: number, length: number, extra: Partial<FactsProblem> = {}): void => {
    problems.push({ severity: 'error', category, code, message, ...at(offset, length), ...extra });
  };
  const locations: ParseResult['locations'] = { facts: {}, sources: {} };

  const deep = tooDeepAt(text);
  if (deep >= 0) {
    report('syntax', 'nesting-too-deep', `Nested more than ${MAX_NESTING} levels deep here; Factmark reads facts files up to ${MAX_NESTING} levels and will not write this one.`, deep, 1);
    return { problems, broken: true, locations };
  }
  const read = readTree(text);
  if (!read.root) {
    for (const { offset, length, message } of read.errors) report('syntax', 'json-syntax', message, offset, length);
    if (problems.length === 0) report('syntax', 'json-syntax', 'The facts file is empty.', 0, 0);
    return { problems, broken: true, locations };
  }
  const { root, value } = read;
  if (root.type !== 'object') {
    report('schema', 'wrong-type', `the file: expected an object, found ${root.type}.`, root.offset, root.length);
    return { problems, broken: true, locations };
  }

  for (const node of read.duplicateKeys) {
    report('schema', 'duplicate-key', `Property "${node.value}" appears twice in the same object; only one can be kept.`, node.offset, node.length);
  }

  const removals: JsonPath[] = [];
  for (const issue of validateNode(root, FACTS_SCHEMA)) {
    report('schema', issue.code, issue.message, issue.node.offset, issue.node.length);
    removals.push(issue.path);
  }

  const sourceIds = new Set<string>();
  forEachEntry(root, 'sources', (entry, id, idNode) => {
    if (sourceIds.has(id)) report('schema', 'duplicate-id', `Source id "${id}" is used twice.`, idNode.offset, idNode.length, { sourceId: id });
    else locations.sources[id] = at(entry.offset, entry.length);
    sourceIds.add(id);
  });
  const factIds = new Set<string>();
  forEachEntry(root, 'facts', (entry, id, idNode, index) => {
    if (factIds.has(id)) report('schema', 'duplicate-id', `Fact id "${id}" is used twice.`, idNode.offset, idNode.length, { factId: id });
    else locations.facts[id] = at(entry.offset, entry.length);
    factIds.add(id);
    const start = child(child(entry, 'target'), 'start');
    const end = child(child(entry, 'target'), 'end');
    if (start?.type === 'number' && end?.type === 'number' && (end.value as number) < (start.value as number)) {
      report('schema', 'invalid-range', `facts[${index}].target: end (${end.value}) is before start (${start.value}).`, end.offset, end.length, { factId: id });
      removals.push(['facts', index, 'target', 'end'], ['facts', index, 'target', 'start']);
    }
    const refs = child(entry, 'sources');
    for (const ref of refs?.type === 'array' ? refs.children ?? [] : []) {
      if (ref.type === 'string' && !sourceIds.has(ref.value as string)) {
        report('reference', 'dangling-source', `Fact "${id}" cites source "${ref.value}", which is not in "sources".`, ref.offset, ref.length, { factId: id });
      }
    }
  });

  problems.sort((a, b) => a.offset - b.offset);
  const broken = problems.some((p) => p.category === 'syntax' || p.category === 'schema');
  return { file: bestEffortFile(value as Record<string, unknown>, removals), problems, broken, locations };
}

/** Bytes of a facts file → its parse; bytes that are not UTF-8 make it broken, with the first bad byte's place. */
export function parseFactsBytes(bytes: Uint8Array): { text: string; parsed: ParseResult } {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { text: decoded.text, parsed: parseFacts(decoded.text) };
  const { offset, line, column, message } = decoded;
  const problem: FactsProblem = { severity: 'error', category: 'syntax', code: 'invalid-utf8', message, offset, length: 1, line, column };
  // The lenient decoding is for display only: `broken` keeps it from ever being written back.
  return { text: new TextDecoder('utf-8').decode(bytes), parsed: { problems: [problem], broken: true, locations: { facts: {}, sources: {} } } };
}

type TreeRead = { root: Node; value: unknown; duplicateKeys: Node[]; errors?: undefined } | { root?: undefined; errors: { offset: number; length: number; message: string }[] };

/** The fast exact reader for well-formed JSON; jsonc-parser only to explain what is wrong with the rest. */
function readTree(text: string): TreeRead {
  try {
    const read = readJson(text);
    if (read) return read;
    const syntaxErrors: ParseError[] = [];
    parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const seenOffsets = new Set<number>();
    const errors = [];
    for (const e of syntaxErrors) {
      if (seenOffsets.has(e.offset)) continue; // one error per place; jsonc-parser often reports two
      seenOffsets.add(e.offset);
      errors.push(explainSyntaxError(text, e));
    }
    // Both readers implement strict JSON; should they ever disagree, refuse rather than guess.
    if (errors.length === 0 && text.trim() !== '') errors.push({ offset: 0, length: 0, message: 'The facts file could not be read exactly; nothing will be written to it.' });
    return { errors };
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return { errors: [{ offset: 0, length: 0, message: 'The facts file is nested too deeply to read.' }] };
  }
}

/** 1-based line and column of a UTF-16 offset. */
function lineColumn(lines: number[], offset: number): { line: number; column: number } {
  const { line, column } = positionAt(lines, offset);
  return { line: line + 1, column: column + 1 };
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character; expected a JSON value (strings need double quotes).',
  InvalidNumberFormat: 'Invalid number.',
  PropertyNameExpected: 'Expected a property name in double quotes.',
  ValueExpected: 'Expected a value.',
  ColonExpected: 'Expected ":" after the property name.',
  CommaExpected: 'Expected "," between entries.',
  CloseBraceExpected: 'Expected "}" to close the object.',
  CloseBracketExpected: 'Expected "]" to close the list.',
  EndOfFileExpected: 'Unexpected text after the end of the JSON value.',
  InvalidCommentToken: 'Comments are not allowed in a facts file (it is strict JSON); use a "note" field.',
  UnexpectedEndOfComment: 'Comments are not allowed in a facts file (it is strict JSON).',
  UnexpectedEndOfString: 'Unterminated string.',
  UnexpectedEndOfNumber: 'Unterminated number.',
  InvalidUnicode: 'Invalid \\u escape.',
  InvalidEscapeCharacter: 'Invalid escape character in a string.',
  InvalidCharacter: 'Control character in a string; escape it (e.g. \\n).',
};

function explainSyntaxError(text: string, e: ParseError): { offset: number; length: number; message: string } {
  const name = printParseErrorCode(e.error);
  // jsonc-parser reports a trailing comma at the closing bracket; point at the comma itself.
  if (name === 'PropertyNameExpected' || name === 'ValueExpected') {
    const close = text[e.offset];
    let i = e.offset - 1;
    while (i >= 0 && /\s/.test(text[i]!)) i--;
    if ((close === '}' || close === ']') && text[i] === ',') {
      return { offset: i, length: 1, message: `Trailing comma before "${close}" is not allowed in JSON.` };
    }
  }
  if (e.offset >= text.length && (name === 'ValueExpected' || name === 'CloseBraceExpected' || name === 'CloseBracketExpected')) {
    return { offset: e.offset, length: 0, message: `Unexpected end of file: ${SYNTAX_MESSAGES[name]}` };
  }
  return { offset: e.offset, length: e.length, message: SYNTAX_MESSAGES[name] ?? `JSON syntax error (${name}).` };
}

function child(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  const props = node.children ?? [];
  for (let i = props.length - 1; i >= 0; i--) if (props[i]!.children?.[0]?.value === key) return props[i]!.children?.[1]; // last wins, as in JSON.parse
  return undefined;
}

/** Calls back for each entry of a top-level list that has a string id. */
function forEachEntry(root: Node, list: 'sources' | 'facts', fn: (entry: Node, id: string, idNode: Node, index: number) => void): void {
  const arr = child(root, list);
  if (arr?.type !== 'array') return;
  (arr.children ?? []).forEach((entry, index) => {
    const idNode = child(entry, 'id');
    if (idNode?.type === 'string' && idNode.value !== '') fn(entry, idNode.value as string, idNode, index);
  });
}

const DROP = Symbol('drop');

/** The valid part of the file: failing values removed, entries without their required members left out. */
function bestEffortFile(value: Record<string, unknown>, removals: JsonPath[]): FactsFile {
  for (const path of removals) removeAt(value, path);
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.filter((x) => x !== DROP) : []);
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const sources = list(value.sources).filter((s): s is Source => isObject(s) && typeof s.id === 'string');
  const facts = list(value.facts)
    .filter((f): f is Fact => isObject(f) && typeof f.id === 'string' && typeof f.kind === 'string' && isObject(f.target) && typeof f.target.exact === 'string')
    .map((f) => (Array.isArray(f.sources) ? { ...f, sources: list(f.sources) as string[] } : f))
    .map(plainOffsets);
  return { ...value, version: 1, sources, facts };
}

/** `start` and `end` are the schema's own integers: plain numbers for every consumer, however they were written. */
function plainOffsets(f: Fact): Fact {
  const { start, end } = f.target;
  if (!((start as unknown) instanceof JsonNumber || (end as unknown) instanceof JsonNumber)) return f;
  const target = { ...f.target };
  if ((start as unknown) instanceof JsonNumber) target.start = Number(start);
  if ((end as unknown) instanceof JsonNumber) target.end = Number(end);
  return { ...f, target };
}

function removeAt(root: unknown, path: JsonPath): void {
  if (path.length === 0) return;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = DROP;
  else if (typeof parent === 'object' && parent !== null) delete (parent as Record<string, unknown>)[last as string];
}

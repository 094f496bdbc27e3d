// The facts-file JSON Schema as data. It is the single source of truth: `schemas/facts.schema.json` (shipped for
// editor completion via `contributes.jsonValidation`) is this object written out, the validator in validate.ts
// interprets it, and serialize.ts takes its key order from `properties`. A unit test keeps the three in step.
import { FACT_KINDS, SOURCE_KINDS, VERDICTS } from './types.js';

/** The subset of JSON Schema draft-07 the validator understands; the test fails if the schema uses anything else. */
export interface SchemaNode {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  description?: string;
  enum?: readonly string[];
  const?: number | string;
  required?: readonly string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  items?: SchemaNode;
  uniqueItems?: boolean;
  minLength?: number;
  minimum?: number;
  pattern?: string;
  format?: string;
  examples?: readonly unknown[];
}

export interface RootSchema extends SchemaNode {
  $schema: string;
  $id: string;
  title: string;
  definitions: Record<string, SchemaNode>;
}

export const FACTS_SCHEMA_ID = 'urn:factmark:schema:facts:1';

const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';

export const FACTS_SCHEMA: RootSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: FACTS_SCHEMA_ID,
  title: 'Factmark facts file',
  description:
    'The fact-checker\'s record for one Markdown article (article.md ↔ article.facts.json): sources, and facts ' +
    'anchored to spans of the article with their verdicts and notes. Unknown fields are allowed and kept on rewrite.',
  type: 'object',
  required: ['version', 'sources', 'facts'],
  additionalProperties: true,
  properties: {
    $schema: { type: 'string', description: 'Optional link to this schema.' },
    version: { type: 'integer', const: 1, description: 'Format version; always 1.' },
    article: { type: 'string', description: 'The article this file belongs to, relative to this file (e.g. "article.md").' },
    sources: {
      type: 'array',
      description: 'Every source cited by the facts below.',
      items: { $ref: '#/definitions/source' },
    },
    facts: {
      type: 'array',
      description: 'Checked statements, each anchored to a span of the article.',
      items: { $ref: '#/definitions/fact' },
    },
  },
  definitions: {
    source: {
      type: 'object',
      required: ['id'],
      additionalProperties: true,
      properties: {
        id: { type: 'string', minLength: 1, pattern: ID_PATTERN, description: 'Short stable id ("s1"), referenced from facts[].sources.' },
        title: { type: 'string', description: 'Title of the document, page or interview.' },
        url: { type: 'string', format: 'uri', description: 'Where the source can be read.' },
        publisher: { type: 'string', description: 'Organisation that published it.' },
        published: { type: 'string', description: 'Publication date, ISO 8601 (e.g. "2023-09-19").' },
        accessed: { type: 'string', description: 'When the fact-checker read it, ISO 8601.' },
        archiveUrl: { type: 'string', format: 'uri', description: 'An archived copy (e.g. Wayback Machine).' },
        kind: { type: 'string', enum: SOURCE_KINDS, description: 'What sort of source this is.' },
        snapshot: {
          type: 'string',
          minLength: 1,
          description:
            'A local copy of what the source said, relative to this file: a transcript (.txt, .md, .vtt, .srt; speaker ' +
            'labels such as "KISHIDA:" or <v Kishida>) or a document (.txt, .md, .html). Quotes citing this source are ' +
            'checked against it word by word.',
          examples: ['kishida-unga-2023.vtt'],
        },
      },
    },
    fact: {
      type: 'object',
      required: ['id', 'kind', 'target'],
      additionalProperties: true,
      properties: {
        id: { type: 'string', minLength: 1, pattern: ID_PATTERN, description: 'Short stable id ("f1").' },
        kind: { type: 'string', enum: FACT_KINDS, description: 'What the span is.' },
        target: { $ref: '#/definitions/target' },
        speaker: { type: 'string', description: 'Who said or wrote it, for quotes and attributions.' },
        verdict: {
          type: 'string',
          enum: VERDICTS,
          description: 'The rating. "not-a-claim" and "opinion" silence the unsourced flag on this span.',
        },
        sources: {
          type: 'array',
          uniqueItems: true,
          description: 'Ids of entries in the top-level "sources" list that back this fact.',
          items: { type: 'string', minLength: 1 },
        },
        note: { type: 'string', description: 'Free-text note by the fact-checker.' },
        checkedBy: { type: 'string', description: 'Who checked it.' },
        checkedAt: { type: 'string', description: 'When it was checked, ISO 8601.' },
      },
    },
    target: {
      type: 'object',
      description:
        'Where the fact sits in the article: the quoted text with up to 32 characters of context on each side ' +
        '(W3C TextQuoteSelector) and UTF-16 offsets, end-exclusive (TextPositionSelector). Offsets and context are ' +
        'refreshed whenever the fact is re-anchored.',
      required: ['exact'],
      additionalProperties: true,
      properties: {
        exact: { type: 'string', minLength: 1, description: 'The text of the span, as checked.' },
        prefix: { type: 'string', description: 'Text just before the span.' },
        suffix: { type: 'string', description: 'Text just after the span.' },
        start: { type: 'integer', minimum: 0, description: 'UTF-16 offset of the first character of the span.' },
        end: { type: 'integer', minimum: 0, description: 'UTF-16 offset just after the span.' },
      },
    },
  },
};

/** Resolves a `#/definitions/name` reference (the only kind the schema uses). */
export function resolveRef(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const target = FACTS_SCHEMA.definitions[name];
  if (!target) throw new Error(`Unknown schema reference ${node.$ref}`);
  return target;
}

/** Schema key order of an object node, used by the serializer. */
export function keyOrder(node: SchemaNode): string[] {
  return Object.keys(resolveRef(node).properties ?? {});
}

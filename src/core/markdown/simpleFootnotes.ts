// GFM footnotes read off a CommonMark tree, for the unambiguous forms only: a call "[^3]" in plain text (or as
// a shortcut reference, when a CommonMark definition "[^3]: url" exists) and a one-line definition. Calls sit in
// ordinary paragraphs all over a footnoted article; re-parsing each such paragraph with remark-gfm would cost
// most of what proseTree.ts saves. Anything these functions can't vouch for goes to remark-gfm.
import type { FootnoteDefinition, Nodes, Parents, RootContent } from 'mdast';
import { lineStart, pointAt } from './tree.js';

export interface FootnoteCall {
  start: number;
  end: number;
  label: string;
}

const SIMPLE_LABEL = /[\p{L}\p{N}_-]{1,100}\]/uy;
// Content must not open with "[": "[^1]: [r]: url" holds a link definition that counts for the whole document.
const SIMPLE_FOOTNOTE_DEFINITION = /^( {0,3})\[\^([\p{L}\p{N}_-]{1,100})\]:[ \t]+[^\s[][^\n\r]*$/u;

export type PendingCall = FootnoteCall & { key: string };

export interface InlineNodes {
  texts: Array<{ node: Nodes; start: number; end: number; inLink: boolean }>;
  references: Map<number, Nodes>;
}

export function inlineNodes(block: RootContent): InlineNodes {
  const found: InlineNodes = { texts: [], references: new Map() };
  // Document order with an explicit stack (no recursion: inline nesting can be deeper than the call stack).
  const stack: Array<{ node: Nodes; inLink: boolean }> = [{ node: block as Nodes, inLink: false }];
  while (stack.length > 0) {
    const { node, inLink } = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' && start !== undefined && end !== undefined) found.texts.push({ node, start, end, inLink });
    if (node.type === 'linkReference' && start !== undefined && !inLink) found.references.set(start, node);
    if ('children' in node) {
      const linkish = inLink || node.type === 'link' || node.type === 'linkReference';
      const children = (node as Parents).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, inLink: linkish });
    }
  }
  return found;
}

/**
 * The footnote calls of a block when every "[^" in it is a plain call, "[^label]" with a simple label, sitting
 * in ordinary text or as a shortcut reference; undefined when any is not (the block then goes to GFM).
 */
export function simpleCalls(text: string, offsets: number[], nodes: InlineNodes): Map<Nodes, PendingCall[]> | undefined {
  const calls = new Map<Nodes, PendingCall[]>();
  let cursor = 0; // offsets ascend and text nodes come in text order: one pass over both
  for (const start of offsets) {
    SIMPLE_LABEL.lastIndex = start + 2;
    const m = SIMPLE_LABEL.exec(text);
    if (!m) return undefined;
    const end = start + 2 + m[0].length;
    const before = text[start - 1];
    const after = text[end];
    if (before === '\\' || before === '!' || before === '[' || before === ']') return undefined;
    if (after === '[' || after === '(' || after === ':' || after === ']') return undefined;
    const label = m[0].slice(0, -1);
    const reference = nodes.references.get(start);
    let holder: Nodes | undefined;
    if (reference && reference.type === 'linkReference' && reference.referenceType === 'shortcut' && reference.position!.end.offset === end) {
      holder = reference;
    } else {
      while (cursor < nodes.texts.length && nodes.texts[cursor].end <= start) cursor++;
      const t = nodes.texts[cursor];
      holder = t && !t.inLink && t.start <= start && end <= t.end ? t.node : undefined;
    }
    if (!holder) return undefined;
    const list = calls.get(holder) ?? [];
    list.push({ start, end, label, key: normalizeLabel(label) });
    calls.set(holder, list);
  }
  return calls;
}

/**
 * A one-line footnote definition ("[^3]: Figures from the 2021 census.") as GFM reads it. Its content is never
 * prose, so only its extent and label matter.
 */
export function simpleFootnoteDefinition(text: string, lines: number[], child: RootContent): FootnoteDefinition | undefined {
  if (child.type !== 'paragraph' && child.type !== 'definition') return undefined;
  const origin = lineStart(text, child.position!.start.offset!);
  const end = child.position!.end.offset!;
  if (origin === undefined) return undefined;
  const m = SIMPLE_FOOTNOTE_DEFINITION.exec(text.slice(origin, end));
  if (!m) return undefined;
  const start = origin + m[1].length;
  return {
    type: 'footnoteDefinition', identifier: m[2].toLowerCase().toUpperCase().toLowerCase(), label: m[2], children: [],
    position: { start: pointAt(lines, start), end: pointAt(lines, end) },
  };
}

/** As micromark compares labels: whitespace collapsed, case folded. */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}

// Small helpers over mdast trees and the text they were parsed from.
import type { Nodes, Parents, RootContent } from 'mdast';
import { positionAt } from './lines.js';

/** A unist point (1-based line and column) for an offset. */
export function pointAt(lines: number[], offset: number): { line: number; column: number; offset: number } {
  const { line, column } = positionAt(lines, offset);
  return { line: line + 1, column: column + 1, offset };
}

/**
 * Calls `fn` on every node of the tree in document order (pre-order). An explicit stack, not recursion: a
 * Markdown tree can be thousands of levels deep (">>>>…", nested lists), deeper than the call stack.
 */
export function visit(node: Nodes, fn: (node: Nodes) => void): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    fn(n);
    if ('children' in n) pushChildren(stack, (n as Parents).children as Nodes[]);
  }
}

/** Pushes children last-first, so popping yields them in document order. */
export function pushChildren<T>(stack: T[], children: readonly T[]): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
}

/** Does the block's first line start with four or more columns of indentation? */
export function indented(text: string, node: RootContent): boolean {
  return indentedAt(text, node.position!.start.offset!);
}

/** Does the line holding `offset` start with four or more columns of indentation? */
export function indentedAt(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  let columns = 0;
  for (; columns < 4 && (text[i] === ' ' || text[i] === '\t'); i++) columns = text[i] === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  return columns >= 4;
}

/** Offset where the line holding `offset` starts, when only indentation precedes it there. */
export function lineStart(text: string, offset: number): number | undefined {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') {
    if (text[i - 1] !== ' ' && text[i - 1] !== '\t') return undefined;
    i--;
  }
  return i;
}


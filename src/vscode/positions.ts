// The one module that converts between the core's UTF-16 offsets and VS Code positions.
import * as vscode from 'vscode';
import { lineStartsOf, positionAt } from '../core/markdown/lines.js';

export function toRange(doc: Pick<vscode.TextDocument, 'positionAt'>, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** Ranges in a text that is not open as a document (a facts file read from disk, a workspace check). */
export function rangeInText(text: string, start: number, end: number, lineStarts = lineStartsOf(text)): vscode.Range {
  const a = positionAt(lineStarts, start);
  const b = positionAt(lineStarts, end);
  return new vscode.Range(a.line, a.column, b.line, b.column);
}

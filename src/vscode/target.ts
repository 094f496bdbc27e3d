// What a command acts on: the span passed by a hover link, a quick fix or a Claims view item, or else the
// active editor's selection (or the claim under the cursor when nothing is selected).
import * as vscode from 'vscode';
import type { Claim } from '../core/types.js';
import type { AnalysisService, DocResult } from './analysisService.js';

export interface SpanArgs {
  uri: string;
  start: number;
  end: number;
}

export interface Target {
  doc: vscode.TextDocument;
  result: DocResult;
  start: number;
  end: number;
  claim?: Claim;
}

export function isSpanArgs(v: unknown): v is SpanArgs {
  const a = v as Partial<SpanArgs> | undefined;
  return typeof a?.uri === 'string' && typeof a.start === 'number' && typeof a.end === 'number' && a.start <= a.end;
}

/** A Claims view item passed by an inline action → the span of its claim. */
function fromTreeItem(v: unknown): SpanArgs | undefined {
  const node = v as { type?: unknown; claim?: { start: number; end: number }; result?: { uri: vscode.Uri } } | undefined;
  if (node?.type !== 'claim' || !node.claim || !node.result) return undefined;
  return { uri: node.result.uri.toString(), start: node.claim.start, end: node.claim.end };
}

/** Resolves a command's target, or a message saying why there is none. */
export async function resolveTarget(service: AnalysisService, rawArgs: unknown, needSpan: boolean): Promise<Target | string> {
  const args = fromTreeItem(rawArgs) ?? rawArgs;
  let doc: vscode.TextDocument;
  let start: number;
  let end: number;
  if (isSpanArgs(args)) {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri, true));
    ({ start, end } = args);
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') return 'Open a Markdown article first.';
    doc = editor.document;
    start = doc.offsetAt(editor.selection.start);
    end = doc.offsetAt(editor.selection.end);
  }
  const result = await service.ensure(doc);
  if (!result) return 'Factmark could not analyse this document.';
  // Silenced claims (marked not a claim / opinion) stay targets, so their verdict can be changed back.
  const claims = [...result.analysis.claims, ...result.silenced];
  const claim = claims.find((c) => c.start === start && c.end === end) ?? (start === end ? claims.find((c) => c.start <= start && start < c.end) : undefined);
  if (start === end && claim) ({ start, end } = claim);
  if (needSpan && start === end) return 'Select the text first, or put the cursor in a highlighted claim.';
  return { doc, result, start, end, claim };
}

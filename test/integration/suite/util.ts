// Helpers for the editor suites: scratch articles and facts files written into this run's fixture copy.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri, openFixture } from '../helpers.js';
import type { FactmarkApi } from '../../../src/vscode/api.js';
import type { DocResult } from '../../../src/vscode/analysisService.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let counter = 0;

/** A fresh file name in the fixture copy, so no test sees another's cached state. */
export function scratchName(stem: string): string {
  return `${stem}-${Date.now().toString(36)}-${++counter}`;
}

export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

export async function readFile(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

export async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes `name.md` (and optionally `name.facts.json`) into the fixture copy and opens the article. */
export async function openArticle(
  name: string,
  text: string,
  facts?: string,
): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; api: FactmarkApi; result: DocResult; factsUri: vscode.Uri }> {
  const factsUri = fixtureUri(`${name}.facts.json`);
  if (facts !== undefined) await writeFile(factsUri, facts);
  await writeFile(fixtureUri(`${name}.md`), text);
  const { doc, editor, api } = await openFixture(`${name}.md`);
  const result = api.lastAnalysis(doc.uri);
  assert.ok(result, `${name}.md was analysed`);
  return { doc, editor, api, result, factsUri };
}

/** The seed article's text (from this run's fixture copy). */
export async function seedText(): Promise<string> {
  return readFile(fixtureUri('kishida.md'));
}

/** Span arguments for Factmark's commands, for the claim containing `needle`. */
export function claimArgs(doc: vscode.TextDocument, result: DocResult, needle: string): { uri: string; start: number; end: number } {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in ${doc.uri.path}`);
  const claim = [...result.analysis.claims, ...result.silenced].find((c) => c.start <= at && at < c.end);
  assert.ok(claim, `a claim covers "${needle}"`);
  return { uri: doc.uri.toString(), start: claim.start, end: claim.end };
}

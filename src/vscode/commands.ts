// The handlers behind Factmark's commands. Each resolves its target, asks the user only for what it lacks
// (arguments from tests, hover links and quick fixes skip the prompts), and changes the facts file through
// FactsFiles.edit, which applies the core's edit and writes atomically.
import * as vscode from 'vscode';
import type { FactKind, FactsFile, Source, Verdict } from '../core/facts/types.js';
import { addFactFromSpan, addSource, reanchorEdits, type FactsEdit } from '../core/facts/edits.js';
import type { ClaimHistory } from '../core/history/history.js';
import { reuseCheckEdits } from '../core/history/reuse.js';
import { anchorFacts } from '../core/facts/anchor.js';
import { VERDICTS } from '../core/facts/types.js';
import { adjacentUnsourced } from '../core/present/claims.js';
import { factAt } from '../core/present/findings.js';
import { safeHttpUrl } from '../core/present/escape.js';
import { isArticle, type AnalysisService } from './analysisService.js';
import { editFacts } from './editFacts.js';
import { resolveTarget, type Target } from './target.js';
import { toRange } from './positions.js';

/** A source typed in by the user (or given by a test). */
export type NewSource = Omit<Source, 'id'>;

export interface LinkSourceArgs {
  uri: string;
  start: number;
  end: number;
  /** Link an existing source without asking. */
  sourceId?: string;
  /** Add this source and link it without asking. */
  newSource?: NewSource;
}

export interface VerdictArgs {
  uri: string;
  start: number;
  end: number;
  verdict?: Verdict;
}

export interface ReuseArgs {
  uri: string;
  start: number;
  end: number;
  /** The earlier check's key in the claim history (HistoryMatch.check.key). */
  key: string;
}

export class FactCommands {
  constructor(private readonly service: AnalysisService, private readonly history?: ClaimHistory) {}

  /** Link a source to the claim: pick one of the facts file's sources, or add one by URL and title. */
  async linkSource(args?: Partial<LinkSourceArgs>): Promise<boolean> {
    const target = await this.target(args, true);
    if (!target) return false;
    let choice: { sourceId?: string; newSource?: NewSource } | undefined =
      args?.sourceId || args?.newSource ? { sourceId: args.sourceId, newSource: args.newSource } : undefined;
    choice ??= await pickSource(target.result.facts.file);
    if (!choice) return false;
    return this.edit(target, (file) => {
      const edits: FactsEdit[] = [];
      let sourceId = choice.sourceId;
      if (!sourceId && choice.newSource) {
        const add = addSource(file, choice.newSource);
        edits.push(add);
        sourceId = add.source.id;
      }
      const fact = withFact(file, target, 'claim');
      edits.push(...fact.edits);
      if (sourceId) edits.push({ type: 'linkSource', factId: fact.id, sourceId });
      return edits;
    });
  }

  /** Record a verdict for the claim (asks which when not given). */
  async setVerdict(args?: Partial<VerdictArgs>): Promise<boolean> {
    const target = await this.target(args, true);
    if (!target) return false;
    const verdict = args?.verdict ?? (await pickVerdict());
    if (!verdict || !VERDICTS.includes(verdict)) return false;
    return this.edit(target, (file) => {
      const fact = withFact(file, target, 'claim');
      return [...fact.edits, { type: 'setVerdict', factId: fact.id, verdict }];
    });
  }

  markNotAClaim(args?: Partial<VerdictArgs>): Promise<boolean> {
    return this.setVerdict({ ...args, verdict: 'not-a-claim' });
  }

  markOpinion(args?: Partial<VerdictArgs>): Promise<boolean> {
    return this.setVerdict({ ...args, verdict: 'opinion' });
  }

  /** Record an earlier check on the claim: its verdict and sources, and a note naming where it came from. */
  async reuseVerdict(args?: Partial<ReuseArgs>): Promise<boolean> {
    const check = args?.key ? this.history?.get(args.key) : undefined;
    if (!check) {
      void vscode.window.showWarningMessage('Factmark: that earlier check is no longer in the claim history.');
      return false;
    }
    const target = await this.target(args, true);
    if (!target) return false;
    return this.edit(target, (file) => {
      const fact = withFact(file, target, 'claim');
      const added = fact.edits.find((e) => e.type === 'addFact');
      const current = added?.type === 'addFact' ? added.fact : file.facts.find((f) => f.id === fact.id) ?? { id: fact.id };
      return [...fact.edits, ...reuseCheckEdits(file, current, check)];
    });
  }

  /** Add the claim (or the selection) to the facts file without a source or verdict yet. */
  async addToFacts(args?: unknown, kind: FactKind = 'claim'): Promise<boolean> {
    const target = await this.target(args, true);
    if (!target) return false;
    return this.edit(target, (file) => withFact(file, target, kind).edits);
  }

  annotateClaim(args?: unknown): Promise<boolean> {
    return this.addToFacts(args, 'claim');
  }

  annotateQuote(args?: unknown): Promise<boolean> {
    return this.addToFacts(args, 'quote');
  }

  /** Add a source (URL, title) to the active article's facts file without linking it. */
  async addSource(args?: { uri?: string; newSource?: NewSource }): Promise<boolean> {
    const target = await this.target(args?.uri ? { uri: args.uri, start: 0, end: 0 } : undefined, false);
    if (!target) return false;
    const source = args?.newSource ?? (await askNewSource());
    if (!source) return false;
    return this.edit(target, (file) => [addSource(file, source)]);
  }

  /** Open the article's facts file, creating it (empty) when it does not exist yet. */
  async openFactsFile(args?: { uri?: string }): Promise<vscode.TextEditor | undefined> {
    const target = await this.target(args?.uri ? { uri: args.uri, start: 0, end: 0 } : undefined, false);
    if (!target) return undefined;
    const factsUri = target.result.factsState.uri;
    if (!target.result.factsState.exists && !(await this.edit(target, () => []))) return undefined;
    return vscode.window.showTextDocument(factsUri, { preview: false });
  }

  /** Move the cursor to the next (direction 1) or previous (-1) unsourced claim. */
  async gotoUnsourced(direction: 1 | -1): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticle(editor.document)) return false;
    const result = await this.service.ensure(editor.document);
    if (!result) return false;
    const offset = editor.document.offsetAt(editor.selection.active);
    const claim = adjacentUnsourced(result.analysis.claims, result.facts, offset, direction);
    if (!claim) {
      void vscode.window.showInformationMessage('Factmark: no unsourced claims in this article.');
      return false;
    }
    const range = toRange(editor.document, claim.start, claim.end);
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  /** Reveal a span (Claims view clicks). */
  async reveal(args: { uri: string; start: number; end: number }): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri, true));
    const range = toRange(doc, args.start, args.end);
    await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
  }

  private async target(args: unknown, needSpan: boolean): Promise<Target | undefined> {
    const target = await resolveTarget(this.service, args, needSpan);
    if (typeof target === 'string') {
      void vscode.window.showWarningMessage(`Factmark: ${target}`);
      return undefined;
    }
    return target;
  }

  /** Applies a change to the target's facts file, reports refusals, and re-analyses every article using it. */
  private async edit(target: Target, makeEdits: (file: FactsFile) => FactsEdit[]): Promise<boolean> {
    const factsUri = target.result.factsState.uri;
    const text = target.doc.getText();
    // Every write also records where each fact sits now, so the file keeps up with edits to the article.
    const withReanchor = (file: FactsFile) => [...reanchorEdits(file, text, anchorFacts(text, file)), ...makeEdits(file)];
    return editFacts(this.service, factsUri, target.doc.uri, withReanchor);
  }
}

/** The fact covering the target: the claim's own, one anchored exactly there, or a new one (with its edit). */
function withFact(file: FactsFile, target: Target, kind: FactKind): { id: string; edits: FactsEdit[] } {
  const known = target.claim?.factId ?? factAt(target.result.facts, target.start, target.end)?.id;
  if (known && file.facts.some((f) => f.id === known)) return { id: known, edits: [] };
  const add = addFactFromSpan(file, target.doc.getText(), target.start, target.end, kind);
  return { id: add.fact.id, edits: [add] };
}

async function pickSource(file: FactsFile | null): Promise<{ sourceId?: string; newSource?: NewSource } | undefined> {
  type Item = vscode.QuickPickItem & { sourceId?: string };
  const items: Item[] = (file?.sources ?? []).map((s) => ({ label: s.title ?? s.id, description: s.publisher, detail: s.url, sourceId: s.id }));
  items.push({ label: '$(add) New source by URL…', alwaysShow: true });
  const picked = await vscode.window.showQuickPick(items, { title: 'Link a source', placeHolder: 'Pick a source from the facts file, or add a new one' });
  if (!picked) return undefined;
  if (picked.sourceId) return { sourceId: picked.sourceId };
  const newSource = await askNewSource();
  return newSource && { newSource };
}

async function askNewSource(): Promise<NewSource | undefined> {
  const url = await vscode.window.showInputBox({
    title: 'New source (1/2)',
    prompt: 'URL of the source',
    placeHolder: 'https://…',
    validateInput: (v) => (safeHttpUrl(v) ? undefined : 'Enter an http(s) URL'),
  });
  if (!url) return undefined;
  const title = await vscode.window.showInputBox({ title: 'New source (2/2)', prompt: 'Title of the source (optional)' });
  if (title === undefined) return undefined;
  return { url: url.trim(), title: title.trim() || undefined };
}

async function pickVerdict(): Promise<Verdict | undefined> {
  const picked = await vscode.window.showQuickPick([...VERDICTS], { title: 'Set verdict' });
  return picked as Verdict | undefined;
}

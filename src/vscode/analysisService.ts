// Keeps one analysis per open Markdown document: debounced after edits, stale runs dropped by generation number,
// large files analysed only on request, everything forgotten when the document closes. Consumers (highlights,
// diagnostics, Claims view, status bar) listen to onDidAnalyze; tests wait on whenIdle, never on time.
import * as vscode from 'vscode';
import type { Analysis, Claim } from '../core/types.js';
import type { FactsProblem } from '../core/facts/types.js';
import { checkArticle } from '../core/pipeline/checkArticle.js';
import type { FactmarkConfig } from '../core/config/types.js';
import type { FactsView } from '../core/present/findings.js';
import { readSettings, type Settings } from './settings.js';
import { editorConfig } from './settingsConfig.js';
import type { ConfigFiles } from './configFiles.js';
import { baseName, factsUriFor, FactsFiles, type FactsState } from './facts.js';
import { editorQuoteCheck, forgetSnapshots, withQuoteProblems } from './quoteCheck.js';

export const DEBOUNCE_MS = 300;

export interface DocResult {
  uri: vscode.Uri;
  version: number;
  generation: number;
  analysis: Analysis;
  facts: FactsView;
  factsState: FactsState;
  /** Claims a fact marks as not a claim or opinion (taken out of analysis.claims by the core). */
  silenced: Claim[];
  /** Orphans and other problems located in the facts file, found while anchoring. */
  anchorProblems: FactsProblem[];
  settings: Settings;
  /** The configuration the article was checked with (settings, later merged with .factmark.jsonc). */
  config: FactmarkConfig;
  /** Set when the document is over the live-analysis size limit and was not analysed. */
  skipped?: { size: number; limit: number };
  /** Milliseconds spent in the core's checkArticle (analysis, anchoring, checks). */
  millis: number;
}

const EMPTY: Analysis = { quotes: [], attributions: [], claims: [], problems: [] };

export function isArticle(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown';
}

export class AnalysisService implements vscode.Disposable {
  private readonly results = new Map<string, DocResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly running = new Map<string, Promise<DocResult | undefined>>();
  private readonly forcedVersion = new Map<string, number>();
  private readonly idleWaiters = new Map<string, (() => void)[]>();
  private readonly emitter = new vscode.EventEmitter<DocResult>();
  private readonly clearEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidAnalyze = this.emitter.event;
  readonly onDidClear = this.clearEmitter.event;

  constructor(readonly facts: FactsFiles, readonly configs?: ConfigFiles) {}

  get(uri: vscode.Uri): DocResult | undefined {
    return this.results.get(uri.toString());
  }

  all(): DocResult[] {
    return [...this.results.values()];
  }

  /** Re-analyse after the debounce delay; a newer call replaces an older one. */
  schedule(doc: vscode.TextDocument, delay = DEBOUNCE_MS): void {
    const key = doc.uri.toString();
    const generation = this.bump(key);
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(doc, generation);
      }, delay),
    );
  }

  /** Analyse now (hover on a document not analysed yet, tests, "analyse once"). */
  async analyzeNow(doc: vscode.TextDocument, force = false): Promise<DocResult | undefined> {
    const key = doc.uri.toString();
    if (force) this.forcedVersion.set(key, doc.version);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    return this.run(doc, this.bump(key));
  }

  /** The current result for a document, analysing it first when there is none for this version. */
  async ensure(doc: vscode.TextDocument): Promise<DocResult | undefined> {
    const r = this.get(doc.uri);
    if (r && r.version === doc.version && !this.timers.has(doc.uri.toString())) return r;
    return this.analyzeNow(doc);
  }

  /** Resolves once nothing is scheduled or running for the document. */
  whenIdle(uri: vscode.Uri): Promise<DocResult | undefined> {
    const key = uri.toString();
    // An open article with no result for its current version gets one now, so "idle" means "analysed".
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const known = this.results.get(key);
    if (doc && isArticle(doc) && !this.timers.has(key) && !this.running.has(key) && (!known || known.version !== doc.version)) this.schedule(doc, 0);
    if (!this.timers.has(key) && !this.running.has(key)) return Promise.resolve(this.results.get(key));
    return new Promise((resolve) => {
      const list = this.idleWaiters.get(key) ?? [];
      list.push(() => resolve(this.results.get(key)));
      this.idleWaiters.set(key, list);
    });
  }

  /** A facts file changed (written by us, edited in an editor, or on disk): re-read it and re-analyse its articles. */
  async refreshFacts(factsUri: vscode.Uri): Promise<void> {
    this.facts.invalidate(factsUri);
    forgetSnapshots(factsUri);
    const key = factsUri.toString();
    const docs = vscode.workspace.textDocuments.filter((d) => isArticle(d) && this.results.get(d.uri.toString())?.factsState.uri.toString() === key);
    await Promise.all(docs.map((d) => this.analyzeNow(d)));
  }

  /** Settings changed: re-analyse every article that has a result. */
  async refreshAll(): Promise<void> {
    this.facts.invalidateAll();
    forgetSnapshots();
    const docs = vscode.workspace.textDocuments.filter((d) => isArticle(d) && this.results.has(d.uri.toString()));
    await Promise.all(docs.map((d) => this.analyzeNow(d)));
  }

  /** Drops everything known about a closed document. */
  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.bump(key);
    this.results.delete(key);
    this.forcedVersion.delete(key);
    this.clearEmitter.fire(uri);
    this.settle(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.emitter.dispose();
    this.clearEmitter.dispose();
  }

  private bump(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }

  private run(doc: vscode.TextDocument, generation: number): Promise<DocResult | undefined> {
    const key = doc.uri.toString();
    const job = this.compute(doc, generation).then(
      (result) => {
        // A newer edit or a close happened meanwhile: this result is stale and never published.
        if (!result || this.generations.get(key) !== generation || doc.isClosed) return this.results.get(key);
        this.results.set(key, result);
        this.emitter.fire(result);
        return result;
      },
      (err: unknown) => {
        console.error('[factmark] analysis failed', err);
        return undefined;
      },
    );
    this.running.set(key, job);
    void job.finally(() => {
      if (this.running.get(key) === job) this.running.delete(key);
      this.settle(key);
    });
    return job;
  }

  private settle(key: string): void {
    if (this.timers.has(key) || this.running.has(key)) return;
    const waiters = this.idleWaiters.get(key) ?? [];
    this.idleWaiters.delete(key);
    for (const w of waiters) w();
  }

  private async compute(doc: vscode.TextDocument, generation: number): Promise<DocResult | undefined> {
    const force = this.forcedVersion.get(doc.uri.toString()) === doc.version;
    const result = await analyzeText(doc.uri, doc.getText(), doc.version, this.facts, force, () => this.generations.get(doc.uri.toString()) === generation, this.configs);
    return result && { ...result, generation };
  }
}

/** Analysis of one article text with its facts file applied; `current` lets a caller abandon a stale run early. */
export async function analyzeText(
  uri: vscode.Uri,
  text: string,
  version: number,
  facts: FactsFiles,
  force: boolean,
  current: () => boolean = () => true,
  configs?: ConfigFiles,
): Promise<DocResult | undefined> {
  const settings = readSettings(uri);
  const found = await configs?.forArticle(uri);
  const config = editorConfig(settings, found?.values);
  const factsState = await facts.load(factsUriFor(uri, config.sidecarPattern));
  if (!current()) return undefined;
  const base = { uri, version, generation: 0, factsState, settings, config };
  if (text.length > settings.liveAnalysisMaxSize && !force) {
    const skipped = { size: text.length, limit: settings.liveAnalysisMaxSize };
    return { ...base, analysis: EMPTY, silenced: [], facts: { file: factsState.file, anchors: [] }, anchorProblems: [], skipped, millis: 0 };
  }
  const started = performance.now();
  const article = checkArticle({ text, facts: factsState.parsed, config });
  const quoteCheck = article.facts && factsState.file
    ? await editorQuoteCheck(factsState.uri, text, article.facts, { analysis: article.analysis, anchors: article.anchors, problems: article.anchorProblems, silenced: article.silenced }, settings.maxSnapshotSize, factsState.parsed?.locations)
    : undefined;
  return {
    ...base,
    analysis: quoteCheck ? withQuoteProblems(article.analysis, quoteCheck) : article.analysis,
    silenced: article.silenced,
    facts: { file: article.facts, anchors: article.anchors, ...(quoteCheck ? { quoteCheck } : {}) },
    anchorProblems: [...article.anchorProblems, ...(quoteCheck?.factsProblems ?? [])],
    millis: performance.now() - started,
  };
}

export function articleName(uri: vscode.Uri): string {
  return baseName(uri);
}

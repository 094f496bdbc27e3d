// The claim history in the editor: built off the critical path (a queue of small async jobs, one file each, that
// analysis never waits for), incrementally (a changed file re-indexes its own checks only), kept current by the
// facts watcher and by watchers on the configured files. Broken files are reported in the output channel (and
// ClaimReview files also in Problems) and skipped; the history only ever reads.
import * as vscode from 'vscode';
import { historyKindOf } from '../core/history/glob.js';
import { ClaimHistory } from '../core/history/history.js';
import type { HistoryMatch, HistoryProblem } from '../core/history/types.js';
import type { Claim } from '../core/types.js';
import type { DocResult } from './analysisService.js';
import type { ConfigFiles } from './configFiles.js';
import { filesOfRoot, rootKey, rootsForArticle, rootsOfFolders, splitRoot, workspaceFactsFiles, type HistoryRoot } from './historySources.js';
import { baseName } from './facts.js';
import { readText } from './workspaceFs.js';

export class HistoryService implements vscode.Disposable {
  readonly history = new ClaimHistory();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after each change to the history (a file indexed, re-indexed or dropped). */
  readonly onDidChange = this.changed.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('factmark-history');
  private readonly roots = new Map<string, HistoryRoot>();
  private readonly looseFolders = new Map<string, vscode.Uri>();
  private readonly configured = new Set<string>();
  private watchers: vscode.FileSystemWatcher[] = [];
  private queue: Promise<void> = Promise.resolve();
  private generation = 0;
  private readonly cache = new WeakMap<DocResult, { generation: number; byClaim: Map<string, HistoryMatch[]> }>();
  private disposed = false;

  constructor(private readonly output: vscode.OutputChannel, private readonly configs?: ConfigFiles) {}

  /** Resolves once every queued update has been applied. */
  whenIdle(): Promise<void> {
    return this.queue;
  }

  /** Gathers the configured entries again and brings the index in line (activation, a settings or configuration
   *  change): the open articles' entries and the workspace folders' setting. */
  rescan(articles: readonly vscode.Uri[]): void {
    this.enqueue(async () => {
      this.roots.clear();
      for (const article of articles) for (const root of await rootsForArticle(article, this.configs)) this.roots.set(rootKey(root), root);
      await this.sync();
    });
  }

  /** An article was analysed: its configured entries, and its folder when it is outside the workspace, count. */
  noteArticle(result: DocResult): void {
    this.enqueue(async () => {
      let added = false;
      const folder = vscode.Uri.joinPath(result.uri, '..');
      const loose = !vscode.workspace.getWorkspaceFolder(result.uri) && vscode.workspace.fs.isWritableFileSystem(result.uri.scheme) !== undefined;
      if (loose && !this.looseFolders.has(folder.toString())) {
        this.looseFolders.set(folder.toString(), folder);
        added = true;
      }
      for (const root of await rootsForArticle(result.uri, this.configs)) {
        if (this.roots.has(rootKey(root))) continue;
        this.roots.set(rootKey(root), root);
        added = true;
      }
      if (added) await this.sync();
    });
  }

  /** A facts or configured file changed, appeared or went on disk: re-index that file alone. */
  fileChanged(uri: vscode.Uri): void {
    const kind = historyKindOf(uri.path);
    if (!kind || (kind === 'claimreview' && !this.configured.has(uri.toString()))) return;
    this.enqueue(() => this.indexFile(uri));
  }

  /** Earlier checks of a claim, leaving out the article's own facts file; cached per analysis and history state. */
  matchesFor(result: DocResult, claim: Pick<Claim, 'start' | 'text'>): HistoryMatch[] {
    let entry = this.cache.get(result);
    if (!entry || entry.generation !== this.generation) {
      entry = { generation: this.generation, byClaim: new Map() };
      this.cache.set(result, entry);
    }
    const key = `${claim.start}:${claim.text}`;
    let matches = entry.byClaim.get(key);
    if (!matches) {
      const own = result.factsState.uri.toString();
      matches = this.history.match(claim.text, { exclude: (check) => check.origin.file === own });
      entry.byClaim.set(key, matches);
    }
    return matches;
  }

  dispose(): void {
    this.disposed = true;
    for (const w of this.watchers) w.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((err: unknown) => this.output.appendLine(`[history] update failed: ${err instanceof Error ? err.message : String(err)}`));
  }

  /** Brings the history in line with the files that should feed it: new ones read, vanished ones dropped. */
  private async sync(): Promise<void> {
    for (const root of rootsOfFolders()) this.roots.set(rootKey(root), root);
    const configured = (await Promise.all([...this.roots.values()].map(filesOfRoot))).flat();
    const facts = await workspaceFactsFiles(this.looseFolders.values());
    this.configured.clear();
    for (const uri of configured) this.configured.add(uri.toString());
    this.watch();
    const wanted = new Map([...facts, ...configured].map((u) => [u.toString(), u]));
    for (const file of this.history.fileNames) if (!wanted.has(file)) this.drop(file);
    for (const [key, uri] of wanted) {
      if (this.disposed) return;
      if (!this.history.hasFile(key)) await this.indexFile(uri);
    }
  }

  /** Reads one file and replaces its checks; a file that is gone is dropped. Yields to the host afterwards. */
  private async indexFile(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const kind = historyKindOf(uri.path);
    let text: string | undefined;
    try {
      text = await readText(uri);
    } catch (err) {
      this.output.appendLine(`${key}: cannot read for the claim history: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (text === undefined || !kind || this.disposed) {
      this.drop(key);
      return;
    }
    this.report(uri, kind, this.history.setFile(key, kind, text));
    this.bump();
    // Let the extension host breathe between files: the history is never on analysis's critical path.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private drop(key: string): void {
    if (!this.history.hasFile(key)) return;
    this.history.removeFile(key);
    this.problems.delete(vscode.Uri.parse(key, true));
    this.bump();
  }

  private bump(): void {
    this.generation++;
    this.changed.fire();
  }

  private report(uri: vscode.Uri, kind: 'facts' | 'claimreview', problems: HistoryProblem[]): void {
    for (const p of problems) this.output.appendLine(`${p.file}:${p.line}:${p.column} ${p.message}`);
    // A broken facts file already shows its problems through the article's diagnostics; a ClaimReview file has no other voice.
    if (kind !== 'claimreview') return;
    this.problems.set(uri, problems.map((p) => {
      const at = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(at, at), p.message, vscode.DiagnosticSeverity.Warning);
      d.source = 'factmark';
      return d;
    }));
  }

  /** Watches the configured entries (facts files are covered by the facts watcher). */
  private watch(): void {
    for (const w of this.watchers) w.dispose();
    const onChange = (uri: vscode.Uri): void => {
      if (historyKindOf(uri.path)) this.configured.add(uri.toString());
      this.fileChanged(uri);
    };
    this.watchers = [...this.roots.values()].flatMap((root) => {
      const { folder, pattern } = splitRoot(root);
      // An entry without a wildcard is a file or a folder: watch it as either.
      const patterns = pattern
        ? [new vscode.RelativePattern(folder, pattern)]
        : [new vscode.RelativePattern(vscode.Uri.joinPath(folder, '..'), baseName(folder)), new vscode.RelativePattern(folder, '**/*.{json,jsonld}')];
      return patterns.map((p) => {
        const watcher = vscode.workspace.createFileSystemWatcher(p);
        watcher.onDidChange(onChange);
        watcher.onDidCreate(onChange);
        watcher.onDidDelete(onChange);
        return watcher;
      });
    });
  }
}

// Notices facts files changing on disk (a save elsewhere, `git pull`, another tool). Inside workspace folders one
// recursive watcher covers them all; an article opened from outside any folder (no folder open, or a file from
// elsewhere) gets a watcher on its own folder, kept while an article from that folder is open.
import * as vscode from 'vscode';

export class FactsWatcher implements vscode.Disposable {
  private readonly workspaceWatcher = vscode.workspace.createFileSystemWatcher('**/*.facts.json');
  private readonly folderWatchers = new Map<string, { watcher: vscode.FileSystemWatcher; articles: Set<string> }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly onChange: (factsUri: vscode.Uri) => void) {
    this.listen(this.workspaceWatcher);
  }

  /** Makes sure changes to the facts file next to `article` are seen. */
  watchArticle(article: vscode.Uri): void {
    if (vscode.workspace.getWorkspaceFolder(article)) return;
    if (vscode.workspace.fs.isWritableFileSystem(article.scheme) === undefined) return;
    const folder = vscode.Uri.joinPath(article, '..');
    const key = folder.toString();
    let entry = this.folderWatchers.get(key);
    if (!entry) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*.facts.json'));
      this.listen(watcher);
      entry = { watcher, articles: new Set() };
      this.folderWatchers.set(key, entry);
    }
    entry.articles.add(article.toString());
  }

  /** Stops watching an article's folder once no article from it is open. */
  forgetArticle(article: vscode.Uri): void {
    const key = vscode.Uri.joinPath(article, '..').toString();
    const entry = this.folderWatchers.get(key);
    if (!entry) return;
    entry.articles.delete(article.toString());
    if (entry.articles.size > 0) return;
    entry.watcher.dispose();
    this.folderWatchers.delete(key);
  }

  private listen(watcher: vscode.FileSystemWatcher): void {
    this.subscriptions.push(watcher.onDidChange(this.onChange), watcher.onDidCreate(this.onChange), watcher.onDidDelete(this.onChange));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.workspaceWatcher.dispose();
    for (const { watcher } of this.folderWatchers.values()) watcher.dispose();
    this.folderWatchers.clear();
  }
}

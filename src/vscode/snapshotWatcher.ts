// Notices source snapshots changing on disk (a transcript re-exported, a corrected document): the quote check
// reads each snapshot once per facts file, so a change re-reads the facts files that name it and re-checks their
// articles. One watcher per snapshot read, on its own file, so snapshots outside any workspace folder count too.
import * as vscode from 'vscode';
import { factsFilesReading, onSnapshotRead } from './quoteCheck.js';

export class SnapshotWatcher implements vscode.Disposable {
  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor(private readonly refreshFacts: (factsUri: vscode.Uri) => void) {
    onSnapshotRead((snapshot) => this.watch(snapshot));
  }

  private watch(snapshot: vscode.Uri): void {
    const key = snapshot.toString();
    if (this.watchers.has(key)) return;
    const name = snapshot.path.slice(snapshot.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(snapshot, '..'), name));
    const changed = () => {
      for (const facts of factsFilesReading(snapshot)) this.refreshFacts(facts);
    };
    this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed)));
  }

  dispose(): void {
    onSnapshotRead(undefined);
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
  }
}

// The editor's side of .factmark.jsonc: the nearest one above an article (inside its workspace folder, or up to
// the root for a file outside any folder), read through vscode.workspace.fs so virtual workspaces work, its
// problems published on the file itself at line:column, and a watcher that re-applies a change without a reload.
// The file is only ever read.
import * as vscode from 'vscode';
import { findConfig, type ConfigReader, type FoundConfig } from '../core/config/find.js';
import { CONFIG_FILE_NAME } from '../core/config/parse.js';
import { rangeInText } from './positions.js';
import { workspaceFs } from './workspaceFs.js';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning } as const;

/** A folder we may not list (outside a virtual workspace's root) is as good as "no file there". */
const reader: ConfigReader = {
  async readFile(path) {
    try {
      return await workspaceFs.readFile(path);
    } catch {
      return undefined;
    }
  },
};

export class ConfigFiles implements vscode.Disposable {
  /** Per article folder: the lookup, shared by every article in it until a configuration file changes. */
  private readonly byFolder = new Map<string, Promise<FoundConfig | undefined>>();
  private readonly published = new Set<string>();
  readonly diagnostics = vscode.languages.createDiagnosticCollection('factmark-config');
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  private readonly subscriptions: vscode.Disposable[];

  constructor(onChange: () => void) {
    const changed = (): void => {
      this.invalidate();
      onChange();
    };
    this.subscriptions = [
      this.watcher.onDidChange(changed),
      this.watcher.onDidCreate(changed),
      this.watcher.onDidDelete(changed),
      // Saves are seen here too, for file systems whose watchers are slow or absent.
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (isConfigFile(doc.uri)) changed();
      }),
    ];
  }

  /** The configuration that applies to an article, or undefined (an untitled document, no file above it). */
  forArticle(article: vscode.Uri): Promise<FoundConfig | undefined> {
    if (vscode.workspace.fs.isWritableFileSystem(article.scheme) === undefined) return Promise.resolve(undefined);
    const folder = vscode.Uri.joinPath(article, '..').toString();
    let lookup = this.byFolder.get(folder);
    if (!lookup) {
      const root = vscode.workspace.getWorkspaceFolder(article)?.uri.toString();
      lookup = findConfig(article.toString(), reader, root).then((found) => {
        if (found) this.publish(found);
        return found;
      });
      this.byFolder.set(folder, lookup);
    }
    return lookup;
  }

  invalidate(): void {
    this.byFolder.clear();
    for (const uri of this.published) this.diagnostics.delete(vscode.Uri.parse(uri, true));
    this.published.clear();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.watcher.dispose();
    this.diagnostics.dispose();
  }

  private publish(found: FoundConfig): void {
    const uri = vscode.Uri.parse(found.path, true);
    this.published.add(found.path);
    this.diagnostics.set(uri, found.problems.map((p) => {
      const d = new vscode.Diagnostic(rangeInText(found.text, p.offset, p.offset + Math.max(p.length, 1)), p.message, SEVERITY[p.severity]);
      d.source = 'factmark';
      d.code = p.code;
      return d;
    }));
  }
}

export function isConfigFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${CONFIG_FILE_NAME}`);
}

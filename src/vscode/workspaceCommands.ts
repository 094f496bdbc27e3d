// Commands over many files or producing files: Check workspace (every Markdown file → Problems), Export article
// as…, Export workspace report…. Formats and their content come from the core's exporters; this only picks,
// reads and writes through vscode.workspace.fs.
import * as vscode from 'vscode';
import { EXPORT_FORMATS, ExportError, exportArticles, exportFileName, exporters, isExportFormat, type ExportFormat, type ExportInput } from '../core/export/index.js';
import { analyzeText, isArticle, type AnalysisService, type DocResult } from './analysisService.js';
import type { Diagnostics } from './diagnostics.js';
import { baseName } from './facts.js';
import { readExportSettings } from './settings.js';
import { readText } from './workspaceFs.js';

const MARKDOWN_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**}';

export interface CheckSummary {
  files: number;
  unsourced: number;
  cancelled: boolean;
}

export interface ExportArgs {
  format?: ExportFormat;
  /** Where to write, as a URI string (skips the save dialog). */
  target?: string;
  /** The article to export (defaults to the active editor's). */
  uri?: string;
}

/** Text of a file, from its open editor when there is one (unsaved edits count). */
async function textOf(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? open.getText() : readText(uri);
}

async function workspaceArticles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  if (!vscode.workspace.workspaceFolders?.length) {
    // No folder open: the open Markdown documents are the workspace.
    return vscode.workspace.textDocuments.filter(isArticle).map((d) => d.uri);
  }
  const found = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB, undefined, token);
  return found.sort((a, b) => a.toString().localeCompare(b.toString()));
}

function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

export class WorkspaceCommands {
  constructor(
    private readonly service: AnalysisService,
    private readonly diagnostics: Diagnostics,
  ) {}

  /** Analyse every Markdown file of the workspace, with progress and cancel; results go to the Problems panel. */
  checkWorkspace(): Thenable<CheckSummary> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Factmark: checking workspace', cancellable: true },
      async (progress, token) => {
        const files = await workspaceArticles(token);
        const summary: CheckSummary = { files: 0, unsourced: 0, cancelled: false };
        for (const uri of files) {
          if (token.isCancellationRequested) {
            summary.cancelled = true;
            break;
          }
          progress.report({ message: relativePath(uri), increment: 100 / files.length });
          const text = await textOf(uri);
          if (text === undefined) continue;
          const result = await analyzeText(uri, text, 0, this.service.facts, true, undefined, this.service.configs);
          if (!result) continue;
          this.diagnostics.publishText(uri, text, result);
          summary.files++;
          summary.unsourced += result.analysis.claims.filter((c) => c.status === 'unsourced').length;
        }
        const verb = summary.cancelled ? 'Stopped after' : 'Checked';
        void vscode.window.showInformationMessage(
          `Factmark: ${verb} ${summary.files} Markdown file${summary.files === 1 ? '' : 's'}; ${summary.unsourced} unsourced claim${summary.unsourced === 1 ? '' : 's'} (see Problems).`,
        );
        return summary;
      },
    );
  }

  /** Export the active article in a chosen format; writes the file and opens it. Returns where it was written. */
  async exportArticle(args?: ExportArgs): Promise<vscode.Uri | undefined> {
    const uri = args?.uri ? vscode.Uri.parse(args.uri, true) : vscode.window.activeTextEditor?.document.uri;
    const doc = uri && (await vscode.workspace.openTextDocument(uri));
    if (!doc || !isArticle(doc)) {
      void vscode.window.showWarningMessage('Factmark: open a Markdown article to export it.');
      return undefined;
    }
    const format = args?.format ?? (await pickFormat());
    if (!format) return undefined;
    const result = await this.service.analyzeNow(doc, true);
    if (!result) return undefined;
    // exportFileName never proposes the article itself ("article.md" → "article.report.md").
    const suggested = vscode.Uri.joinPath(doc.uri, '..', exportFileName(format, baseName(doc.uri)));
    return this.write(format, [exportInput(doc.uri, doc.getText(), result)], suggested, args?.target, [doc.uri]);
  }

  /** One report over every Markdown file of the workspace, with progress and cancel. */
  async exportWorkspace(args?: ExportArgs): Promise<vscode.Uri | undefined> {
    const format = args?.format ?? (await pickFormat());
    if (!format) return undefined;
    let first: vscode.Uri | undefined;
    let articles: vscode.Uri[] = [];
    const inputs = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Factmark: preparing workspace report', cancellable: true },
      async (progress, token) => {
        const list: ExportInput[] = [];
        const files = await workspaceArticles(token);
        first = files[0];
        articles = files;
        for (const uri of files) {
          if (token.isCancellationRequested) return undefined;
          progress.report({ message: relativePath(uri), increment: 100 / files.length });
          const text = await textOf(uri);
          const result = text === undefined ? undefined : await analyzeText(uri, text, 0, this.service.facts, true, undefined, this.service.configs);
          if (text !== undefined && result) list.push(exportInput(uri, text, result));
        }
        return list;
      },
    );
    if (!inputs) return undefined;
    if (inputs.length === 0 || !first) {
      void vscode.window.showWarningMessage('Factmark: no Markdown files to report on.');
      return undefined;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.joinPath(first, '..');
    return this.write(format, inputs, vscode.Uri.joinPath(folder, exportFileName(format)), args?.target, articles);
  }

  private async write(format: ExportFormat, inputs: ExportInput[], suggested: vscode.Uri, target: string | undefined, articles: vscode.Uri[]): Promise<vscode.Uri | undefined> {
    let output;
    try {
      output = exportArticles(format, inputs);
    } catch (err) {
      if (err instanceof ExportError) {
        void vscode.window.showErrorMessage(`Factmark: cannot export ${exporters[format].label}: ${err.message}`);
        return undefined;
      }
      throw err;
    }
    const destination = target
      ? vscode.Uri.parse(target, true)
      : await vscode.window.showSaveDialog({ defaultUri: suggested, title: `Export as ${exporters[format].label}`, filters: { [exporters[format].label]: [exporters[format].extension] } });
    if (!destination) return undefined;
    // An export must never replace the article it was made from.
    if (articles.some((a) => a.toString() === destination.toString())) {
      void vscode.window.showErrorMessage(`Factmark: not exporting over the article ${relativePath(destination)}; choose another file.`);
      return undefined;
    }
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(output.content));
    for (const w of output.warnings) void vscode.window.showWarningMessage(`Factmark export: ${w.message}`);
    if (!target) await vscode.window.showTextDocument(destination, { preview: false });
    return destination;
  }
}

function exportInput(uri: vscode.Uri, text: string, result: DocResult): ExportInput {
  return {
    articlePath: relativePath(uri),
    text,
    analysis: result.analysis,
    ...(result.facts.quoteCheck ? { quoteCheck: result.facts.quoteCheck } : {}),
    facts: result.facts.file ?? undefined,
    anchors: result.facts.anchors,
    // The configuration file's organisation wins over the editor settings, as everywhere else.
    settings: { ...dropEmpty(readExportSettings(uri)), ...result.config.export },
  };
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((format) => ({ label: exporters[format].label, description: `.${exporters[format].extension}`, format }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Export as…' });
  return picked && isExportFormat(picked.format) ? picked.format : undefined;
}

function dropEmpty<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

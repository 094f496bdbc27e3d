// Hover cards: the core writes the Markdown (escaped); this only wraps it and limits command links to Factmark's.
import * as vscode from 'vscode';
import { HOVER_COMMANDS, hoverMarkdown } from '../core/present/hover.js';
import type { AnalysisService } from './analysisService.js';

export class FactmarkHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = await this.service.ensure(doc);
    if (!result || result.skipped) return undefined;
    const markdown = hoverMarkdown(result.analysis, result.facts, doc.offsetAt(position), { uri: doc.uri.toString() });
    if (!markdown) return undefined;
    const content = new vscode.MarkdownString(markdown);
    content.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    content.supportHtml = false;
    return new vscode.Hover(content);
  }
}

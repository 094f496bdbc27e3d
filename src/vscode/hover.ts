// Hover cards: the core writes the Markdown (escaped); this only wraps it and limits command links to Factmark's.
import * as vscode from 'vscode';
import { HOVER_COMMANDS, hoverMarkdown, hoverSpan } from '../core/present/hover.js';
import { toRange } from './positions.js';
import type { AnalysisService } from './analysisService.js';
import type { HistoryService } from './history.js';
import { historyHoverMarkdown } from '../core/history/present.js';

export class FactmarkHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService, private readonly history?: HistoryService) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = await this.service.ensure(doc);
    if (!result || result.skipped) return undefined;
    // Claims marked "not a claim" / "opinion" are out of the analysis but still get a card (to change the verdict back).
    const analysis = { ...result.analysis, claims: [...result.analysis.claims, ...result.silenced] };
    const offset = doc.offsetAt(position);
    const card = hoverMarkdown(analysis, result.facts, offset, { uri: doc.uri.toString() });
    if (!card) return undefined;
    // Earlier checks of the claim under the cursor (file links point at the facts or ClaimReview file, by URI).
    const claim = result.analysis.claims.find((c) => c.start <= offset && offset <= c.end);
    const earlier = claim && this.history ? historyHoverMarkdown(this.history.matchesFor(result, claim), (file) => file) : '';
    const markdown = earlier ? `${card}\n\n---\n\n${earlier}` : card;
    const content = new vscode.MarkdownString(markdown);
    content.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    content.supportHtml = false;
    const span = hoverSpan(analysis, offset);
    return new vscode.Hover(content, span ? toRange(doc, span.start, span.end) : undefined);
  }
}

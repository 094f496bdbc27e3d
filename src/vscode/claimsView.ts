// The Claims view: the active article's claims grouped by status with counts; a click reveals the claim,
// inline actions (link source, set verdict) are chosen by each item's contextValue in package.json; then the
// quote check's group and the claim history's ("Checked before", historyView.ts).
import * as vscode from 'vscode';
import type { Claim } from '../core/types.js';
import { analysisRanks, describeCheckWorthiness } from '../core/present/claimRank.js';
import { claimDescription, claimLabel, groupClaims, type ClaimGroup, type ClaimOrder } from '../core/present/claims.js';
import type { DocResult } from './analysisService.js';
import { baseName } from './facts.js';
import type { HistoryService } from './history.js';
import { historyGroups, historyTreeItem, type HistoryNode } from './historyView.js';
import { quoteCheckGroup, quoteCheckItems, quoteCheckTreeItem, type QuoteCheckNode } from './quoteCheckView.js';

export const CLAIMS_VIEW_ID = 'factmark.claims';

export type ClaimsNode = { type: 'group'; group: ClaimGroup; result: DocResult } | { type: 'claim'; claim: Claim; group: ClaimGroup; result: DocResult } | QuoteCheckNode | HistoryNode;

export class ClaimsProvider implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private current: DocResult | undefined;
  private listOrder: ClaimOrder = 'position';

  constructor(private readonly history?: HistoryService) {}

  /** The result currently shown (the active article's). */
  get shown(): DocResult | undefined {
    return this.current;
  }

  show(result: DocResult | undefined): void {
    this.current = result;
    this.changed.fire();
  }

  /** How each group lists its claims. */
  get order(): ClaimOrder {
    return this.listOrder;
  }

  setOrder(order: ClaimOrder): void {
    this.listOrder = order;
    this.changed.fire();
  }

  /** Redraws the tree (the claim history changed). */
  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    const result = this.current;
    if (!result) return [];
    if (!node) return [...groupClaims([...result.analysis.claims, ...result.silenced], result.facts, this.listOrder).map((group): ClaimsNode => ({ type: 'group', group, result })), ...quoteCheckGroup(result), ...historyGroups(result, this.history)];
    if (node.type === 'quoteGroup') return quoteCheckItems(node.result);
    if (node.type === 'historyGroup') return node.items;
    if (node.type === 'group') return node.group.claims.map((claim) => ({ type: 'claim', claim, group: node.group, result }));
    return [];
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    if (node.type === 'quoteGroup' || node.type === 'quoteItem') return quoteCheckTreeItem(node);
    if (node.type === 'historyGroup' || node.type === 'historyItem') return historyTreeItem(node);
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.group.claims.length);
      item.contextValue = `group.${node.group.display}`;
      item.id = `${node.result.uri.toString()}#${node.group.display}`;
      return item;
    }
    const { claim, result } = node;
    const item = new vscode.TreeItem(claimLabel(claim), vscode.TreeItemCollapsibleState.None);
    item.description = claimDescription(claim, result.facts);
    item.tooltip = `${claim.text}\n\nCheck-worthiness: ${describeCheckWorthiness(analysisRanks(result.analysis.claims), claim)}`;
    item.contextValue = `claim.${node.group.display}`;
    item.id = `${result.uri.toString()}#${claim.id}@${claim.start}`;
    const args = { uri: result.uri.toString(), start: claim.start, end: claim.end };
    item.command = { title: 'Reveal claim', command: 'factmark.revealClaim', arguments: [args] };
    return item;
  }

  /** A message above the tree when there is nothing to list, so an empty view is never ambiguous. */
  message(): string | undefined {
    const r = this.current;
    if (!r) return 'Open a Markdown article to see its claims.';
    if (r.skipped) return `${baseName(r.uri)} is too large for live analysis. Run "Factmark: Analyse This File Once".`;
    if (r.analysis.claims.length === 0) return `No claims found in ${baseName(r.uri)}.`;
    return undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

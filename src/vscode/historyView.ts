// The "Checked before" groups of the Claims view: the article's claims that match an earlier check, each with the
// earlier verdict and where it was recorded. Partial matches (a number, date or name differs) get a group of their
// own, "Partly checked before", so they never read as checked. A click reveals the claim.
import * as vscode from 'vscode';
import { claimLabel } from '../core/present/claims.js';
import { describeOrigin } from '../core/history/reuse.js';
import type { HistoryMatch } from '../core/history/types.js';
import type { Claim } from '../core/types.js';
import type { DocResult } from './analysisService.js';
import type { HistoryService } from './history.js';

type Status = HistoryMatch['status'];

export type HistoryNode =
  | { type: 'historyGroup'; result: DocResult; status: Status; items: HistoryNode[] }
  | { type: 'historyItem'; result: DocResult; claim: Claim; match: HistoryMatch };

const LABEL: Record<Status, string> = { checked: 'Checked before', partial: 'Partly checked before' };

/** The groups with at least one claim: each claim under its best match's status. */
export function historyGroups(result: DocResult, history: HistoryService | undefined): HistoryNode[] {
  if (!history || result.skipped) return [];
  const items: Record<Status, HistoryNode[]> = { checked: [], partial: [] };
  for (const claim of result.analysis.claims) {
    const best = history.matchesFor(result, claim)[0];
    if (best) items[best.status].push({ type: 'historyItem', result, claim, match: best });
  }
  return (['checked', 'partial'] as const).filter((s) => items[s].length > 0).map((status) => ({ type: 'historyGroup', result, status, items: items[status] }));
}

export function historyTreeItem(node: HistoryNode): vscode.TreeItem {
  const uri = node.result.uri.toString();
  if (node.type === 'historyGroup') {
    const item = new vscode.TreeItem(LABEL[node.status], vscode.TreeItemCollapsibleState.Expanded);
    item.description = String(node.items.length);
    item.contextValue = `group.history.${node.status}`;
    item.id = `${uri}#history.${node.status}`;
    return item;
  }
  const { claim, match } = node;
  const item = new vscode.TreeItem(claimLabel(claim), vscode.TreeItemCollapsibleState.None);
  const differs = match.reasons.filter((r) => r.includes('differs')).join('; ');
  item.description = match.status === 'partial'
    ? `partial: ${differs || 'details differ'} · ${describeOrigin(match.check)}`
    : `${match.check.verdict} · ${describeOrigin(match.check)}`;
  item.tooltip = `${LABEL[match.status]}: ${match.check.verdict} (confidence ${match.confidence.toFixed(2)})\n${match.check.claim}`;
  item.iconPath = new vscode.ThemeIcon(match.status === 'checked' ? 'history' : 'question');
  item.contextValue = `history.${match.status}`;
  item.id = `${uri}#history.${claim.id}@${claim.start}`;
  const args = { uri, start: claim.start, end: claim.end };
  item.command = { title: 'Reveal claim', command: 'factmark.revealClaim', arguments: [args] };
  return item;
}

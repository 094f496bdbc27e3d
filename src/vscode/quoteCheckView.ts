// The "Quote check" group of the Claims view: every quote checked against a source snapshot with its judgement,
// and every fact whose wording changed since it was checked. A click reveals the quote or the fact.
import * as vscode from 'vscode';
import { excerpt } from '../core/present/escape.js';
import type { DocResult } from './analysisService.js';

export type QuoteCheckNode =
  | { type: 'quoteGroup'; result: DocResult }
  | { type: 'quoteItem'; result: DocResult; start: number; end: number; label: string; description: string; severity: string; key: string };

export function quoteCheckGroup(result: DocResult): QuoteCheckNode[] {
  const q = result.facts.quoteCheck;
  return q && q.checks.length + q.rechecks.length > 0 ? [{ type: 'quoteGroup', result }] : [];
}

export function quoteCheckItems(result: DocResult): QuoteCheckNode[] {
  const q = result.facts.quoteCheck;
  if (!q) return [];
  const checks: QuoteCheckNode[] = q.checks.map((c) => ({
    type: 'quoteItem', result, start: c.start, end: c.end, key: `q${c.start}`,
    label: `${c.speakerMismatch ? 'speaker-mismatch' : c.judgement}: ${excerpt(c.quote, 60)}`,
    description: `source ${c.sourceId}${c.changes.length > 0 ? ` · ${c.changes.length} change${c.changes.length === 1 ? '' : 's'}` : ''}`,
    severity: c.severity,
  }));
  const rechecks: QuoteCheckNode[] = q.rechecks.map((r) => ({
    type: 'quoteItem', result, start: r.start, end: r.end, key: `r${r.factId}`,
    label: `needs-recheck: ${excerpt(r.current, 60)}`, description: `fact ${r.factId}`, severity: r.severity,
  }));
  return [...checks, ...rechecks].sort((a, b) => (a.type === 'quoteItem' && b.type === 'quoteItem' ? a.start - b.start : 0));
}

export function quoteCheckTreeItem(node: QuoteCheckNode): vscode.TreeItem {
  if (node.type === 'quoteGroup') {
    const item = new vscode.TreeItem('Quote check', vscode.TreeItemCollapsibleState.Expanded);
    item.description = String(quoteCheckItems(node.result).length);
    item.contextValue = 'group.quoteCheck';
    item.id = `${node.result.uri.toString()}#quoteCheck`;
    return item;
  }
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.description = node.description;
  item.contextValue = `quoteCheck.${node.severity}`;
  item.iconPath = new vscode.ThemeIcon(node.severity === 'error' ? 'error' : node.severity === 'warning' ? 'warning' : 'pass');
  item.id = `${node.result.uri.toString()}#quoteCheck.${node.key}`;
  const args = { uri: node.result.uri.toString(), start: node.start, end: node.end };
  item.command = { title: 'Reveal quote', command: 'factmark.revealClaim', arguments: [args] };
  return item;
}

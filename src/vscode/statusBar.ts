// The status-bar item: "3 unsourced · 5 linked" for the active article, opening the Claims view; for a file
// over the live-analysis limit it says so and offers to analyse once.
import * as vscode from 'vscode';
import { statusBarText } from '../core/present/claims.js';
import type { DocResult } from './analysisService.js';

export class ClaimsStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('factmark.status', vscode.StatusBarAlignment.Left, 50);

  private shown = false;

  constructor() {
    this.item.name = 'Factmark';
  }

  get visible(): boolean {
    return this.shown;
  }

  show(result: DocResult | undefined): void {
    this.shown = result !== undefined;
    if (!result) {
      this.item.hide();
      return;
    }
    if (result.skipped) {
      this.item.text = '$(warning) Factmark: large file not analysed';
      this.item.tooltip = 'Over factmark.liveAnalysisMaxSize. Click to analyse this file once.';
      this.item.command = 'factmark.analyzeOnce';
    } else {
      this.item.text = `$(checklist) ${statusBarText(result.analysis.claims, result.facts)}`;
      this.item.tooltip = 'Factmark: show the Claims view';
      this.item.command = 'factmark.showClaims';
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

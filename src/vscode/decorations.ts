// Highlights: one decoration type per kind, coloured by theme colours declared in package.json
// (contributes.colors), applied to the visible editors of an analysed document. Ranges come from the core.
import * as vscode from 'vscode';
import { computeHighlights, HIGHLIGHT_KINDS, type Highlights, type HighlightKind } from '../core/present/highlights.js';
import type { DocResult } from './analysisService.js';
import { toRange } from './positions.js';

/** Every colour id the extension uses; the manifest test compares them with contributes.colors. */
export const COLOR_IDS = [
  'factmark.quoteBackground',
  'factmark.speakerBorder',
  'factmark.cueForeground',
  'factmark.unsourcedClaimBackground',
  'factmark.unsourcedClaimRuler',
  'factmark.linkedClaimBackground',
  'factmark.linkedClaimRuler',
  'factmark.falseClaimBackground',
  'factmark.falseClaimRuler',
] as const;

type ColorId = (typeof COLOR_IDS)[number];
const color = (id: ColorId) => new vscode.ThemeColor(id);

function decorationOptions(kind: HighlightKind): vscode.DecorationRenderOptions {
  switch (kind) {
    case 'quote':
      return { backgroundColor: color('factmark.quoteBackground') };
    case 'speaker':
      return { borderColor: color('factmark.speakerBorder'), borderStyle: 'solid', borderWidth: '0 0 2px 0' };
    case 'cue':
      return { color: color('factmark.cueForeground'), fontWeight: 'bold' };
    case 'claimUnsourced':
      return {
        backgroundColor: color('factmark.unsourcedClaimBackground'),
        overviewRulerColor: color('factmark.unsourcedClaimRuler'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      };
    case 'claimLinked':
      return {
        backgroundColor: color('factmark.linkedClaimBackground'),
        overviewRulerColor: color('factmark.linkedClaimRuler'),
        overviewRulerLane: vscode.OverviewRulerLane.Center,
      };
    case 'claimFalse':
      return {
        backgroundColor: color('factmark.falseClaimBackground'),
        overviewRulerColor: color('factmark.falseClaimRuler'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      };
  }
}

export class Highlighter implements vscode.Disposable {
  private readonly types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  private readonly last = new Map<string, Highlights>();
  private enabled = true;

  constructor() {
    // Claims first so quotes, speakers and cues render on top of a claim's background.
    for (const kind of [...HIGHLIGHT_KINDS].reverse()) this.types.set(kind, vscode.window.createTextEditorDecorationType(decorationOptions(kind)));
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** Offsets last applied for a document (the integration tests' view of the decorations). */
  highlightsOf(uri: vscode.Uri): Highlights | undefined {
    const last = this.last.get(uri.toString());
    if (!last || this.enabled) return last;
    return Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, []])) as unknown as Highlights;
  }

  toggle(): boolean {
    this.enabled = !this.enabled;
    return this.enabled;
  }

  /** Applies a result to every visible editor showing its document. */
  apply(result: DocResult): void {
    const highlights = computeHighlights(result.analysis, result.facts, result.settings.kinds);
    this.last.set(result.uri.toString(), highlights);
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === result.uri.toString()) this.paint(editor, highlights);
    }
  }

  /** Paints an editor that just became visible from the last known result. */
  refresh(editor: vscode.TextEditor): void {
    const highlights = this.last.get(editor.document.uri.toString());
    if (highlights) this.paint(editor, highlights);
  }

  forget(uri: vscode.Uri): void {
    this.last.delete(uri.toString());
  }

  private paint(editor: vscode.TextEditor, highlights: Highlights): void {
    for (const [kind, type] of this.types) {
      const ranges = this.enabled ? highlights[kind].map((r) => toRange(editor.document, r.start, r.end)) : [];
      editor.setDecorations(type, ranges);
    }
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}

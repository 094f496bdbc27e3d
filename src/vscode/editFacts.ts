// One edit of an article's facts file from a command: through the atomic writer (FactsFiles.edit), a refusal or
// failure shown to the user, and every article using the file re-analysed afterwards.
import * as vscode from 'vscode';
import type { FactsEdit } from '../core/facts/edits.js';
import type { FactsFile } from '../core/facts/types.js';
import type { AnalysisService } from './analysisService.js';
import { baseName } from './facts.js';

export async function editFacts(service: AnalysisService, factsUri: vscode.Uri, article: vscode.Uri, makeEdits: (file: FactsFile) => FactsEdit[]): Promise<boolean> {
  let refusal: string | undefined;
  try {
    refusal = await service.facts.edit(factsUri, baseName(article), makeEdits);
  } catch (err) {
    refusal = `Could not update ${baseName(factsUri)}: ${err instanceof Error ? err.message : String(err)}`;
  }
  if (refusal) {
    void vscode.window.showErrorMessage(`Factmark: ${refusal}`);
    return false;
  }
  await service.refreshFacts(factsUri);
  return true;
}

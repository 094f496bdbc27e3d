// The quote check in the human output: one line per checked quote with its judgement, so a verbatim quote shows
// as checked too (its problems, when there are any, are already among the findings).
import { positionAt } from '../../core/index.js';
import type { CheckedFile } from '../checkFile.js';
import type { Palette } from '../color.js';
import { excerptOf } from '../findings.js';

export function quoteCheckLines(file: CheckedFile, lineStarts: readonly number[], colors: Palette): string {
  let out = '';
  for (const c of file.quoteCheck?.checks ?? []) {
    const { line, column } = positionAt(lineStarts as number[], c.start);
    const paint = c.severity === 'error' ? colors.red : c.severity === 'warning' ? colors.yellow : colors.green;
    const minor = c.minor.length > 0 ? ` (${c.minor.join(', ')})` : '';
    const speaker = c.speakerMismatch ? `, said by ${c.sourceSpeaker}` : '';
    const name = c.snapshot.slice(c.snapshot.lastIndexOf('/') + 1);
    out += `${colors.dim(`${file.path}:${line + 1}:${column + 1}`)} ${paint(`quote-check:${c.judgement}`)}${minor}${speaker} ${colors.dim(`against ${excerptOf(name, 60)} (source ${c.sourceId})`)}\n`;
  }
  return out;
}

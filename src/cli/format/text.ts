// Human output: one `file:line:col kind excerpt (detail)` line per finding (1-based line and column, in UTF-16
// code units like editors count them), then one summary line.
import { lineStartsOf, positionAt } from '../../core/index.js';
import type { CheckedFile } from '../checkFile.js';
import { describeMatch } from '../history.js';
import { excerptOf, findingsOf, type Finding } from '../findings.js';
import type { Paint, Palette } from '../color.js';
import { quoteCheckLines } from './quoteText.js';

export function formatText(files: CheckedFile[], colors: Palette): string {
  let out = '';
  for (const file of files) {
    const lineStarts = lineStartsOf(file.text);
    for (const f of findingsOf(file.analysis)) {
      const { line, column } = positionAt(lineStarts, f.start);
      const where = colors.dim(`${file.path}:${line + 1}:${column + 1}`);
      const detail = f.detail ? ` ${colors.dim(`(${f.detail})`)}` : '';
      out += `${where} ${kindColor(f, colors)(f.kind)} ${excerptOf(f.excerpt)}${detail}\n`;
    }
    out += quoteCheckLines(file, lineStarts, colors);
    file.matches?.forEach((matches, i) => {
      const claim = file.analysis.claims[i];
      const { line, column } = positionAt(lineStarts, claim.start);
      for (const m of matches) {
        out += `${colors.dim(`${file.path}:${line + 1}:${column + 1}`)} ${colors.blue('checked-before')} ${excerptOf(claim.text)} ${colors.dim(`(${describeMatch(m)})`)}\n`;
      }
    });
    for (const p of file.factsProblems) {
      const paint = p.severity === 'error' ? colors.red : colors.yellow;
      out += `${colors.dim(`${file.factsPath}:${p.line}:${p.column}`)} ${paint(`facts:${p.code}`)} ${excerptOf(p.message, 160)}\n`;
    }
  }
  return out + summaryLine(files, colors) + '\n';
}

function kindColor(f: Finding, c: Palette): Paint {
  if (f.kind.startsWith('problem:')) return f.level === 'error' ? c.red : f.level === 'warning' ? c.yellow : c.dim;
  switch (f.kind) {
    case 'unsourced-claim': return (t) => c.bold(c.red(t));
    case 'vague-source': return c.magenta;
    case 'quote': return c.cyan;
    case 'attribution': return c.blue;
    default: return c.green; // attributed, cited and linked claims
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** e.g. "1 file: 3 quotes, 4 attributions, 9 claims (3 unsourced, 1 vague source, 5 attributed), 0 problems". */
export function summaryLine(files: CheckedFile[], colors: Palette): string {
  const all = files.map((f) => f.analysis);
  const claims = all.flatMap((a) => a.claims);
  const vague = claims.filter((c) => c.status === 'unsourced' && c.reasons.includes('vague-source')).length;
  const byStatus = (s: string) => claims.filter((c) => c.status === s).length;
  const unsourced = byStatus('unsourced') - vague;
  const statuses = [
    unsourced ? colors.red(`${unsourced} unsourced`) : '',
    vague ? colors.magenta(`${vague} vague source`) : '',
    ...(['attributed', 'cited', 'linked'] as const).map((s) => (byStatus(s) ? `${byStatus(s)} ${s}` : '')),
  ].filter(Boolean);
  const facts = files.reduce((n, f) => n + f.factsErrors, 0);
  return [
    `${plural(files.length, 'file')}: ${plural(all.reduce((n, a) => n + a.quotes.length, 0), 'quote')}`,
    plural(all.reduce((n, a) => n + a.attributions.length, 0), 'attribution'),
    `${plural(claims.length, 'claim')}${statuses.length ? ` (${statuses.join(', ')})` : ''}`,
    plural(all.reduce((n, a) => n + a.problems.length, 0), 'problem'),
    ...(facts ? [colors.red(plural(facts, 'facts-file error'))] : []),
  ].join(', ');
}

// `--format github`: GitHub Actions workflow commands, one annotation per finding that asks for action
// (`::warning file=a.md,line=3,col=5,endLine=3,endColumn=40,title=unsourced-claim::Unsourced claim: “…”`).
// Escaping follows @actions/core (command.ts): in the message %, CR and LF are percent-encoded; in property
// values also ':' and ','. Silenced findings, and findings a baseline already knows, are not annotated.
import { lineStartsOf, positionAt } from '../../core/index.js';
import type { IsNew } from '../baseline.js';
import type { CheckedFile } from '../checkFile.js';
import { reportedFindings } from '../reported.js';
import { messageFor } from './sarif.js';

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(files: CheckedFile[], isNew?: IsNew): string {
  let out = '';
  for (const file of files) {
    const lineStarts = lineStartsOf(file.text);
    for (const f of reportedFindings(file)) {
      if (f.silenced || (isNew && !isNew(file, f.ruleId, f.fingerprint))) continue;
      const start = positionAt(lineStarts, f.start);
      const end = positionAt(lineStarts, f.end);
      const props = [
        `file=${escapeProperty(file.path)}`, `line=${start.line + 1}`, `col=${start.column + 1}`,
        `endLine=${end.line + 1}`, `endColumn=${end.column + 1}`, `title=${escapeProperty(`factmark ${f.ruleId}`)}`,
      ];
      out += `::${COMMAND[f.level]} ${props.join(',')}::${escapeData(messageFor(f.kind, f.excerpt, f.detail))}\n`;
    }
    for (const p of file.factsProblems) {
      const props = [`file=${escapeProperty(file.factsPath ?? file.path)}`, `line=${p.line}`, `col=${p.column}`, `title=${escapeProperty(`factmark facts:${p.code}`)}`];
      out += `::${COMMAND[p.severity === 'error' ? 'error' : 'warning']} ${props.join(',')}::${escapeData(p.message)}\n`;
    }
  }
  return out;
}

// The command table and top-level flags. `runCli` never exits the process: it returns the exit status, so the
// caller can let stdout drain first (a large JSON report piped elsewhere must arrive whole).
import { checkCommand, CHECK_HELP } from './check.js';
import { EXPORT_FORMATS } from '../core/export/index.js';
import { exportCommand, EXPORT_HELP } from './export.js';
import { initCommand, INIT_HELP } from './init.js';
import type { CliIo } from './io.js';
import { VERSION } from './version.js';

interface Command {
  name: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

const commands: Command[] = [
  { name: 'check', summary: 'report quotes, attributions and claims; flag unsourced claims', run: checkCommand },
  { name: 'init', summary: 'write a commented starter .factmark.jsonc', run: initCommand },
  { name: 'export', summary: `export findings and facts as ${EXPORT_FORMATS.slice(0, -1).join(', ')} or ${EXPORT_FORMATS.at(-1)}`, run: exportCommand },
];

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: factmark <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show this help ('factmark <command> --help' for a command)
  -v, --version  print the version

Example: factmark check --format json article.md
`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(helpText());
    return 2;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(rest[0] === 'check' ? CHECK_HELP : rest[0] === 'export' ? EXPORT_HELP : rest[0] === 'init' ? INIT_HELP : helpText());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`factmark: unknown command '${first}'\nTry 'factmark --help'.\n`);
    return 2;
  }
  return command.run(rest, io);
}

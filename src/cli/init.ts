// `factmark init [DIR]`: writes a commented starter .factmark.jsonc into DIR (default: the working directory).
// Never overwrites: an existing file is left as it is (exit 1), created with O_EXCL so a race cannot clobber one.
import { join } from 'node:path';
import { CONFIG_FILE_NAME } from '../core/config/parse.js';
import { STARTER_CONFIG } from '../core/config/starter.js';
import { parseArgs, UsageError } from './args.js';
import { describeFsError, type CliIo } from './io.js';
import { nodeFactsFs } from './nodeFactsFs.js';

export const INIT_HELP = `Usage: factmark init [DIR]

Write a commented starter ${CONFIG_FILE_NAME} into DIR (default: the current directory).

Exit status: 0 written, 1 a ${CONFIG_FILE_NAME} is already there (left unchanged), 2 usage or write error.
`;

export async function initCommand(argv: string[], io: CliIo): Promise<number> {
  let dir: string;
  try {
    const parsed = parseArgs(argv, [{ name: 'help', alias: 'h', value: false }]);
    if (parsed.options.has('help')) {
      io.stdout(INIT_HELP);
      return 0;
    }
    if (parsed.positionals.length > 1) throw new UsageError('give at most one folder');
    dir = parsed.positionals[0] ?? '.';
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`factmark init: ${err.message}\nTry 'factmark init --help'.\n`);
    return 2;
  }
  const path = join(dir, CONFIG_FILE_NAME);
  try {
    const created = await nodeFactsFs(io.cwd).createExclusive!(path, new TextEncoder().encode(STARTER_CONFIG));
    if (!created) {
      io.stderr(`factmark init: ${path} already exists; it was left unchanged.\n`);
      return 1;
    }
  } catch (err) {
    io.stderr(`factmark init: cannot write ${path}: ${describeFsError(err)}\n`);
    return 2;
  }
  io.stderr(`factmark init: wrote ${path}\n`);
  return 0;
}

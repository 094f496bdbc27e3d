// `factmark` command line entry (bundled to dist/cli.js). Sets the exit code instead of calling
// process.exit(), so everything written to a pipe is flushed before Node exits.
import { nodeIo } from './io.js';
import { runCli } from './run.js';

runCli(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`factmark: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);

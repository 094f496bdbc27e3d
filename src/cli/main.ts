// `factmark` command line entry (bundled to dist/cli.js). Sets the exit code instead of calling
// process.exit(), so everything written to a pipe is flushed before Node exits.
import { describeFsError, nodeIo } from './io.js';
import { runCli } from './run.js';

const io = nodeIo();

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Commands name the file they were working on; this is the last resort for anything else.
    io.stderr(`factmark: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);

// A write error on stdout may arrive after the command finished: output that did not arrive is a failure
// (exit 2), unless the reader simply left (EPIPE), which is not worth a word.
process.on('exit', () => {
  const lost = io.outputError();
  if (!lost) return;
  io.stderr(`factmark: cannot write standard output: ${describeFsError(lost)}\n`);
  process.exitCode = 2;
});

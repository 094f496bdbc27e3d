// Writing an output file (an export, a baseline) so a reader sees the old file or the new one, never half: a
// temporary file next to the target, renamed over it.
import type { CliIo } from './io.js';
import { nodeFactsFs } from './nodeFactsFs.js';

let tempCounter = 0;

export async function writeAtomically(path: string, content: string, io: CliIo): Promise<void> {
  const fs = nodeFactsFs(io.cwd);
  const temp = `${path}.${process.pid}-${++tempCounter}.tmp`;
  await fs.writeFile(temp, new TextEncoder().encode(content));
  try {
    await fs.rename(temp, path);
  } catch (err) {
    await fs.delete?.(temp).catch(() => undefined);
    throw err;
  }
}

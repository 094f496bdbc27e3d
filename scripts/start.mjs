// `npm start`: build, then check the bundled sample articles: the seed article (its quote checked against an
// example transcript) and a second one with a deliberately altered quote and a sentence edited after checking. Finding unsourced claims (exit 1) is the demo
// working, not a failure of `npm start`; usage or read errors (exit 2) still fail it.
import { spawnSync } from 'node:child_process';

const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const check = spawnSync('node', ['dist/cli.js', 'check', 'examples/kishida.md', 'examples/kishida-altered.md'], { stdio: 'inherit' });
if (check.status === 1) process.stdout.write('\n(exit status 1: the sample has unsourced claims, which is what this demo shows)\n');
process.exit(check.status === 0 || check.status === 1 ? 0 : (check.status ?? 1));

// One measurement of the scaling benchmark, run in its own process (scaling.ts spawns it with a time cap): makes
// the family's text of the given size, runs analyze() once, and prints the times as JSON.
//   node .bench/scalingChild.mjs <family index> <chars>
import { analyze } from '../../src/core/analyze.js';
import { FAMILIES } from './families.js';

const family = FAMILIES[Number(process.argv[2])];
const text = family.make(Number(process.argv[3]));
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const analysis = analyze(text);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const tooComplex = analysis.problems.filter((p) => p.code === 'too-complex').length;
process.stdout.write(JSON.stringify({ chars: text.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, tooComplex }) + '\n');

import { createContext } from './src/core/analyze.js';
import { buildProseDocument } from './src/core/markdown/prose.js';
import { detectors } from './src/core/registry.js';
const ctx = createContext(buildProseDocument(process.argv[2]));
for (const d of detectors) { d.run(ctx); if (d.id === 'people' || (d as any).id === 'speakers') console.log(d.id, JSON.stringify(ctx.people.mentions)); }
console.log(detectors.map((d) => d.id).join(' '));

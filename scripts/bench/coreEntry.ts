// What `npm run bench` measures, bundled by esbuild the way dist/ is (see core.ts): analyze() and its steps, and
// the bare remark-parse baseline, so both sides run as shipped code under the same conditions.
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export { analyze, createContext } from '../../src/core/analyze.js';
export { buildProseDocument } from '../../src/core/markdown/prose.js';
export { parseProseTree } from '../../src/core/markdown/proseTree.js';
export { detectors } from '../../src/core/registry.js';

const bare = unified().use(remarkParse);

/** The baseline of issue #2: a bare `unified().use(remarkParse).parse`. */
export function bareParse(text: string): unknown {
  return bare.parse(text);
}

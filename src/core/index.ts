// Public surface of the pure core, shared by the CLI, the VS Code adapter and tests.
export { analyze } from './analyze.js';
export type * from './types.js';
export { buildProseDocument, parseMarkdown, positionAt, lineStartsOf } from './markdown/prose.js';
export { resolveOptions, DEFAULT_MIN_CLAIM_SCORE } from './options.js';

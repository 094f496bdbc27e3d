// The per-article checks that run after analysis and the facts file, in order (see checkArticle.ts). Each is a
// pure function of the article so far and its input; add one here and every caller (check, export, the editor)
// runs it.
import type { ArticleCheck } from './checkArticle.js';

export const articleChecks: readonly ArticleCheck[] = [];

// Patterns built around words of the article (a document's noun, a role's head, a body's words). The same few words
// come back call after call and article after article, and building a source and a RegExp for each call cost more
// than many of the searches they serve.

const built = new Map<string, RegExp>();
/** The words are the articles', so the keys grow with every new one: past this many, the memo starts again. */
const LIMIT = 5000;

/**
 * The RegExp `build` makes for `words` at `site` (a name for the pattern), built once. The key is a fresh string
 * joined from the words, so a word sliced from an article never keeps that article alive. Only for a pattern no
 * caller leaves state in: one without the global or sticky flag, or a global one used only through matchAll (which
 * searches with a copy) or replace.
 */
export function builtPattern(site: string, words: readonly string[], build: () => RegExp): RegExp {
  const key = [site, ...words].join(' ');
  let re = built.get(key);
  if (re === undefined) {
    if (built.size >= LIMIT) built.clear();
    re = build();
    built.set(key, re);
  }
  return re;
}

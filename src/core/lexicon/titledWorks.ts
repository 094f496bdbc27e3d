// What has a title, and how a title is written: a medium named before a quoted title closing a report ("…, Ruiz
// wrote in her 2021 book, “A Season in Hell.”", "on Radio Harbor’s “Morning Call.”"), which names where it was said.

/** What has a title: a book, a show, a column. */
export const MEDIUM_NOUNS = new Set(['book', 'memoir', 'novel', 'show', 'programme', 'program', 'podcast', 'column', 'film', 'documentary', 'article', 'essay', 'op-ed', 'newsletter', 'blog', 'album', 'song', 'series', 'broadcast', 'report']);
/** Small words a title leaves in lowercase ("The Art of the Deal"). */
export const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'or']);
/** The most words a quoted title is read to have. */
export const MAX_TITLE_WORDS = 6;

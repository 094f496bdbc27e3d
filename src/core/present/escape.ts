// Article and facts-file text is untrusted: a quote may contain `[x](command:…)`, `<img onerror>` or `*`.
// Everything shown in a hover card passes through here, so nothing the writer typed becomes markup.

/** Backslash-escapes every ASCII punctuation character (CommonMark allows it for all of them) and flattens newlines. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** A link target is used only when it is plain http(s); anything else (javascript:, command:, data:) is shown as text. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return null;
  // Percent-encode characters that could close or confuse a Markdown link destination.
  return trimmed.replace(/[()<>\\"'`[\] ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Long article text shortened for one line: whitespace collapsed, at most `max` characters counted as code points
 * (no split surrogate pairs), cut after a whole word when one ends past the middle.
 */
export function excerpt(text: string, max = 80): string {
  const flat = flatHead(text, max);
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > cut.length / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The text with whitespace collapsed and trimmed, or, when that is longer than `max` code points, enough of its
 * start to show it is: only a head of the text is converted (a claim or content can be megabytes long).
 */
function flatHead(text: string, max: number): string {
  // Each code point is at most two code units; whitespace runs collapse, so read more until the head is long enough.
  for (let size = 2 * max + 16; size < text.length; size *= 2) {
    const head = text.slice(0, size).replace(/\s+/g, ' ').trim();
    if (head.length > 2 * max) return head;
  }
  return text.replace(/\s+/g, ' ').trim();
}

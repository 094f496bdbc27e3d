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

/** Shortens long article text for a one-line display, keeping whole characters (no split surrogate pairs). */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

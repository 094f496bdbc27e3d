// The words an article writes in lowercase somewhere: evidence that a capitalised word opening a sentence is a common
// word there ("Bike advocates have argued …" in an article about a bike lane), not a name ("Pentagon officials").

let lastText: string | undefined;
let lastWords: ReadonlySet<string> = new Set();

/** Every word of `text` that starts with a lowercase letter (one article at a time is remembered). */
export function lowercaseWordsOf(text: string): ReadonlySet<string> {
  if (text === lastText) return lastWords;
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{L}-]*/gu)) words.add(m[0]);
  lastText = text;
  lastWords = words;
  return words;
}

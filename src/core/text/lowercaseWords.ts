// The words an article writes in lowercase somewhere: evidence that a capitalised word opening a sentence is a common
// word there ("Bike advocates have argued …" in an article about a bike lane), not a name ("Pentagon officials").

/** Per document object: its words were found once. Keyed by the object, not the text, since comparing two equal
 *  texts of a long article (1 MB) character by character, once per attribution, cost more than the analysis. */
const byDocument = new WeakMap<object, ReadonlySet<string>>();

/** Every word of `doc.masked` that starts with a lowercase letter. */
export function lowercaseWordsOf(doc: { readonly masked: string }): ReadonlySet<string> {
  let words = byDocument.get(doc);
  if (!words) {
    const found = new Set<string>();
    for (const m of doc.masked.matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{L}-]*/gu)) found.add(m[0]);
    byDocument.set(doc, (words = found));
  }
  return words;
}

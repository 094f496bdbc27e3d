// "The International Rowing Federation (IRF) banned the coach. … “…,” the IRF said.": a body the article spelt out
// once with its letters in brackets after it is named in full wherever its letters speak, as its other
// descriptions are.

/** Capital letters only (with "&" or one lowercase letter between, "DfE"), two to eight of them. */
const ACRONYM = /^(?:[Tt]he\s+)?(\p{Lu}(?:\p{Lu}|&|\p{Ll}(?=\p{Lu})){1,7})$/u;

/** How far back (in characters) the spelt-out name is looked for. */
const REACH = 8000;

/** The name an acronym speaker ("IRF", "the IRF") was spelt out as before `at`, or null. */
export function spelledOut(text: string, name: string, at: number): string | null {
  const m = ACRONYM.exec(name.trim());
  if (!m) return null;
  const letters = m[1];
  const open = text.lastIndexOf(`(${letters})`, at);
  if (open < 0 || open < at - REACH) return null;
  // The capitalised words right before the bracket, with the small words a body's name holds between them.
  const before = /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and|on|the|&)\s+)*){1,8})$/u.exec(text.slice(Math.max(0, open - 160), open));
  if (!before) return null;
  const words = before[1].trim().split(/\s+/);
  while (words.length && /^the$/i.test(words[0])) words.shift();
  // The spelt-out name starts with the acronym's first letter ("World Health Organization (WHO)").
  while (words.length > 1 && words[0][0] !== letters[0]) words.shift();
  return words.length > 1 && words[0][0] === letters[0] ? words.join(' ') : null;
}

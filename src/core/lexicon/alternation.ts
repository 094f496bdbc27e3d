// A word list as one regular-expression alternation, written as a trie: words that share a beginning share its
// letters in the pattern ("criticize|criticized|criticizes" → "criticiz(?:ed|es|e)"…). V8 compiles each letter of an
// alternative to machine code of its own, case-insensitive patterns several instructions per letter, and the
// vague-wording patterns' word lists (hundreds of verb forms) made each pattern up to a megabyte of code, more than
// the processor's caches hold: matching ran several times slower inside an analysis than alone.
//
// The trie matches what the flat alternation `w1|w2|…`, longest word first, matches, in the same order of
// preference: two words can both match at one place only when one is a beginning of the other, letter for letter
// up to case, and the trie tries the longer first (the shorter word's end comes after every way on). Up to case:
// where two letters of one place in the trie are the same letter to a case-insensitive pattern ("S" and "s", "s"
// and the long s), the words part at a letter they share, and the flat form is used instead. The words must not
// open or close with a space nor hold two in a row. test/unit/alternation.test.ts holds the two forms to the same
// matches.

/** A space in a word matches any run of white space, as `\s+`. */
const SPACE = '\\s+';

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** A word ends here. */
  end: boolean;
}

const escape = (c: string): string => (c === ' ' ? SPACE : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The words (spaces matching runs of white space) as one alternation, to be used inside a group. */
export function alternation(words: Iterable<string>): string {
  // Read once: a generator would be empty on a second pass.
  const list = [...new Set(words)];
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of list) {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (child === undefined) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const spaced = list.some((w) => w.startsWith(' ') || w.endsWith(' ') || w.includes('  '));
  return !spaced && caseSafe(root) ? source(root) : flatAlternation(list);
}

/** One letter as every case-insensitive pattern sees it ("S", "s" and the long s alike; the Kelvin sign as "k"). */
const caseKey = (c: string): string => (c.toUpperCase().length === 1 ? c.toUpperCase() : c).toLowerCase();

/** No two ways on from one node of the trie start with letters a case-insensitive pattern takes for one. */
function caseSafe(node: TrieNode): boolean {
  const keys = new Set<string>();
  for (const [c, child] of node.next) {
    const key = caseKey(c);
    if (keys.has(key) || (key !== c.toLowerCase() && keys.has(c.toLowerCase())) || !caseSafe(child)) return false;
    keys.add(key);
    keys.add(c.toLowerCase());
  }
  return true;
}

/** The pattern of what may follow a node: each way on, then (when a word ends there) nothing more. */
function source(node: TrieNode): string {
  const ways = [...node.next].map(([c, child]) => escape(c) + source(child));
  if (ways.length === 0) return '';
  if (node.end) return `(?:${ways.join('|')})?`;
  return ways.length === 1 ? ways[0] : `(?:${ways.join('|')})`;
}

/** The flat form the trie replaces: the words longest first, joined by `|` (kept for the test that compares them). */
export function flatAlternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => [...w].map(escape).join('')).join('|');
}

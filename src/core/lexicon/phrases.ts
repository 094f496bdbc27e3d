// Multi-word phrase lookup over already-tokenised, lowercased words: one Map probe per word instead of a regex
// with dozens of alternatives run over every sentence (the single largest cost of claim scoring on big files).

export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) this.add(p);
  }

  add(phrase: string): void {
    const words = phrase.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push(words);
    this.byFirst.set(words[0], list);
  }

  /** Does any phrase occur as consecutive words of `words` (lowercase, straight apostrophes)? */
  matches(words: readonly string[]): boolean {
    for (let i = 0; i < words.length; i++) {
      const list = this.byFirst.get(words[i]);
      if (!list) continue;
      for (const p of list) {
        let k = 1;
        while (k < p.length && words[i + k] === p[k]) k++;
        if (k === p.length) return true;
      }
    }
    return false;
  }
}

/** Lowercase words of a text with straight apostrophes, split the way phrases are written. */
export function phraseWords(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
}

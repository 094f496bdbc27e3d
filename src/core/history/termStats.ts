// Document frequencies of the history's terms, kept up to date as checks come and go, for idf-weighted overlap.

export class TermStats {
  private readonly df = new Map<string, number>();
  private documents = 0;

  add(terms: Iterable<string>): void {
    this.documents++;
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  remove(terms: Iterable<string>): void {
    this.documents = Math.max(0, this.documents - 1);
    for (const t of terms) {
      const n = (this.df.get(t) ?? 0) - 1;
      if (n > 0) this.df.set(t, n);
      else this.df.delete(t);
    }
  }

  /** Lucene's BM25 idf: always positive, highest for terms no check uses. */
  readonly idf = (term: string): number => {
    const n = this.df.get(term) ?? 0;
    return Math.log(1 + (this.documents - n + 0.5) / (n + 0.5));
  };
}

// Stable fingerprints for findings, for baselines and SARIF partialFingerprints. A fingerprint is made of what the
// finding says, not where it is: its rule, its own text and a little context around it (up to CONTEXT characters
// on each side, never across a blank line, whitespace collapsed), plus how many identical findings came before it.
// So moving a paragraph (or adding lines above it) keeps every fingerprint in it; editing the claim, or the
// words right next to it, makes a new one.

/** Characters of context on each side; enough to tell two identical sentences apart in most articles. */
export const CONTEXT = 24;

export interface Fingerprinted {
  rule: string;
  start: number;
  end: number;
}

/** One fingerprint per finding, in the order given; identical findings are told apart by occurrence. */
export function fingerprints(text: string, findings: readonly Fingerprinted[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.rule}\u0000${normalise(before(text, f.start))}\u0000${normalise(text.slice(f.start, f.end))}\u0000${normalise(after(text, f.end))}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${hash(key)}:${n}`;
  });
}

function before(text: string, at: number): string {
  const slice = text.slice(Math.max(0, at - CONTEXT), at);
  const cut = slice.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/);
  return cut === -1 ? slice : slice.slice(cut);
}

function after(text: string, at: number): string {
  const slice = text.slice(at, at + CONTEXT);
  const cut = slice.search(/\n[ \t]*\n/);
  return cut === -1 ? slice : slice.slice(0, cut);
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** cyrb53 (public domain): a fast 53-bit string hash, as 14 hex digits. Not for security, only for identity. */
function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

// A quotation as written, taken apart by the conventions of quoting: an ellipsis (`…`, `...`, `[…]`) marks an
// omission and splits the quote into segments that may be apart in the source; `[bracketed]` words are the
// writer's insertion, standing in for a few words of the source (or none); `[sic]` is dropped.
import { wordsOf, type Word } from './words.js';

export type QuoteToken = { type: 'word'; word: Word } | { type: 'insertion'; text: string };

export interface QuoteParts {
  segments: QuoteToken[][];
  /** Conventions the quote uses: 'omission', 'insertion', 'sic'. */
  conventions: string[];
}

const ELLIPSIS = /\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\./g;
const BRACKET = /\[([^\]]*)\]/g;

export function quoteParts(inner: string): QuoteParts {
  const conventions = new Set<string>();
  const segments: QuoteToken[][] = [];
  let from = 0;
  const pieces: [number, number][] = [];
  for (const m of inner.matchAll(ELLIPSIS)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
    conventions.add('omission');
  }
  pieces.push([from, inner.length]);
  for (const [start, end] of pieces) {
    const tokens = segmentTokens(inner, start, end, conventions);
    if (tokens.some((t) => t.type === 'word')) segments.push(tokens);
  }
  return { segments, conventions: [...conventions] };
}

function segmentTokens(inner: string, start: number, end: number, conventions: Set<string>): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  let at = start;
  const piece = inner.slice(0, end);
  BRACKET.lastIndex = start;
  for (let m = BRACKET.exec(piece); m; m = BRACKET.exec(piece)) {
    for (const word of wordsOf(inner, at, m.index)) tokens.push({ type: 'word', word });
    at = m.index + m[0].length;
    if (/^\s*sic\s*$/i.test(m[1]!)) conventions.add('sic');
    else {
      conventions.add('insertion');
      tokens.push({ type: 'insertion', text: m[1]! });
    }
  }
  for (const word of wordsOf(inner, at, end)) if (word.end <= end) tokens.push({ type: 'word', word });
  return tokens;
}

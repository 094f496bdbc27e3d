// A ClaimReview JSON-LD file → its earlier checks. Accepts what `factmark export --format claimreview` writes (an
// array of items), a single item, a schema.org DataFeed whose dataFeedElement holds items or DataFeedItems wrapping
// them, and an `@graph`. Items without claimReviewed or a rating name are left out; a file that is not JSON gives
// one problem at its line:column and no checks.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lineStartsOf, positionAt } from '../markdown/lines.js';
import type { EarlierCheck, HistoryProblem } from './types.js';

type Json = Record<string, unknown>;

export function checksFromClaimReview(file: string, text: string): { checks: EarlierCheck[]; problems: HistoryProblem[] } {
  const errors: ParseError[] = [];
  const value: unknown = parse(text.replace(/^\uFEFF/, ' '), errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const { line, column } = positionAt(lineStartsOf(text), errors[0].offset);
    return { checks: [], problems: [{ file, line: line + 1, column: column + 1, message: `ClaimReview file skipped for the claim history: ${describeError(errors[0].error)}` }] };
  }
  const items = reviewItems(value);
  if (items.length === 0) {
    return { checks: [], problems: [{ file, line: 1, column: 1, message: 'ClaimReview file skipped for the claim history: no ClaimReview item with claimReviewed and reviewRating.alternateName' }] };
  }
  return { checks: items.map((item, i) => checkOf(file, item, i)), problems: [] };
}

/** "PropertyNameExpected" → "property name expected". */
function describeError(code: number): string {
  return printParseErrorCode(code).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Every ClaimReview item in the usual shapes, depth-limited so a hostile file cannot recurse without end. */
function reviewItems(value: unknown, depth = 0): Json[] {
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => reviewItems(v, depth + 1));
  const obj = value as Json;
  if (isType(obj, 'ClaimReview')) return typeof obj.claimReviewed === 'string' && ratingName(obj) ? [obj] : [];
  return [obj.dataFeedElement, obj.item, obj['@graph']].flatMap((v) => reviewItems(v, depth + 1));
}

function isType(obj: Json, type: string): boolean {
  const t = obj['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

function ratingName(item: Json): string | undefined {
  const rating = first(item.reviewRating);
  return typeof rating?.alternateName === 'string' && rating.alternateName.trim() !== '' ? rating.alternateName : undefined;
}

function first(value: unknown): Json | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v !== null && typeof v === 'object' ? (v as Json) : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function checkOf(file: string, item: Json, index: number): EarlierCheck {
  const claimed = first(item.itemReviewed);
  const appearance = first(claimed?.appearance);
  const author = first(item.author);
  return {
    key: `${file}#${index}`,
    claim: String(item.claimReviewed),
    title: text(item.name) ?? text(item.headline),
    verdict: ratingName(item) ?? '',
    checkedAt: text(item.datePublished),
    checkedBy: text(author?.name),
    sources: appearance && text(appearance.url) ? [{ url: text(appearance.url), title: text(appearance.headline) }] : [],
    origin: { kind: 'claimreview', file, url: text(item.url), publisher: text(author?.name) },
  };
}

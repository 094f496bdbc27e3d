// `claimreview`: schema.org ClaimReview JSON-LD for fact-check aggregators (Google Fact Check Tools, search).
// One item per fact that carries a rating verdict. Google requires claimReviewed, reviewRating.alternateName
// and url; we also require author.name (the fact-checking organisation), since a review nobody signs is not
// publishable. Missing required fields fail the whole export with an ExportError naming each field and fact;
// missing recommended fields and a claimReviewed over 75 characters (Google's advice) are warnings.
import type { Fact, Verdict } from '../facts/types.js';
import { buildArticleView, currentText, isHttpUrl, type ArticleView } from './model.js';
import { scriptSafeJson } from './scriptSafeJson.js';
import { ExportError, type Exporter, type ExportWarning, type MissingField } from './types.js';

/**
 * Verdict → rating on a 1 (worst) .. 5 (best) scale. `alternateName` is the verdict in words, which is what
 * Google shows. 'unsupported' (no evidence found) rates with 'misleading': neither can be relied on, and only
 * 'false' was shown wrong. 'unverified', 'opinion' and 'not-a-claim' are not ratings and produce no item.
 */
export const VERDICT_RATINGS: Partial<Record<Verdict, { value: number; name: string }>> = {
  true: { value: 5, name: 'True' },
  'mostly-true': { value: 4, name: 'Mostly true' },
  mixed: { value: 3, name: 'Mixed' },
  misleading: { value: 2, name: 'Misleading' },
  unsupported: { value: 2, name: 'Unsupported' },
  false: { value: 1, name: 'False' },
};
export const BEST_RATING = 5;
export const WORST_RATING = 1;
export const CLAIM_REVIEWED_MAX = 75;

/** Fields an item must have (dotted paths into the item). */
export const CLAIMREVIEW_REQUIRED = ['claimReviewed', 'reviewRating.alternateName', 'url', 'author.name'] as const;
/** Fields Google recommends; each missing one is a warning. */
export const CLAIMREVIEW_RECOMMENDED = [
  'datePublished', 'author.url', 'reviewRating.ratingValue', 'reviewRating.bestRating', 'reviewRating.worstRating',
  'itemReviewed.author.name', 'itemReviewed.datePublished', 'itemReviewed.appearance.url',
] as const;

const HINTS: Record<string, string> = {
  claimReviewed: 'the fact has no text (target.exact)',
  url: 'give an http(s) article URL (front matter url: or canonical:, --url) or review page (--review-url, setting factmark.export.reviewUrl)',
  'author.name': 'give the fact-checking organisation (--org, setting factmark.export.organisationName)',
};

export const claimReviewExporter: Exporter<'claimreview'> = {
  format: 'claimreview',
  label: 'ClaimReview (schema.org JSON-LD)',
  extension: 'json',
  mediaType: 'application/ld+json',
  suffix: '.claimreview.json',
  help: 'schema.org ClaimReview JSON-LD, one item per fact with a rating verdict',
  run(inputs) {
    const items: object[] = [];
    const missing: MissingField[] = [];
    const warnings: ExportWarning[] = [];
    for (const input of inputs) {
      const view = buildArticleView(input);
      for (const fact of input.facts?.facts ?? []) {
        const rating = fact.verdict ? VERDICT_RATINGS[fact.verdict] : undefined;
        if (!rating) continue;
        const item = claimReviewOf(view, fact, rating);
        for (const field of CLAIMREVIEW_REQUIRED) {
          if (!hasField(item, field)) missing.push({ articlePath: view.path, factId: fact.id, field, hint: HINTS[field] });
        }
        for (const field of CLAIMREVIEW_RECOMMENDED) {
          if (!hasField(item, field)) {
            warnings.push({ code: 'missing-recommended-field', articlePath: view.path, factId: fact.id, field, message: `${view.path}: fact "${fact.id}" has no ${field} (recommended by Google for ClaimReview)` });
          }
        }
        const claim = item.claimReviewed;
        if (claim.length > CLAIM_REVIEWED_MAX) {
          warnings.push({ code: 'claim-reviewed-too-long', articlePath: view.path, factId: fact.id, field: 'claimReviewed', message: `${view.path}: fact "${fact.id}": claimReviewed has ${claim.length} characters; Google advises at most ${CLAIM_REVIEWED_MAX} so it is not cut off on phones (write a shorter summary in the fact's "claimReviewed" field)` });
        }
        items.push(item);
      }
    }
    if (missing.length > 0) throw new ExportError(missing);
    return { content: scriptSafeJson(items), warnings };
  },
};

function claimReviewOf(view: ArticleView, fact: Fact, rating: { value: number; name: string }) {
  const { settings } = view;
  const speaker = fact.speaker ?? view.items.find((i) => i.fact?.id === fact.id && i.speaker)?.speaker;
  // A checker may write a short summary in the fact (an extra field the facts file keeps); else the claim's text.
  const summary = typeof fact.claimReviewed === 'string' ? fact.claimReviewed : currentText(view, fact);
  const reviewPage = settings.reviewUrl ?? view.url;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    // Several reviews on one page each need their own address: an anchor per fact.
    url: isHttpUrl(reviewPage) ? withFragment(reviewPage, `fact-${encodeURIComponent(fact.id)}`) : undefined,
    claimReviewed: collapse(summary),
    author: clean({ '@type': 'Organization', name: settings.organisationName, url: settings.organisationUrl }),
    datePublished: dateOnly(fact.checkedAt),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: rating.name,
    },
    itemReviewed: clean({
      '@type': 'Claim',
      author: speaker ? { '@type': partyType(speaker), name: speaker } : undefined,
      datePublished: dateOnly(view.date),
      appearance: isHttpUrl(view.url) ? { '@type': 'CreativeWork', url: view.url, ...(view.title ? { headline: view.title } : {}) } : undefined,
    }),
  };
}

/** True when the dotted path leads to a non-empty value. */
export function hasField(item: object, path: string): boolean {
  let value: unknown = item;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[key];
  }
  return value !== undefined && value !== null && value !== '';
}

function clean<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== '')) as T;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The review page's URL with the fact's own fragment. A fragment already in the URL (`page#top`) is replaced, not
 * kept: kept, it would give every review the same url; this way the rule is the same for every page — each review
 * is the element with id `fact-ID`.
 */
export function withFragment(url: string, fragment: string): string {
  const hash = url.indexOf('#');
  return `${hash < 0 ? url : url.slice(0, hash)}#${fragment}`;
}

/** ISO 8601 date (YYYY-MM-DD) from a date or date-time; anything else is dropped rather than guessed. */
function dateOnly(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim()) : null;
  return m?.[1];
}

const ORGANISATION_WORDS = /\b(ministry|government|agency|administration|office|department|council|committee|commission|party|parliament|congress|senate|university|institute|association|union|bank|company|corporation|inc|ltd|llc|news|times|press|police|army|court|organi[sz]ation|foundation|group)\b/i;

/** A speaker named like an institution is an Organization; anyone else a Person. */
function partyType(name: string): 'Person' | 'Organization' {
  return ORGANISATION_WORDS.test(name) ? 'Organization' : 'Person';
}
